import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { recordsDigest } from '../../../lib/feed/codec';
import {
  linesDigest,
  recordsDigestSync,
  sha256Hex,
  sha256Sync,
  SortedIdsHasher,
  toHex,
} from '../../../lib/sync/sha256';
import { linesOf } from '../../../lib/hazards/sorted-lines';
import {
  checkFile,
  decodeBase64,
  gunzipCapped,
  gunzipSnapshot,
  importFeedPublicKey,
  parseDelta,
  parseSnapshot,
  verifyManifestSignature,
} from '../../../lib/sync/verify';
import { testRecord } from './support/test-feed';

const nodeSha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256', () => {
  it('matches node:crypto at every padding boundary', async () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 70_000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(toHex(sha256Sync(bytes)), `length ${length}`).toBe(nodeSha(bytes));
      expect(await sha256Hex(bytes)).toBe(nodeSha(bytes));
    }
  });

  it('computes the same records digest as the feed builder, sorting by UTF-16 code units', () => {
    const ids = [
      'kr-safetykorea:CB063R1234-3001',
      'curated:Z',
      'curated:a',
      'curated:완구-1',
      'curated:😀',
      'curated:\uffff',
      'eu-safety-gate:A12/00073/24',
    ];
    expect(recordsDigestSync(ids)).toBe(recordsDigest(ids));
    expect(recordsDigestSync([])).toBe(recordsDigest([]));
    expect(recordsDigestSync([...ids].reverse())).toBe(recordsDigestSync(ids));
  });

  it('takes the same digest from IDs streamed in order, ASCII or not, past its first buffer', async () => {
    const ids = [
      'curated:완구-1',
      'curated:😀',
      'eu-safety-gate:A12/00073/24',
      ...Array.from({ length: 5_000 }, (_, i) => `us-cpsc:${String(i).padStart(6, '0')}`),
    ];
    const hasher = new SortedIdsHasher();
    for (const id of [...ids].sort()) hasher.add(id);
    expect(hasher.count).toBe(ids.length);
    expect(await hasher.digest()).toBe(recordsDigest(ids));
    expect(await new SortedIdsHasher().digest()).toBe(recordsDigest([]));
    expect(await linesDigest(linesOf(ids))).toBe(recordsDigest(ids));
    expect(await linesDigest(linesOf([]))).toBe(recordsDigest([]));
  });
});

describe('signature check', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const rawPublic = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('base64');
  const manifest = Buffer.from('{"version":3}\n');

  it('accepts the exact signed bytes and nothing else', async () => {
    const key = await importFeedPublicKey(rawPublic);
    const signature = sign(null, manifest, privateKey).toString('base64');
    await expect(verifyManifestSignature(key, manifest, `${signature}\n`)).resolves.toBeUndefined();
    await expect(verifyManifestSignature(key, Buffer.from('{"version":3} \n'), signature)).rejects.toMatchObject({
      code: 'bad-signature',
    });
    await expect(verifyManifestSignature(key, manifest, '')).rejects.toMatchObject({ code: 'bad-signature' });
    await expect(verifyManifestSignature(key, manifest, signature.slice(0, 40))).rejects.toMatchObject({
      code: 'bad-signature',
    });
  });

  it('refuses a missing or malformed build key', async () => {
    for (const key of [undefined, '', 'not base64!', Buffer.alloc(31).toString('base64')]) {
      await expect(importFeedPublicKey(key)).rejects.toMatchObject({ code: 'not-configured' });
    }
  });

  it('says so when the browser has no Ed25519 in WebCrypto (Firefox before 129)', async () => {
    vi.spyOn(crypto.subtle, 'importKey').mockRejectedValueOnce(
      new DOMException('Unrecognized algorithm', 'NotSupportedError'),
    );
    await expect(importFeedPublicKey(rawPublic)).rejects.toMatchObject({
      code: 'unsupported-browser',
      message: /updates are off/,
    });
  });

  it('decodes only strict base64', () => {
    expect(decodeBase64('aGk=')).toEqual(new Uint8Array([104, 105]));
    expect(decodeBase64('aGk')).toBeNull();
    expect(decodeBase64('a-k=')).toBeNull();
  });
});

