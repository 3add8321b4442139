import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { checkResult, expect, test } from './support/fixtures';
import { aliexpressProductPage } from './support/pages';
import { BANNER, FLAGGED_URL, openExtensionPage, openFlaggedProduct, seed, tabIdOf, toolbarOf } from './ui-helpers';

const SIMILAR_ID = '1005007777777777';
const SIMILAR_URL = `https://www.aliexpress.com/item/${SIMILAR_ID}.html`;

test.beforeEach(async ({ serviceWorker }) => {
  await seed(serviceWorker);
});

async function options(context: Parameters<typeof openExtensionPage>[0], extensionId: string): Promise<Page> {
  const page = await openExtensionPage(context, extensionId, 'options.html');
  await expect(page.locator('h1')).toBeVisible();
  return page;
}

test('shows the one-time notice until acknowledged, then keeps it for later', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'options.html#welcome');
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Before you start: warnings can be wrong');
  await expect(notice).toContainText('No warning does not mean a product is safe');
  await expect(page.locator('#hc-notice-title')).toBeFocused();
  await notice.getByRole('button', { name: 'I understand' }).click();
  await expect(page.getByTestId('options-saved')).toHaveText('Saved.');
  await page.reload();
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await expect(page.getByTestId('notice-read-again')).toContainText('Before you start');
});

test('turning on the similar tier shows a small soft note where there was silence', async ({
  page,
  shop,
  context,
  extensionId,
}) => {
  shop.setPage(
    SIMILAR_URL,
    aliexpressProductPage({ id: SIMILAR_ID, title: 'Girls Glitter Hairband Princess Headband' }),
  );
  await page.goto(SIMILAR_URL);
  expect(await checkResult(page)).toBe('none');
  await expect(page.locator(BANNER)).toHaveCount(0);

  const settings = await options(context, extensionId);
  await settings.getByTestId('opt-show-similar').check();
  await expect(settings.getByTestId('options-saved')).toHaveText('Saved.');

  await page.reload();
  expect(await checkResult(page)).toBe('similar');
  const note = page.locator(BANNER);
  await expect(note).toHaveAttribute('data-tier', 'similar');
  await expect(note).toContainText('Similar products were flagged');
  await expect(note).toContainText('This listing itself is not named in a record.');
  await expect(page.locator('[role="status"]')).toContainText('Similar products were flagged');
  const width = (await note.boundingBox())!.width;
  expect(width).toBeLessThanOrEqual(300);
});

test('the language override shows the banner and the toolbar tooltip in Korean', async ({
  page,
  shop,
  context,
  extensionId,
  serviceWorker,
}) => {
  const settings = await options(context, extensionId);
  await settings.getByTestId('opt-lang-ko').check();
  await expect(settings.locator('h1')).toHaveText('Hazard Check 설정');

  expect(await openFlaggedProduct(page, shop)).toBe('match');
  const banner = page.locator(BANNER);
  await expect(banner).toContainText('위해 제품으로 보고됨');
  await expect(banner).toContainText('DEHP(프탈레이트 가소제) 기준치의 270배');
  await expect(banner).toContainText('Test Safety Authority 보고, 2024. 5. 9.');
  await expect(banner.getByTestId('hazard-dismiss')).toHaveText('이 상품에서 숨기기');
  expect((await toolbarOf(serviceWorker, await tabIdOf(serviceWorker, FLAGGED_URL))).title).toBe(
    '이 페이지에서 1건 경고 — Hazard Check',
  );
});

test('switching a source off silences its records', async ({ page, shop, context, extensionId }) => {
  const settings = await options(context, extensionId);
  await settings.locator('[data-source="curated"]').uncheck();
  await expect(settings.getByTestId('options-saved')).toHaveText('Saved.');
  expect(await openFlaggedProduct(page, shop)).toBe('none');
  await expect(page.locator(BANNER)).toHaveCount(0);
});

test('exports local data as JSON, and deletes it only after confirmation', async ({
  page,
  shop,
  context,
  extensionId,
}) => {
  await openFlaggedProduct(page, shop);
  await page.getByTestId('hazard-dismiss').click();
  await page.waitForFunction(() => document.documentElement.dataset.hazardCheck === 'dismissed');

  const settings = await options(context, extensionId);
  const [download] = await Promise.all([settings.waitForEvent('download'), settings.getByTestId('opt-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^hazard-check-data-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported.format).toBe('hazard-check-local-data');
  expect(exported.settings.language).toBe('auto');
  expect(exported.dismissals).toEqual([
    expect.objectContaining({ listingKey: 'aliexpress:1005001111111111', kind: 'dismissed' }),
  ]);
  expect(Array.isArray(exported.reports) && Array.isArray(exported.localRules) && Array.isArray(exported.watched)).toBe(
    true,
  );

  await settings.getByTestId('opt-clear').click();
  const confirm = settings.getByTestId('opt-clear-confirm');
  await expect(confirm).toContainText('The hazard database stays');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByTestId('opt-clear-yes').click();
  await expect(settings.getByTestId('data-result')).toHaveText('Your data was deleted.');

  // The dismissal is gone, and the hazard database still warns.
  await page.goto(FLAGGED_URL);
  expect(await checkResult(page)).toBe('match');
  await expect(page.locator(BANNER)).toBeVisible();
});

test('"update now" reports its result in words', async ({ context, extensionId }) => {
  const settings = await options(context, extensionId);
  await expect(settings.getByTestId('options-sync')).toContainText('Data as of Nov 1, 2026');
  await settings.getByTestId('opt-sync-interval').selectOption('24');
  await expect(settings.getByTestId('options-saved')).toHaveText('Saved.');
  await settings.getByTestId('opt-sync-now').click();
  await expect(settings.getByTestId('sync-result')).toHaveText(
    /^(Done\. Data as of .+|The update failed: .+ The current data stays in use\.)$/,
  );
});
