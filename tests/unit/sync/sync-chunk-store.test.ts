/**
 * The chunk store (lib/sync/store-apply.ts) against a real local server and real signed feeds: a full
 * download stores the chunk files and the publisher's index, a delta lands on top of it, and every fault
 * leaves exactly the data in use — the same guarantees the record snapshot gives (sync-failures.test.ts).
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { engineFromIndex } from '../../../lib/background/engine-factory';
import { chunkFileName, deltaName, type ChunkList } from '../../../lib/feed/format';
import { ChunkColumns } from '../../../lib/hazards/chunk-columns';
import { chunkOfId } from '../../../lib/hazards/chunks';
import { HazardDb } from '../../../lib/hazards/db';
import { HazardRecords } from '../../../lib/hazards/records';
import type { HazardRecord } from '../../../lib/hazards/schema';
import { idsOfLines } from '../../../lib/hazards/sorted-lines';
import { INDEX_FORMAT_VERSION } from '../../../lib/matching/store';
import { storedProfileOf } from '../../../lib/matching/stored-profile';
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
  vi.restoreAllMocks();
  await server.close();
  await deleteOpenDbs();
  feed.remove();
});

// 2,500 records: three chunk files.
const v1 = testRecords(1, 2_500);
const v2 = [...testRecords(101, 2_520), testRecord(7, { riskLevel: 'serious' })];

async function clientAtV1(options: Parameters<typeof createHarness>[2] = {}) {
  feed.publish(1, v1);
  const h = createHarness(feed, server, { engineFromIndex, ...options });
  expect(await h.manager.sync()).toMatchObject({ result: 'updated', to: 1, via: 'snapshot' });
  feed.publish(2, v2);
  return { h, before: await feedState(h.db) };
}

function fileFacts(bytes: Buffer) {
  return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Rewrites version `v`'s chunk files as JSON lines under their old names, as builders before formats did. */
function asJsonLineChunks(version: number) {
  const store = feed.manifest().store!;
  const list = JSON.parse(feed.read(store.chunkList.name).toString()) as ChunkList;
  for (const file of list.chunks) {
    const chunk = new ChunkColumns(gunzipSync(feed.read(file.name)).toString('utf8'));
    const lines = chunk.ids.map((_, row) => `${JSON.stringify(chunk.record(row))}\n`).join('');
    const bytes = gzipSync(Buffer.from(lines));
    Object.assign(file, { name: `records-${version}-${list.chunks.indexOf(file)}.ndjson.gz`, ...fileFacts(bytes) });
    feed.write(file.name, bytes);
  }
  const listBytes = Buffer.from(JSON.stringify(list));
  feed.write(store.chunkList.name, listBytes);
  feed.resign((m) => {
    const { chunkFormat: _format, ...old } = m.store!;
    return { ...m, store: { ...old, chunkList: { ...old.chunkList, ...fileFacts(listBytes) } } as typeof m.store };
  });
}

/** The record IDs a product page of test listing `id` is matched to. */
async function checkId(h: ReturnType<typeof createHarness>, id: number): Promise<string[]> {
  const verdict = await h.service.checkPage({
    site: 'aliexpress',
    pageType: 'product',
    state: 'ok',
    url: `https://www.aliexpress.com/item/${1005000000000000 + id}.html`,
    product: { itemId: String(1005000000000000 + id), title: `Test product ${id}` },
  });
  return verdict.matches.map((m) => m.record.id);
}

async function reopened(name: string) {
  const db = new HazardDb(name);
  try {
    return await feedState(db);
  } finally {
    db.close();
  }
}

