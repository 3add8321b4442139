import { checkResult, expect, test } from './support/fixtures';
import { aliexpressSearchPage, temuProductPage } from './support/pages';
import { ALI_CLEAN_ID, ALI_FLAGGED_ID, TEMU_CLEAN_ID, TEMU_FLAGGED_ID, testRecords } from './support/records';

const banner = '[data-testid="hazard-banner"]';

test.beforeEach(async ({ serviceWorker }) => {
  await serviceWorker.evaluate((records) => (globalThis as any).hazardCheckTest.seedRecords(records), testRecords);
});

test('Temu in-app navigation: the new goods arrive by fetch while the inline rawData stays stale', async ({
  page,
  shop,
}) => {
  shop.setPage(
    `https://www.temu.com/lamp-g-${TEMU_CLEAN_ID}.html`,
    temuProductPage({
      goodsId: TEMU_CLEAN_ID,
      title: 'Desk Lamp LED',
    }),
  );
  shop.setPage('https://www.temu.com/api/poppy/v1/goods_detail', {
    contentType: 'application/json',
    body: JSON.stringify({
      success: true,
      result: { goods: { goodsId: TEMU_FLAGGED_ID, goodsName: '50000pcs Water Beads for Kids', status: 1 } },
    }),
  });
  await page.goto(`https://www.temu.com/lamp-g-${TEMU_CLEAN_ID}.html`);
  expect(await checkResult(page)).toBe('none');

  // The shop's router: new URL, then the goods from its API; the server-rendered rawData is not updated.
  await page.evaluate(async (id) => {
    history.pushState({}, '', `/water-beads-g-${id}.html`);
    const response = await fetch(`/api/poppy/v1/goods_detail?goods_id=${id}`);
    const { result } = await response.json();
    document.querySelector('h1')!.textContent = result.goods.goodsName;
  }, TEMU_FLAGGED_ID);

  await page.waitForFunction(() => document.documentElement.dataset.hazardCheck === 'match');
  await expect(page.locator(banner)).toContainText('Water beads swell');
});

test('a search page checks the cards that load while scrolling', async ({ page, shop }) => {
  shop.setPage(
    'https://www.aliexpress.com/w/wholesale-hairband.html',
    aliexpressSearchPage([{ id: ALI_CLEAN_ID, title: 'Wooden Puzzle Board' }], {
      lazy: [{ id: ALI_FLAGGED_ID, title: 'Girls Glitter Hairband Princess Headband' }],
    }),
  );
  await page.goto('https://www.aliexpress.com/w/wholesale-hairband.html');
  expect(await checkResult(page)).toBe('none');
  expect(await page.evaluate(() => document.documentElement.dataset.hazardCards)).toBe('1');

  await page.mouse.wheel(0, 1500);
  await page.waitForFunction(() => document.documentElement.dataset.hazardCards === '2');
  await page.waitForFunction(() => document.documentElement.dataset.hazardCheck === 'match');
  await expect(page.locator('[data-hazard-badge]')).toHaveCount(1);
});
