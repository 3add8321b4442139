/**
 * Freshness the user can trust and local damage repaired: the feed's age comes from the signed manifest's
 * `created` (not from the last time a sync said "nothing new"), a server that goes back to older data is
 * shown as stale, and local records that differ from the version's count and digest are reloaded in full.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { profileOf } from '../../../lib/background/engine-factory';
import { HazardService } from '../../../lib/background/hazard-service';
import { HazardDb } from '../../../lib/hazards/db';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { feedStatus, startFeedSync } from '../../../lib/sync/feed-sync';
import { syncLines } from '../../../lib/ui/sync-text';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { createHarness, deleteOpenDbs, expectedRows, hazardRows } from './support/harness';
import { TestFeed, testRecord, testRecords } from './support/test-feed';

const DAY = 86_400_000;
/** TestFeed publishes version v at 06:00 UTC on November v, 2026. */
const createdAt = (version: number) => Date.UTC(2026, 10, version, 6);

let feed: TestFeed;
let server: FeedServer;
beforeEach(async () => {
  fakeBrowser.reset();
  feed = new TestFeed();
  server = await startFeedServer(feed.dir);
});
afterEach(async () => {
  await server.close();
  await deleteOpenDbs();
  feed.remove();
});

function clockAt(start: number) {
  const clock = { now: start };
  return { clock, now: () => clock.now };
}

describe('feed freshness', () => {
  it('shows a frozen feed as stale although every sync says "up to date"', async () => {
    feed.publish(1, testRecords(1, 5));
    const { clock, now } = clockAt(createdAt(1) + 3_600_000);
    const h = createHarness(feed, server, { now });
    expect(await h.manager.sync()).toMatchObject({ result: 'updated' });
    const fresh = await feedStatus(h.db, h.service, false);
    expect(syncLines(fresh, 'en', clock.now).stale).toBeUndefined();

    // Publishing stopped; the host keeps serving the same signed manifest for 13 months.
    clock.now = createdAt(1) + 395 * DAY + 3_600_000;
    expect(await h.manager.sync()).toMatchObject({ result: 'up-to-date', version: 1 });
    const status = await feedStatus(h.db, h.service, false);
    expect(status).toMatchObject({
      feedCreated: '2026-11-01T06:00:00.000Z',
      feedMaxAgeSeconds: 7 * 86_400,
      lastSyncAt: clock.now,
    });
    expect(syncLines(status, 'en', clock.now).stale).toBe(
      'The hazard data server has published nothing new for 395 days, so recent reports may be missing.',
    );
  });

  it("uses the feed's declared maximum age", async () => {
    feed.publish(1, testRecords(1, 5), { maxAgeSeconds: 2 * 86_400 });
    const { clock, now } = clockAt(createdAt(1) + DAY);
    const h = createHarness(feed, server, { now });
    await h.manager.sync();
    expect(syncLines(await feedStatus(h.db, h.service, false), 'en', clock.now).stale).toBeUndefined();
    clock.now = createdAt(1) + 3 * DAY;
    await h.manager.sync();
    expect(syncLines(await feedStatus(h.db, h.service, false), 'en', clock.now).stale).toMatch(
      /nothing new for 3 days/,
    );
  });

  it('shows a validly signed manifest older than the data in use as stale, and clears that with a newer one', async () => {
    feed.publish(1, testRecords(1, 5));
    feed.publish(2, testRecords(1, 6));
    const { clock, now } = clockAt(createdAt(2) + DAY);
    const h = createHarness(feed, server, { now });
    await h.manager.sync();
    // The host serves the same version signed with an earlier creation time (a rollback or stale mirror).
    feed.resign((manifest) => ({ ...manifest, created: '2026-10-01T06:00:00.000Z' }));

    const outcome = await h.manager.sync();

    expect(outcome).toMatchObject({ result: 'up-to-date', version: 2 });
    expect(outcome.notes.join(' ')).toMatch(/older than the data you have/);
    const status = await feedStatus(h.db, h.service, false);
    expect(status.serverWentBack).toBe('2026-10-01T06:00:00.000Z');
    expect(status.feedCreated).toBe('2026-11-02T06:00:00.000Z'); // the data in use keeps its own age
    expect(syncLines(status, 'en', clock.now).stale).toMatch(/offering older data than you already have/);
    expect(await hazardRows(h.db)).toEqual(expectedRows(testRecords(1, 6)));

    feed.publish(3, testRecords(1, 7));
    expect(await h.manager.sync()).toMatchObject({ result: 'updated', to: 3 });
    const after = await feedStatus(h.db, h.service, false);
    expect(after.serverWentBack).toBeUndefined();
    expect(syncLines(after, 'en', clock.now).stale).toBeUndefined();
  });

  it('keeps bundled data on its own date rule (no feed age before the first sync)', async () => {
    const h = createHarness(feed, server, { bundled: [testRecord(900)] });
    await h.service.ready();
    const status = await feedStatus(h.db, h.service, false);
    expect(status.feedCreated).toBeUndefined();
    expect(status.bundled).toBe(true);
  });
});

