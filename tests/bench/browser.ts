/**
 * npm run bench:browser [-- --sizes 10000,100000,250000 --timeout 240]
 *
 * The extension's release code (built with `wxt build --mode bench`: production code paths, the feed at
 * https://feed.test/ signed with a key made for this run) in Debian Chromium, syncing a feed of N generated
 * records shaped like the real ones (tests/bench/dataset.ts; real records as bases when ../shared/data is
 * present) from a local HTTPS server. Per size it prints, each beside a baseline measured in the same run
 * (a plain put of the same rows into a bare IndexedDB store in one transaction; gunzip + JSON.parse of the
 * same bytes): install → synced and answering, a 1,000-record delta → answering, cold start → page answered
 * beyond the page's own load, the worker's heap after sync and at peak, the slowest `sync-status` answer
 * during the sync, snapshot bytes per record, the delta's bytes, and the content script's gzip size.
 * A missed target is marked MISSED. Not part of `npm test`: it takes minutes per size.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser, type CDPSession, type Page, type WebWorker } from 'puppeteer-core';
import { countSources } from '../../lib/background/hazard-service';
import { generateSigningKeyPair, loadPrivateKey } from '../../lib/feed/signing';
import { computeDelta } from '../../lib/feed/delta';
import { deltaFile, writeFeedVersion } from '../../lib/feed/write';
import type { HazardRecord } from '../../lib/hazards/schema';
import { aliexpressProductPage } from '../e2e/support/pages';
import { hostResolverRules, startShopServer, type ShopServer } from '../e2e/support/shop-server';
import { buildDevFeedRecords, sharedDataPresent } from '../unit/matching/shared-data';
import { scaleRecords } from './dataset';
import { seedRecords } from './seeds';

const TARGETS = {
  installMs: 10_000,
  deltaMs: 500,
  coldMs: 300,
  heapAfterMb: 60,
  heapPeakMb: 150,
  bytesPerRecord: 85,
  deltaBytes: 50_000,
  contentGzipKb: 80,
};
const EXTENSION_DIR = path.resolve('.output/chrome-mv3-bench');
const CHROMIUM = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';
const DELTA_CHANGES = 1_000;
/**
 * A typical day across all registers (docs/FEED.md §5a): Safety Gate's weekly release (~90 alerts), a day of
 * Consumer24's overseas recalls (~30), Health Canada, CPSC and KATS (~10) as new records, plus ~20 corrections.
 */
const TYPICAL_DAY = { added: 130, changed: 20 };

const argv = process.argv;
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const SIZES = (option('sizes') ?? '10000,100000,250000').split(',').map(Number);
const TIMEOUT_MS = Number(option('timeout') ?? 240) * 1000;
/** `--profile <dir>`: also write the worker's CPU profile of the sync and of the delta (Chrome DevTools format). */
const PROFILE_DIR = option('profile');

async function profiled<T>(worker: WebWorker, name: string, run: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return run();
  await worker.client.send('Profiler.enable');
  await worker.client.send('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await worker.client.send('Profiler.stop');
    writeFileSync(path.join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
  }
}

const now = () => performance.now();
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => bytes / 1024 / 1024;
const mark = (missed: boolean) => (missed ? '  MISSED' : '');

function buildExtension(publicKey: string): void {
  console.log('Building the extension (wxt build --mode bench) …');
  execFileSync('npx', ['wxt', 'build', '--mode', 'bench'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      WXT_FEED_URL: 'https://feed.test/feed/manifest.json',
      WXT_FEED_PUBLIC_KEY: publicKey,
      ...(PROFILE_DIR && { HC_UNMINIFIED: '1' }),
    },
  });
}

function contentScriptGzipKb(): number {
  const dir = path.join(EXTENSION_DIR, 'content-scripts');
  const main = readdirSync(dir).filter((name) => name.endsWith('.js'));
  return main.reduce((sum, name) => sum + gzipSync(readFileSync(path.join(dir, name)), { level: 9 }).length, 0) / 1024;
}

