import { checkResult, expect, test } from './support/fixtures';
import { aliexpressProductPage, temuProductPage } from './support/pages';
import { ALI_FLAGGED_ID, TEMU_FLAGGED_ID } from './support/records';
import {
  addLocalRule,
  BANNER,
  FLAGGED_URL,
  boxOf,
  expectNoOverlap,
  hairbandRevised,
  magnetsRecord,
  openExtensionPage,
  openFlaggedProduct,
  seed,
  tabIdOf,
  testRecordsWith,
  textBoxOf,
  toolbarOf,
} from './ui-helpers';

test.beforeEach(async ({ serviceWorker }) => {
  await seed(serviceWorker);
});

test('leads with the hazard, attributes it, explains the match, and counts it on the toolbar', async ({
  page,
  shop,
  serviceWorker,
}) => {
  expect(await openFlaggedProduct(page, shop)).toBe('match');
  const banner = page.locator(BANNER);
  await expect(banner).toHaveAttribute('data-tier', 'exact');
  await expect(banner.getByTestId('hazard-headline')).toHaveText(
    "DEHP (phthalate plasticiser) 270× the legal limit — Product as recorded: Children's glitter hairband · children's product",
  );
  await expect(banner).toContainText('Reported by Test Safety Authority, May 9, 2024');
  await expect(banner).toContainText('Where: South Korea');
  await expect(banner).toContainText('Action taken: Listing blocked by the platform');
  await expect(banner.getByRole('link', { name: /Official notice from Test Safety Authority/ })).toHaveAttribute(
    'href',
    'https://example.org/notices/test-0001',
  );
  await banner.getByText('What matched').click();
  await expect(banner.getByTestId('hazard-evidence')).toContainText('Listing ID');
  await expect(page.locator('[role="alert"]')).toContainText('Reported as hazardous');

  const toolbar = await toolbarOf(serviceWorker, await tabIdOf(serviceWorker, FLAGGED_URL));
  expect(toolbar).toEqual({ text: '1', title: '1 flagged on this page — Hazard Check' });
});

test('never covers the price or the buy button (AliExpress and Temu)', async ({ page, shop }) => {
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 720 });
    await openFlaggedProduct(page, shop);
    const banner = await boxOf(page.locator(BANNER));
    await expectNoOverlap(banner, [
      await boxOf(page.locator('[data-testid="buy-now"]')),
      await textBoxOf(page, '.price-default--current--F8OlYIo'),
      await textBoxOf(page, 'h1'),
    ]);
  }
  const temuUrl = `https://www.temu.com/water-beads-g-${TEMU_FLAGGED_ID}.html`;
  shop.setPage(temuUrl, temuProductPage({ goodsId: TEMU_FLAGGED_ID, title: '50000pcs Water Beads for Kids' }));
  await page.goto(temuUrl);
  expect(await checkResult(page)).toBe('match');
  await expectNoOverlap(await boxOf(page.locator(BANNER)), [
    await textBoxOf(page, '._2rn4tqXP'),
    await textBoxOf(page, 'h1'),
  ]);
});

test('moves out of the way when the shop keeps its price and buy button at the top right', async ({ page, shop }) => {
  // Like a sticky buy box in the right column of a wide product page.
  const sticky = `<style>
    .price-default--current--F8OlYIo { position: fixed; top: 40px; right: 60px; }
    .buy-now { position: fixed; top: 90px; right: 40px; width: 260px; }
  </style>`;
  shop.setPage(
    FLAGGED_URL,
    aliexpressProductPage({ id: ALI_FLAGGED_ID, title: 'Girls Glitter Hairband', extra: sticky }),
  );
  await page.goto(FLAGGED_URL);
  expect(await checkResult(page)).toBe('match');
  await expect(page.getByTestId('hazard-banner-root')).not.toHaveAttribute('data-corner', 'top-right');
  await expectNoOverlap(await boxOf(page.getByTestId('hazard-banner-root')), [
    await boxOf(page.locator('[data-testid="buy-now"]')),
    await textBoxOf(page, '.price-default--current--F8OlYIo'),
  ]);
  await expect(page.locator(BANNER)).toBeVisible();
});

test('is reachable by keyboard and Escape collapses it', async ({ page, shop }) => {
  await openFlaggedProduct(page, shop);
  // The banner's shadow root has a <body> of its own: focus the page's.
  await page.locator('body').first().focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('hazard-collapse')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(page.locator(BANNER)).toHaveCount(0);
  const expand = page.getByTestId('hazard-expand');
  await expect(expand).toBeFocused();
  await expect(expand).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(page.locator(BANNER)).toBeVisible();
});

test('"dismiss for this listing" persists across reloads and record updates, and clears the toolbar count', async ({
  page,
  shop,
  serviceWorker,
}) => {
  await openFlaggedProduct(page, shop);
  await page.getByTestId('hazard-dismiss').click();
  await expect(page.locator(BANNER)).toHaveCount(0);
  await page.waitForFunction(() => document.documentElement.dataset.hazardCheck === 'dismissed');
  const tabId = await tabIdOf(serviceWorker, FLAGGED_URL);
  expect((await toolbarOf(serviceWorker, tabId)).text).toBe('');

  await page.reload();
  expect(await checkResult(page)).toBe('dismissed');
  await expect(page.locator(BANNER)).toHaveCount(0);

  // Unlike a snooze, an updated notice does not bring it back: the user hid it on this listing.
  await seed(serviceWorker, testRecordsWith(hairbandRevised));
  await page.reload();
  expect(await checkResult(page)).toBe('dismissed');
  await expect(page.locator(BANNER)).toHaveCount(0);
});

