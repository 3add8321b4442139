/**
 * Everything the sync checks before a byte of feed data reaches the database: the manifest's Ed25519
 * signature against the key pinned at build time, each file's size and sha256 as the signed manifest
 * declares them, gzip decoding with a cap on the inflated size, and the schema of the manifest, the
 * delta and every record. Anything that fails throws a SyncError; nothing is half-accepted.
 */
import { deltaSchema, manifestSchema, type FeedDelta, type FeedFile, type FeedManifest } from '../feed/format';
import { hazardRecordSchema, type HazardRecord } from '../hazards/schema';
import { capitalize, keptData, SyncError } from './errors';
import { concat, formatBytes } from './fetch-capped';
import { sha256Hex } from './sha256';

/**
 * Sized from measured feeds: records take 130–165 bytes gzip and about 1,000 bytes unpacked each, so a
 * 250,000-record snapshot is about 41 MB packed and 250 MB unpacked. The caps leave half again as much
 * headroom (about 380,000 records) and still stop a hostile file long before memory runs out.
 */
export const LIMITS = {
  manifestBytes: 64 * 1024,
  signatureBytes: 1024,
  /** Absolute cap on one compressed data file, whatever the manifest declares. */
  fileBytes: 64 * 1024 * 1024,
  /** Absolute cap on one data file once gunzipped (gzip bombs). */
  inflatedBytes: 384 * 1024 * 1024,
};
export type Limits = typeof LIMITS;

/** Imports the base64 raw 32-byte Ed25519 public key; a build without a valid key cannot sync. */
export async function importFeedPublicKey(base64: string | undefined): Promise<CryptoKey> {
  const raw = base64 ? decodeBase64(base64) : null;
  if (!raw || raw.length !== 32) {
    throw new SyncError(
      'not-configured',
      'Automatic updates are off in this build: it has no valid feed signing key. The bundled hazard data is used.',
    );
  }
  try {
    return await crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, false, ['verify']);
  } catch (error) {
    // Ed25519 in WebCrypto needs Chromium 137+ or Firefox 129+.
    throw new SyncError(
      'unsupported-browser',
      'This browser version cannot check the signature of hazard data updates, so automatic updates are off. ' +
        'The bundled hazard data is used; updating the browser turns updates back on.',
      { cause: error },
    );
  }
}

export async function verifyManifestSignature(
  key: CryptoKey,
  manifestBytes: Uint8Array,
  signatureText: string,
): Promise<void> {
  const signature = decodeBase64(signatureText);
  const valid =
    signature !== null &&
    signature.length === 64 &&
    (await crypto.subtle.verify(
      { name: 'Ed25519' },
      key,
      signature as Uint8Array<ArrayBuffer>,
      manifestBytes as Uint8Array<ArrayBuffer>,
    ));
  if (!valid) {
    throw new SyncError(
      'bad-signature',
      `The hazard data update is not signed with the Hazard Check key, so it was refused. ${keptData}`,
    );
  }
}

export function parseManifest(bytes: Uint8Array): FeedManifest {
  const parsed = manifestSchema.safeParse(parseJson(decodeUtf8(bytes, 'the update list'), 'the update list'));
  if (!parsed.success) throw invalid('the update list', describeIssue(parsed.error.issues));
  return parsed.data;
}

/** Size first (clearer than a hash mismatch for a cut-off download), then sha256. */
export async function checkFile(bytes: Uint8Array, file: FeedFile, label: string): Promise<void> {
  if (bytes.length < file.bytes) {
    throw new SyncError(
      'truncated',
      `${capitalize(label)} arrived incomplete (${bytes.length} of ${file.bytes} bytes), so it was refused. ${keptData}`,
    );
  }
  if (bytes.length > file.bytes) {
    throw new SyncError(
      'too-large',
      `${capitalize(label)} is larger than the update list says, so it was refused. ${keptData}`,
    );
  }
  if ((await sha256Hex(bytes)) !== file.sha256) {
    throw new SyncError(
      'hash-mismatch',
      `${capitalize(label)} does not match its checksum in the signed update list, so it was refused. ${keptData}`,
    );
  }
}

/** Streams the gunzipped bytes to `onChunk`, refusing more than `maxBytes` of output. */
async function inflateCapped(
  bytes: Uint8Array,
  maxBytes: number,
  label: string,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = input
    .pipeThrough(new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>)
    .getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new SyncError(
          'too-large',
          `${capitalize(label)} unpacks to more than ${formatBytes(maxBytes)}, so it was refused. ${keptData}`,
        );
      }
      onChunk(value);
    }
  } catch (error) {
    if (error instanceof SyncError) throw error;
    throw invalid(label, `not a valid gzip file (${error instanceof Error ? error.message : String(error)})`);
  }
}

export async function gunzipBytesCapped(bytes: Uint8Array, maxBytes: number, label: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  await inflateCapped(bytes, maxBytes, label, (chunk) => {
    chunks.push(chunk);
    total += chunk.byteLength;
  });
  return concat(chunks, total);
}

export async function gunzipCapped(bytes: Uint8Array, maxBytes: number, label: string): Promise<string> {
  return decodeUtf8(await gunzipBytesCapped(bytes, maxBytes, label), label);
}

/**
 * Gunzips and parses a snapshot line by line as it unpacks: the unpacked text of a large feed (hundreds of
 * megabytes) is never held as one string, and each unpacked piece is a separate task for the worker.
 */
export async function gunzipSnapshot(bytes: Uint8Array, maxBytes: number, label: string): Promise<HazardRecord[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const records: HazardRecord[] = [];
  let pending = '';
  let lineNumber = 0;
  const take = (text: string, last: boolean) => {
    const lines = (pending + text).split('\n');
    pending = last ? '' : lines.pop()!;
    for (const line of lines) addSnapshotLine(records, line, ++lineNumber, label);
  };
  const decode = (chunk?: Uint8Array) => {
    try {
      return decoder.decode(chunk, { stream: chunk !== undefined });
    } catch {
      throw invalid(label, 'not valid UTF-8 text');
    }
  };
  await inflateCapped(bytes, maxBytes, label, (chunk) => take(decode(chunk), false));
  take(decode(), true);
  return records;
}

function addSnapshotLine(records: HazardRecord[], line: string, lineNumber: number, label: string): void {
  if (!line.trim()) return;
  const parsed = hazardRecordSchema.safeParse(parseJson(line, `${label}, line ${lineNumber}`));
  if (!parsed.success) throw invalid(label, `line ${lineNumber}: ${describeIssue(parsed.error.issues)}`);
  records.push(parsed.data);
}

/** One record per line; the whole snapshot is refused if any line is not a valid record. */
export function parseSnapshot(text: string, label: string): HazardRecord[] {
  const records: HazardRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) addSnapshotLine(records, lines[i]!, i + 1, label);
  return records;
}

export function parseDelta(text: string, label: string): FeedDelta {
  const parsed = deltaSchema.safeParse(parseJson(text, label));
  if (!parsed.success) throw invalid(label, describeIssue(parsed.error.issues));
  return parsed.data;
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalid(label, 'not valid JSON');
  }
}

function decodeUtf8(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid(label, 'not valid UTF-8 text');
  }
}

function invalid(label: string, detail: string): SyncError {
  return new SyncError('invalid-data', `${capitalize(label)} is not valid (${detail}), so it was refused. ${keptData}`);
}

function describeIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.trim();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return null;
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
