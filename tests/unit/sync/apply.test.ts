import { randomUUID } from 'node:crypto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { profileOf } from '../../../lib/background/engine-factory';
import { HazardDb } from '../../../lib/hazards/db';
import type { HazardRecord } from '../../../lib/hazards/schema';
import { applyFeedChange, type ApplyTarget } from '../../../lib/sync/apply';
import { recordsDigestSync } from '../../../lib/sync/sha256';
import { expectedRows, hazardRows } from './support/harness';
import { testRecords } from './support/test-feed';

let db: HazardDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function target(chunkSize: number): ApplyTarget {
  db = new HazardDb(`apply-${randomUUID()}`);
  return { db, chunkSize, toStored: (record) => ({ ...record, profile: profileOf(record) }) };
}
const expected = (version: number, records: HazardRecord[]) => ({
  version,
  recordCount: records.length,
  recordsDigest: recordsDigestSync(records.map((r) => r.id)),
});
const meta = { put: [{ key: 'feedVersion', value: 2 }], remove: ['lastError'] };

describe('applyFeedChange', () => {
  it('writes a snapshot in chunks, all inside the one transaction', async () => {
    const t = target(5);
    const records = testRecords(1, 12);
    const bulkPut = vi.spyOn(db.hazards, 'bulkPut');
    await applyFeedChange(t, { kind: 'snapshot', records }, expected(2, records), meta);
    expect(bulkPut.mock.calls.map(([rows]) => rows.length)).toEqual([5, 5, 2]);
    expect(await hazardRows(db)).toEqual(expectedRows(records));
    expect((await db.meta.get('feedVersion'))?.value).toBe(2);
  });

  it('undoes the chunks already written when a later chunk fails', async () => {
    const t = target(5);
    const old = testRecords(100, 103);
    await db.hazards.bulkPut(old.map((record) => ({ ...record, profile: profileOf(record) })));
    await db.meta.put({ key: 'feedVersion', value: 1 });
    const records = testRecords(1, 12);
    const realBulkPut = db.hazards.bulkPut.bind(db.hazards);
    let calls = 0;
    vi.spyOn(db.hazards, 'bulkPut').mockImplementation(((rows: never[]) => {
      if (++calls === 3) return Promise.reject(new Error('stopped at the third chunk'));
      return realBulkPut(rows);
    }) as unknown as typeof realBulkPut);

    await expect(applyFeedChange(t, { kind: 'snapshot', records }, expected(2, records), meta)).rejects.toThrow(
      /third chunk/,
    );
    vi.restoreAllMocks();
    expect(await hazardRows(db)).toEqual(expectedRows(old));
    expect((await db.meta.get('feedVersion'))?.value).toBe(1);
  });

  it('applies deletes before upserts, as the feed builder does', async () => {
    const t = target(100);
    await db.hazards.bulkPut(testRecords(1, 3).map((record) => ({ ...record, profile: profileOf(record) })));
    const next = testRecords(2, 4);
    await applyFeedChange(
      t,
      {
        kind: 'delta',
        delta: { from: 1, to: 2, upserts: testRecords(3, 4), deletes: ['curated:T-000001', 'curated:T-000003'] },
      },
      expected(2, next),
      meta,
    );
    expect(await hazardRows(db)).toEqual(expectedRows(next));
  });
});
