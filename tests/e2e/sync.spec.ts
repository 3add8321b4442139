/**
 * Feed sync in the real built extension: signed feeds are built in the test with the feed builder
 * (lib/feed/write.ts) and the private key of the E2E build's throwaway key pair, served as
 * https://feed.test/feed/ by the shop server, and synced by the service worker.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';
import { countSources } from '../../lib/background/hazard-service';
import { SIGNATURE_FILE } from '../../lib/feed/format';
import { loadPrivateKey, signBytes } from '../../lib/feed/signing';
import { writeFeedVersion } from '../../lib/feed/write';
import { hazardRecordSchema, type HazardRecord, type HazardRecordInput } from '../../lib/hazards/schema';
import type { SyncStatus } from '../../lib/core/verdict';
import { checkResult, expect, test } from './support/fixtures';
import { aliexpressProductPage, temuProductPage } from './support/pages';
import { ALI_FLAGGED_ID, TEMU_FLAGGED_ID, hairbandRecord, waterBeadsRecord } from './support/records';
import type { ShopServer } from './support/shop-server';

const keyFile = process.env.E2E_FEED_KEY_FILE;
test.beforeAll(() => {
  // The E2E build pins this key's public half; without it no test feed can be signed (npm test sets it).
  if (!keyFile || !existsSync(keyFile)) {
    throw new Error(
      'E2E_FEED_KEY_FILE is not set: build with the key from scripts/e2e-key.mjs (see scripts/test-all.sh)',
    );
  }
});

/** A feed folder the test publishes versions into, signed like the real one. */
class TestFeed {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'hc-e2e-feed-'));
  private history: { version: number; records: HazardRecord[] }[] = [];
  private readonly privateKey = loadPrivateKey(JSON.parse(readFileSync(keyFile!, 'utf8')).privateKeyPem);

  publish(version: number, inputs: HazardRecordInput[]) {
    const records = inputs.map((input) => hazardRecordSchema.parse(input));
    writeFeedVersion({
      outDir: this.dir,
      version,
      records,
      previous: this.history,
      privateKey: this.privateKey,
      sources: countSources(records),
      created: new Date(Date.UTC(2026, 10, 10 + version)),
    });
    this.history.unshift({ version, records });
  }

  /** Re-signs the current manifest with a key the extension does not know. */
  signWithStrangerKey() {
    const stranger = generateKeyPairSync('ed25519').privateKey;
    const manifest = readFileSync(path.join(this.dir, 'manifest.json'));
    writeFileSync(path.join(this.dir, SIGNATURE_FILE), signBytes(manifest, stranger));
  }

  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Serves the feed folder at https://feed.test/feed/ as a static host would (ETag, 304, 404). */
function serveFeed(shop: ShopServer, dir: string) {
  shop.addRoute((req: IncomingMessage, url: URL) => {
    if (url.hostname !== 'feed.test') return undefined;
    const name = url.pathname.replace(/^\/feed\//, '');
    const file = path.join(dir, path.basename(name));
    if (name.includes('/') || !existsSync(file)) return { status: 404, body: 'not found', contentType: 'text/plain' };
    const body = readFileSync(file);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) return { status: 304, body: '', headers: { etag } };
    return { body, contentType: 'application/octet-stream', headers: { etag } };
  });
}

const feedRequests = (shop: ShopServer) =>
  shop.requests.filter((r) => r.includes('feed.test')).map((r) => r.replace(/^GET feed\.test\/feed\//, ''));

const aliUrl = `https://www.aliexpress.com/item/${ALI_FLAGGED_ID}.html`;
const temuUrl = `https://www.temu.com/water-beads-g-${TEMU_FLAGGED_ID}.html`;
const banner = '[data-testid="hazard-banner"]';

let feed: TestFeed;
// Pages are registered inside each test: the context fixture resets the shop server when it starts.
function servePages(shop: ShopServer) {
  shop.setPage(
    aliUrl,
    aliexpressProductPage({
      id: ALI_FLAGGED_ID,
      title: 'Girls Glitter Hairband',
      store: { name: 'Kids Store', num: '1101' },
    }),
  );
  shop.setPage(temuUrl, temuProductPage({ goodsId: TEMU_FLAGGED_ID, title: '50000pcs Water Beads for Kids' }));
}
test.beforeEach(() => {
  feed = new TestFeed();
});
test.afterEach(() => feed.remove());

test('syncs the signed feed, then its records match on product pages; the next version comes as a delta', async ({
  context,
  extensionId,
  page,
  serviceWorker,
  shop,
}) => {
  servePages(shop);
  feed.publish(1, [hairbandRecord]);
  serveFeed(shop, feed.dir);

  // "Sync now" as the options page sends it, through the real message handler.
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
  const reply = await extensionPage.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ type: 'sync-now', data: {} }),
  );
  expect(reply).toMatchObject({
    ok: true,
    value: {
      feedVersion: 1,
      recordCount: 1,
      bundled: false,
      dataAsOf: '2026-11-11',
      sources: [{ source: 'curated', count: 1 }],
    },
  });
  expect((reply as { value: SyncStatus }).value.lastError).toBeUndefined();

  await page.goto(aliUrl);
  expect(await checkResult(page)).toBe('match');
  await expect(page.locator(banner)).toBeVisible();
  await page.goto(temuUrl);
  expect(await checkResult(page)).toBe('none');

  feed.publish(2, [hairbandRecord, waterBeadsRecord]);
  shop.requests.length = 0;
  const status = await serviceWorker.evaluate(() => (globalThis as any).hazardCheckTest.syncNow());
  expect(status).toMatchObject({ feedVersion: 2, recordCount: 2, dataAsOf: '2026-11-12' });
  expect(feedRequests(shop)).toEqual(['manifest.json', 'manifest.json.sig', 'delta-1-2.json.gz']);

  await page.goto(temuUrl);
  expect(await checkResult(page)).toBe('match');
  await expect(page.locator(banner)).toBeVisible();

  // Nothing new: one conditional request, answered 304.
  shop.requests.length = 0;
  await serviceWorker.evaluate(() => (globalThis as any).hazardCheckTest.syncNow());
  expect(feedRequests(shop)).toEqual(['manifest.json']);
});

