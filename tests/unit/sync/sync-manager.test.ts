import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deltaName } from '../../../lib/feed/format';
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

const v1 = testRecords(1, 40);
// v2: records 1–5 deleted, 6–10 changed, 41–50 added.
const v2 = [
  ...testRecords(11, 50),
  ...[6, 7, 8, 9, 10].map((n) => testRecord(n, { riskLevel: 'serious', updatedAt: '2026-11-02' })),
];

describe('SyncManager: applying a feed', () => {
  it('replaces the bundled data with the snapshot on the first sync and records the version', async () => {
    feed.publish(1, v1, { minWaitSeconds: 3600 });
    const h = createHarness(feed, server, { bundled: [testRecord(900)] });
    await h.service.ready();
    expect((await hazardRows(h.db)).map((r) => r.id)).toEqual(['curated:T-000900']);

    const outcome = await h.manager.sync();

    expect(outcome).toMatchObject({ result: 'updated', to: 1, via: 'snapshot', recordCount: 40, minWaitSeconds: 3600 });
    expect(await feedState(h.db)).toEqual({
      rows: expectedRows(v1),
      feedVersion: 1,
      dataAsOf: '2026-11-01',
      sources: { curated: 40 },
    });
    const status = await h.service.status();
    expect(status).toMatchObject({ bundled: false, recordCount: 40, feedVersion: 1, lastError: undefined });
    expect(status.lastSyncAt).toBeTypeOf('number');
    // The engine was rebuilt from the new data.
    expect(h.engineIds()).toEqual(v1.map((r) => r.id).sort());
  });

  it('moves to the next version with the delta only, and ends equal to a client that took the snapshot', async () => {
    feed.publish(1, v1);
    const viaDelta = createHarness(feed, server);
    await viaDelta.manager.sync();
    feed.publish(2, v2);
    server.requests.length = 0;

    const outcome = await viaDelta.manager.sync();

    expect(outcome).toMatchObject({ result: 'updated', from: 1, to: 2, via: 'delta' });
    expect(server.requests.map((r) => r.file)).toEqual(['manifest.json', 'manifest.json.sig', deltaName(1, 2)]);
    const viaSnapshot = createHarness(feed, server);
    expect(await viaSnapshot.manager.sync()).toMatchObject({ result: 'updated', via: 'snapshot', to: 2 });
    expect(await feedState(viaDelta.db)).toEqual(await feedState(viaSnapshot.db));
    expect(await hazardRows(viaDelta.db)).toEqual(expectedRows(v2));
  });

  it('asks with If-None-Match and treats 304 as "nothing new" without downloading anything else', async () => {
    feed.publish(1, v1);
    const h = createHarness(feed, server);
    await h.manager.sync();
    const before = await feedState(h.db);
    server.requests.length = 0;

    const outcome = await h.manager.sync();

    expect(outcome).toMatchObject({ result: 'up-to-date', version: 1 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ file: 'manifest.json', status: 304 });
    expect(server.requests[0]!.headers['if-none-match']).toMatch(/^".+"$/);
    expect(await feedState(h.db)).toEqual(before);
    expect(h.engineBuilds()).toBe(2); // seeding + the one update, no rebuild for "nothing new"
  });

  it('confirms the same version without re-applying when the host sends no 304', async () => {
    feed.publish(1, v1);
    const h = createHarness(feed, server);
    await h.manager.sync();
    await h.db.meta.delete('feedEtag'); // e.g. a host that sends no ETag
    server.requests.length = 0;

    expect(await h.manager.sync()).toMatchObject({ result: 'up-to-date', version: 1 });
    expect(server.requests.map((r) => r.file)).toEqual(['manifest.json', 'manifest.json.sig']);
  });

  it('never touches the user tables', async () => {
    feed.publish(1, v1);
    const h = createHarness(feed, server);
    await h.db.dismissals.put({ listingKey: 'temu:1', kind: 'dismissed', signature: 's', at: 1 });
    await h.db.localRules.put({ id: 'r1', listingKey: 'temu:1', reportId: 'p1', createdAt: 1, note: 'n' });
    await h.manager.sync();
    feed.publish(2, v2);
    await h.manager.sync();
    expect(await h.db.dismissals.toArray()).toHaveLength(1);
    expect(await h.db.localRules.toArray()).toHaveLength(1);
  });

  it('clears a previous error after a successful sync', async () => {
    feed.publish(1, v1);
    const h = createHarness(feed, server);
    server.faults.set('manifest.json', { status: 503 });
    expect(await h.manager.sync()).toMatchObject({ result: 'failed', failures: 1 });
    expect(await metaValue(h.db, 'lastError')).toMatch(/HTTP 503/);
    server.faults.clear();

    expect(await h.manager.sync()).toMatchObject({ result: 'updated' });
    expect(await metaValue(h.db, 'lastError')).toBeUndefined();
    expect(await metaValue(h.db, 'lastErrorCode')).toBeUndefined();
    expect(await metaValue(h.db, 'syncFailures')).toBe(0);
  });
});