describe('local records checked against the manifest', () => {
  const v1 = testRecords(1, 30);

  it('repairs a locally deleted record on the next sync although the server answers 304', async () => {
    feed.storeFiles = false; // records as rows (chunk store: sync-chunk-store.test.ts)
    feed.publish(1, v1);
    const h = createHarness(feed, server);
    await h.manager.sync();
    await h.db.hazards.delete(v1[4]!.id);
    server.requests.length = 0;

    const outcome = await h.manager.sync();

    expect(outcome).toMatchObject({ result: 'updated', to: 1, via: 'snapshot', recordCount: 30 });
    expect(outcome.notes.join(' ')).toMatch(/local records did not match version 1 \(29 of 30\)/);
    expect(server.requests.map((r) => `${r.file} ${r.status}`)).toEqual([
      'manifest.json 304',
      'manifest.json 200',
      'manifest.json.sig 200',
      'snapshot-1.ndjson.gz 200',
    ]);
    expect(await hazardRows(h.db)).toEqual(expectedRows(v1));
    expect(h.engineIds()).toEqual(v1.map((r) => r.id).sort());
  });

  it('repairs a record changed in place (same count, different IDs) when the host sends no 304', async () => {
    feed.publish(1, v1);
    const h = createHarness(feed, server);
    await h.manager.sync();
    await h.db.meta.delete('feedEtag');
    await h.db.transaction('rw', h.db.hazards, async () => {
      await h.db.hazards.delete(v1[0]!.id);
      await h.db.hazards.put({ ...(await h.db.hazards.get(v1[1]!.id))!, id: 'curated:STRAY' });
    });

    expect(await h.manager.sync()).toMatchObject({ result: 'updated', via: 'snapshot' });
    expect(await hazardRows(h.db)).toEqual(expectedRows(v1));
  });

  it('checks on browser start and resyncs only when the local records differ', async () => {
    feed.storeFiles = false; // records as rows (chunk store: sync-chunk-store.test.ts)
    feed.publish(1, v1);
    const db = new HazardDb(`repair-${randomUUID()}`);
    const service = new HazardService({
      db,
      createEngine: () => ({ match: () => [], search: () => [] }),
      profileOf,
      bundled: () => ({ records: [], dataAsOf: '2026-10-01' }),
      settings: async () => DEFAULT_SETTINGS,
    });
    const sync = startFeedSync({
      db,
      service,
      config: { manifestUrl: server.manifestUrl, publicKey: feed.publicKey },
      runtime: fakeBrowser.runtime,
      alarms: fakeBrowser.alarms,
      syncIntervalHours: async () => 6,
    });
    try {
      await sync.started;
      await sync.syncNow();
      server.requests.length = 0;
      expect(await sync.checkLocalData()).toBeUndefined();
      expect(server.requests).toHaveLength(0);

      await db.hazards.bulkDelete([v1[3]!.id, v1[7]!.id]);
      expect(await sync.checkLocalData()).toMatchObject({ result: 'updated', via: 'snapshot' });
      expect((await db.hazards.toCollection().primaryKeys()).sort()).toEqual(v1.map((r) => r.id).sort());
    } finally {
      db.close();
      await HazardDb.delete(db.name);
    }
  });
});
