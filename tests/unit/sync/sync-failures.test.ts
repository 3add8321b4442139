/**
 * Every way a sync can go wrong, against a real local server and real signed feeds. After each failure
 * the hazard rows and the version's meta must be exactly what they were, lastError must say what went
 * wrong, and the match engine must not have been rebuilt.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deltaName, MANIFEST_FILE, SIGNATURE_FILE } from '../../../lib/feed/format';
import { signBytes } from '../../../lib/feed/signing';
import type { HazardRecord } from '../../../lib/hazards/schema';
import { startFeedServer, type FeedServer } from './support/feed-server';
import {
  createHarness,
  deleteOpenDbs,
  expectedRows,
  feedState,
  hazardRows,
  metaValue,
  type Harness,
} from './support/harness';
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
const v2 = [...testRecords(5, 40), testRecord(2, { riskLevel: 'serious' })];

/** A client at v1 facing a freshly published v2; returns the v1 state to compare against. */
async function clientAtV1(options: Parameters<typeof createHarness>[2] = {}) {
  feed.publish(1, v1);
  const h = createHarness(feed, server, options);
  expect(await h.manager.sync()).toMatchObject({ result: 'updated', to: 1 });
  feed.publish(2, v2);
  return { h, before: await feedState(h.db), builds: h.engineBuilds() };
}

async function expectFailureKeptData(
  h: Harness,
  before: Awaited<ReturnType<typeof feedState>>,
  builds: number,
  code: string,
  message: RegExp,
) {
  const outcome = await h.manager.sync();
  expect(outcome).toMatchObject({ result: 'failed', error: { code } });
  expect(await feedState(h.db)).toEqual(before);
  expect(await metaValue(h.db, 'lastError')).toMatch(message);
  expect(await metaValue(h.db, 'lastError')).toMatch(/left as it was/);
  expect(await metaValue(h.db, 'lastErrorCode')).toBe(code);
  expect(h.engineBuilds()).toBe(builds);
  return outcome;
}