function serveFeed(shop: ShopServer, dir: string): void {
  shop.addRoute((req: IncomingMessage, url: URL) => {
    if (url.hostname !== 'feed.test') return undefined;
    if (url.pathname === '/blank') return { body: '<!doctype html><title>blank</title>' };
    const file = path.join(dir, path.basename(url.pathname));
    if (!existsSync(file)) return { status: 404, body: 'not found', contentType: 'text/plain' };
    const body = readFileSync(file);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) return { status: 304, body: '', headers: { etag } };
    return { body, contentType: 'application/octet-stream', headers: { etag } };
  });
}

/** The records with a listing ID on AliExpress: a product page for one of them must be answered "match". */
function flaggedListing(records: HazardRecord[]): { id: string; title: string } {
  const record = records.find((r) =>
    r.marketplaces.some((m) => m.platform === 'aliexpress' && m.listingId && /^\d{8,20}$/.test(m.listingId)),
  );
  if (!record) throw new Error('no generated record names an AliExpress listing');
  const listingId = record.marketplaces.find((m) => m.platform === 'aliexpress')!.listingId!;
  return { id: listingId, title: record.product.names[0]?.text ?? 'Product' };
}

function changed(records: HazardRecord[], count: number): HazardRecord[] {
  const out = records.slice();
  const step = Math.max(1, Math.floor(records.length / count));
  for (let i = 0, n = 0; i < out.length && n < count; i += step, n++) {
    const r = out[i]!;
    out[i] = {
      ...r,
      updatedAt: '2026-12-01',
      product: { ...r.product, names: r.product.names.map((x) => ({ ...x, text: `${x.text} (recalled again)` })) },
    };
  }
  return out;
}

/** The delta file a client downloads after a typical day's publishing (new records from the same generator). */
function typicalDayDeltaBytes(bases: HazardRecord[], v1: HazardRecord[]): number {
  const known = new Set(v1.map((r) => r.id));
  const added = scaleRecords(bases, v1.length + TYPICAL_DAY.added)
    .filter((r) => !known.has(r.id))
    .slice(0, TYPICAL_DAY.added);
  if (added.length < TYPICAL_DAY.added) throw new Error('the generator made too few new records for a typical day');
  const next = [...changed(v1, TYPICAL_DAY.changed), ...added];
  return deltaFile(computeDelta(1, 2, v1, next)).length;
}

async function send(
  page: Page,
  type: string,
): Promise<{ ok: boolean; value?: { feedVersion?: number; recordCount: number; lastError?: string } }> {
  return page.evaluate(
    (t) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<never> } } }
      ).chrome.runtime.sendMessage({ type: t, data: {} }),
    type,
  );
}

async function answered(
  page: Page,
  url: string,
  timeoutMs: number,
): Promise<{ loadMs: number; answerMs: number; result: string }> {
  const start = now();
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  const loadMs = now() - start;
  await page.waitForFunction(
    () => {
      const v = document.documentElement.dataset.hazardCheck;
      return v !== undefined && v !== 'pending';
    },
    { timeout: timeoutMs, polling: 10 },
  );
  const answerMs = now() - start;
  return { loadMs, answerMs, result: await page.evaluate(() => document.documentElement.dataset.hazardCheck ?? '') };
}

/** Samples the worker's heap every 100 ms (the sample waits while the worker is busy, which is also telling). */
function heapSampler(session: () => CDPSession | undefined) {
  let peak = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const client = session();
      if (client) {
        const usage = await client.send('Runtime.getHeapUsage').catch(() => undefined);
        if (usage) peak = Math.max(peak, usage.usedSize);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    peak: () => peak,
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}

async function serviceWorker(browser: Browser): Promise<WebWorker> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 30_000 },
  );
  return (await target.worker())!;
}

async function baseline(browser: Browser, snapshotName: string): Promise<{ parseMs: number; putMs: number }> {
  const page = await browser.newPage();
  try {
    await page.goto('https://feed.test/blank');
    return await page.evaluate(async (name) => {
      const bytes = await (await fetch(`/feed/${name}`)).arrayBuffer();
      let start = performance.now();
      const text = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
      const rows = text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { id: string });
      const parseMs = performance.now() - start;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(`bench-${Math.random()}`, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: 'id' });
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      start = performance.now();
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('rows', 'readwrite');
        const store = tx.objectStore('rows');
        for (const row of rows) store.put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      const putMs = performance.now() - start;
      db.close();
      return { parseMs, putMs };
    }, snapshotName);
  } finally {
    await page.close();
  }
}

