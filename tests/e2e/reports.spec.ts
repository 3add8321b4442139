/**
 * Volunteer reports in the browser: from the popup and the banner to the preview, the confirmed report
 * and the reporter's own listing rule; delivery to the report endpoint (the local HTTPS server plays
 * reports.test) with retries and the Idempotency-Key; the GitHub issue link.
 */
import type { IncomingMessage } from 'node:http';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { checkResult, expect, test } from './support/fixtures';
import { aliexpressProductPage, temuProductPage } from './support/pages';
import { ALI_CLEAN_ID, ALI_FLAGGED_ID, hairbandRecord, TEMU_FLAGGED_ID, testRecords } from './support/records';
import type { ShopServer } from './support/shop-server';

interface Hooks {
  seedRecords(records: unknown[]): Promise<void>;
  deliverReportsAsIfDue(): Promise<unknown>;
  reportRows(): Promise<{ id: string; status: string; channel?: string; attempts: number; lastError?: string }[]>;
}
/** The parts of the extension API these tests read inside the service worker. */
interface ChromeApi {
  tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
  runtime: { getManifest(): { version: string } };
}
type WorkerScope = { hazardCheckTest: Hooks; chrome: ChromeApi };

/** Test hooks and browser state, read in the service worker (each function runs there, self-contained). */
const inWorker = (sw: Worker) => ({
  seed: (records: unknown[]) =>
    sw.evaluate((r) => (globalThis as unknown as WorkerScope).hazardCheckTest.seedRecords(r), records),
  deliverAsIfDue: () =>
    sw.evaluate(() => (globalThis as unknown as WorkerScope).hazardCheckTest.deliverReportsAsIfDue()),
  reportRows: () => sw.evaluate(() => (globalThis as unknown as WorkerScope).hazardCheckTest.reportRows()),
  deliveryAlarm: () =>
    sw.evaluate(() => (globalThis as unknown as WorkerScope).chrome.alarms.get('hazard-check:report-delivery')),
  version: () => sw.evaluate(() => (globalThis as unknown as WorkerScope).chrome.runtime.getManifest().version),
  tabIdOf: async (url: string) => {
    const id = await sw.evaluate(
      async (u) => (await (globalThis as unknown as WorkerScope).chrome.tabs.query({})).find((t) => t.url === u)?.id,
      url,
    );
    if (id === undefined) throw new Error(`no tab for ${url}`);
    return id;
  },
});

test.beforeEach(async ({ serviceWorker }) => {
  await inWorker(serviceWorker).seed(testRecords);
});

interface Received {
  key?: string;
  body: string;
  cookie?: string;
}

/** Plays the report endpoint: answers from `script` ('503', 'ok'), stores each Idempotency-Key once. */
function reportEndpoint(shop: ShopServer, script: string[] = []) {
  const received: Received[] = [];
  const stored = new Set<string>();
  shop.addRoute(async (req: IncomingMessage, url) => {
    if (url.hostname !== 'reports.test' || req.method !== 'POST' || url.pathname !== '/v1/reports') return undefined;
    const body = await new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      req.on('end', () => resolve(text));
    });
    const key = req.headers['idempotency-key'] as string | undefined;
    received.push({ key, body, cookie: req.headers.cookie });
    if (script.shift() === '503') return { status: 503, body: 'try later', contentType: 'text/plain' };
    if (!key) return { status: 400, body: 'no key', contentType: 'text/plain' };
    if (stored.has(key)) return { status: 409, body: 'duplicate', contentType: 'text/plain' };
    stored.add(key);
    return { status: 201, body: '{"ok":true}', contentType: 'application/json' };
  });
  return { received, stored };
}

async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