test('"snooze" stays quiet until the matched records change, then warns again', async ({
  page,
  shop,
  serviceWorker,
}) => {
  await openFlaggedProduct(page, shop);
  await page.getByTestId('hazard-snooze').click();
  await page.waitForFunction(() => document.documentElement.dataset.hazardCheck === 'dismissed');
  await page.reload();
  expect(await checkResult(page)).toBe('dismissed');

  // The authority updates its notice: a new record set, so the warning is back.
  await seed(serviceWorker, testRecordsWith(hairbandRevised));
  await page.reload();
  expect(await checkResult(page)).toBe('match');
  await expect(page.locator(BANNER)).toBeVisible();
});

test('"not this product" hides the warning, thanks, offers a report, and is remembered', async ({
  page,
  shop,
  context,
  extensionId,
  serviceWorker,
}) => {
  await openFlaggedProduct(page, shop);
  await page.getByTestId('hazard-not-this-product').click();
  const thanks = page.getByTestId('hazard-thanks');
  await expect(thanks).toContainText('Thanks — hidden for this listing');
  await expect(thanks.getByTestId('hazard-report-wrong-match')).toBeVisible();
  await thanks.getByTestId('hazard-thanks-close').click();
  await expect(thanks).toHaveCount(0);

  await page.reload();
  expect(await checkResult(page)).toBe('dismissed');
  const popup = await openExtensionPage(
    context,
    extensionId,
    `popup.html?tabId=${await tabIdOf(serviceWorker, FLAGGED_URL)}`,
  );
  await expect(popup.getByTestId('popup-verdict')).toContainText('You hid the warning on this listing.');
});

test("shows the user's own report apart from authority data", async ({ page, shop, serviceWorker }) => {
  await addLocalRule(serviceWorker, `aliexpress:${ALI_FLAGGED_ID}`, 'Paint flakes off');
  await openFlaggedProduct(page, shop);
  const own = page.getByTestId('hazard-own-report');
  await expect(own).toContainText('You reported this listing on Nov 2, 2026');
  await expect(own).toContainText('Your note: Paint flakes off');
  expect(await own.evaluate((el) => !!el.closest('[data-testid="hazard-banner"]'))).toBe(false);
  // Hiding the authority warning leaves the user's own report in place.
  await page.getByTestId('hazard-dismiss').click();
  await expect(page.locator(BANNER)).toHaveCount(0);
  await expect(own).toBeVisible();
});

test('shows the top report and "N more reports" when several records name the listing', async ({
  page,
  shop,
  serviceWorker,
}) => {
  const second = {
    ...magnetsRecord,
    id: 'curated:TEST-UI-0004',
    ref: 'TEST-UI-0004',
    marketplaces: [{ platform: 'aliexpress' as const, listingId: ALI_FLAGGED_ID }],
  };
  await seed(serviceWorker, testRecordsWith(second));
  shop.setPage(FLAGGED_URL, aliexpressProductPage({ id: ALI_FLAGGED_ID, title: 'Girls Glitter Hairband' }));
  await page.goto(FLAGGED_URL);
  expect(await checkResult(page)).toBe('match');
  const more = page.getByTestId('hazard-more-reports');
  await expect(more).toHaveText('1 more report');
  await more.click();
  await expect(page.locator(`${BANNER} .hc-match`)).toHaveCount(2);
  await expect(page.locator(BANNER)).toContainText('Small powerful magnets');
});

test('opens folded after the first view, within about 360×200, below the shop header bar; details unfold in place', async ({
  page,
  shop,
}) => {
  const header = `<style>.site-header { position: fixed; top: 0; left: 0; right: 0; height: 64px; background: #222; }</style>
    <div class="site-header">Shop header</div>`;
  shop.setPage(
    FLAGGED_URL,
    aliexpressProductPage({ id: ALI_FLAGGED_ID, title: 'Girls Glitter Hairband', extra: header }),
  );
  await page.goto(FLAGGED_URL);
  expect(await checkResult(page)).toBe('match');
  const banner = page.locator(BANNER);
  await expect(banner.getByTestId('hazard-headline')).toBeVisible(); // the first warning shows everything

  await page.reload();
  expect(await checkResult(page)).toBe('match');
  await expect(banner.getByTestId('hazard-title')).toHaveText('DEHP (phthalate plasticiser) 270× the legal limit');
  await expect(banner.getByTestId('hazard-source')).toContainText('Reported by Test Safety Authority');
  await expect(banner.getByTestId('hazard-headline')).toHaveCount(0);
  const folded = await boxOf(banner);
  expect(folded.width).toBeLessThanOrEqual(362);
  expect(folded.height).toBeLessThanOrEqual(210);
  await expectNoOverlap(folded, [await boxOf(page.locator('.site-header'))]);
  console.log(`folded banner: ${Math.round(folded.width)}×${Math.round(folded.height)} px`);

  await banner.getByTestId('hazard-details-toggle').click();
  await expect(banner.getByTestId('hazard-headline')).toBeVisible();
  await expect(banner.getByTestId('hazard-evidence')).toBeVisible();
});
