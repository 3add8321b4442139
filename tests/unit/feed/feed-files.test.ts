import { storedProfileOf } from '../../../lib/matching/stored-profile';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { applyDelta, computeDelta } from '../../../lib/feed/delta';
import { decodeDelta, recordsDigest, sha256Hex, sortRecords } from '../../../lib/feed/codec';
import { chunkFileName, chunkListSchema, manifestSchema } from '../../../lib/feed/format';
import { ChunkColumns } from '../../../lib/hazards/chunk-columns';
import { CHUNK_FORMAT_COLUMNS, chunkOfId } from '../../../lib/hazards/chunks';
import { decodeIndex } from '../../../lib/matching/index-codec';
import { INDEX_FORMAT_VERSION } from '../../../lib/matching/store';
import { readFeedDir } from '../../../lib/feed/read';
import { generateSigningKeyPair, loadPrivateKey, publicKeyOf, signBytes, verifyBytes } from '../../../lib/feed/signing';
import { DELTA_PROFILES_FROM, deltaFile, writeFeedVersion } from '../../../lib/feed/write';
import { record, tempDir } from './helpers';

const keys = generateSigningKeyPair();
const privateKey = loadPrivateKey(keys.privateKeyPem);

function write(
  dir: string,
  version: number,
  records = [record('A'), record('B')],
  previous: { version: number; records: ReturnType<typeof record>[] }[] = [],
) {
  return writeFeedVersion({
    outDir: dir,
    version,
    records,
    previous,
    privateKey,
    sources: { curated: records.length },
  });
}

describe('signing', () => {
  it('round-trips an Ed25519 key pair through PEM and raw base64', () => {
    expect(Buffer.from(keys.publicKey, 'base64')).toHaveLength(32);
    expect(publicKeyOf(privateKey)).toBe(keys.publicKey);
    expect(publicKeyOf(loadPrivateKey(Buffer.from(keys.privateKeyPem).toString('base64')))).toBe(keys.publicKey);
  });

  it('verifies a signature and rejects it after one changed byte or with another key', () => {
    const bytes = Buffer.from('{"format":1}\n');
    const signature = signBytes(bytes, privateKey);
    expect(verifyBytes(bytes, signature, keys.publicKey)).toBe(true);
    const changed = Buffer.from(bytes);
    changed[3] = changed[3]! ^ 1;
    expect(verifyBytes(changed, signature, keys.publicKey)).toBe(false);
    expect(verifyBytes(bytes, signature, generateSigningKeyPair().publicKey)).toBe(false);
  });
});

describe('deltas', () => {
  it('turns v1 into v2 when applied: upserts for new and changed records, deletes for removed ones', () => {
    const v1 = [record('A'), record('B'), record('C')];
    const v2 = [record('A'), record('B', { riskLevel: 'serious' }), record('D')];
    const delta = computeDelta(1, 2, v1, v2);
    expect(delta.upserts.map((r) => r.id).sort()).toEqual(['curated:B', 'curated:D']);
    expect(delta.deletes).toEqual(['curated:C']);
    expect(sortRecords(applyDelta(v1, delta))).toEqual(sortRecords(v2));
  });

  it('is empty between identical versions', () => {
    const delta = computeDelta(1, 2, [record('A')], [record('A')]);
    expect(delta.upserts).toEqual([]);
    expect(delta.deletes).toEqual([]);
  });
});

