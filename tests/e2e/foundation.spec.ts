import { checkResult, expect, test } from './support/fixtures';
import { aliexpressProductPage, temuProductPage } from './support/pages';
import {
  ALI_CLEAN_ID,
  ALI_FLAGGED_ID,
  ALI_US_LOCAL_ID,
  TEMU_CLEAN_ID,
  TEMU_FLAGGED_ID,
  testRecords,
} from './support/records';

const banner = '[data-testid="hazard-banner"]';

test.beforeEach(async ({ serviceWorker }) => {
  await serviceWorker.evaluate((records) => (globalThis as any).hazardCheckTest.seedRecords(records), testRecords);
});

test('warns on an AliExpress product page named by a record', async ({ page, shop }) => {
  shop.setPage(
    `https://www.aliexpress.com/item/${ALI_FLAGGED_ID}.html`,
    aliexpressProductPage({
      id: ALI_FLAGGED_ID,
      title: 'Girls Glitter Hairband Princess Headband',
      store: { name: 'Kids Store', num: '1101' },
    }),
  );
  await page.goto(`https://www.aliexpress.com/item/${ALI_FLAGGED_ID}.html`);
  expect(await checkResult(page)).toBe('match');
  await expect(page.locator(banner)).toContainText('DEHP (phthalate plasticiser) 270× the legal limit');
  await expect(page.locator(banner)).toContainText('Test Safety Authority');
});

test('stays silent on a product no record names', async ({ page, shop }) => {
  shop.setPage(
    `https://ko.aliexpress.com/item/${ALI_CLEAN_ID}.html`,
    aliexpressProductPage({
      id: ALI_CLEAN_ID,
      title: 'Wooden Puzzle Board',
      store: { name: 'Wood Store', num: '1102' },
    }),
  );
  await page.goto(`https://ko.aliexpress.com/item/${ALI_CLEAN_ID}.html`);
  expect(await checkResult(page)).toBe('none');
  await expect(page.locator(banner)).toHaveCount(0);
});

test('reads the global ID on aliexpress.us, whose URL carries a local ID', async ({ page, shop }) => {
  shop.setPage(
    `https://www.aliexpress.us/item/${ALI_US_LOCAL_ID}.html`,
    aliexpressProductPage({
      id: ALI_US_LOCAL_ID,
      globalId: ALI_FLAGGED_ID,
      title: 'Girls Glitter Hairband',
    }),
  );
  await page.goto(`https://www.aliexpress.us/item/${ALI_US_LOCAL_ID}.html`);
  expect(await checkResult(page)).toBe('match');
  await expect(page.locator(banner)).toBeVisible();
});

test('warns on a Temu product page with a locale prefix', async ({ page, shop }) => {
  shop.setPage(
    `https://www.temu.com/kr/water-beads-g-${TEMU_FLAGGED_ID}.html`,
    temuProductPage({
      goodsId: TEMU_FLAGGED_ID,
      title: '50000pcs Water Beads for Kids',
      mall: { id: '634418000000001', name: 'Fun Mall' },
    }),
  );
  await page.goto(`https://www.temu.com/kr/water-beads-g-${TEMU_FLAGGED_ID}.html`);
  expect(await checkResult(page)).toBe('match');
  await expect(page.locator(banner)).toContainText('Water beads swell');
});

test('in-page navigation removes a stale banner and re-checks the new product', async ({ page, shop }) => {
  shop.setPage(
    `https://www.temu.com/water-beads-g-${TEMU_FLAGGED_ID}.html`,
    temuProductPage({
      goodsId: TEMU_FLAGGED_ID,
      title: '50000pcs Water Beads for Kids',
    }),
  );
  await page.goto(`https://www.temu.com/water-beads-g-${TEMU_FLAGGED_ID}.html`);
  expect(await checkResult(page)).toBe('match');
  await expect(page.locator(banner)).toBeVisible();

  // The shop's router: new URL, then new content, without a page load.
  await page.evaluate((id) => {
    history.pushState({}, '', `/lamp-g-${id}.html`);
    const data = { store: { goodsId: id, goods: { goodsId: id, goodsName: 'Desk Lamp LED', status: 1 } } };
    document.querySelectorAll('script').forEach((s) => s.textContent?.includes('rawData') && s.remove());
    const script = document.createElement('script');
    script.textContent = `window.rawData=${JSON.stringify(data)};document.dispatchEvent(new Event('x'));`;
    document.head.append(script);
    document.title = 'Desk Lamp LED | Temu';
    document.querySelector('meta[property="og:title"]')?.setAttribute('content', 'Desk Lamp LED | Temu');
    document.querySelector('h1')!.textContent = 'Desk Lamp LED';
  }, TEMU_CLEAN_ID);
  await expect(page.locator(banner)).toHaveCount(0);
  await page.waitForFunction(() => document.documentElement.dataset.hazardCheck === 'none');
  await expect(page.locator(banner)).toHaveCount(0);
});
