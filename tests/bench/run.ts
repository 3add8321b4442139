/**
 * npm run bench [-- --sizes 10000,100000 --queries 600 --fuse-queries 5,2 --no-pages]
 *
 * For each dataset size, in one run: the match engine and a plain fuse.js baseline — index build time,
 * time per product (p50/p95), a 60-card search page, cold start from IndexedDB (fake-indexeddb: records
 * and the persisted index stored, then open → first answer), and memory (heap + array buffers delta).
 * Plain fuse.js scans every record per query, so it runs on a few queries only (said in the output).
 */
import 'fake-indexeddb/auto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import { HazardDb } from '../../lib/hazards/db';
import type { HazardRecord } from '../../lib/hazards/schema';
import { buildEngine, type Engine } from '../../lib/matching/engine';
import { indexKeysOf } from '../../lib/matching/keys';
import { loadIndex, saveIndex } from '../../lib/matching/persist';
import type { ListingQuery } from '../../lib/matching/types';
import { buildDevFeedRecords, devFilesPresent, readDevFile, sharedDataPresent } from '../unit/matching/shared-data';
import { makeQueries, scaleRecords } from './dataset';
import { benchPages } from './pages';
import { seedRecords } from './seeds';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const TARGETS = { p95: 2, page: 20, cold: 150, memoryMb: 60 };
const PAGE = 60;
const WARMUP_QUERIES = 1500;
const WARMUP_SEED = 99;

interface Options {
  sizes: number[];
  queries: number;
  fuseQueries: number[];
}

const argvHas = (flag: string) => process.argv.includes(flag);

function readOptions(argv: string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const numbers = (text: string | undefined, fallback: number[]) => (text ? text.split(',').map(Number) : fallback);
  return {
    sizes: numbers(get('sizes'), [10_000, 100_000]),
    queries: Number(get('queries') ?? 600),
    fuseQueries: numbers(get('fuse-queries'), [5, 2]),
  };
}