test('popup: a missed-hazard report on an unflagged product is previewed, sent, and flags the listing for the reporter', async ({
  context,
  page,
  shop,
  serviceWorker,
  extensionId,
}) => {
  const endpoint = reportEndpoint(shop);
  shop.setPage(
    `https://www.aliexpress.com/item/${ALI_CLEAN_ID}.html`,
    aliexpressProductPage({
      id: ALI_CLEAN_ID,
      title: 'Magnetic Building Balls 216 pcs',
      store: { name: 'Toy Store', num: '1103' },
    }),
  );
  const shopUrl = `https://www.aliexpress.com/item/${ALI_CLEAN_ID}.html?spm=a2g0o.home.0.0&algo_pvid=9f7e&gps-id=pc&aff_fcid=x`;
  await page.goto(shopUrl);
  expect(await checkResult(page)).toBe('none');

  const popup = await openPopup(context, extensionId, await inWorker(serviceWorker).tabIdOf(shopUrl));
  await popup.getByTestId('popup-report').click();
  const dialog = popup.getByTestId('report-dialog');
  await expect(dialog.getByTestId('report-kind-missed-hazard')).toBeChecked();
  await dialog.getByTestId('report-hazard').fill('Small magnets come loose');
  await dialog.getByTestId('report-authority').fill('Test Lab');
  await dialog.getByTestId('report-evidence').fill('https://example.org/test-report?utm_source=mail');
  await dialog.getByTestId('report-preview-button').click();

  const preview = dialog.getByTestId('report-preview');
  await expect(preview).toBeVisible();
  const shown = (await preview.textContent())!;
  const payload = JSON.parse(shown);
  expect(payload.listing).toEqual({
    site: 'aliexpress',
    itemId: ALI_CLEAN_ID,
    url: `https://www.aliexpress.com/item/${ALI_CLEAN_ID}.html`,
    title: 'Magnetic Building Balls 216 pcs',
    store: { name: 'Toy Store', id: '1103' },
  });
  expect(payload.missedHazard.evidenceUrl).toBe('https://example.org/test-report');
  expect(payload.app.extensionVersion).toBe(await inWorker(serviceWorker).version());
  expect(payload.curated).toMatchObject({
    platform: 'aliexpress',
    listingId: ALI_CLEAN_ID,
    hazard: 'Small magnets come loose',
    authority: 'Test Lab',
  });
  expect(shown).not.toMatch(/spm|algo|gps-id|aff_|utm_/);
  expect(endpoint.received).toHaveLength(0); // nothing leaves before the user confirms
  expect(await inWorker(serviceWorker).reportRows()).toEqual([]);

  await expect(dialog.getByTestId('report-channel-endpoint')).toBeChecked();
  await dialog.getByTestId('report-confirm').click();
  await expect(dialog.getByTestId('report-done')).toHaveAttribute('data-status', 'sent');
  await expect(dialog.getByTestId('report-local-rule')).toBeVisible();
  expect(endpoint.received).toEqual([{ key: payload.reportId, body: shown, cookie: undefined }]);

  // The shop tab is re-checked at once, and the rule stays after a reload; authority data is untouched.
  await expect(page.getByTestId('hazard-own-report')).toBeVisible();
  await page.reload();
  expect(await checkResult(page)).toBe('match');
  await expect(page.getByTestId('hazard-own-report')).toContainText('Your note: Small magnets come loose');
  await expect(page.getByTestId('hazard-banner')).toHaveCount(0);

  await popup.reload();
  await expect(popup.getByTestId('report-history-item')).toHaveAttribute('data-status', 'sent');
});

test('popup: a listing the shop answers with its 404 page is reported as gone', async ({
  context,
  page,
  shop,
  serviceWorker,
  extensionId,
}) => {
  reportEndpoint(shop);
  const url = `https://www.aliexpress.com/item/${ALI_CLEAN_ID}.html`;
  shop.setPage(
    url,
    '<!doctype html><html><head><meta property="og:title" content="404 page"><title>404 page</title></head>' +
      '<body><h1>Sorry, the page you requested can not be found</h1></body></html>',
  );
  await page.goto(url);
  expect(await checkResult(page)).toBe('not-checked');

  const popup = await openPopup(context, extensionId, await inWorker(serviceWorker).tabIdOf(url));
  await expect(popup.getByTestId('popup-not-checked')).toContainText('not found');
  await popup.getByTestId('popup-report').click();
  const dialog = popup.getByTestId('report-dialog');
  await expect(dialog.getByTestId('report-kind-listing-changed')).toBeChecked();
  await dialog.getByTestId('report-preview-button').click();
  const payload = JSON.parse((await dialog.getByTestId('report-preview').textContent())!);
  expect(payload).toMatchObject({
    kind: 'listing-changed',
    listingChange: { change: 'gone' },
    listing: { site: 'aliexpress', itemId: ALI_CLEAN_ID, url },
  });
  expect(payload.listing.title).toBeUndefined();
});

