/**
 * Access to ../shared (third-party data, read in place and never copied): the dev evaluation set and the
 * feed built from ../shared/data with the feed builder's own library functions, into a temporary folder.
 */
import { mkdtempSync, existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFeed, type FeedInput } from '../../../lib/feed/build';
import { readFeedDir } from '../../../lib/feed/read';
import { generateSigningKeyPair, loadPrivateKey } from '../../../lib/feed/signing';
import type { HazardRecord } from '../../../lib/hazards/schema';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
export const sharedDir = process.env.SHARED_DIR ?? path.resolve(projectRoot, '../shared');
export const devDir = path.join(sharedDir, 'eval', 'dev');

/** Every file of ../shared/data plus the dev curated list, as the eval README builds the dev feed. */
export const DEV_FEED_INPUTS: FeedInput[] = [
  { kind: 'safety-gate-export', path: 'data/eu-safety-gate/safety-gate-xml-export-tis2024.json' },
  { kind: 'safety-gate-api', path: 'data/eu-safety-gate/safety-gate-public-api-notifications-sample.json' },
  { kind: 'cpsc-api', path: 'data/us-cpsc/cpsc-recalls-api-sample.json' },
  { kind: 'cpsc-api', path: 'data/us-cpsc-extra/cpsc-api-shape_from-second-look.json' },
  { kind: 'cpsc-api', path: 'data/us-cpsc-extra/cpsc-api-shape_from-scanner.json' },
  { kind: 'cpsc-csv', path: 'data/us-cpsc-extra/appliance-manager_cpsc-recalls-export.csv' },
  { kind: 'health-canada', path: 'data/health-canada/hc-recalls-open-data-sample.json' },
  { kind: 'safetykorea', path: 'data/korea-kats-recall/safetykorea-fRecallList-shape_from-ibtk-2012.json' },
  { kind: 'curated', path: 'eval/dev/curated.jsonl' },
].map((input) => ({ kind: input.kind as FeedInput['kind'], path: path.join(sharedDir, input.path) }));

export const devFilesPresent = (): boolean =>
  DEV_FEED_INPUTS.every((input) => existsSync(input.path)) &&
  ['listings.jsonl', 'labels.jsonl'].every((f) => existsSync(path.join(devDir, f)));

export const sharedDataPresent = (): boolean =>
  DEV_FEED_INPUTS.filter((i) => i.kind !== 'curated').every((i) => existsSync(i.path));

let cached: HazardRecord[] | undefined;

/** The dev feed's records, built once per process (in a temporary folder that is removed again). */
export function buildDevFeedRecords(inputs: FeedInput[] = DEV_FEED_INPUTS): HazardRecord[] {
  if (cached && inputs === DEV_FEED_INPUTS) return cached;
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'hc-dev-feed-'));
  try {
    const keys = generateSigningKeyPair();
    buildFeed({
      inputs: inputs.filter((i) => existsSync(i.path)),
      outDir,
      privateKey: loadPrivateKey(keys.privateKeyPem),
    });
    const records = readFeedDir(outDir, { publicKey: keys.publicKey }).records;
    if (inputs === DEV_FEED_INPUTS) cached = records;
    return records;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export function readDevFile(name: string): string {
  return readFileSync(path.join(devDir, name), 'utf8');
}
