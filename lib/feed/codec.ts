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
  return sha256Hex(sortIds(ids).map((id) => `${id}\n`).join(''));
}

export function sortRecords(records: readonly HazardRecord[]): HazardRecord[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function encodeSnapshot(records: readonly HazardRecord[]): Buffer {
  const lines = sortRecords(records).map((record) => `${JSON.stringify(record)}\n`);
  return gzipSync(Buffer.from(lines.join(''), 'utf8'), { level: 9 });
}

export function decodeSnapshot(gz: Uint8Array): HazardRecord[] {
  const text = gunzipSync(gz).toString('utf8');
  const records: HazardRecord[] = [];
  let lineNumber = 0;
  for (const line of text.split('\n')) {
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

export function encodeDelta(delta: FeedDelta): Buffer {
  const ordered: FeedDelta = {
    from: delta.from,
    to: delta.to,
    upserts: sortRecords(delta.upserts),
    deletes: sortIds(delta.deletes),
  };
  return gzipSync(Buffer.from(JSON.stringify(ordered), 'utf8'), { level: 9 });
}

export function decodeDelta(gz: Uint8Array): FeedDelta {
  return deltaSchema.parse(JSON.parse(gunzipSync(gz).toString('utf8')));
}