describe('chunk store: a full download', () => {
  it('stores the chunk files as they are and loads the published index, without the record snapshot', async () => {
    const manifest = feed.publish(1, v1);
    const h = createHarness(feed, server, { engineFromIndex });
    server.requests.length = 0;

    expect(await h.manager.sync()).toMatchObject({ result: 'updated', to: 1, via: 'snapshot', recordCount: 2_500 });

    const files = server.requests.map((r) => r.file);
    expect(files).not.toContain(manifest.snapshot.name);
    expect(files).toEqual(
      expect.arrayContaining([manifest.store!.index.name, chunkFileName(1, 0), chunkFileName(1, 2)]),
    );
    expect(await h.db.hazards.count()).toBe(0);
    expect(await h.db.chunks.count()).toBe(3);
    expect(await hazardRows(h.db)).toEqual(expectedRows(v1));
    expect(h.engineBuilds()).toBe(1); // the bundled seed only: the index came built
    const verdict = await h.service.checkPage({
      site: 'aliexpress',
      pageType: 'product',
      state: 'ok',
      url: 'https://www.aliexpress.com/item/1005000000000042.html',
      product: { itemId: '1005000000000042', title: 'Test product 42' },
    });
    expect(verdict.matches.map((m) => m.record.id)).toContain('curated:T-000042');
    expect(await h.service.status()).toMatchObject({ recordCount: 2_500, feedVersion: 1 });
  });

  it('answers after a restart from the stored index and the rows a delta added, without re-indexing', async () => {
    const { h } = await clientAtV1();
    await h.manager.sync(); // v2 by delta, on top of the v1 chunks
    const woken = createHarness(feed, server, { engineFromIndex, dbName: h.db.name });
    const check = (id: number) =>
      woken.service.checkPage({
        site: 'aliexpress',
        pageType: 'product',
        state: 'ok',
        url: `https://www.aliexpress.com/item/${1005000000000000 + id}.html`,
        product: { itemId: String(1005000000000000 + id), title: `Test product ${id}` },
      });
    expect((await check(2_510)).matches.map((m) => m.record.id)).toEqual(['curated:T-002510']); // added by the delta
    expect((await check(150)).matches.map((m) => m.record.id)).toEqual(['curated:T-000150']); // from a chunk
    expect((await check(50)).matches).toEqual([]); // deleted by the delta
    expect(woken.engineBuilds()).toBe(0);
    expect(await woken.service.status()).toMatchObject({ feedVersion: 2, recordCount: 2_421 });
  });

  it("keeps the changed rows' profiles in one row, which a restart reads instead of the rows", async () => {
    const { h } = await clientAtV1();
    await h.manager.sync(); // v2 by delta
    const v3 = [
      ...v2.filter((r) => r.id !== 'curated:T-002510'),
      testRecord(2_530),
      testRecord(8, { riskLevel: 'serious' }),
    ];
    feed.publish(3, v3);
    expect(await h.manager.sync()).toMatchObject({ result: 'updated', to: 3, via: 'delta' });
    const overlay = (await metaValue(h.db, 'overlayProfiles')) as { entries: [string, unknown][] };
    const rowIds = ((await h.db.hazards.toCollection().primaryKeys()) as string[]).sort();
    expect(overlay.entries.map(([id]) => id).sort()).toEqual(rowIds);
    expect(rowIds).toContain('curated:T-002530');
    expect(rowIds).not.toContain('curated:T-002510');

    const woken = createHarness(feed, server, { engineFromIndex, dbName: h.db.name });
    const fullRows = vi.spyOn(woken.db.hazards, 'toArray');
    const check = (id: number) => checkId(woken, id);
    expect(await check(2_530)).toEqual(['curated:T-002530']);
    expect(await check(2_510)).toEqual([]);
    expect(await check(150)).toEqual(['curated:T-000150']);
    expect(fullRows).not.toHaveBeenCalled();
  });

  it('reads the full rows when the profiles row does not agree with them', async () => {
    const { h } = await clientAtV1();
    await h.manager.sync(); // v2 by delta
    const overlay = (await metaValue(h.db, 'overlayProfiles')) as { gen: number; entries: [string, unknown][] };
    await h.db.meta.put({ key: 'overlayProfiles', value: { ...overlay, entries: overlay.entries.slice(1) } });
    const woken = createHarness(feed, server, { engineFromIndex, dbName: h.db.name });
    const fullRows = vi.spyOn(woken.db.hazards, 'toArray');
    expect(await checkId(woken, 2_510)).toEqual(['curated:T-002510']);
    expect(fullRows).toHaveBeenCalled();
  });

  it('keeps the index unpacked, and still loads one stored packed by an earlier version', async () => {
    feed.publish(1, v1);
    const h = createHarness(feed, server, { engineFromIndex });
    await h.manager.sync();
    const base = (await h.db.meta.get('baseIndex'))!.value as { gen: number; indexFormat: number; raw: Blob };
    expect(base.raw).toBeInstanceOf(Blob);
    const bytes = new Uint8Array(await base.raw.arrayBuffer());
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('HCIX');
    await h.db.meta.put({
      key: 'baseIndex',
      value: { gen: base.gen, indexFormat: base.indexFormat, gzip: gzipSync(bytes) },
    });
    const woken = createHarness(feed, server, { engineFromIndex, dbName: h.db.name });
    expect(await woken.service.status()).toMatchObject({ feedVersion: 1, recordCount: 2_500 });
    expect(woken.engineBuilds()).toBe(0);
  });

  it('reads records from their chunks, and nothing for an unknown ID', async () => {
    await clientAtV1();
    const h = createHarness(feed, server, { engineFromIndex });
    await h.manager.sync();
    const found = await h.service.records(['curated:T-000101', 'curated:T-002520', 'curated:nope']);
    expect(found.map((r) => r.id)).toEqual(['curated:T-000101', 'curated:T-002520']);
  });

  it('applies a delta on top: changed records before the chunks, deleted ones as tombstones', async () => {
    const { h } = await clientAtV1();
    server.requests.length = 0;
    const outcome = await h.manager.sync();
    expect(outcome).toMatchObject({ result: 'updated', from: 1, to: 2, via: 'delta' });
    expect(server.requests.map((r) => r.file)).toEqual(['manifest.json', 'manifest.json.sig', deltaName(1, 2)]);
    expect(await hazardRows(h.db)).toEqual(expectedRows(v2));
    expect(await h.db.tombstones.count()).toBe(99); // T-1…T-100 but T-7 (kept, changed)
    expect(await h.db.hazards.count()).toBe(21); // T-2501…T-2520 new, T-7 changed
    expect((await h.service.records(['curated:T-000007']))[0]?.riskLevel).toBe('serious');
    expect(await h.service.records(['curated:T-000050'])).toEqual([]);
  });

  it("checks a delta's IDs by splicing them into the stored order, the same set a full recount gives", async () => {
    const { h } = await clientAtV1();
    await h.manager.sync(); // v2 by delta: own rows and tombstones on top of the chunks
    const store = (await h.db.meta.get('chunkStore'))!.value as { gen: number; firsts: string[] };
    await h.db.chunks.delete([store.gen, chunkOfId('curated:T-001500', store.firsts)]); // a chunk lost locally
    const records = new HazardRecords(h.db);
    const deletes = ['curated:T-000007', 'curated:T-002510', 'curated:T-000200', 'curated:T-001600'];
    const upserts = ['curated:T-000200', 'curated:T-003000', 'curated:T-000050', 'curated:T-000000'];
    const recount = new Set(await records.ids());
    for (const id of deletes) recount.delete(id);
    for (const id of upserts) recount.add(id);
    const after = await records.idLinesAfter(deletes, upserts);
    const merged = idsOfLines(after);
    expect(after.count).toBe(recount.size);
    expect(merged).toEqual([...recount].sort());
    expect(merged).not.toContain('curated:T-001500');
    expect(merged).toContain('curated:T-000200'); // deleted and stored again: kept
  });

  it("stores the feed's profile of each changed record when this matcher made it, else its own", async () => {
    const { h } = await clientAtV1();
    const name = deltaName(1, 2);
    const delta = JSON.parse(gunzipSync(feed.read(name)).toString()) as {
      upserts: HazardRecord[];
      profiles?: { format: number; json: string[] };
    };
    // A large delta carries its profiles; this small one is given them, with a marker no profile of ours
    // has: only the feed's profile carries it into the row.
    delta.profiles = {
      format: INDEX_FORMAT_VERSION,
      json: delta.upserts.map((r) => storedProfileOf(r).json.replace(/^\{/, '{"published":1,')),
    };
    const rewrite = (format: number) => {
      const bytes = gzipSync(Buffer.from(JSON.stringify({ ...delta, profiles: { ...delta.profiles, format } })));
      feed.write(name, bytes);
      feed.resign((m) => ({
        ...m,
        deltas: m.deltas.map((d) => (d.name === name ? { ...d, ...fileFacts(bytes) } : d)),
      }));
    };
    rewrite(INDEX_FORMAT_VERSION);
    expect(await h.manager.sync()).toMatchObject({ result: 'updated', to: 2, via: 'delta' });
    const row = await h.db.hazards.get('curated:T-002510');
    expect((row?.profile as { json: string }).json).toContain('"published":1');
    expect(await checkId(h, 2_510)).toEqual(['curated:T-002510']);

    const other = await clientAtV1();
    rewrite(INDEX_FORMAT_VERSION + 1);
    await other.h.manager.sync();
    const own = await other.h.db.hazards.get('curated:T-002510');
    expect(own?.profile).toMatchObject({ format: INDEX_FORMAT_VERSION });
    expect((own?.profile as { json: string }).json).not.toContain('published');
  });

  it('keeps the profile of each changed record beside it, made by this matcher version', async () => {
    const { h } = await clientAtV1();
    await h.manager.sync();
    const row = await h.db.hazards.get('curated:T-002510');
    expect(row?.profile).toMatchObject({ format: INDEX_FORMAT_VERSION });
    expect(JSON.parse((row?.profile as { json: string }).json)).toMatchObject({ id: 'curated:T-002510' });
  });

  it('takes the full download instead of a delta once deltas changed more than 5% of the records', async () => {
    const { h } = await clientAtV1();
    await h.manager.sync(); // v2 by delta: 120 changes of 2,420 records (< 5%)
    const v3 = testRecords(301, 2_300); // 120 changed of 2,000 is over 5%
    feed.publish(3, v3);
    const outcome = await h.manager.sync();
    expect(outcome).toMatchObject({ result: 'updated', to: 3, via: 'snapshot' });
    expect(outcome.notes[0]).toMatch(/many records changed/);
    expect(await h.db.hazards.count()).toBe(0);
    expect(await h.db.tombstones.count()).toBe(0);
    expect(await hazardRows(h.db)).toEqual(expectedRows(v3));
  });

  it('falls back to the record snapshot when the published index is another format', async () => {
    const manifest = feed.publish(1, v1);
    feed.resign((m) => ({ ...m, store: { ...m.store!, indexFormat: m.store!.indexFormat + 1 } }));
    const h = createHarness(feed, server, { engineFromIndex });
    server.requests.length = 0;
    const outcome = await h.manager.sync();
    expect(outcome).toMatchObject({ result: 'updated', via: 'snapshot' });
    expect(outcome.notes.join(' ')).toMatch(/another format/);
    expect(server.requests.map((r) => r.file)).toContain(manifest.snapshot.name);
    expect(await h.db.chunks.count()).toBe(0);
    expect(await h.db.hazards.count()).toBe(2_500);
  });

  it('falls back to the record snapshot when the chunk files are a format it does not know', async () => {
    const manifest = feed.publish(1, v1);
    feed.resign((m) => ({ ...m, store: { ...m.store!, chunkFormat: 99 } }));
    const h = createHarness(feed, server, { engineFromIndex });
    server.requests.length = 0;
    const outcome = await h.manager.sync();
    expect(outcome).toMatchObject({ result: 'updated', via: 'snapshot' });
    expect(outcome.notes.join(' ')).toMatch(/chunk files are format 99/);
    expect(server.requests.map((r) => r.file)).toContain(manifest.snapshot.name);
    expect(server.requests.map((r) => r.file)).not.toContain(chunkFileName(1, 0));
    expect(await h.db.chunks.count()).toBe(0);
    expect(await hazardRows(h.db)).toEqual(expectedRows(v1));
  });

  it('stores and reads the JSON-line chunk files of a feed built before chunk formats', async () => {
    feed.publish(1, v1);
    asJsonLineChunks(1);
    const h = createHarness(feed, server, { engineFromIndex });
    server.requests.length = 0;
    expect(await h.manager.sync()).toMatchObject({ result: 'updated', to: 1, via: 'snapshot' });
    expect(server.requests.map((r) => r.file)).toContain('records-1-0.ndjson.gz');
    expect(await h.db.chunks.count()).toBe(3);
    expect(await hazardRows(h.db)).toEqual(expectedRows(v1));
    const found = await h.service.records(['curated:T-000101', 'curated:T-002500', 'curated:nope']);
    expect(found.map((r) => r.id)).toEqual(['curated:T-000101', 'curated:T-002500']);
  });

  it('repairs a chunk lost locally on the next sync, although the server answers 304', async () => {
    feed.publish(1, v1);
    const h = createHarness(feed, server, { engineFromIndex });
    await h.manager.sync();
    const store = (await h.db.meta.get('chunkStore'))!.value as { gen: number; firsts: string[] };
    await h.db.chunks.delete([store.gen, chunkOfId('curated:T-000010', store.firsts)]);
    const outcome = await h.manager.sync();
    expect(outcome).toMatchObject({ result: 'updated', to: 1, via: 'snapshot' });
    expect(outcome.notes.join(' ')).toMatch(/local records did not match version 1/);
    expect(await hazardRows(h.db)).toEqual(expectedRows(v1));
    expect(await h.db.chunks.count()).toBe(3); // the old generation was removed
  });
});

describe('chunk store: faults leave the data in use', () => {
  async function expectKept(
    h: Awaited<ReturnType<typeof clientAtV1>>['h'],
    before: unknown,
    code: string,
    message: RegExp,
  ) {
    server.faults.set(deltaName(1, 2), { status: 404 });
    const outcome = await h.manager.sync();
    expect(outcome).toMatchObject({ result: 'failed', error: { code } });
    expect(await metaValue(h.db, 'lastError')).toMatch(message);
    expect(await metaValue(h.db, 'lastError')).toMatch(/left as it was/);
    expect(await feedState(h.db)).toEqual(before);
    expect(await reopened(h.db.name)).toEqual(before);
    return outcome;
  }

  it('refuses a truncated chunk file', async () => {
    const { h, before } = await clientAtV1();
    const name = chunkFileName(2, 1);
    feed.write(name, feed.read(name).subarray(0, 100));
    await expectKept(h, before, 'truncated', /part 2 of 3 arrived incomplete/);
  });

  it('refuses a chunk file whose sha256 does not match the signed list', async () => {
    const { h, before } = await clientAtV1();
    const name = chunkFileName(2, 2);
    const bytes = Buffer.from(feed.read(name));
    bytes[bytes.length - 20]! ^= 0xff;
    feed.write(name, bytes);
    await expectKept(h, before, 'hash-mismatch', /does not match its checksum/);
  });

  it('refuses a chunk file the server sends longer than declared, or that stalls', async () => {
    const { h, before } = await clientAtV1({ timeouts: { fileMs: 200 } });
    const name = chunkFileName(2, 0);
    server.faults.set(name, { body: Buffer.concat([feed.read(name), Buffer.alloc(1000)]) });
    await expectKept(h, before, 'too-large', /larger than the size the signed update list declares/);
    server.faults.set(name, { stallAfterBytes: 64 });
    await expectKept(h, before, 'timeout', /took longer than/);
  });

  it('refuses an index that is not an index, or lists other records than the signed digest', async () => {
    const { h, before } = await clientAtV1();
    const store = feed.manifest().store!;
    const garbage = gzipSync(Buffer.from('not an index'));
    feed.write(store.index.name, garbage);
    feed.resign((m) => ({ ...m, store: { ...m.store!, index: { ...m.store!.index, ...fileFacts(garbage) } } }));
    await expectKept(h, before, 'invalid-data', /match index .* is not valid \(not an index file\)/);

    feed.publish(3, v1); // a real index, of other records
    const other = feed.read(feed.manifest().store!.index.name);
    feed.publish(2, v2);
    feed.write(store.index.name, other);
    feed.resign((m) => ({
      ...m,
      deltas: [],
      store: { ...m.store!, index: { ...m.store!.index, ...fileFacts(other) } },
    }));
    await expectKept(h, before, 'digest-mismatch', /does not list the records the signed update list declares/);
  });

  it('refuses a chunk list whose parts do not add up to the declared record count', async () => {
    const { h, before } = await clientAtV1();
    const listName = feed.manifest().store!.chunkList.name;
    const list = JSON.parse(feed.read(listName).toString()) as { chunks: { records: number }[] };
    list.chunks[0]!.records += 1;
    const bytes = Buffer.from(JSON.stringify(list));
    feed.write(listName, bytes);
    feed.resign((m) => ({ ...m, store: { ...m.store!, chunkList: { ...m.store!.chunkList, ...fileFacts(bytes) } } }));
    await expectKept(h, before, 'invalid-data', /parts hold 2422 records, not the 2421/);
  });

  it('keeps the old version when the disk fills while chunks are stored, and cleans up after', async () => {
    const { h, before } = await clientAtV1();
    const realPut = h.db.chunks.put.bind(h.db.chunks);
    let puts = 0;
    vi.spyOn(h.db.chunks, 'put').mockImplementation(((row: Parameters<typeof realPut>[0]) => {
      if (++puts === 2) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return realPut(row);
    }) as typeof realPut);
    const outcome = await expectKept(h, before, 'storage-full', /out of storage/);
    expect(outcome.result).toBe('failed');
    vi.restoreAllMocks();
    server.faults.clear();
    feed.resign((m) => ({ ...m, deltas: [] }));
    expect(await h.manager.sync()).toMatchObject({ result: 'updated', to: 2, via: 'snapshot' });
    expect(await hazardRows(h.db)).toEqual(expectedRows(v2));
    const gens = new Set((await h.db.chunks.toArray()).map((row) => row.gen));
    expect(gens.size).toBe(1); // the half-written and the replaced generation are gone
  });

  it('is exactly the old version when the worker stops after storing chunks, before the switch', async () => {
    const { h, before } = await clientAtV1();
    vi.spyOn(h.db.meta, 'bulkPut').mockImplementationOnce((() => {
      throw new Error('service worker stopped');
    }) as unknown as typeof h.db.meta.bulkPut);
    server.faults.set(deltaName(1, 2), { status: 404 });
    expect((await h.manager.sync()).result).toBe('failed');
    expect(await reopened(h.db.name)).toEqual(before);
    expect(await h.service.status()).toMatchObject({ feedVersion: 1, recordCount: 2_500 });
  });
});
