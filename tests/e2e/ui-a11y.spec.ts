import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { aliexpressProductPage, aliexpressSearchPage } from './support/pages';
import { ALI_CLEAN_ID, ALI_FLAGGED_ID } from './support/records';
import { FLAGGED_URL, openExtensionPage, openFlaggedProduct, seed, tabIdOf } from './ui-helpers';

/** Serious and critical axe findings, reduced to what a failure message needs. */
async function seriousViolations(builder: AxeBuilder) {
  const { violations } = await builder
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

test.beforeEach(async ({ serviceWorker }) => {
  await seed(serviceWorker);
});

test('the banner has no serious accessibility problems, expanded and collapsed', async ({ page, shop }) => {
  await openFlaggedProduct(page, shop);
  await page.getByText('What matched').click();
  expect(await seriousViolations(new AxeBuilder({ page }).include('hazard-check-banner'))).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('hazard-expand')).toBeVisible();
  expect(await seriousViolations(new AxeBuilder({ page }).include('hazard-check-banner'))).toEqual([]);
});

test('the banner follows a dark shop page and stays accessible there', async ({ page, shop }) => {
  shop.setPage(
    FLAGGED_URL,
    aliexpressProductPage({
      id: ALI_FLAGGED_ID,
      title: 'Girls Glitter Hairband',
      extra: '<style>html, body { background: rgb(20, 20, 22); color: #eee; }</style>',
    }),
  );
  await page.goto(FLAGGED_URL);
  await expect(page.getByTestId('hazard-banner-root')).toHaveClass(/hc-theme-dark/);
  await page.getByText('What matched').click();
  expect(await seriousViolations(new AxeBuilder({ page }).include('hazard-check-banner'))).toEqual([]);
});

test('card badges and their popover follow a dark shop page and stay accessible there', async ({ page, shop }) => {
  const url = 'https://www.aliexpress.com/w/wholesale-hair.html';
  const dark = '<style>html, body { background: rgb(18, 18, 20); color: #eee; }</style></head>';
  shop.setPage(
    url,
    aliexpressSearchPage([
      { id: ALI_FLAGGED_ID, title: 'Glitter Hairband' },
      { id: ALI_CLEAN_ID, title: 'Puzzle' },
    ]).replace('</head>', dark),
  );
  await page.goto(url);
  const badge = page.getByTestId('hazard-card-badge');
  await expect(page.locator('hazard-check-badge .hc-root')).toHaveClass(/hc-theme-dark/);
  await badge.click();
  await expect(page.getByTestId('hazard-card-popover')).toBeVisible();
  await expect(page.locator('hazard-check-popover .hc-root').first()).toHaveClass(/hc-theme-dark/);
  expect(
    await seriousViolations(new AxeBuilder({ page }).include('hazard-check-badge').include('hazard-check-popover')),
  ).toEqual([]);
});

test('card badges and their popover have no serious accessibility problems', async ({ page, shop }) => {
  const url = 'https://www.aliexpress.com/w/wholesale-hair.html';
  shop.setPage(
    url,
    aliexpressSearchPage([
      { id: ALI_FLAGGED_ID, title: 'Glitter Hairband' },
      { id: ALI_CLEAN_ID, title: 'Puzzle' },
    ]),
  );
  await page.goto(url);
  await page.getByTestId('hazard-card-badge').click();
  await expect(page.getByTestId('hazard-card-popover')).toBeVisible();
  expect(
    await seriousViolations(new AxeBuilder({ page }).include('hazard-check-badge').include('hazard-check-popover')),
  ).toEqual([]);
});

test('the report dialog has no serious accessibility problems and keeps focus inside, on the form and the preview', async ({
  page,
  shop,
}) => {
  await openFlaggedProduct(page, shop);
  await page.getByTestId('hazard-report').click();
  const dialog = page.getByTestId('report-dialog');
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(new AxeBuilder({ page }).include('hazard-check-report'))).toEqual([]);
  // Tab from the last control comes back to the first one inside the dialog.
  await dialog.getByTestId('report-close').focus();
  await page.keyboard.press('Tab');
  expect(await dialog.evaluate((el) => el.contains((el.getRootNode() as ShadowRoot).activeElement))).toBe(true);
  await dialog.getByTestId('report-preview-button').click();
  await expect(page.getByTestId('report-preview')).toBeVisible();
  expect(await seriousViolations(new AxeBuilder({ page }).include('hazard-check-report'))).toEqual([]);
});

async function auditPage(page: Page) {
  return seriousViolations(new AxeBuilder({ page }));
}

test('the popup has no serious accessibility problems, with a verdict and search results', async ({
  page,
  shop,
  context,
  extensionId,
  serviceWorker,
}) => {
  await openFlaggedProduct(page, shop);
  const popup = await openExtensionPage(
    context,
    extensionId,
    `popup.html?tabId=${await tabIdOf(serviceWorker, FLAGGED_URL)}`,
  );
  await expect(popup.getByTestId('popup-verdict')).toContainText('DEHP');
  await popup.getByLabel('Product name, brand or model').fill('water');
  await popup.getByRole('button', { name: 'Search' }).click();
  await expect(popup.getByTestId('search-results')).toBeVisible();
  expect(await auditPage(popup)).toEqual([]);
});

test('the options page has no serious accessibility problems, with the notice and the delete confirmation', async ({
  context,
  extensionId,
}) => {
  const options = await openExtensionPage(context, extensionId, 'options.html#welcome');
  await expect(options.getByTestId('notice')).toBeVisible();
  expect(await auditPage(options)).toEqual([]);
  await options.getByTestId('opt-clear').click();
  await expect(options.getByTestId('opt-clear-confirm')).toBeVisible();
  expect(await auditPage(options)).toEqual([]);
});

test('the popup and options pages follow a dark system theme and stay accessible', async ({
  page,
  shop,
  context,
  extensionId,
  serviceWorker,
}) => {
  await openFlaggedProduct(page, shop);
  const popup = await context.newPage();
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${await tabIdOf(serviceWorker, FLAGGED_URL)}`);
  await expect(popup.locator('main')).toHaveClass(/hc-theme-dark/);
  await expect(popup.getByTestId('popup-verdict')).toContainText('DEHP');
  expect(await auditPage(popup)).toEqual([]);

  const options = await context.newPage();
  await options.emulateMedia({ colorScheme: 'dark' });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('main')).toHaveClass(/hc-theme-dark/);
  expect(await auditPage(options)).toEqual([]);
});
