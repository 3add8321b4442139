/**
 * A Korean shopper's first run: a Korean-language browser, the extension freshly installed with only
 * its bundled dataset (the feed host unreachable, nothing seeded), on AliExpress listings named by a real
 * Consumer24 notice of the environment ministry. Pages are our own, served at those listings' URLs.
 */
import { readFileSync } from 'node:fs';
import type { HazardRecord } from '../../lib/hazards/schema';
import { checkResult, expect, launchExtension, test as base } from './support/fixtures';
import { aliexpressProductPage } from './support/pages';
import { BANNER } from './ui-helpers';

// The bundled dataset carries this notice: HS AUTO PAINT PEN, lead found, sold on AliExpress by the
// store the notice names.
const NOTICE_ID = 'kr-consumer24:RCLL_000000000605995';
const bundled = JSON.parse(readFileSync('assets/bundled/hazards.json', 'utf8')) as { records: HazardRecord[] };
const notice = bundled.records.find((r) => r.id === NOTICE_ID);
const listing = notice?.marketplaces.find((m) => m.platform === 'aliexpress' && m.listingId && m.shopName);

const test = base.extend({
  context: async ({ shop }, use) => {
    shop.reset();
    const launched = await launchExtension(shop, 'ko');
    await use(launched.context);
    await launched.close();
  },
});

test.beforeEach(({ shop }) => {
  // Offline: the feed host drops every connection, so only the bundled data can answer.
  shop.addRoute((req, url) => {
    if (url.hostname !== 'feed.test') return undefined;
    req.socket.destroy();
    return { status: 599, body: '' };
  });
});

test('the listing a Consumer24 notice names gets the Korean banner citing the ministry; the same store’s paint pen gets the seller warning', async ({
  page,
  shop,
  serviceWorker,
}) => {
  expect(notice, `${NOTICE_ID} is in the bundled dataset`).toBeDefined();
  expect(listing).toMatchObject({
    listingId: '1005008161916337',
    shopName: 'Che Zuofang Department Store, Yongding District',
  });
  expect(await serviceWorker.evaluate(() => (globalThis as any).hazardCheckTest.recordIds())).toContain(NOTICE_ID);
  const store = { name: listing!.shopName!, num: '1103594163' };

  // 1. The listing the notice names, at its Korean-site URL.
  const namedUrl = `https://ko.aliexpress.com/item/${listing!.listingId}.html`;
  shop.setPage(
    namedUrl,
    aliexpressProductPage({ id: listing!.listingId!, title: 'HS AUTO PAINT PEN 자동차 붓펜 터치업 페인트', store }),
  );
  await page.goto(namedUrl);
  expect(await checkResult(page)).toBe('match');
  const banner = page.locator(BANNER);
  await expect(banner).toHaveAttribute('data-tier', 'exact');
  await expect(banner).toContainText('기후에너지환경부 via Consumer24 보고');
  await expect(page.getByTestId('hazard-banner-root')).toHaveAttribute('lang', 'ko');
  await banner.getByText('일치한 근거').click();
  await expect(banner.getByTestId('hazard-evidence')).toContainText('상품 번호');

  // 2. Another listing of the same store, of the same kind (a paint pen): the seller warning.
  const sameStoreUrl = 'https://ko.aliexpress.com/item/1005001234567890.html';
  shop.setPage(
    sameStoreUrl,
    aliexpressProductPage({ id: '1005001234567890', title: 'Car Scratch Repair Touch Up Paint Pen Matte Grey', store }),
  );
  await page.goto(sameStoreUrl);
  expect(await checkResult(page)).toBe('match');
  await expect(banner).toHaveAttribute('data-tier', 'strong');
  await expect(banner).toContainText('기후에너지환경부 via Consumer24');
  // Every warning after the first one the user saw opens folded: the details hold the evidence.
  await banner.getByTestId('hazard-details-toggle').click();
  await banner.getByText('일치한 근거').click();
  const evidence = banner.getByTestId('hazard-evidence');
  await expect(evidence).toContainText('공지에 적힌 판매 상점이 판매');
  await expect(evidence).toContainText(store.name);

  // 3. The same store selling something unrelated: no warning.
  const otherKindUrl = 'https://ko.aliexpress.com/item/1005001234567891.html';
  shop.setPage(
    otherKindUrl,
    aliexpressProductPage({ id: '1005001234567891', title: 'Silicone Phone Case with Ring Holder', store }),
  );
  await page.goto(otherKindUrl);
  expect(await checkResult(page)).not.toBe('match');
  await expect(banner).toHaveCount(0);
});
