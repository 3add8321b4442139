/**
 * Applies a verified snapshot or delta in ONE Dexie transaction over the hazards and meta tables, and
 * checks the result (record count and recordsDigest) inside that same transaction: a mismatch throws,
 * Dexie aborts, and IndexedDB rolls everything back. So the database is always exactly the old version
 * or exactly the new one, also when the service worker is stopped halfway (an unfinished transaction
 * never commits). User tables (reports, rules, dismissals, watched) are not part of the transaction.
 */
import type { FeedDelta } from '../feed/format';
import type { HazardDb, MetaRow, StoredHazard } from '../hazards/db';
import type { HazardRecord } from '../hazards/schema';
import { keptData, SyncError } from './errors';
import { recordsDigestSync } from './sha256';

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
  await db.transaction('rw', db.hazards, db.meta, async () => {
    if (change.kind === 'snapshot') {
      await db.hazards.clear();
      await putAll(target, change.records);
    } else {
      await db.hazards.bulkDelete(change.delta.deletes);
      await putAll(target, change.delta.upserts);
    }
    const ids = (await db.hazards.toCollection().primaryKeys()) as string[];
    if (ids.length !== expected.recordCount || recordsDigestSync(ids) !== expected.recordsDigest) {
      throw new SyncError(
        'digest-mismatch',
        `After applying version ${expected.version} the records did not match the signed update list ` +
          `(${ids.length} records, expected ${expected.recordCount}), so the change was undone. ${keptData}`,
      );
    }
    await db.meta.bulkPut(meta.put);
    await db.meta.bulkDelete(meta.remove);
  });
}

async function putAll(target: ApplyTarget, records: readonly HazardRecord[]): Promise<void> {
  const chunk = target.chunkSize ?? DEFAULT_CHUNK;
  for (let start = 0; start < records.length; start += chunk) {
    await target.db.hazards.bulkPut(records.slice(start, start + chunk).map((record) => target.toStored(record)));
  }
}
