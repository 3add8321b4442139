/**
 * The browser wiring: install, startup and alarm events drive real syncs against a local feed server,
 * and `sync-now` / `sync-status` answer with the real state.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { profileOf } from '../../../lib/background/engine-factory';
import { HazardService } from '../../../lib/background/hazard-service';
import { HazardDb } from '../../../lib/hazards/db';
import { MANIFEST_FILE } from '../../../lib/feed/format';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { startFeedSync, type FeedSync } from '../../../lib/sync/feed-sync';
import { SYNC_ALARM } from '../../../lib/sync/scheduler';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { deleteOpenDbs } from './support/harness';
import { TestFeed, testRecord, testRecords } from './support/test-feed';

let feed: TestFeed;
let server: FeedServer;
let db: HazardDb;
let intervalListener: (() => Promise<void>) | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  feed = new TestFeed();
  server = await startFeedServer(feed.dir);
  db = new HazardDb(`wire-${randomUUID()}`);
});
afterEach(async () => {
  await server.close();
  db.close();
  await HazardDb.delete(db.name);
  await deleteOpenDbs();
  feed.remove();
});

function start(publicKey = feed.publicKey): FeedSync {
  const service = new HazardService({
    db,
    createEngine: () => ({ match: () => [], search: () => [] }),
    profileOf,
    bundled: () => ({ records: [testRecord(700)], dataAsOf: '2026-10-01' }),
    settings: async () => DEFAULT_SETTINGS,
  });
  return startFeedSync({
    db,
    service,
    config: { manifestUrl: server.manifestUrl, publicKey },
    runtime: fakeBrowser.runtime,
    alarms: fakeBrowser.alarms,
    syncIntervalHours: async () => 6,
    watchSyncInterval: (callback) => (intervalListener = callback),
  });
}

describe('startFeedSync', () => {
  it('syncs right after the first install and plans the next check', async () => {
    feed.publish(1, testRecords(1, 5));
    const sync = start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(sync.scheduler.syncing).toBe(true);
    await sync.runDue(); // joins the install sync

    const status = await sync.status();
    expect(status).toMatchObject({
      feedVersion: 1,
      recordCount: 5,
      bundled: false,
      syncing: false,
      lastError: undefined,
    });
    expect(status.nextSyncAt).toBeGreaterThan(Date.now() + 5 * 3600_000);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(status.nextSyncAt);
  });

  it('keeps an alarm from the moment the worker starts, and syncs when it fires', async () => {
    feed.publish(1, testRecords(1, 3));
    const sync = start();
    await sync.started;
    const alarm = await fakeBrowser.alarms.get(SYNC_ALARM);
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() - 1000);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + 60_000);
    expect(server.requests).toEqual([]);

    await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-elses-alarm', scheduledTime: Date.now() });
    expect(sync.scheduler.syncing).toBe(false);
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: Date.now() });
    await sync.runDue();
    expect(await sync.status()).toMatchObject({ feedVersion: 1, recordCount: 3 });
  });

  it('"sync now" returns the real status, with a translatable error code on failure', async () => {
    feed.publish(1, testRecords(1, 3));
    const sync = start();
    server.faults.set(MANIFEST_FILE, { status: 503 });
    const failed = await sync.syncNow();
    expect(failed).toMatchObject({
      bundled: true,
      recordCount: 1,
      lastErrorCode: 'server',
      lastError: expect.stringMatching(/HTTP 503/),
      syncing: false,
    });
    expect(failed.nextSyncAt).toBeGreaterThan(Date.now() + 14 * 60_000);

    server.faults.clear();
    const ok = await sync.syncNow();
    expect(ok).toMatchObject({ feedVersion: 1, recordCount: 3, lastError: undefined, lastErrorCode: undefined });
    expect(await sync.status()).toEqual(ok);
  });

  it('reports "updates are off" for a build without a key', async () => {
    const status = await start('').syncNow();
    expect(status).toMatchObject({ lastErrorCode: 'not-configured', bundled: true, recordCount: 1 });
    expect(server.requests).toEqual([]);
  });

  it('re-plans when the user changes the sync interval', async () => {
    feed.publish(1, testRecords(1, 3));
    const sync = start();
    const first = await sync.syncNow();
    await db.meta.put({ key: 'lastSyncAt', value: Date.now() - 10 * 3600_000 });
    await intervalListener!();
    const replanned = await sync.status();
    expect(replanned.nextSyncAt).toBeLessThan(first.nextSyncAt!);
    expect(replanned.nextSyncAt).toBeLessThanOrEqual(Date.now() + 60_000);
  });
});