test('a feed with a bad signature leaves the previous data in place and shows why', async ({
  page,
  serviceWorker,
  shop,
}) => {
  servePages(shop);
  feed.publish(1, [hairbandRecord]);
  serveFeed(shop, feed.dir);
  const synced = await serviceWorker.evaluate(() => (globalThis as any).hazardCheckTest.syncNow());
  expect(synced).toMatchObject({ feedVersion: 1, recordCount: 1 });

  feed.publish(2, [waterBeadsRecord]);
  feed.signWithStrangerKey();
  const status: SyncStatus = await serviceWorker.evaluate(() => (globalThis as any).hazardCheckTest.syncNow());

  expect(status).toMatchObject({ feedVersion: 1, recordCount: 1, lastErrorCode: 'bad-signature', syncing: false });
  expect(status.lastError).toMatch(/not signed with the Hazard Check key.*left as it was/);
  expect(status.nextSyncAt).toBeGreaterThan(Date.now() + 14 * 60_000); // backing off, not hammering
  expect(await serviceWorker.evaluate(() => (globalThis as any).hazardCheckTest.recordIds())).toEqual([
    hairbandRecord.id,
  ]);
  expect(feedRequests(shop).some((r) => r.startsWith('snapshot-2') || r.startsWith('delta-1-2'))).toBe(false);

  await page.goto(aliUrl);
  expect(await checkResult(page)).toBe('match');
  await page.goto(temuUrl);
  expect(await checkResult(page)).toBe('none');
});

test('with the feed host unreachable, a fresh install keeps answering from the bundled dataset', async ({
  page,
  serviceWorker,
  shop,
}) => {
  servePages(shop);
  shop.addRoute((req, url) => {
    if (url.hostname !== 'feed.test') return undefined;
    req.socket.destroy(); // the connection drops: as close to "host unreachable" as this server gets
    return { status: 599, body: '' };
  });
  const bundledIds: string[] = await serviceWorker.evaluate(() => (globalThis as any).hazardCheckTest.recordIds());
  const listingKey: string | undefined = await serviceWorker.evaluate(() =>
    (globalThis as any).hazardCheckTest.someListingKey(),
  );

  const status: SyncStatus = await serviceWorker.evaluate(() => (globalThis as any).hazardCheckTest.syncNow());

  expect(status).toMatchObject({
    bundled: true,
    feedVersion: undefined,
    recordCount: bundledIds.length,
    lastErrorCode: 'network',
  });
  expect(status.lastError).toMatch(/Could not reach the hazard data server/);
  expect(status.nextSyncAt).toBeGreaterThan(Date.now() + 14 * 60_000);
  expect(await serviceWorker.evaluate(() => (globalThis as any).hazardCheckTest.recordIds())).toEqual(bundledIds);

  // The page check still gets an answer from the local data: a match for a bundled listing if the
  // bundle names one, otherwise a definite "nothing found" (not "not checked").
  if (listingKey?.startsWith('aliexpress:') || listingKey?.startsWith('temu:')) {
    const [site, id] = listingKey.split(':') as ['aliexpress' | 'temu', string];
    const url =
      site === 'aliexpress' ? `https://www.aliexpress.com/item/${id}.html` : `https://www.temu.com/x-g-${id}.html`;
    shop.setPage(
      url,
      site === 'aliexpress'
        ? aliexpressProductPage({ id, title: 'Bundled listing' })
        : temuProductPage({ goodsId: id, title: 'Bundled listing' }),
    );
    await page.goto(url);
    expect(await checkResult(page)).toBe('match');
  } else {
    await page.goto(aliUrl);
    expect(await checkResult(page)).toBe('none');
  }
});