describe('writing and reading a feed folder', () => {
  it('writes the files format.ts declares, and readFeedDir verifies hashes, digest and signature', () => {
    const dir = tempDir();
    const { manifest } = write(dir, 1);
    expect(readdirSync(dir).sort()).toEqual([
      'chunks-1.json',
      'history',
      'index-1.bin.gz',
      'manifest.json',
      'manifest.json.sig',
      'records-1-0.columns.gz',
      'snapshot-1.ndjson.gz',
    ]);
    const onDisk = manifestSchema.parse(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')));
    expect(onDisk).toEqual(manifest);
    expect(manifest.recordsDigest).toBe(sha256Hex('curated:A\ncurated:B\n'));
    expect(manifest.recordsDigest).toBe(recordsDigest(['curated:B', 'curated:A']));
    const snapshot = readFileSync(path.join(dir, 'snapshot-1.ndjson.gz'));
    expect(manifest.snapshot).toEqual({
      name: 'snapshot-1.ndjson.gz',
      sha256: sha256Hex(snapshot),
      bytes: snapshot.length,
    });
    const lines = gunzipSync(snapshot).toString('utf8').trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).id)).toEqual(['curated:A', 'curated:B']);

    const loaded = readFeedDir(dir, { publicKey: keys.publicKey });
    expect(loaded.manifest.version).toBe(1);
    expect(loaded.records.map((r) => r.id)).toEqual(['curated:A', 'curated:B']);
    const signature = readFileSync(path.join(dir, 'manifest.json.sig'), 'utf8');
    expect(verifyBytes(readFileSync(path.join(dir, 'manifest.json')), signature, keys.publicKey)).toBe(true);
  });

  it('writes the chunk files by ID range and the index of exactly those records, and removes older ones', () => {
    const dir = tempDir();
    const many = Array.from({ length: 2_345 }, (_, i) => record(`R${i}`));
    const { manifest } = writeFeedVersion({
      outDir: dir,
      version: 4,
      records: many,
      previous: [],
      privateKey,
      sources: { curated: many.length },
    });
    const store = manifest.store!;
    expect(store.chunkCount).toBe(3);
    expect(store.indexFormat).toBe(INDEX_FORMAT_VERSION);
    expect(store.chunkFormat).toBe(CHUNK_FORMAT_COLUMNS);
    const list = chunkListSchema.parse(JSON.parse(readFileSync(path.join(dir, store.chunkList.name), 'utf8')));
    expect(sha256Hex(readFileSync(path.join(dir, store.chunkList.name)))).toBe(store.chunkList.sha256);
    const seen: string[] = [];
    list.chunks.forEach((file, k) => {
      const bytes = readFileSync(path.join(dir, file.name));
      expect(file).toMatchObject({ name: chunkFileName(4, k), sha256: sha256Hex(bytes), bytes: bytes.length });
      const ids = [...new ChunkColumns(gunzipSync(bytes).toString('utf8')).ids];
      expect(ids).toHaveLength(file.records);
      expect(
        ids.every(
          (id) =>
            chunkOfId(
              id,
              list.chunks.map((c) => c.first),
            ) === k,
        ),
      ).toBe(true);
      expect(ids[0]).toBe(file.first);
      seen.push(...ids);
    });
    expect(seen.sort()).toEqual(many.map((r) => r.id).sort());
    const index = decodeIndex(gunzipSync(readFileSync(path.join(dir, store.index.name))));
    expect(index.ids.split('\n')).toEqual(many.map((r) => r.id).sort()); // in ID order
    expect(index.postings).toBeUndefined(); // derived by the client

    writeFeedVersion({
      outDir: dir,
      version: 5,
      records: many.slice(0, 10),
      previous: [],
      privateKey,
      sources: { curated: 10 },
    });
    expect(readdirSync(dir).filter((name) => /-4[.-]/.test(name))).toEqual([]);
  });

  it('refuses to publish a record its chunk file would not give back unchanged', () => {
    const odd = { ...record('A'), note: 'a field the schema does not have' } as ReturnType<typeof record>;
    expect(() => write(tempDir(), 1, [odd])).toThrow(/curated:A does not read back from its chunk file/);
  });

  it('rejects a manifest changed by one byte, a wrong key, and a tampered snapshot', () => {
    const dir = tempDir();
    write(dir, 1);
    expect(() => readFeedDir(dir, { publicKey: generateSigningKeyPair().publicKey })).toThrow(/signature/);

    const manifestPath = path.join(dir, 'manifest.json');
    const original = readFileSync(manifestPath);
    const changed = Buffer.from(original.toString('utf8').replace('"version": 1', '"version": 9'));
    writeFileSync(manifestPath, changed);
    expect(() => readFeedDir(dir, { publicKey: keys.publicKey })).toThrow(/signature/);
    writeFileSync(manifestPath, original);

    const snapshotPath = path.join(dir, 'snapshot-1.ndjson.gz');
    const snapshot = readFileSync(snapshotPath);
    snapshot[snapshot.length - 5] = snapshot[snapshot.length - 5]! ^ 0xff;
    writeFileSync(snapshotPath, snapshot);
    expect(() => readFeedDir(dir)).toThrow(/sha256/);
  });

  it('writes deltas from earlier versions that bring each of them to the new version', () => {
    const dir = tempDir();
    const v1 = [record('A'), record('B')];
    const v2 = [record('A', { riskLevel: 'high' }), record('C')];
    const v3 = [record('A', { riskLevel: 'high' }), record('C'), record('D')];
    write(dir, 1, v1);
    write(dir, 2, v2, [{ version: 1, records: v1 }]);
    const { manifest } = write(dir, 3, v3, [
      { version: 2, records: v2 },
      { version: 1, records: v1 },
    ]);

    expect(manifest.deltas.map((d) => [d.from, d.name])).toEqual([
      [2, 'delta-2-3.json.gz'],
      [1, 'delta-1-3.json.gz'],
    ]);
    for (const [base, from] of [
      [v1, 1],
      [v2, 2],
    ] as const) {
      const file = manifest.deltas.find((d) => d.from === from)!;
      const bytes = readFileSync(path.join(dir, file.name));
      expect(sha256Hex(bytes)).toBe(file.sha256);
      const delta = decodeDelta(bytes);
      expect(delta).toMatchObject({ from, to: 3 });
      expect(sortRecords(applyDelta(base, delta))).toEqual(sortRecords(v3));
      // A small delta ships records only: the client profiles them itself.
      expect(delta.profiles).toBeUndefined();
    }
    // Old snapshots and deltas are gone from the top level; the history keeps what later deltas need.
    expect(existsSync(path.join(dir, 'snapshot-2.ndjson.gz'))).toBe(false);
    expect(existsSync(path.join(dir, 'delta-1-2.json.gz'))).toBe(false);
    expect(readdirSync(path.join(dir, 'history')).sort()).toEqual([
      'snapshot-1.ndjson.gz',
      'snapshot-2.ndjson.gz',
      'snapshot-3.ndjson.gz',
    ]);
  });

  it("ships a large delta's upserts with their profiles, in the upserts' order, and a small one's without", () => {
    const many = Array.from({ length: DELTA_PROFILES_FROM }, (_, i) => record(`L${String(i).padStart(4, '0')}`));
    const large = decodeDelta(deltaFile(computeDelta(1, 2, [], many)));
    expect(large.profiles?.format).toBe(INDEX_FORMAT_VERSION);
    expect(large.profiles?.json).toEqual(large.upserts.map((r) => storedProfileOf(r).json));
    const small = decodeDelta(deltaFile(computeDelta(1, 2, [], many.slice(1))));
    expect(small.profiles).toBeUndefined();
    expect(small.upserts).toHaveLength(DELTA_PROFILES_FROM - 1);
  });

  it('keeps at most maxDeltas deltas and history snapshots', () => {
    const dir = tempDir();
    const versions = [1, 2, 3, 4].map((v) => ({ version: v, records: [record(`R${v}`)] }));
    for (const entry of versions) {
      const previous = versions.filter((p) => p.version < entry.version).reverse();
      writeFeedVersion({
        outDir: dir,
        version: entry.version,
        records: entry.records,
        previous,
        privateKey,
        sources: {},
        maxDeltas: 2,
      });
    }
    const manifest = readFeedDir(dir).manifest;
    expect(manifest.deltas.map((d) => d.from)).toEqual([3, 2]);
    expect(readdirSync(path.join(dir, 'history')).sort()).toEqual(['snapshot-3.ndjson.gz', 'snapshot-4.ndjson.gz']);
  });

  it('produces byte-identical snapshots for the same records in any order', () => {
    const a = tempDir();
    const b = tempDir();
    write(a, 1, [record('A'), record('B')]);
    write(b, 1, [record('B'), record('A')]);
    expect(readFileSync(path.join(a, 'snapshot-1.ndjson.gz'))).toEqual(
      readFileSync(path.join(b, 'snapshot-1.ndjson.gz')),
    );
  });
});
