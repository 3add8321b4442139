/**
 * The match index as one binary file, so the feed publisher builds it once and every client loads it as
 * a few typed-array views instead of re-deriving 250,000 record profiles.
 *
 * Layout (all integers little-endian; every section starts on a 4-byte boundary):
 *
 *   bytes 0–3   "HCIX"
 *   bytes 4–7   u32 length H of the header
 *   bytes 8…    header: UTF-8 JSON { format, version, fields: [name, kind, byteLength][] }
 *   …           one section per field, in header order, each padded with zeros to a multiple of 4
 *
 * `kind` is `str` (UTF-8 text), `u8` (Uint8Array) or `i32` (Int32Array). Unknown or missing fields, a
 * length that runs past the end, or a misaligned section make the whole file invalid: nothing is half-read.
 */
import { featureId, type SerializedIndex } from './store';

const MAGIC = [0x48, 0x43, 0x49, 0x58]; // "HCIX"

type FieldKind = 'str' | 'u8' | 'i32';

/** Every field of SerializedIndex with its kind; optional ones may be absent. */
const FIELDS: readonly { name: keyof SerializedIndex; kind: FieldKind; optional?: true }[] = [
  { name: 'vocab', kind: 'str' },
  { name: 'ids', kind: 'str' },
  { name: 'sources', kind: 'u8' },
  { name: 'kinds', kind: 'u8' },
  { name: 'flags', kind: 'u8' },
  { name: 'featureStart', kind: 'i32' },
  { name: 'features', kind: 'i32' },
  { name: 'displayIds', kind: 'i32' },
  { name: 'displays', kind: 'str' },
  { name: 'refIds', kind: 'i32' },
  { name: 'refs', kind: 'str' },
  { name: 'vocabTable', kind: 'i32' },
  { name: 'postingStart', kind: 'i32', optional: true },
  { name: 'postings', kind: 'i32', optional: true },
];

const pad4 = (n: number) => (n + 3) & ~3;

function bytesOf(value: unknown, kind: FieldKind): Uint8Array {
  if (kind === 'str') return new TextEncoder().encode(value as string);
  const view = value as Uint8Array | Int32Array;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

export function encodeIndex(index: SerializedIndex): Uint8Array {
  const sections: { name: string; kind: FieldKind; bytes: Uint8Array }[] = [];
  for (const field of FIELDS) {
    const value = index[field.name];
    if (value === undefined && field.optional) continue;
    sections.push({ name: field.name, kind: field.kind, bytes: bytesOf(value, field.kind) });
  }
  const header = new TextEncoder().encode(
    JSON.stringify({
      format: index.format,
      version: index.version,
      fields: sections.map((s) => [s.name, s.kind, s.bytes.byteLength]),
    }),
  );
  const total = sections.reduce((sum, s) => sum + pad4(s.bytes.byteLength), pad4(8 + header.byteLength));
  const out = new Uint8Array(total);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, header.byteLength, true);
  out.set(header, 8);
  let at = pad4(8 + header.byteLength);
  for (const section of sections) {
    out.set(section.bytes, at);
    at += pad4(section.bytes.byteLength);
  }
  return out;
}

export class IndexFileError extends Error {}

/**
 * Reads an encoded index. The typed arrays are views into `bytes` (no copy), so `bytes` must not be
 * reused. Throws IndexFileError on anything malformed.
 */
export function decodeIndex(bytes: Uint8Array): SerializedIndex {
  if (bytes.byteLength < 8 || MAGIC.some((b, i) => bytes[i] !== b)) throw new IndexFileError('not an index file');
  // Views need an aligned start: copy once if the caller's bytes sit at an odd offset.
  const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const headerLength = new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(4, true);
  if (8 + headerLength > data.byteLength) throw new IndexFileError('header runs past the end');
  let header: { format?: unknown; version?: unknown; fields?: unknown };
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(8, 8 + headerLength)));
  } catch {
    throw new IndexFileError('unreadable header');
  }
  if (header.format !== 'hazard-check-index' || typeof header.version !== 'number' || !Array.isArray(header.fields)) {
    throw new IndexFileError('not a hazard-check index header');
  }
  const out: Record<string, unknown> = { format: header.format, version: header.version };
  let at = pad4(8 + headerLength);
  for (const entry of header.fields as unknown[]) {
    const [name, kind, length] = Array.isArray(entry) ? entry : [];
    const field = FIELDS.find((f) => f.name === name);
    if (!field || field.kind !== kind || !Number.isInteger(length) || length < 0) {
      throw new IndexFileError(`unknown field ${String(name)}`);
    }
    if (at + length > data.byteLength) throw new IndexFileError(`${field.name} runs past the end`);
    const section = data.subarray(at, at + length);
    if (kind === 'str') out[field.name] = new TextDecoder('utf-8', { fatal: true }).decode(section);
    else if (kind === 'u8') out[field.name] = section;
    else {
      if (length % 4 !== 0) throw new IndexFileError(`${field.name} is not whole 32-bit integers`);
      out[field.name] = new Int32Array(section.buffer, section.byteOffset, length / 4);
    }
    at += pad4(length);
  }
  for (const field of FIELDS) {
    if (!field.optional && out[field.name] === undefined) throw new IndexFileError(`${field.name} is missing`);
  }
  const index = out as unknown as SerializedIndex;
  checkShape(index);
  return index;
}

/** Cheap consistency checks, so a damaged but validly signed file fails here rather than mid-match. */
function checkShape(index: SerializedIndex): void {
  const records = index.sources.length;
  const idCount = index.ids.length === 0 ? 0 : countLines(index.ids);
  const vocabCount = index.vocab.length === 0 ? 0 : countLines(index.vocab);
  const { featureStart: starts, features } = index;
  let ok =
    idCount === records &&
    index.kinds.length === records &&
    index.flags.length === records &&
    starts.length === records + 1 &&
    starts[0] === 0 &&
    starts[records] === features.length &&
    (!index.postingStart || index.postingStart.length === vocabCount + 1);
  for (let i = 1; ok && i < starts.length; i++) ok = starts[i]! >= starts[i - 1]!;
  // Display values and refs are found by binary search over their keys.
  ok &&= isIncreasing(index.displayIds) && isIncreasing(index.refIds);
  for (let i = 0; ok && i < features.length; i++) ok = featureId(features[i]!) < vocabCount;
  if (!ok) throw new IndexFileError('inconsistent sections');
}

function isIncreasing(keys: Int32Array): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i]! <= keys[i - 1]!) return false;
  return true;
}

function countLines(text: string): number {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