async function runSize(n: number, bases: HazardRecord[], privateKeyPem: string, shop: ShopServer): Promise<string[]> {
  const lines: string[] = [`\n== ${n.toLocaleString('en')} records ==`];
  const feedDir = mkdtempSync(path.join(tmpdir(), 'bench-feed-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-profile-'));
  const privateKey = loadPrivateKey(privateKeyPem);
  const v1 = scaleRecords(bases, n);
  const written = writeFeedVersion({
    outDir: feedDir,
    version: 1,
    records: v1,
    previous: [],
    privateKey,
    sources: countSources(v1),
    created: new Date(),
  });
  const listing = flaggedListing(v1);
  const productUrl = `https://www.aliexpress.com/item/${listing.id}.html`;
  shop.reset();
  serveFeed(shop, feedDir);
  shop.setPage(productUrl, aliexpressProductPage({ id: listing.id, title: listing.title }));
  let browser: Browser | undefined;
  try {
    const started = now();
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      pipe: true,
      userDataDir: profile,
      enableExtensions: [EXTENSION_DIR],
      args: [
        '--no-sandbox',
        '--disable-gpu',
        hostResolverRules(shop.port),
        '--ignore-certificate-errors',
        '--lang=en-US',
      ],
    });
    let worker = await serviceWorker(browser);
    const extensionId = new URL(worker.url()).host;
    const sampler = heapSampler(() => worker.client);
    const control = await browser.newPage();
    await control.goto(`chrome-extension://${extensionId}/popup.html`);
    // Poll sync-status as the popup would; the slowest answer is how long the worker was unavailable.
    let slowestStatus = 0;
    let synced = false;
    const syncWorker = worker;
    await profiled(syncWorker, `sync-${n}`, async () => {
      while (now() - started < TIMEOUT_MS) {
        const asked = now();
        const reply = await send(control, 'sync-status').catch(() => undefined);
        slowestStatus = Math.max(slowestStatus, now() - asked);
        if (reply?.value?.feedVersion === 1 && reply.value.recordCount === n) {
          synced = true;
          break;
        }
        if (reply?.value?.lastError) lines.push(`  sync error: ${reply.value.lastError}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    });
    const page = await browser.newPage();
    if (!synced) {
      lines.push(`  install → synced: not synced after ${s(TIMEOUT_MS)}  MISSED`);
    } else {
      const first = await answered(page, productUrl, TIMEOUT_MS);
      const installMs = now() - started;
      lines.push(
        `  install → synced and answering: ${s(installMs)} (target ≤ ${s(TARGETS.installMs)}; page answered "${first.result}")${mark(installMs > TARGETS.installMs)}`,
      );
    }
    lines.push(`  slowest sync-status answer during the sync: ${s(slowestStatus)}`);
    await sampler.stop();
    const gc = await worker.client
      .send('HeapProfiler.collectGarbage')
      .then(() => worker.client.send('Runtime.getHeapUsage'))
      .catch(() => undefined);
    const peakMb = mb(sampler.peak());
    const afterMb = gc ? mb(gc.usedSize) : NaN;
    lines.push(
      `  worker heap: peak ${peakMb.toFixed(0)} MB (target ≤ ${TARGETS.heapPeakMb})${mark(peakMb > TARGETS.heapPeakMb)}, after sync ${afterMb.toFixed(0)} MB (target ≤ ${TARGETS.heapAfterMb})${mark(!(afterMb <= TARGETS.heapAfterMb))}`,
    );

    const base = await baseline(browser, written.manifest.snapshot.name);
    lines.push(
      `  baseline, same bytes: gunzip + JSON.parse ${s(base.parseMs)}; plain put of the same rows into a bare IndexedDB store ${s(base.putMs)}`,
    );

    const bpr = written.manifest.snapshot.bytes / n;
    lines.push(
      `  snapshot: ${(written.manifest.snapshot.bytes / 1e6).toFixed(1)} MB, ${bpr.toFixed(0)} bytes/record gzip (target ≤ ${TARGETS.bytesPerRecord})${mark(bpr > TARGETS.bytesPerRecord)}`,
    );
    const store = written.manifest.store;
    if (store) {
      const chunkBytes = readdirSync(feedDir)
        .filter((name) => name.startsWith('records-1-'))
        .reduce((sum, name) => sum + statSync(path.join(feedDir, name)).size, 0);
      lines.push(
        `  full download instead of the snapshot: ${store.chunkCount} chunk files ${(chunkBytes / 1e6).toFixed(1)} MB ` +
          `(${(chunkBytes / n).toFixed(0)} bytes/record${mark(chunkBytes / n > TARGETS.bytesPerRecord)}) + prebuilt index ` +
          `${(store.index.bytes / 1e6).toFixed(1)} MB (${(store.index.bytes / n).toFixed(0)} bytes/record)`,
      );
    }

    if (synced) {
      const v2 = changed(v1, DELTA_CHANGES);
      const second = writeFeedVersion({
        outDir: feedDir,
        version: 2,
        records: v2,
        previous: [{ version: 1, records: v1 }],
        privateKey,
        sources: countSources(v2),
        created: new Date(),
      });
      const deltaBytes = second.manifest.deltas[0]!.bytes;
      const deltaStart = now();
      const { reply, answer } = await profiled(worker, `delta-${n}`, async () => {
        const reply = await send(control, 'sync-now');
        return { reply, answer: await answered(page, productUrl, TIMEOUT_MS) };
      });
      const deltaMs = now() - deltaStart;
      const ok = reply.value?.feedVersion === 2;
      lines.push(
        `  ${DELTA_CHANGES}-record delta → answering: ${s(deltaMs)}${ok ? '' : ' (sync did not reach version 2)'} (target ≤ ${s(TARGETS.deltaMs)})${mark(!ok || deltaMs > TARGETS.deltaMs)}; page load alone ${s(answer.loadMs)}`,
      );
      const dayBytes = typicalDayDeltaBytes(bases, v1);
      lines.push(
        `  delta file: ${(dayBytes / 1e3).toFixed(1)} kB for a typical day (${TYPICAL_DAY.added} new + ${TYPICAL_DAY.changed} changed records; target ≤ ${TARGETS.deltaBytes / 1e3} kB)${mark(dayBytes > TARGETS.deltaBytes)}; ${(deltaBytes / 1e3).toFixed(1)} kB for the ${DELTA_CHANGES} changed records above`,
      );

      await worker.close();
      await new Promise((r) => setTimeout(r, 1000));
      const cold = await answered(page, productUrl, TIMEOUT_MS);
      const beyond = cold.answerMs - cold.loadMs;
      lines.push(
        `  cold start → page answered: ${s(beyond)} beyond the page's own load (${s(cold.loadMs)}) (target ≤ ${s(TARGETS.coldMs)})${mark(beyond > TARGETS.coldMs)}`,
      );
      worker = await serviceWorker(browser);
      const marks = await worker
        .evaluate(() =>
          performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith('hazard-check: '))
            .map((m) => `${m.name.slice(14)} ${m.startTime.toFixed(0)}`),
        )
        .catch(() => []);
      if (marks.length) lines.push(`  cold start, worker timeline (ms since it started): ${marks.join(' · ')}`);
    }
  } finally {
    await browser?.close();
    rmSync(feedDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
  return lines;
}

async function main(): Promise<void> {
  const pair = generateSigningKeyPair();
  buildExtension(pair.publicKey);
  const kb = contentScriptGzipKb();
  console.log(
    PROFILE_DIR
      ? `content scripts: ${kb.toFixed(0)} kB gzip unminified (--profile); measure the size without --profile`
      : `content scripts on every shop page (all .js): ${kb.toFixed(0)} kB gzip (target ≤ ${TARGETS.contentGzipKb})${mark(kb > TARGETS.contentGzipKb)}`,
  );
  const bases = sharedDataPresent() ? buildDevFeedRecords() : seedRecords();
  console.log(
    `records generated from ${bases.length} ${sharedDataPresent() ? 'real records (../shared/data)' : 'hand-made seeds (../shared/data absent)'}`,
  );
  const shop = await startShopServer();
  try {
    for (const n of SIZES) {
      const lines = await runSize(n, bases, pair.privateKeyPem, shop).catch((error: unknown) => [
        `\n== ${n} records ==`,
        `  FAILED: ${error instanceof Error ? error.message : String(error)}  MISSED`,
      ]);
      console.log(lines.join('\n'));
    }
  } finally {
    await shop.close();
  }
}

void main();
