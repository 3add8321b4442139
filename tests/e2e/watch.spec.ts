/**
 * Watched listings in the browser: a product the user viewed (or marked) is remembered locally, and a
 * later database update that flags it raises one local notification per new record set.
 */
import type { Worker } from '@playwright/test';
import type { HazardRecordInput } from '../../lib/hazards/schema';
import { checkResult, expect, test } from './support/fixtures';
import { aliexpressProductPage, temuProductPage } from './support/pages';
import { ALI_CLEAN_ID, TEMU_CLEAN_ID, testRecords } from './support/records';

interface Hooks {
  seedRecords(records: unknown[]): Promise<void>;
  notificationIds(): Promise<string[]>;
  watchedRows(): Promise<
    { listingKey: string; url: string; title?: string; marked: boolean; notifiedRecordIds: string[] }[]
  >;
}
interface ChromeApi {
  tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  storage: { local: { set(items: object): Promise<void> } };
}
type WorkerScope = { hazardCheckTest: Hooks; chrome: ChromeApi };

const inWorker = (sw: Worker) => ({
  seed: (records: unknown[]) =>
    sw.evaluate((r) => (globalThis as unknown as WorkerScope).hazardCheckTest.seedRecords(r), records),
  notificationIds: () => sw.evaluate(() => (globalThis as unknown as WorkerScope).hazardCheckTest.notificationIds()),
  shownNotifications: () =>
    sw.evaluate(async () => Object.keys(await (globalThis as unknown as WorkerScope).chrome.notifications.getAll())),
  watched: () => sw.evaluate(() => (globalThis as unknown as WorkerScope).hazardCheckTest.watchedRows()),
  settings: (settings: object) =>
    sw.evaluate((s) => (globalThis as unknown as WorkerScope).chrome.storage.local.set({ settings: s }), settings),
  tabIdOf: async (url: string) => {
    const id = await sw.evaluate(
      async (u) => (await (globalThis as unknown as WorkerScope).chrome.tabs.query({})).find((t) => t.url === u)?.id,
      url,
    );
    if (id === undefined) throw new Error(`no tab for ${url}`);
    return id;
  },
});

/** A later notice naming a listing that no record named before (our own test data, not a real notice). */
function laterRecord(ref: string, listingId: string, platform: 'temu' | 'aliexpress' = 'temu'): HazardRecordInput {
  return {
    id: `curated:${ref}`,
    source: 'curated',
    sourceKind: 'curated',
    ref,
    authority: 'Test Safety Authority',
    jurisdiction: 'KR',
    publishedAt: '2026-11-20',
    actions: ['recall'],
    riskTypes: ['FIRE'],
    hazardText: [{ lang: 'en', text: 'The lamp overheats and can catch fire' }],
    product: { names: [{ lang: 'en', text: 'LED desk lamp' }], category: 'lighting' },
    marketplaces: [{ platform, listingId }],
  };
}

const TEMU_URL = `https://www.temu.com/kr/led-desk-lamp-g-${TEMU_CLEAN_ID}.html`;

test.beforeEach(async ({ serviceWorker }) => {
  await inWorker(serviceWorker).seed(testRecords);
});

test('a viewed listing that a later update flags raises one notification per new record set', async ({
  context,
  page,
  shop,
  serviceWorker,
  extensionId,
}) => {
  const sw = inWorker(serviceWorker);
  shop.setPage(TEMU_URL, temuProductPage({ goodsId: TEMU_CLEAN_ID, title: 'LED Desk Lamp Dimmable' }));
  await page.goto(`${TEMU_URL}?_oak_name_id=7&refer_page_name=search`);
  expect(await checkResult(page)).toBe('none');
  await expect.poll(sw.watched).toEqual([
    expect.objectContaining({
      listingKey: `temu:${TEMU_CLEAN_ID}`,
      url: `https://www.temu.com/g-${TEMU_CLEAN_ID}.html`,
      title: 'LED Desk Lamp Dimmable',
      marked: false,
    }),
  ]);

  // An update that changes nothing for this listing: no alert.
  await sw.seed([...testRecords]);
  expect(await sw.notificationIds()).toEqual([]);

  // The update that names it: one notification, shown by the browser.
  const first = laterRecord('TEST-WATCH-1', TEMU_CLEAN_ID);
  await sw.seed([...testRecords, first]);
  const id = `hazard-check:watch:temu:${TEMU_CLEAN_ID}`;
  expect(await sw.notificationIds()).toEqual([id]);
  expect(await sw.shownNotifications()).toContain(id);
  expect((await sw.watched())[0]?.notifiedRecordIds).toEqual([first.id]);

  // The same record set again: quiet. Another record: a new alert.
  await sw.seed([...testRecords, first]);
  expect(await sw.notificationIds()).toEqual([id]);
  await sw.seed([...testRecords, first, laterRecord('TEST-WATCH-2', TEMU_CLEAN_ID)]);
  expect(await sw.notificationIds()).toEqual([id, id]);

  // The options page lists what is remembered, and forgets it on request.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const watched = options.getByTestId('watched-listings');
  await expect(watched.getByTestId('watched-item')).toHaveText(/LED Desk Lamp Dimmable/);
  await watched.getByTestId('watched-clear').click();
  await expect(watched).toContainText('No listings are remembered.');
  expect(await sw.watched()).toEqual([]);
});

test('with "remember viewed listings" off, only a listing marked in the popup is watched', async ({
  context,
  page,
  shop,
  serviceWorker,
  extensionId,
}) => {
  const sw = inWorker(serviceWorker);
  await sw.settings({ watchViewed: false });
  const aliUrl = `https://www.aliexpress.com/item/${ALI_CLEAN_ID}.html`;
  shop.setPage(aliUrl, aliexpressProductPage({ id: ALI_CLEAN_ID, title: 'Wooden Puzzle Board' }));
  shop.setPage(TEMU_URL, temuProductPage({ goodsId: TEMU_CLEAN_ID, title: 'LED Desk Lamp Dimmable' }));
  await page.goto(aliUrl);
  expect(await checkResult(page)).toBe('none');
  await page.goto(TEMU_URL);
  expect(await checkResult(page)).toBe('none');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${await sw.tabIdOf(TEMU_URL)}`);
  const toggle = popup.getByTestId('watch-toggle');
  await expect(toggle).toHaveText('Watch this listing');
  await toggle.click();
  await expect(toggle).toHaveText('Stop watching this listing');
  expect(await sw.watched()).toEqual([expect.objectContaining({ listingKey: `temu:${TEMU_CLEAN_ID}`, marked: true })]);

  await sw.seed([
    ...testRecords,
    laterRecord('TEST-WATCH-3', TEMU_CLEAN_ID),
    laterRecord('TEST-WATCH-4', ALI_CLEAN_ID, 'aliexpress'),
  ]);
  expect(await sw.notificationIds()).toEqual([`hazard-check:watch:temu:${TEMU_CLEAN_ID}`]);
});
