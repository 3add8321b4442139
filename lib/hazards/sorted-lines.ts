/**
 * A sorted set of IDs kept as the UTF-8 bytes of its `id\n` lines — the very bytes the signed record
 * digest hashes — changed by a few removals and additions without making 250,000 strings. Each changed
 * ID is found by a binary search over byte offsets (a probe reads the one line around it), and the
 * untouched runs between changes are copied as bytes.
 *
 * Order is `Array.prototype.sort` order (UTF-16 code units), as the digest sorts. IDs never hold "\n".
 */

const NEWLINE = 0x0a;

export interface SortedLines {
  /** UTF-8 of `id\n` for every ID, in order. */
  bytes: Uint8Array;
  count: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function linesOf(ids: readonly string[]): SortedLines {
  const sorted = [...new Set(ids)].sort();
  return { bytes: encoder.encode(sorted.map((id) => `${id}\n`).join('')), count: sorted.length };
}

/** IDs joined by "\n" without a closing one, already in order (how chunk stores before 2026-12 kept them). */
export function linesOfJoined(joined: string): SortedLines {
  if (joined.length === 0) return { bytes: new Uint8Array(0), count: 0 };
  let count = 1;
  for (let i = joined.indexOf('\n'); i >= 0; i = joined.indexOf('\n', i + 1)) count++;
  return { bytes: encoder.encode(`${joined}\n`), count };
}

/** The IDs, in order. */
export function idsOfLines(lines: SortedLines): string[] {
  if (lines.count === 0) return [];
  return decoder.decode(lines.bytes.subarray(0, lines.bytes.length - 1)).split('\n');
}

/**
 * The line `bytes[start, end)` against `key` in UTF-16 order: negative, zero or positive. ASCII is
 * compared in place; a line with any other character is decoded first.
 */
function compareLine(bytes: Uint8Array, start: number, end: number, key: string): number {
  const length = end - start;
  const shared = Math.min(length, key.length);
  for (let i = 0; i < shared; i++) {
    const byte = bytes[start + i]!;
    if (byte >= 0x80) {
      const line = decoder.decode(bytes.subarray(start, end));
      return line < key ? -1 : line === key ? 0 : 1;
    }
    const diff = byte - key.charCodeAt(i);
    if (diff !== 0) return diff;
  }
  // Every byte compared was ASCII, one character each: the shorter is the prefix, so it sorts first.
  return length - key.length;
}

function lineStart(bytes: Uint8Array, at: number): number {
  // A typed array's lastIndexOf counts a negative start from the end.
  return at === 0 ? 0 : bytes.lastIndexOf(NEWLINE, at - 1) + 1;
}

/** The first line start at or after `from` (itself a line start) whose ID is not below `key`. */
function lowerBound(bytes: Uint8Array, key: string, from: number): number {
  let low = from;
  let high = bytes.length;
  while (low < high) {
    const start = lineStart(bytes, (low + high) >>> 1);
    const end = bytes.indexOf(NEWLINE, start);
    if (compareLine(bytes, start, end, key) < 0) low = end + 1;
    else high = start;
  }
  return low;
}

/** `(base − remove) ∪ add` as sorted lines; `remove` and `add` may be in any order and overlap. */
export function linesAfter(base: SortedLines, remove: readonly string[], add: readonly string[]): SortedLines {
  const removing = [...new Set(remove)].sort();
  const adding = [...new Set(add)].sort();
  const { bytes } = base;
  const parts: (Uint8Array | string)[] = [];
  let count = base.count;
  let cursor = 0;
  let r = 0;
  let a = 0;
  while (r < removing.length || a < adding.length) {
    // The next ID in order; one in both lists is one step (gone from the base, then written).
    const key = a >= adding.length || (r < removing.length && removing[r]! <= adding[a]!) ? removing[r]! : adding[a]!;
    const at = lowerBound(bytes, key, cursor);
    parts.push(bytes.subarray(cursor, at));
    cursor = at;
    const end = at < bytes.length ? bytes.indexOf(NEWLINE, at) : -1;
    if (end >= 0 && compareLine(bytes, at, end, key) === 0) {
      cursor = end + 1;
      count--;
    }
    if (removing[r] === key) r++;
    if (adding[a] === key) {
      a++;
      parts.push(`${key}\n`);
      count++;
    }
  }
  parts.push(bytes.subarray(cursor));
  return { bytes: concat(parts), count };
}

function concat(parts: readonly (Uint8Array | string)[]): Uint8Array {
  const encoded = parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : part));
  const out = new Uint8Array(encoded.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of encoded) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