const now = () => performance.now();
/** CPU time of this process (ms): other engineers share the machine, so wall-clock alone is noisy. */
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(3));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function memoryNow(): number {
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

interface Row {
  build: number;
  p50: number;
  p95: number;
  /** The same on CPU time (engine only). */
  cpuP50?: number;
  cpuP95?: number;
  cpuPage?: number;
  /** Each query's fastest of three runs: filters out other processes on a shared machine. */
  bestP50?: number;
  bestP95?: number;
  bestPage?: number;
  page: number;
  pageNote: string;
  cold: number;
  coldNote: string;
  memory: number;
  note: string;
}

async function benchEngine(
  records: HazardRecord[],
  queries: ListingQuery[],
  warmup: ListingQuery[],
  dbName: string,
): Promise<Row> {
  const started = now();
  let held: Engine | null = buildEngine(records);
  const build = now() - started;

  // Steady state: the JIT warmed on other listings, as in a service worker that has checked a few pages.
  for (const q of warmup) held!.match(q);
  gc();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const bestTimes: number[] = [];
  for (const q of queries) {
    const t = now();
    const c = cpu();
    held!.match(q);
    cpuTimes.push(cpu() - c);
    times.push(now() - t);
  }
  // The repeats run in a loop of their own: run inline, they would triple the garbage made between two
  // first-time matches, and with it the share of those that a minor GC lands in.
  for (const [i, q] of queries.entries()) {
    let best = times[i]!;
    for (let again = 0; again < 2; again++) {
      const t2 = now();
      held!.match(q);
      best = Math.min(best, now() - t2);
    }
    bestTimes.push(best);
  }
  const bestPages: number[] = [];
  for (let start = 0; start + PAGE <= bestTimes.length; start += PAGE) {
    bestPages.push(bestTimes.slice(start, start + PAGE).reduce((a, b) => a + b, 0));
  }
  const pages: number[] = [];
  const cpuPages: number[] = [];
  for (let start = 0; start + PAGE <= queries.length; start += PAGE) {
    const t = now();
    const c = cpu();
    for (const q of queries.slice(start, start + PAGE)) held!.match(q);
    cpuPages.push(cpu() - c);
    pages.push(now() - t);
  }

  // Cold start: records (stored by the caller) and the serialized index in IndexedDB, then
  // open → load index → first answer.
  const db = new HazardDb(dbName);
  await db.open();
  await saveIndex(db, held!, 'bench');
  db.close();
  const serialized = held!.serialize();
  const indexBytes = Object.values(serialized).reduce<number>(
    (sum, value) => sum + (ArrayBuffer.isView(value) ? value.byteLength : typeof value === 'string' ? value.length : 0),
    0,
  );
  const colds: number[] = [];
  for (let round = 0; round < 3; round++) {
    const t = now();
    const reopened = new HazardDb(dbName);
    await reopened.open();
    const loaded = await loadIndex(reopened, 'bench');
    if (!loaded) throw new Error('persisted index missing');
    const matches = loaded.match(queries[round]!);
    await reopened.hazards.bulkGet(matches.map((m) => m.recordId));
    colds.push(now() - t);
    reopened.close();
  }
  // Memory: what is freed when the engine is dropped (robust against garbage left by earlier steps).
  const withEngine = memoryNow();
  // eslint-disable-next-line no-useless-assignment -- dropping the reference is what frees the index being measured
  held = null;
  const memory = withEngine - memoryNow();
  return {
    build,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    cpuP50: percentile(cpuTimes, 50),
    cpuP95: percentile(cpuTimes, 95),
    cpuPage: percentile(cpuPages, 50),
    bestP50: percentile(bestTimes, 50),
    bestP95: percentile(bestTimes, 95),
    bestPage: percentile(bestPages, 50),
    page: percentile(pages, 50),
    pageNote: `p50 of ${pages.length} pages (p95 ${ms(percentile(pages, 95))} ms)`,
    cold: percentile(colds, 50),
    coldNote: `median of 3 (serialized index ${mb(indexBytes)} MB)`,
    memory,
    note: `${queries.length} queries, each timed the first time it is matched (after ${warmup.length} other listings warmed the JIT)`,
  };
}

async function benchFuse(
  records: HazardRecord[],
  queries: ListingQuery[],
  sample: number,
  dbName: string,
): Promise<Row> {
  const options = {
    keys: ['product.names.text', 'product.brands', 'product.models'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
  };
  const started = now();
  let held: Fuse<HazardRecord> | null = new Fuse(records, options, Fuse.createIndex(options.keys, records));
  const build = now() - started;
  const times: number[] = [];
  for (const q of queries.slice(0, sample)) {
    const t = now();
    held!.search(q.title ?? '');
    times.push(now() - t);
  }
  // Cold start for the baseline: records read back from IndexedDB, fuse index rebuilt, first search.
  const t = now();
  const reopened = new HazardDb(dbName);
  await reopened.open();
  const stored = await reopened.hazards.toArray();
  new Fuse(stored, options).search(queries[0]!.title ?? '');
  const cold = now() - t;
  reopened.close();
  const withFuse = memoryNow();
  // eslint-disable-next-line no-useless-assignment -- dropping the reference is what frees the index being measured
  held = null;
  const memory = withFuse - memoryNow();
  const p50 = percentile(times, 50);
  return {
    build,
    p50,
    p95: percentile(times, 95),
    page: p50 * PAGE,
    pageNote: `estimated: p50 × ${PAGE}`,
    cold,
    coldNote: 'one run (read all records + rebuild fuse index + first search)',
    memory,
    note: `sample of ${times.length} queries only (a full scan per query)`,
  };
}

/** Both cold starts read the same stored records (as the extension keeps them in the hazards table). */
async function storeRecords(dbName: string, records: HazardRecord[]): Promise<number> {
  const started = now();
  const db = new HazardDb(dbName);
  await db.open();
  for (let i = 0; i < records.length; i += 5000) {
    await db.hazards.bulkPut(records.slice(i, i + 5000).map((r) => ({ ...r, ...indexKeysOf(r) })));
  }
  db.close();
  return now() - started;
}

function report(size: number, engine: Row, fuse: Row): void {
  const ratio = (a: number, b: number) => (a > 0 ? `${(b / a).toFixed(1)}×` : '—');
  const line = (label: string, e: string, f: string, r: string, target = '') =>
    console.log(`  ${label.padEnd(26)} ${e.padStart(14)} ${f.padStart(16)} ${r.padStart(12)}  ${target}`);
  console.log(`\n== ${size.toLocaleString('en')} records ==`);
  line('', 'engine', 'fuse.js baseline', 'fuse/engine');
  line('index build (ms)', ms(engine.build), ms(fuse.build), ratio(engine.build, fuse.build));
  const met = (value: number, target: number) => (value <= target ? 'met' : 'MISSED');
  line(
    'per product p50 (ms)',
    ms(engine.p50),
    ms(fuse.p50),
    ratio(engine.p50, fuse.p50),
    `cpu ${ms(engine.cpuP50!)}, best-of-3 ${ms(engine.bestP50!)}`,
  );
  line(
    'per product p95 (ms)',
    ms(engine.p95),
    ms(fuse.p95),
    ratio(engine.p95, fuse.p95),
    `cpu ${ms(engine.cpuP95!)}, best-of-3 ${ms(engine.bestP95!)}; target ≤ ${TARGETS.p95} ms: wall ${met(engine.p95, TARGETS.p95)}, best-of-3 ${met(engine.bestP95!, TARGETS.p95)}`,
  );
  line(
    '60-card page (ms)',
    ms(engine.page),
    ms(fuse.page),
    ratio(engine.page, fuse.page),
    `cpu ${ms(engine.cpuPage!)}, best-of-3 ${ms(engine.bestPage!)}; target ≤ ${TARGETS.page} ms: wall ${met(engine.page, TARGETS.page)}, best-of-3 ${met(engine.bestPage!, TARGETS.page)}`,
  );
  line(
    'cold start (ms)',
    ms(engine.cold),
    ms(fuse.cold),
    ratio(engine.cold, fuse.cold),
    `target ≤ ${TARGETS.cold} ms: ${engine.cold <= TARGETS.cold ? 'met' : 'MISSED'}`,
  );
  line(
    'memory (MB)',
    mb(engine.memory),
    mb(fuse.memory),
    ratio(engine.memory, fuse.memory),
    `target ≤ ${TARGETS.memoryMb} MB: ${engine.memory / 1048576 <= TARGETS.memoryMb ? 'met' : 'MISSED'}`,
  );
  console.log(`  engine: ${engine.note}; page ${engine.pageNote}; cold start ${engine.coldNote}`);
  console.log(`  fuse.js: ${fuse.note}; page ${fuse.pageNote}; cold start ${fuse.coldNote}`);
  console.log(
    '  memory: heap + array buffers retained by the index (records themselves excluded; fuse.js also keeps the records it searches)',
  );
  console.log(
    '  cpu: process CPU time per call (includes GC threads); best-of-3: fastest of three runs of the same listing (filters other processes, but also warms caches)',
  );
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const real = sharedDataPresent();
  const bases = real ? buildDevFeedRecords() : seedRecords();
  const titles = devFilesPresent()
    ? readDevFile('listings.jsonl')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { title: string }).title)
    : [];
  console.log(
    `seeds: ${bases.length} ${real ? 'real records (feed built from ../shared/data)' : 'hand-made records (../shared/data absent)'}`,
  );
  console.log(
    `queries: ${titles.length > 0 ? 'half real listing titles (../shared/eval/dev), ' : ''}titles written from records, and noise`,
  );
  console.log(
    `node ${process.version}, ${process.platform}; wall-clock times, with the engine's CPU time beside them (the machine is shared)`,
  );
  for (const [i, size] of options.sizes.entries()) {
    const records = scaleRecords(bases, size);
    // Real titles are split: one half warms the JIT up (Korean and English code paths alike), the other is
    // timed, so no timed listing was matched before.
    const queries = makeQueries(
      records,
      titles.filter((_, i) => i % 2 === 0),
      options.queries,
    );
    const warmup = makeQueries(
      records,
      titles.filter((_, i) => i % 2 === 1),
      WARMUP_QUERIES,
      WARMUP_SEED,
    );
    const dbName = `bench-${size}`;
    const stored = await storeRecords(dbName, records);
    const engine = await benchEngine(records, queries, warmup, dbName);
    const fuse = await benchFuse(records, queries, options.fuseQueries[i] ?? options.fuseQueries.at(-1) ?? 2, dbName);
    await new HazardDb(dbName).delete();
    report(size, engine, fuse);
    console.log(
      `  (storing the ${size.toLocaleString('en')} records with their index keys in fake-indexeddb took ${ms(stored)} ms; not part of either cold start)`,
    );
  }
  if (!argvHas('--no-pages')) await benchPages();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
