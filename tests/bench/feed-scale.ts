/**
 * npm run bench:feed [-- --rows 1000000 --changed 1000]
 *
 * The feed builder at register scale: writes N generated curated rows (split over several input files, as
 * several sources would be), builds version 1, changes a few records and builds version 2 after it. Prints
 * build times, peak memory, snapshot bytes per record and the delta's size. The target is that it finishes:
 * the builder used to overflow the stack past ~125k input rows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildFeed, type FeedInput } from '../../lib/feed/build';
import { generateSigningKeyPair, loadPrivateKey } from '../../lib/feed/signing';
import { brandName, rng } from './dataset';

const argv = process.argv;
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const ROWS = option('rows', 1_000_000);
const CHANGED = option('changed', 1_000);
const ROWS_PER_FILE = 250_000;
const TARGET_DELTA_BYTES = 50_000;

const THINGS = [
  'baby walker',
  'phone charger',
  'hair dryer',
  'magnetic toy set',
  'kids helmet',
  'power bank',
  'night light',
  'slime kit',
];
const HAZARDS = [
  'Small parts can detach; risk of choking.',
  'Overheats while charging; risk of fire.',
  'Strong magnets can be swallowed.',
  'Contains lead above the legal limit.',
];

function curatedLine(i: number, r: () => number, edition: number): string {
  const brand = brandName(r);
  const model = `${brand.slice(0, 2).toUpperCase()}-${String(Math.floor(r() * 1e5)).padStart(5, '0')}`;
  return JSON.stringify({
    curatedId: `bench-${i}`,
    platform: i % 2 ? 'aliexpress' : 'temu',
    listingId: String(1005000000000000 + i),
    title: `${brand} ${THINGS[i % THINGS.length]} ${model}${edition ? ` (edition ${edition})` : ''}`,
    hazard: HAZARDS[i % HAZARDS.length],
    authority: 'Invented Product Safety Office',
    date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    brand,
    model,
  });
}

function writeInputs(dir: string, changedFrom: number): FeedInput[] {
  const inputs: FeedInput[] = [];
  const r = rng(5);
  for (let start = 0; start < ROWS; start += ROWS_PER_FILE) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(ROWS, start + ROWS_PER_FILE); i++)
      lines.push(curatedLine(i, r, i >= changedFrom ? 2 : 0));
    const file = path.join(dir, `curated-${start}.jsonl`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    inputs.push({ kind: 'curated', path: file });
  }
  return inputs;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function main(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'feed-scale-'));
  try {
    const privateKey = loadPrivateKey(generateSigningKeyPair().privateKeyPem);
    const out = path.join(dir, 'feed');
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
    sampler.unref();

    let started = performance.now();
    const first = buildFeed({ inputs: writeInputs(dir, ROWS), outDir: out, privateKey });
    const firstMs = performance.now() - started;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    console.log(`${ROWS} input rows → version 1: ${first.recordCount} records in ${(firstMs / 1000).toFixed(1)} s`);
    console.log(
      `  snapshot ${first.snapshotBytes} bytes, ${(first.snapshotBytes / first.recordCount).toFixed(1)} bytes/record (gzip)`,
    );

    started = performance.now();
    const second = buildFeed({ inputs: writeInputs(dir, ROWS - CHANGED), outDir: out, previousDir: out, privateKey });
    const secondMs = performance.now() - started;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const delta = second.deltas[0];
    console.log(`version 2 after ${CHANGED} changed records: ${(secondMs / 1000).toFixed(1)} s`);
    if (delta) {
      const mark = delta.bytes > (TARGET_DELTA_BYTES * CHANGED) / 1000 ? '  MISSED' : '';
      console.log(
        `  delta ${delta.from}→2: ${delta.upserts} upserts, ${delta.deletes} deletes, ${delta.bytes} bytes (target ≤ ${TARGET_DELTA_BYTES} per 1,000 changes)${mark}`,
      );
    }
    console.log(`peak RSS ${mb(peakRss)} (heap now ${mb(process.memoryUsage().heapUsed)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
