/**
 * Storage failures during the apply: a full disk (QuotaExceededError from bulkPut) and the service
 * worker stopping halfway through the transaction. Afterwards the database, reopened from scratch, must
 * hold exactly the old version or exactly the new one: never a mix.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HazardDb, type StoredHazard } from '../../../lib/hazards/db';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { createHarness, deleteOpenDbs, expectedRows, feedState, hazardRows, metaValue } from './support/harness';
import { TestFeed, testRecord, testRecords } from './support/test-feed';

let feed: TestFeed;
let server: FeedServer;
beforeEach(async () => {
  feed = new TestFeed();
  server = await startFeedServer(feed.dir);
});
afterEach(async () => {
  await server.close();
  await deleteOpenDbs();
  feed.remove();
});

const v1 = testRecords(1, 30);
const v2 = [...testRecords(10, 45), testRecord(3, { riskLevel: 'high' })];

async function clientAtV1() {
  feed.publish(1, v1);
  const h = createHarness(feed, server);
  await h.manager.sync();
  feed.publish(2, v2);
  return { h, before: await feedState(h.db) };
}

/** What a fresh service worker would find: a new connection to the same database. */
async function reopened(name: string) {
  const db = new HazardDb(name);
  try {
    return await feedState(db);
  } finally {
    db.close();
  }
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('SyncManager: storage failures', () => {
  it('rolls back a delta when the disk is full, with a message that says so', async () => {
    const { h, before } = await clientAtV1();
    vi.spyOn(h.db.hazards, 'bulkPut').mockRejectedValueOnce(quotaError());

    const outcome = await h.manager.sync();

    expect(outcome).toMatchObject({ result: 'failed', error: { code: 'storage-full' } });
    expect(await metaValue(h.db, 'lastError')).toMatch(/The browser is out of storage/);
    expect(await feedState(h.db)).toEqual(before);
    expect(await reopened(h.db.name)).toEqual(before);
  });

  it('rolls back a snapshot (clear already done) when the disk is full', async () => {
    feed.storeFiles = false; // the record snapshot (chunk store: sync-chunk-store.test.ts)
    feed.publish(1, v1);
    const h = createHarness(feed, server, { bundled: [testRecord(800), testRecord(801)] });
    await h.service.ready();
    const before = await feedState(h.db);
    vi.spyOn(h.db.hazards, 'bulkPut').mockRejectedValueOnce(quotaError());

    expect(await h.manager.sync()).toMatchObject({ result: 'failed', error: { code: 'storage-full' } });
    expect(await reopened(h.db.name)).toEqual(before);
    expect(before.rows.map((r) => r.id)).toEqual(['curated:T-000800', 'curated:T-000801']);
    expect(await h.service.status()).toMatchObject({ bundled: true, recordCount: 2 });
  });

  it('leaves exactly the old version when the worker stops in the middle of the apply', async () => {
    const { h, before } = await clientAtV1();
    const realBulkPut = h.db.hazards.bulkPut.bind(h.db.hazards);
    const stopHalfway = async (rows: readonly StoredHazard[]) => {
      await realBulkPut(rows.slice(0, 10)); // some of the new rows are written…
      Dexie.currentTransaction!.abort(); // …then the worker is gone: IndexedDB aborts what never committed
      throw new Error('service worker stopped');
    };
    vi.spyOn(h.db.hazards, 'bulkPut').mockImplementationOnce(stopHalfway as unknown as typeof realBulkPut);

    const outcome = await h.manager.sync();

    expect(outcome.result).toBe('failed');
    expect(await reopened(h.db.name)).toEqual(before);
    expect(before.feedVersion).toBe(1);
  });

  it('leaves exactly the new version when the worker stops after the commit, before the engine reload', async () => {
    const { h } = await clientAtV1();
    vi.spyOn(h.service, 'reload').mockRejectedValueOnce(new Error('service worker stopped'));

    await h.manager.sync();

    const after = await reopened(h.db.name);
    expect(after).toEqual({ rows: expectedRows(v2), feedVersion: 2, dataAsOf: '2026-11-02', sources: { curated: 37 } });
  });

  it('is always exactly the old or exactly the new version, wherever the apply is cut off', async () => {
    const { h, before } = await clientAtV1();
    const newState = { rows: expectedRows(v2), feedVersion: 2, dataAsOf: '2026-11-02', sources: { curated: 37 } };
    const cuts = [
      { table: 'hazards', method: 'bulkDelete' },
      { table: 'hazards', method: 'bulkPut' },
      { table: 'meta', method: 'bulkPut' },
      { table: 'meta', method: 'bulkDelete' },
    ] as const;
    for (const cut of cuts) {
      const spy = vi
        .spyOn(h.db[cut.table], cut.method)
        .mockRejectedValueOnce(new Error(`stopped at ${cut.table}.${cut.method}`));
      expect(await h.manager.sync(), `${cut.table}.${cut.method}`).toMatchObject({ result: 'failed' });
      expect(await reopened(h.db.name), `${cut.table}.${cut.method}`).toEqual(before);
      spy.mockRestore();
    }
    expect(await h.manager.sync()).toMatchObject({ result: 'updated', to: 2 });
    expect(await reopened(h.db.name)).toEqual(newState);
    expect(await hazardRows(h.db)).toEqual(newState.rows);
  });
});