describe('SyncManager: refusing bad feeds', () => {
  it('refuses a manifest whose signature is from another key', async () => {
    const { h, before, builds } = await clientAtV1();
    const stranger = generateKeyPairSync('ed25519').privateKey;
    feed.write(SIGNATURE_FILE, signBytes(feed.read(MANIFEST_FILE), stranger));
    await expectFailureKeptData(h, before, builds, 'bad-signature', /not signed with the Hazard Check key/);
  });

  it('refuses a manifest changed after signing', async () => {
    const { h, before, builds } = await clientAtV1();
    const tampered = feed
      .read(MANIFEST_FILE)
      .toString()
      .replace(/"recordCount": \d+/, '"recordCount": 1');
    expect(tampered).not.toEqual(feed.read(MANIFEST_FILE).toString());
    feed.write(MANIFEST_FILE, tampered);
    await expectFailureKeptData(h, before, builds, 'bad-signature', /not signed/);
  });

  it('refuses a manifest with no signature file, or a signature that is not base64', async () => {
    const { h, before, builds } = await clientAtV1();
    const signature = feed.read(SIGNATURE_FILE);
    server.faults.set(SIGNATURE_FILE, { status: 404 });
    await expectFailureKeptData(h, before, builds, 'missing-signature', /has no signature/);
    server.faults.clear();
    feed.write(SIGNATURE_FILE, `#${signature.toString()}`);
    await expectFailureKeptData(h, before, builds, 'bad-signature', /not signed/);
  });

  it('refuses to sync at all when the build has no valid key, without a request', async () => {
    feed.publish(1, v1);
    const h = createHarness(feed, server, { publicKey: 'dG9vIHNob3J0' });
    await h.service.ready();
    const outcome = await h.manager.sync();
    expect(outcome).toMatchObject({ result: 'failed', error: { code: 'not-configured' } });
    expect(server.requests).toEqual([]);
    expect(await h.service.status()).toMatchObject({
      bundled: true,
      lastError: expect.stringMatching(/updates are off/),
    });
  });

  it('refuses an older version replayed by the server, and keeps the newer data', async () => {
    feed.publish(1, v1);
    const oldManifest = feed.read(MANIFEST_FILE);
    const oldSignature = feed.read(SIGNATURE_FILE);
    const h = createHarness(feed, server);
    await h.manager.sync();
    feed.publish(2, v2);
    await h.manager.sync();
    const before = await feedState(h.db);
    feed.write(MANIFEST_FILE, oldManifest); // validly signed, but old
    feed.write(SIGNATURE_FILE, oldSignature);
    await expectFailureKeptData(h, before, h.engineBuilds(), 'replay', /version 1, older than the version 2/);
    expect(before.feedVersion).toBe(2);
  });

  it('refuses a truncated snapshot, before looking at its hash', async () => {
    feed.storeFiles = false; // the record snapshot (chunk store: sync-chunk-store.test.ts)
    feed.publish(1, v1);
    const h = createHarness(feed, server, { bundled: [testRecord(999)] });
    await h.service.ready();
    const before = await feedState(h.db);
    const snapshot = feed.manifest().snapshot.name;
    feed.write(snapshot, feed.read(snapshot).subarray(0, 100));
    await expectFailureKeptData(h, before, 1, 'truncated', /arrived incomplete \(100 of \d+ bytes\)/);
    expect(before.rows.map((r) => r.id)).toEqual(['curated:T-000999']); // still the bundled data
  });

  it('refuses a snapshot whose sha256 does not match the signed manifest', async () => {
    feed.storeFiles = false; // the record snapshot (chunk store: sync-chunk-store.test.ts)
    feed.publish(1, v1);
    const h = createHarness(feed, server);
    await h.service.ready();
    const before = await feedState(h.db);
    const snapshot = feed.manifest().snapshot.name;
    const bytes = Buffer.from(feed.read(snapshot));
    bytes[bytes.length - 20]! ^= 0xff; // same size, different content
    feed.write(snapshot, bytes);
    await expectFailureKeptData(h, before, 1, 'hash-mismatch', /does not match its checksum/);
  });

  it('refuses a whole snapshot when one record breaks the schema, even if signed and hashed', async () => {
    feed.storeFiles = false; // the record snapshot (chunk store: sync-chunk-store.test.ts)
    const broken = { ...testRecord(7), jurisdiction: 'Korea' } as unknown as HazardRecord;
    feed.publish(1, [...testRecords(1, 6), broken, ...testRecords(8, 10)]);
    const h = createHarness(feed, server);
    await h.service.ready();
    const before = await feedState(h.db);
    await expectFailureKeptData(h, before, 1, 'invalid-data', /line 7: jurisdiction/);
  });

  it('refuses a snapshot that is not gzip', async () => {
    feed.storeFiles = false; // the record snapshot (chunk store: sync-chunk-store.test.ts)
    feed.publish(1, v1);
    const snapshot = feed.manifest().snapshot;
    feed.write(snapshot.name, Buffer.from('{"not":"gzip"}\n'));
    feed.resign((m) => ({ ...m, snapshot: { ...m.snapshot, ...fileFacts(feed.read(snapshot.name)) } }));
    const h = createHarness(feed, server);
    await h.service.ready();
    await expectFailureKeptData(h, await feedState(h.db), 1, 'invalid-data', /not a valid gzip file/);
  });

  it('rolls back a snapshot whose records do not add up to the signed digest', async () => {
    feed.storeFiles = false; // the record snapshot (chunk store: sync-chunk-store.test.ts)
    const { h, before, builds } = await clientAtV1();
    feed.resign((m) => ({ ...m, recordsDigest: 'a'.repeat(64), deltas: [] }));
    await expectFailureKeptData(h, before, builds, 'digest-mismatch', /did not match the signed update list/);
  });

  it('refuses a manifest that is not a valid manifest', async () => {
    const { h, before, builds } = await clientAtV1();
    feed.resign((m) => ({ ...m, version: -3 }));
    await expectFailureKeptData(h, before, builds, 'invalid-data', /update list is not valid \(version/);
  });
});

describe('SyncManager: delta chain', () => {
  it('falls back to the snapshot on a gap in the chain (no delta from the local version)', async () => {
    feed.storeFiles = false; // the record snapshot (chunk store: sync-chunk-store.test.ts)
    feed.publish(1, v1);
    const h = createHarness(feed, server);
    await h.manager.sync();
    feed.publish(2, v2, { maxDeltas: 1 });
    const v3 = [...v2, testRecord(77)];
    const manifest = feed.publish(3, v3, { maxDeltas: 1 });
    expect(manifest.deltas.map((d) => d.from)).toEqual([2]);
    server.requests.length = 0;

    const outcome = await h.manager.sync();

    expect(outcome).toMatchObject({ result: 'updated', from: 1, to: 3, via: 'snapshot' });
    expect(outcome.notes).toEqual(['no delta from version 1: used the full snapshot']);
    expect(server.requests.map((r) => r.file)).toEqual(['manifest.json', 'manifest.json.sig', manifest.snapshot.name]);
    expect(await hazardRows(h.db)).toEqual(expectedRows(v3));
    expect(await metaValue(h.db, 'syncNotes')).toEqual(outcome.notes);
  });

  it('falls back to the snapshot when the listed delta is missing on the server', async () => {
    const { h } = await clientAtV1();
    server.faults.set(deltaName(1, 2), { status: 404 });
    const outcome = await h.manager.sync();
    expect(outcome).toMatchObject({ result: 'updated', to: 2, via: 'snapshot' });
    expect(outcome.notes[0]).toMatch(/delta-1-2.json.gz unusable \(not-found\)/);
    expect(await hazardRows(h.db)).toEqual(expectedRows(v2));
  });

  it('falls back to the snapshot when the delta is corrupt', async () => {
    const { h } = await clientAtV1();
    const name = deltaName(1, 2);
    feed.write(name, feed.read(name).subarray(0, 10));
    const outcome = await h.manager.sync();
    expect(outcome).toMatchObject({ result: 'updated', via: 'snapshot' });
    expect(outcome.notes[0]).toMatch(/unusable \(truncated\)/);
    expect(await hazardRows(h.db)).toEqual(expectedRows(v2));
  });

  it('undoes a delta that does not produce the signed digest (local data drifted), then takes the snapshot', async () => {
    feed.storeFiles = false; // the record snapshot (chunk store: sync-chunk-store.test.ts)
    const { h } = await clientAtV1();
    await h.db.hazards.delete('curated:T-000020'); // local data no longer what version 1 was
    const outcome = await h.manager.sync();
    expect(outcome).toMatchObject({ result: 'updated', via: 'snapshot', to: 2 });
    expect(outcome.notes[0]).toMatch(/unusable \(digest-mismatch\)/);
    expect(await hazardRows(h.db)).toEqual(expectedRows(v2));
  });

  it('keeps v1 when both the delta and the snapshot are broken', async () => {
    feed.storeFiles = false; // the record snapshot (chunk store: sync-chunk-store.test.ts)
    const { h, before, builds } = await clientAtV1();
    server.faults.set(deltaName(1, 2), { status: 404 });
    const snapshot = feed.manifest().snapshot.name;
    feed.write(snapshot, feed.read(snapshot).subarray(0, 50));
    const outcome = await expectFailureKeptData(h, before, builds, 'truncated', /incomplete/);
    expect(outcome.notes[0]).toMatch(/unusable \(not-found\)/);
  });

  it('does not fall back to the snapshot when the server is down', async () => {
    const { h, before, builds } = await clientAtV1();
    server.faults.set(deltaName(1, 2), { status: 502 });
    server.requests.length = 0;
    await expectFailureKeptData(h, before, builds, 'server', /HTTP 502/);
    expect(server.requests.some((r) => r.file.startsWith('snapshot-'))).toBe(false);
  });
});

function fileFacts(bytes: Buffer) {
  return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}
