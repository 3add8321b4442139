import { checkResult, expect, test } from './support/fixtures';
import { aliexpressSearchPage } from './support/pages';
import { ALI_CLEAN_ID, ALI_FLAGGED_ID } from './support/records';
import { addLocalRule, LAZY_FLAGGED_ID, seed, tabIdOf, toolbarOf } from './ui-helpers';

const SEARCH_URL = 'https://www.aliexpress.com/w/wholesale-kids-toys.html';
const badgeFor = (id: string) => `a[href*="${id}"] > hazard-check-badge`;

test.beforeEach(async ({ serviceWorker, shop }) => {
  await seed(serviceWorker);
  shop.setPage(
    SEARCH_URL,
    aliexpressSearchPage(
      [
        { id: ALI_FLAGGED_ID, title: 'Girls Glitter Hairband Princess Headband' },
        { id: ALI_CLEAN_ID, title: 'Wooden Puzzle Board' },
      ],
      {
        lazy: [
          { id: LAZY_FLAGGED_ID, title: 'Magnetic Building Balls 216pcs' },
          { id: '1005006666666666', title: 'Crayons 24 colours' },
        ],
      },
    ),
  );
});

test('badges flagged cards only, including cards loaded while scrolling, once each', async ({
  page,
  serviceWorker,
}) => {
  await page.goto(SEARCH_URL);
  expect(await checkResult(page)).toBe('match');
  await expect(page.locator(badgeFor(ALI_FLAGGED_ID))).toHaveCount(1);
  await expect(page.locator(`a[href*="${ALI_FLAGGED_ID}"]`)).toHaveAttribute('data-hazard-badge', 'exact');
  await expect(page.locator(`a[href*="${ALI_CLEAN_ID}"]`)).not.toHaveAttribute('data-hazard-badge', /.*/);
  await expect(page.locator('hazard-check-badge')).toHaveCount(1);

  // The shop appends the next batch when the user scrolls.
  await page.mouse.wheel(0, 1500);
  await page.waitForFunction(() => Number(document.documentElement.dataset.hazardCards) >= 4);
  await expect(page.locator(badgeFor(LAZY_FLAGGED_ID))).toHaveCount(1);
  await expect(page.locator('hazard-check-badge')).toHaveCount(2);
  await expect(page.locator('a[href*="1005006666666666"]')).not.toHaveAttribute('data-hazard-badge', /.*/);
  await expect(page.getByTestId('hazard-card-badge').first()).toHaveText(/Hazard report/);

  const toolbar = await toolbarOf(serviceWorker, await tabIdOf(serviceWorker, SEARCH_URL));
  expect(toolbar.text).toBe('2');
});

test('puts the badge back when the shop re-renders a card, without doubling it', async ({ page }) => {
  await page.goto(SEARCH_URL);
  await expect(page.locator(badgeFor(ALI_FLAGGED_ID))).toHaveCount(1);
  await page.evaluate((id) => {
    // A framework re-render: the same card, new elements (our badge is gone with the old ones).
    const wrapper = document.querySelector(`a[href*="${id}"]`)!.parentElement!;
    const fresh = wrapper.cloneNode(true) as HTMLElement;
    fresh.querySelectorAll('hazard-check-badge').forEach((b) => b.remove());
    fresh.querySelector('a')!.removeAttribute('data-hazard-badge');
    wrapper.replaceWith(fresh);
  }, ALI_FLAGGED_ID);
  await expect(page.locator(badgeFor(ALI_FLAGGED_ID))).toHaveCount(1);
  await expect(page.locator('hazard-check-badge')).toHaveCount(1);
});

test('clicking a badge shows the evidence in a popover without following the card link', async ({ page }) => {
  await page.goto(SEARCH_URL);
  const badge = page.locator(badgeFor(ALI_FLAGGED_ID)).getByTestId('hazard-card-badge');
  await expect(badge).toHaveAccessibleName(
    /^Hazard report — Hazard Check: Exact match\. Show why this item is flagged$/,
  );
  await badge.click();
  const popover = page.getByTestId('hazard-card-popover');
  await expect(popover).toBeVisible();
  expect(page.url()).toBe(SEARCH_URL);
  await expect(popover).toContainText('DEHP (phthalate plasticiser) 270× the legal limit');
  await expect(popover).toContainText('Reported by Test Safety Authority, May 9, 2024');
  await popover.getByText('What matched').click();
  await expect(popover.getByTestId('hazard-evidence')).toContainText('Listing ID');
  await expect(badge).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(badge).toBeFocused();
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
});

test('a card the user reported shows a distinct "your report" badge, apart from authority data', async ({
  page,
  serviceWorker,
}) => {
  await addLocalRule(serviceWorker, `aliexpress:${ALI_CLEAN_ID}`, 'Pieces break off easily');
  await page.goto(SEARCH_URL);
  expect(await checkResult(page)).toBe('match');
  const own = page.locator(badgeFor(ALI_CLEAN_ID)).getByTestId('hazard-card-badge');
  await expect(own).toHaveAttribute('data-tier', 'own');
  await expect(own).toContainText('Your report');
  await expect(page.locator(badgeFor(ALI_FLAGGED_ID)).getByTestId('hazard-card-badge')).toHaveAttribute(
    'data-tier',
    'exact',
  );
  await own.click();
  const popover = page.getByTestId('hazard-card-popover');
  await expect(popover.getByTestId('hazard-own-report')).toContainText('Your note: Pieces break off easily');
  await expect(popover.getByTestId('hazard-headline')).toHaveCount(0);
});
