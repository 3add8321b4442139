/**
 * One feed from every hazard data file in ../shared/data (third-party, read in place, never copied),
 * originals beside their reshaped copies, and its chunk files read back against its snapshot. Skipped,
 * with the reason in its name, when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildFeed, type FeedInput } from '../../../lib/feed/build';
import { chunkListSchema, MANIFEST_FILE, manifestSchema } from '../../../lib/feed/format';
import { readFeedDir } from '../../../lib/feed/read';
import { generateSigningKeyPair, loadPrivateKey } from '../../../lib/feed/signing';
import { ChunkColumns } from '../../../lib/hazards/chunk-columns';
import { hazardRecordSchema, type SourceKind } from '../../../lib/hazards/schema';
import { sharedFile, tempDir } from './helpers';

/** The input kind that reads each file (by its path under data/). */
const KIND_OF_FILE: Record<string, SourceKind> = {
  'eu-safety-gate/safety-gate-xml-export-tis2024.json': 'safety-gate-export',
  'eu-safety-gate/safety-gate-public-api-notifications-sample.json': 'safety-gate-api',
  'us-cpsc/cpsc-recalls-api-sample.json': 'cpsc-api',
  'us-cpsc-extra/cpsc-api-shape_from-second-look.json': 'cpsc-api',
  'us-cpsc-extra/cpsc-api-shape_from-scanner.json': 'cpsc-api',
  'us-cpsc-extra/second-look_cpsc-sports-gear-recalls.json': 'cpsc-api',
  'us-cpsc-extra/appliance-manager_cpsc-recalls-export.csv': 'cpsc-csv',
  'us-cpsc-extra/scanner_cpsc_recalls.csv': 'cpsc-csv',
  'health-canada/hc-recalls-open-data-sample.json': 'health-canada',
  'korea-kats-recall/safetykorea-fRecallList-shape_from-ibtk-2012.json': 'safetykorea',
  'korea-kats-recall/kats-ibtk-recall-api-2012-sample.json': 'safetykorea',
  'australia-accc/accc-product-safety-recalls-sample.json': 'accc',
  'korea-consumer24/consumer24-api-shape_from-minilabs-first75.xml': 'consumer24',
};

const dataDir = sharedFile('data');
const dataFiles = existsSync(dataDir)
  ? readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(json|csv|xml)$/i.test(name))
      .map((name) => name.split(path.sep).join('/'))
      .sort()
  : [];

function buildAll() {
  const inputs: FeedInput[] = dataFiles
    .filter((name) => KIND_OF_FILE[name])
    .map((name) => ({ kind: KIND_OF_FILE[name]!, path: path.join(dataDir, name) }));
  const keys = generateSigningKeyPair();
  const out = tempDir();
  const report = buildFeed({ inputs, outDir: out, privateKey: loadPrivateKey(keys.privateKeyPem) });
  return { keys, out, report };
}

describe('a feed from every file in ../shared/data', () => {
  it.skipIf(dataFiles.length === 0)(
    'builds them all into one signed feed, each file read, no bad rows but the empty Korean ones (needs ../shared/data)',
    () => {
      const unknown = dataFiles.filter((name) => !KIND_OF_FILE[name]);
      expect(unknown, 'files no input kind is assigned to').toEqual([]);
      const { keys, out, report } = buildAll();

      for (const input of report.inputs) {
        expect(input.fileError, input.label).toBeUndefined();
        // Health Canada's two rows are medical devices: skipped (counted), not built.
        if (input.kind !== 'health-canada') expect(input.records, input.label).toBeGreaterThan(0);
        if (input.kind !== 'safetykorea') expect(input.bad, input.label).toBe(0);
      }
      expect(Object.keys(report.sources).sort()).toEqual([
        'au-accc',
        'eu-safety-gate',
        'kr-consumer24',
        'kr-safetykorea',
        'us-cpsc',
      ]);
      expect(report.sources['kr-consumer24']).toBe(75);
      expect(report.sources['au-accc']).toBe(3);
      // Originals and their reshaped copies are the same notices: merged, not doubled.
      expect(report.sources['us-cpsc']).toBe(1530);
      expect(report.sources['kr-safetykorea']).toBe(97);
      expect(report.links.crossSourceRecords).toBeGreaterThanOrEqual(2);

      const { manifest, records } = readFeedDir(out, { publicKey: keys.publicKey });
      expect(manifest.recordCount).toBe(records.length);
      expect(records.length).toBe(Object.values(report.sources).reduce((a, b) => a + (b ?? 0), 0));
    },
  );

  it.skipIf(dataFiles.length === 0)(
    'gives back every record of the snapshot from the chunk files, exactly (needs ../shared/data)',
    () => {
      const { out } = buildAll();
      const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(out, MANIFEST_FILE), 'utf8')));
      const snapshot = gunzipSync(readFileSync(path.join(out, manifest.snapshot.name)))
        .toString('utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as unknown);
      const list = chunkListSchema.parse(
        JSON.parse(readFileSync(path.join(out, manifest.store!.chunkList.name), 'utf8')),
      );
      const decoded = list.chunks.flatMap((file) => {
        const chunk = new ChunkColumns(gunzipSync(readFileSync(path.join(out, file.name))).toString('utf8'));
        return chunk.ids.map((id, row) => ({ id, record: chunk.record(row) }));
      });
      expect(decoded).toHaveLength(snapshot.length);
      decoded.forEach(({ id, record }, i) => {
        expect(id).toBe((snapshot[i] as { id: string }).id);
        expect(record).toStrictEqual(snapshot[i]);
        expect(hazardRecordSchema.parse(record)).toEqual(hazardRecordSchema.parse(snapshot[i]));
      });
    },
  );
});
