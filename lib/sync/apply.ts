/**
 * Applies a verified snapshot (as records) or delta in ONE Dexie transaction over the hazards, tombstones
 * and meta tables. The result's record count and recordsDigest are checked first for a delta (nothing is
 * written on a mismatch) and inside the transaction for a snapshot (a mismatch throws, Dexie aborts, and
 * IndexedDB rolls everything back). So the database is always exactly
 * the old version or exactly the new one, also when the service worker is stopped halfway (an unfinished
 * transaction never commits). User tables (reports, rules, dismissals, watched) are not part of it.
 *
 * A delta on top of a chunk store (store-apply.ts) lands in `hazards` (changed records, read before the
 * chunks) and `tombstones` (deleted IDs the chunks still hold); a record snapshot drops the chunk store.
 */
import type { FeedDelta } from '../feed/format';
import {
  META,
  type ChunkStoreMeta,
  type HazardDb,
  type MetaRow,
  type OverlayProfilesMeta,
  type StoredHazard,
} from '../hazards/db';
import { HazardRecords } from '../hazards/records';
import type { HazardRecord } from '../hazards/schema';
import { keptData, SyncError } from './errors';
import { linesDigest, recordsDigestSync } from './sha256';

export interface ApplyTarget {
  db: HazardDb;
  toStored(record: HazardRecord): StoredHazard;
  /** Rows per bulkPut; bounds the memory of the index-key copies without changing atomicity. */
  chunkSize?: number;
}

export type FeedChange = { kind: 'snapshot'; records: HazardRecord[] } | { kind: 'delta'; delta: FeedDelta };

export interface ExpectedResult {
  version: number;
  recordCount: number;
  recordsDigest: string;
}

export interface MetaUpdate {
  put: MetaRow[];
  remove: string[];
}

const DEFAULT_CHUNK = 5_000;

export async function applyFeedChange(
  target: ApplyTarget,
  change: FeedChange,
  expected: ExpectedResult,
  meta: MetaUpdate,
): Promise<void> {
  const { db } = target;
  // A delta is checked before anything is written: the IDs it leaves must be the signed set. Hashing
  // with the browser's SHA-256 outside the transaction keeps this fast at 250,000 records.
  if (change.kind === 'delta') {
    const { deletes, upserts } = change.delta;
    const after = await new HazardRecords(db).idLinesAfter(
      deletes,
      upserts.map((record) => record.id),
    );
    if (after.count !== expected.recordCount || (await linesDigest(after)) !== expected.recordsDigest) {
      throw mismatch(expected, after.count);
    }
  }
  // chunks: read by the digest check (which chunk rows are present), never written here.
  await db.transaction('rw', [db.hazards, db.tombstones, db.meta, db.chunks], async () => {
    if (change.kind === 'snapshot') {
      await db.hazards.clear();
      await db.tombstones.clear();
      await db.meta.bulkDelete([META.chunkStore, META.chunkIds, META.baseIndex, META.overlayProfiles]);
      await putAll(target, change.records);
      const ids = await new HazardRecords(db).ids();
      if (ids.length !== expected.recordCount || recordsDigestSync(ids) !== expected.recordsDigest) {
        throw mismatch(expected, ids.length);
      }
    } else {
      const { upserts, deletes } = change.delta;
      await db.hazards.bulkDelete(deletes);
      const rows = await putAll(target, upserts);
      const store = (await db.meta.get(META.chunkStore))?.value as ChunkStoreMeta | undefined;
      if (store) {
        await db.tombstones.bulkPut(deletes.map((id) => ({ id })));
        await db.tombstones.bulkDelete(upserts.map((record) => record.id));
        await db.meta.put({ key: META.chunkStore, value: { ...store, count: expected.recordCount } });
        await putOverlayProfiles(db, store.gen, deletes, rows);
      }
    }
    await db.meta.bulkPut(meta.put);
    await db.meta.bulkDelete(meta.remove);
  });
}

function mismatch(expected: ExpectedResult, count: number): SyncError {
  return new SyncError(
    'digest-mismatch',
    `After applying version ${expected.version} the records did not match the signed update list ` +
      `(${count} records, expected ${expected.recordCount}), so the change was undone. ${keptData}`,
  );
}

async function putAll(target: ApplyTarget, records: readonly HazardRecord[]): Promise<StoredHazard[]> {
  const chunk = target.chunkSize ?? DEFAULT_CHUNK;
  const stored: StoredHazard[] = [];
  for (let start = 0; start < records.length; start += chunk) {
    const rows = records.slice(start, start + chunk).map((record) => target.toStored(record));
    await target.db.hazards.bulkPut(rows);
    stored.push(...rows);
  }
  return stored;
}

/** Keeps OverlayProfilesMeta equal to the `hazards` rows: the delta's deletes out, its rows in. */
async function putOverlayProfiles(
  db: HazardDb,
  gen: number,
  deletes: readonly string[],
  rows: readonly StoredHazard[],
): Promise<void> {
  const current = (await db.meta.get(META.overlayProfiles))?.value as OverlayProfilesMeta | undefined;
  const replaced = new Set([...deletes, ...rows.map((row) => row.id)]);
  const entries = current?.gen === gen ? current.entries.filter(([id]) => !replaced.has(id)) : [];
  for (const row of rows) entries.push([row.id, row.profile]);
  await db.meta.put({ key: META.overlayProfiles, value: { gen, entries } satisfies OverlayProfilesMeta });
}
