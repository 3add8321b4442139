/**
 * Helpers shared by the UI browser tests (ui-*.spec.ts): seeding, toolbar state, settings, geometry.
 * Records here are our own illustrative test data, not real notices.
 */
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import type { HazardRecordInput } from '../../lib/hazards/schema';
import { checkResult, expect } from './support/fixtures';
import { aliexpressProductPage } from './support/pages';
import { ALI_FLAGGED_ID, hairbandRecord, testRecords } from './support/records';

export const BANNER = '[data-testid="hazard-banner"]';
export const FLAGGED_URL = `https://www.aliexpress.com/item/${ALI_FLAGGED_ID}.html`;
export const LAZY_FLAGGED_ID = '1005005555555555';

/** A second flagged AliExpress listing, for cards that arrive while scrolling. */
export const magnetsRecord: HazardRecordInput = {
  id: 'curated:TEST-UI-0003',
  source: 'curated',
  sourceKind: 'curated',
  ref: 'TEST-UI-0003',
  url: 'https://example.org/notices/test-ui-0003',
  authority: 'Test Consumer Agency',
  jurisdiction: 'EU',
  publishedAt: '2025-02-14',
  actions: ['recall'],
  riskTypes: ['INJURIES'],
  hazardText: [{ lang: 'en', text: 'Small powerful magnets can be swallowed and damage the intestine' }],
  product: { names: [{ lang: 'en', text: 'Magnetic building balls' }], category: 'toys', forChildren: true },
  marketplaces: [{ platform: 'aliexpress', listingId: LAZY_FLAGGED_ID }],
};

export const uiRecords = [...testRecords, magnetsRecord];

export async function seed(serviceWorker: Worker, records: HazardRecordInput[] = uiRecords) {
  await serviceWorker.evaluate(
    (rs) =>
      (
        globalThis as unknown as { hazardCheckTest: { seedRecords(r: unknown[]): Promise<void> } }
      ).hazardCheckTest.seedRecords(rs),
    records,
  );
}

/** The hairband record as a later revision of the same notice: a changed record set re-alerts. */
export const hairbandRevised: HazardRecordInput = { ...hairbandRecord, updatedAt: '2024-07-01' };

export async function openFlaggedProduct(page: Page, shop: { setPage(url: string, body: string): void }) {
  shop.setPage(
    FLAGGED_URL,
    aliexpressProductPage({
      id: ALI_FLAGGED_ID,
      title: 'Girls Glitter Hairband Princess Headband',
      store: { name: 'Kids Store', num: '1101' },
    }),
  );
  await page.goto(FLAGGED_URL);
  return checkResult(page);
}

/** The few extension APIs the tests read inside the service worker. */
interface WorkerChrome {
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
}

export async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (u) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    return (await chrome.tabs.query({})).find((t) => t.url === u)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

export async function toolbarOf(serviceWorker: Worker, tabId: number) {
  return serviceWorker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    return {
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    };
  }, tabId);
}

export async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return box;
}

/** The box of an element's text itself (a block-level price row is as wide as the page). */
export async function textBoxOf(page: Page, selector: string): Promise<Box> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`missing ${sel}`);
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, selector);
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export async function expectNoOverlap(banner: Box, others: Box[]) {
  for (const other of others) expect(overlaps(banner, other), JSON.stringify({ banner, other })).toBe(false);
}

/** The standard UI records with one of them replaced or one added (matched by id). */
export function testRecordsWith(record: HazardRecordInput): HazardRecordInput[] {
  return [...uiRecords.filter((r) => r.id !== record.id), record];
}

/** The user's own "missed hazard" rule for a listing, as the report flow stores it (IndexedDB, user table). */
export async function addLocalRule(serviceWorker: Worker, listingKey: string, note: string) {
  await serviceWorker.evaluate(
    async ({ key, text }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('hazard-check');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('localRules', 'readwrite');
        tx.objectStore('localRules').put({
          id: `rule-${key}`,
          listingKey: key,
          reportId: `report-${key}`,
          createdAt: Date.UTC(2026, 10, 2),
          note: text,
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { key: listingKey, text: note },
  );
}