describe('file checks', () => {
  const bytes = Buffer.from('hello feed');
  const file = { name: 'x.gz', bytes: bytes.length, sha256: nodeSha(bytes) };

  it('tells a cut-off download from a wrong one', async () => {
    await expect(checkFile(bytes, file, 'the file')).resolves.toBeUndefined();
    await expect(checkFile(bytes.subarray(0, 4), file, 'the file')).rejects.toMatchObject({ code: 'truncated' });
    await expect(checkFile(Buffer.concat([bytes, bytes]), file, 'the file')).rejects.toMatchObject({
      code: 'too-large',
    });
    await expect(checkFile(Buffer.from('HELLO FEED'), file, 'the file')).rejects.toMatchObject({
      code: 'hash-mismatch',
    });
  });

  it('gunzips within the cap and refuses beyond it or on bad gzip', async () => {
    const text = 'x'.repeat(10_000);
    expect(await gunzipCapped(gzipSync(text), 10_000, 'the file')).toBe(text);
    await expect(gunzipCapped(gzipSync(text), 9_999, 'the file')).rejects.toMatchObject({ code: 'too-large' });
    await expect(gunzipCapped(gzipSync(text).subarray(0, 20), 10_000, 'the file')).rejects.toMatchObject({
      code: 'invalid-data',
    });
    await expect(gunzipCapped(gzipSync(Buffer.from([0xff, 0xfe])), 100, 'the file')).rejects.toMatchObject({
      code: 'invalid-data',
      message: /UTF-8/,
    });
  });

  it('parses a snapshot as it unpacks: lines and multi-byte letters cut across pieces, caps still hold', async () => {
    // Korean names make multi-byte UTF-8 sequences; 3,000 records unpack into many DecompressionStream pieces.
    const records = Array.from({ length: 3_000 }, (_, i) => {
      const record = testRecord(i + 1);
      return { ...record, product: { ...record.product, names: [{ lang: 'ko', text: `어린이 장난감 세트 ${i}` }] } };
    });
    const text = records.map((r) => `${JSON.stringify(r)}\n`).join('');
    const parsed = await gunzipSnapshot(gzipSync(text), text.length * 3, 'the file');
    expect(parsed.map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(parsed[2_999]!.product.names[0]!.text).toBe('어린이 장난감 세트 2999');
    await expect(gunzipSnapshot(gzipSync(text), 1_000, 'the file')).rejects.toMatchObject({ code: 'too-large' });
    await expect(gunzipSnapshot(gzipSync(`${text}{"id":"x"}\n`), text.length * 3, 'the file')).rejects.toThrow(
      /line 3001: /,
    );
    await expect(gunzipSnapshot(gzipSync(Buffer.from([0x7b, 0xff, 0xfe])), 100, 'the file')).rejects.toMatchObject({
      code: 'invalid-data',
      message: /UTF-8/,
    });
  });

  it('validates every snapshot line and every delta record against the schema', () => {
    const good = JSON.stringify(testRecord(1));
    expect(parseSnapshot(`${good}\n${JSON.stringify(testRecord(2))}\n`, 's').map((r) => r.id)).toEqual([
      'curated:T-000001',
      'curated:T-000002',
    ]);
    expect(() => parseSnapshot(`${good}\n{"id":"x"}\n`, 's')).toThrow(/line 2: /);
    expect(() => parseSnapshot(`${good}\n{oops\n`, 's')).toThrow(/line 2 is not valid \(not valid JSON\)/);
    const delta = { from: 1, to: 2, upserts: [testRecord(3)], deletes: ['curated:T-000001'] };
    expect(parseDelta(JSON.stringify(delta), 'd')).toEqual(delta);
    const broken = { ...delta, upserts: [{ ...testRecord(3), product: { names: [] } }] };
    expect(() => parseDelta(JSON.stringify(broken), 'd')).toThrow(/upserts\.0\.product\.names/);
  });
});
