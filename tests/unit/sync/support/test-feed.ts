/**
 * Builds real signed feeds with the feed builder (lib/feed/write.ts) into a temporary folder, keeps the
 * version history so later versions carry deltas, and offers the tampering the failure tests need.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { countSources } from '../../../../lib/background/hazard-service';
import { MANIFEST_FILE, SIGNATURE_FILE, type FeedManifest } from '../../../../lib/feed/format';
import { signBytes } from '../../../../lib/feed/signing';
import { writeFeedVersion } from '../../../../lib/feed/write';
import { hazardRecordSchema, type HazardRecord } from '../../../../lib/hazards/schema';

export class TestFeed {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'hc-sync-feed-'));
  readonly privateKey: KeyObject;
  readonly publicKey: string;
  private history: { version: number; records: HazardRecord[] }[] = [];
  /** Publish the chunk files and prebuilt index too (false: a feed as builders before them wrote it). */
  storeFiles = true;

  constructor() {
    const pair = generateKeyPairSync('ed25519');
    this.privateKey = pair.privateKey;
    this.publicKey = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('base64');
  }

  publish(
    version: number,
    records: HazardRecord[],
    options: { maxDeltas?: number; minWaitSeconds?: number; maxAgeSeconds?: number } = {},
  ) {
    const written = writeFeedVersion({
      outDir: this.dir,
      version,
      records,
      previous: this.history,
      privateKey: this.privateKey,
      sources: countSources(records),
      created: new Date(Date.UTC(2026, 10, version, 6, 0, 0)),
      storeFiles: this.storeFiles,
      ...options,
    });
    this.history = [{ version, records }, ...this.history];
    return written.manifest;
  }

  read(name: string): Buffer {
    return readFileSync(path.join(this.dir, name));
  }

  write(name: string, bytes: Buffer | string): void {
    writeFileSync(path.join(this.dir, name), bytes);
  }

  manifest(): FeedManifest {
    return JSON.parse(this.read(MANIFEST_FILE).toString('utf8')) as FeedManifest;
  }

  /** Rewrites the manifest and signs it with the real key: a feed that is authentic but wrong. */
  resign(change: (manifest: FeedManifest) => FeedManifest): void {
    const bytes = Buffer.from(`${JSON.stringify(change(this.manifest()), null, 2)}\n`);
    this.write(MANIFEST_FILE, bytes);
    this.write(SIGNATURE_FILE, `${signBytes(bytes, this.privateKey)}\n`);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function testRecord(n: number, overrides: Record<string, unknown> = {}): HazardRecord {
  const ref = `T-${String(n).padStart(6, '0')}`;
  return hazardRecordSchema.parse({
    id: `curated:${ref}`,
    source: 'curated',
    sourceKind: 'curated',
    ref,
    authority: 'Test Safety Authority',
    jurisdiction: 'KR',
    publishedAt: '2024-05-09',
    hazardText: [{ lang: 'en', text: `Hazard ${n}` }],
    product: { names: [{ lang: 'en', text: `Test product ${n}` }], brands: ['Acme'], models: [`M-${n}`] },
    marketplaces: [{ platform: 'aliexpress', listingId: String(1005000000000000 + n) }],
    ...overrides,
  });
}

export const testRecords = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => testRecord(from + i));
