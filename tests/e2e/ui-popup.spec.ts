import { checkResult, expect, test } from './support/fixtures';
import { FLAGGED_URL, openExtensionPage, openFlaggedProduct, seed, tabIdOf, toolbarOf, uiRecords } from './ui-helpers';

test.beforeEach(async ({ serviceWorker }) => {
  await seed(serviceWorker);
});

test("shows this tab's verdict with evidence, how fresh the data is, and checks again", async ({
  page,
  shop,
  context,
  extensionId,
  serviceWorker,
}) => {
  await openFlaggedProduct(page, shop);
  const tabId = await tabIdOf(serviceWorker, FLAGGED_URL);
  const popup = await openExtensionPage(context, extensionId, `popup.html?tabId=${tabId}`);

  const verdict = popup.getByTestId('popup-verdict');
  await expect(verdict).toContainText('DEHP (phthalate plasticiser) 270× the legal limit');
  await expect(verdict).toContainText('Exact match');
  await expect(verdict).toContainText('Reported by Test Safety Authority, May 9, 2024');
  await verdict.getByText('What matched').click();
  await expect(verdict.getByTestId('hazard-evidence')).toContainText('Listing ID');

  const freshness = popup.getByTestId('popup-freshness');
  await expect(freshness).toContainText('Data as of Nov 1, 2026');
  await expect(freshness).toContainText('Curated lists of blocked listings — 3 records');

  await popup.getByTestId('popup-check-again').click();
  await expect(verdict).toContainText('Checked again.');
  await expect(verdict).toContainText('DEHP (phthalate plasticiser) 270× the legal limit');
});

test('searches the hazard database by name for a parent checking before buying', async ({ context, extensionId }) => {
  const popup = await openExtensionPage(context, extensionId, 'popup.html?tabId=999999');
  await expect(popup.getByTestId('popup-verdict')).toContainText('Open a product, search or store page');
  const search = popup.getByTestId('popup-search');
  await search.getByLabel('Product name, brand or model').fill('water beads');
  await search.getByRole('button', { name: 'Search' }).click();
  const results = popup.getByTestId('search-results');
  await expect(results).toContainText('Water beads sensory toy');
  await expect(results).toContainText('Water beads swell after swallowing');
  await expect(results).toContainText('Reported by Test Safety Authority, Aug 21, 2024');
  await expect(results.getByRole('link', { name: /Official notice/ }).first()).toHaveAttribute(
    'href',
    'https://example.org/notices/test-0002',
  );

  await search.getByLabel('Product name, brand or model').fill('zebra lamp qqq');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(popup.getByTestId('search-status')).toContainText('That does not mean the product is safe');
});

test('a page it could not read is "not checked" on the toolbar and in the popup, never "safe"', async ({
  page,
  shop,
  context,
  extensionId,
  serviceWorker,
}) => {
  const url = 'https://www.aliexpress.com/item/1005009999999999.html';
  shop.setPage(
    url,
    '<!doctype html><html><head><title>Loading</title></head><body><div id="root"></div></body></html>',
  );
  await page.goto(url);
  expect(await checkResult(page)).toBe('not-checked');
  const tabId = await tabIdOf(serviceWorker, url);
  expect(await toolbarOf(serviceWorker, tabId)).toEqual({
    text: '?',
    title: 'Not checked: this page could not be read — Hazard Check',
  });

  const popup = await openExtensionPage(context, extensionId, `popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('popup-not-checked')).toContainText('Not checked:');
  await expect(popup.getByTestId('popup-not-checked')).toContainText('"Not checked" does not mean safe.');
});

test('nothing found shows no toolbar mark and says it is no guarantee', async ({
  page,
  shop,
  context,
  extensionId,
  serviceWorker,
}) => {
  const url = 'https://www.aliexpress.com/item/1005002222222222.html';
  const { aliexpressProductPage } = await import('./support/pages');
  shop.setPage(url, aliexpressProductPage({ id: '1005002222222222', title: 'Wooden Puzzle Board' }));
  await page.goto(url);
  expect(await checkResult(page)).toBe('none');
  const tabId = await tabIdOf(serviceWorker, url);
  expect(await toolbarOf(serviceWorker, tabId)).toEqual({
    text: '',
    title: 'Nothing in the hazard database matched this page — Hazard Check',
  });
  const popup = await openExtensionPage(context, extensionId, `popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('popup-verdict')).toContainText('This is not a safety guarantee.');
});

test('warns when the hazard data is old', async ({ context, extensionId, serviceWorker }) => {
  await serviceWorker.evaluate(
    (rs) =>
      (
        globalThis as unknown as { hazardCheckTest: { seedRecords(r: unknown[], asOf: string): Promise<void> } }
      ).hazardCheckTest.seedRecords(rs, '2025-01-15'),
    uiRecords,
  );
  const popup = await openExtensionPage(context, extensionId, 'popup.html?tabId=999999');
  await expect(popup.getByTestId('popup-freshness')).toContainText('Data as of Jan 15, 2025');
  await expect(popup.getByTestId('data-stale')).toHaveText(
    'The hazard data is more than 14 days old, so recent reports may be missing.',
  );
});
