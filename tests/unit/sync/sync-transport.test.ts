/**
 * Server, network and size failures: 5xx, 404, dropped connections, deadlines (slow headers and a
 * body that stalls), oversized answers refused while streaming. Data must stay exactly as it was.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../../lib/feed/format';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { createHarness, deleteOpenDbs, feedState, metaValue } from './support/harness';
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

async function clientAtV1(options: Parameters<typeof createHarness>[2] = {}) {
  feed.publish(1, testRecords(1, 30));
  const first = createHarness(feed, server);
  expect(await first.manager.sync()).toMatchObject({ result: 'updated', to: 1 });
  // The same database, now synced by a client with the options under test.
  const h = createHarness(feed, server, { ...options, dbName: first.db.name });
  await h.service.ready();
  feed.publish(2, [...testRecords(3, 35), testRecord(99)]);
  server.requests.length = 0;
  return { h, before: await feedState(h.db) };
}

async function expectKept(
  h: Awaited<ReturnType<typeof clientAtV1>>['h'],
  before: unknown,
  code: string,
  message: RegExp,
) {
  const outcome = await h.manager.sync();
  expect(outcome).toMatchObject({ result: 'failed', error: { code } });
  expect(await feedState(h.db)).toEqual(before);
  expect(await metaValue(h.db, 'lastError')).toMatch(message);
  return outcome;
}

describe('SyncManager: server and network failures', () => {
  it('reports server errors on the manifest and counts consecutive failures', async () => {
    const { h, before } = await clientAtV1();
    server.faults.set(MANIFEST_FILE, { status: 500 });
    expect(await expectKept(h, before, 'server', /had a problem \(HTTP 500\)/)).toMatchObject({ failures: 1 });
    server.faults.set(MANIFEST_FILE, { status: 503 });
    expect(await expectKept(h, before, 'server', /HTTP 503/)).toMatchObject({ failures: 2 });
    expect(await metaValue(h.db, 'syncFailures')).toBe(2);
  });

  it('reports a missing feed (404)', async () => {
    const { h, before } = await clientAtV1();
    server.faults.set(MANIFEST_FILE, { status: 404 });
    await expectKept(h, before, 'not-found', /does not have the update list \(HTTP 404\)/);
  });

  it('reports a dropped connection as a network error', async () => {
    const { h, before } = await clientAtV1();
    server.faults.set(MANIFEST_FILE, { drop: true });
    await expectKept(h, before, 'network', /Could not reach the hazard data server/);
  });

  it('reports an unreachable host as a network error, on the very first sync too', async () => {
    feed.publish(1, testRecords(1, 3));
    const closed = await startFeedServer(feed.dir);
    await closed.close();
    const h = createHarness(feed, server, { manifestUrl: closed.manifestUrl, bundled: [testRecord(500)] });
    await h.service.ready();
    const outcome = await h.manager.sync();
    expect(outcome).toMatchObject({ result: 'failed', error: { code: 'network' } });
    expect(await h.service.status()).toMatchObject({ bundled: true, recordCount: 1, feedVersion: undefined });
  });

  it('gives up on a manifest that does not answer within the deadline', async () => {
    const { h, before } = await clientAtV1({ timeouts: { manifestMs: 150 } });
    server.faults.set(MANIFEST_FILE, { delayMs: 5_000 });
    const started = Date.now();
    await expectKept(h, before, 'timeout', /took longer than \d+ s to send the update list/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('gives up on a data file whose body stalls halfway', async () => {
    feed.storeFiles = false; // the record snapshot (chunk store: sync-chunk-store.test.ts)
    const { h, before } = await clientAtV1({ timeouts: { fileMs: 200 } });
    const { snapshot, deltas } = feed.manifest();
    server.faults.set(deltas[0]!.name, { status: 404 });
    server.faults.set(snapshot.name, { stallAfterBytes: 64 });
    const outcome = await expectKept(h, before, 'timeout', /took longer than/);
    expect(outcome.notes[0]).toMatch(/unusable \(not-found\)/);
  });
});

describe('SyncManager: size caps', () => {
  it('refuses an oversized manifest while it streams (no Content-Length)', async () => {
    const { h, before } = await clientAtV1();
    server.faults.set(MANIFEST_FILE, { body: Buffer.alloc(70 * 1024, 0x20) });
    await expectKept(h, before, 'too-large', /update list is larger than the 64 KB allowed/);
  });

  it('refuses a signature file larger than a signature can be', async () => {
    const { h, before } = await clientAtV1();
    server.faults.set(SIGNATURE_FILE, { body: Buffer.alloc(4096, 0x41) });
    await expectKept(h, before, 'too-large', /signature is larger than/);
  });

  it('refuses a data file the server sends longer than the signed manifest declares', async () => {
    feed.storeFiles = false; // the record snapshot (chunk store: sync-chunk-store.test.ts)
    const { h, before } = await clientAtV1();
    const { snapshot, deltas } = feed.manifest();
    for (const file of [snapshot, deltas[0]!]) {
      server.faults.set(file.name, { body: Buffer.concat([feed.read(file.name), Buffer.alloc(1000)]) });
    }
    const outcome = await expectKept(
      h,
      before,
      'too-large',
      /full hazard data file snapshot-2\.ndjson\.gz is larger than the size the signed update list declares/,
    );
    expect(outcome.notes[0]).toMatch(/unusable \(too-large\)/);
  });

  it('refuses a manifest that declares a file above the absolute cap, without downloading it', async () => {
    const { h, before } = await clientAtV1({ limits: { fileBytes: 100 } });
    await expectKept(h, before, 'too-large', /more than this extension accepts/);
    expect(server.requests.map((r) => r.file)).toEqual([MANIFEST_FILE, SIGNATURE_FILE]);
  });

  it('refuses a data file that unpacks to more than the inflated cap (gzip bomb)', async () => {
    const { h, before } = await clientAtV1({ limits: { inflatedBytes: 2_000 } });
    const outcome = await expectKept(h, before, 'too-large', /unpacks to more than 2 KB/);
    expect(outcome.notes[0]).toMatch(/delta-1-2\.json\.gz unusable \(too-large\)/);
  });
});