test('banner: a wrong-match report opens a prefilled GitHub issue on the data repository', async ({
  context,
  page,
  shop,
  serviceWorker,
}) => {
  await context.route('https://github.com/**', (route) =>
    route.fulfill({ body: '<title>New issue</title>', contentType: 'text/html' }),
  );
  shop.setPage(
    `https://www.aliexpress.com/item/${ALI_FLAGGED_ID}.html`,
    aliexpressProductPage({
      id: ALI_FLAGGED_ID,
      title: 'Girls Glitter Hairband',
      store: { name: 'Kids Store', num: '1101' },
    }),
  );
  await page.goto(`https://www.aliexpress.com/item/${ALI_FLAGGED_ID}.html?spm=x.y`);
  expect(await checkResult(page)).toBe('match');

  await page.getByTestId('hazard-report').click();
  const dialog = page.getByTestId('report-dialog');
  await expect(dialog.getByTestId('report-kind-wrong-match')).toBeChecked();
  await expect(dialog.getByTestId('report-wrong-record')).toBeChecked();
  await dialog.getByTestId('report-note').fill('Different maker, no glitter');
  await dialog.getByTestId('report-preview-button').click();
  await dialog.getByTestId('report-channel-github').check();
  const shown = (await dialog.getByTestId('report-preview').textContent())!;
  expect(shown).toContain(`"recordRefs": [\n      "${hairbandRecord.id}"\n    ]`);

  const opened = context.waitForEvent('page');
  await dialog.getByTestId('report-confirm').click();
  const issue = await opened;
  await issue.waitForURL(/^https:\/\/github\.com\//);
  const url = new URL(issue.url());
  expect(url.pathname).toBe('/hazard-check/hazard-data/issues/new');
  expect(url.searchParams.get('title')).toBe(`[wrong-match] aliexpress ${ALI_FLAGGED_ID}: Girls Glitter Hairband`);
  expect(`${url.searchParams.get('title')}\n\n${url.searchParams.get('body')}`).toBe(shown);
  await expect(dialog.getByTestId('report-done')).toContainText('GitHub opened in a new tab');
  expect(await inWorker(serviceWorker).reportRows()).toEqual([
    expect.objectContaining({ status: 'copied', channel: 'github' }),
  ]);
});

test('endpoint: a failed send waits for the alarm, is retried with the same Idempotency-Key, and is never sent twice', async ({
  page,
  shop,
  serviceWorker,
}) => {
  const endpoint = reportEndpoint(shop, ['503']);
  shop.setPage(
    `https://www.temu.com/water-beads-g-${TEMU_FLAGGED_ID}.html`,
    temuProductPage({ goodsId: TEMU_FLAGGED_ID, title: 'Water Beads 50000 pcs' }),
  );
  await page.goto(`https://www.temu.com/water-beads-g-${TEMU_FLAGGED_ID}.html?_oak_name_id=1&refer_page_name=home`);
  expect(await checkResult(page)).toBe('match');

  await page.getByTestId('hazard-report').click();
  const dialog = page.getByTestId('report-dialog');
  await dialog.getByTestId('report-kind-listing-changed').check();
  await dialog.getByTestId('report-preview-button').click();
  const shown = (await dialog.getByTestId('report-preview').textContent())!;
  expect(JSON.parse(shown).listing.url).toBe(`https://www.temu.com/g-${TEMU_FLAGGED_ID}.html`);
  await dialog.getByTestId('report-confirm').click();
  await expect(dialog.getByTestId('report-done')).toHaveAttribute('data-status', 'queued');

  const [row] = await inWorker(serviceWorker).reportRows();
  expect(row).toMatchObject({ status: 'queued', attempts: 1, lastError: 'HTTP 503: try later' });
  const alarm = await inWorker(serviceWorker).deliveryAlarm();
  expect(alarm?.scheduledTime).toBeGreaterThan(Date.now());

  await inWorker(serviceWorker).deliverAsIfDue(); // what the alarm does when it fires
  expect(await inWorker(serviceWorker).reportRows()).toEqual([
    expect.objectContaining({ status: 'sent', attempts: 2 }),
  ]);
  await inWorker(serviceWorker).deliverAsIfDue();
  expect(endpoint.received.map((r) => [r.key, r.body])).toEqual([
    [row!.id, shown],
    [row!.id, shown],
  ]);
  expect(endpoint.stored.size).toBe(1);
  expect(await inWorker(serviceWorker).deliveryAlarm()).toBeFalsy();
});
