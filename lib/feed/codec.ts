/**
 * Byte-level encoding of feed files: gzip NDJSON snapshots, gzip JSON deltas, sha256 and the records
 * digest. Output is deterministic (records sorted by ID, node's gzip header has no timestamp), so
 * rebuilding the same data gives byte-identical files.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { hazardRecordSchema, type HazardRecord } from '../hazards/schema';
import { deltaSchema, type FeedDelta } from './format';

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Plain JS sort (UTF-16 code units): the sync client must sort the same way. */
export function sortIds(ids: Iterable<string>): string[] {
  return [...ids].sort();
}

/** sha256 over the sorted `id\n` lines, as declared in format.ts. */
export function recordsDigest(ids: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const id of sortIds(ids)) hash.update(`${id}\n`);
  return hash.digest('hex');
}

export function sortRecords(records: readonly HazardRecord[]): HazardRecord[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Records per intermediate buffer: a million records as one string would pass V8's string size limit. */
const ENCODE_BATCH = 10_000;

export function encodeSnapshot(records: readonly HazardRecord[]): Buffer {
  const sorted = sortRecords(records);
  const parts: Buffer[] = [];
  for (let start = 0; start < sorted.length; start += ENCODE_BATCH) {
    const lines = sorted.slice(start, start + ENCODE_BATCH).map((record) => `${JSON.stringify(record)}\n`);
    parts.push(Buffer.from(lines.join(''), 'utf8'));
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Line by line over the bytes, for the same reason: the whole text may not fit in one string. */
export function decodeSnapshot(gz: Uint8Array): HazardRecord[] {
  const bytes = gunzipSync(gz);
  const records: HazardRecord[] = [];
  let lineNumber = 0;
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const line = bytes.toString('utf8', start, end);
    start = end + 1;
    lineNumber++;
    if (!line.trim()) continue;
    const parsed = hazardRecordSchema.safeParse(JSON.parse(line));
    if (!parsed.success) {
      throw new Error(`snapshot line ${lineNumber}: ${parsed.error.issues[0]?.message ?? 'invalid record'}`);
    }
    records.push(parsed.data);
  }
  return records;
}

/** `profiles`: the matcher's profile of a record as JSON, and that matcher's format, shipped beside each upsert. */
export function encodeDelta(
  delta: FeedDelta,
  profiles?: { format: number; of: (record: HazardRecord) => string },
): Buffer {
  const upserts = sortRecords(delta.upserts);
  const ordered: FeedDelta = {
    from: delta.from,
    to: delta.to,
    upserts,
    deletes: sortIds(delta.deletes),
    ...(profiles && { profiles: { format: profiles.format, json: upserts.map((record) => profiles.of(record)) } }),
  };
  return gzipSync(Buffer.from(JSON.stringify(ordered), 'utf8'), { level: 9 });
}

export function decodeDelta(gz: Uint8Array): FeedDelta {
  return deltaSchema.parse(JSON.parse(gunzipSync(gz).toString('utf8')));
}
