/**
 * One language on every surface: for each language setting, the banner, the report dialog, the toolbar
 * tooltip, the popup and the options page all speak the same language. "auto" follows the browser's
 * interface language (English here), even on a page that declares itself Korean.
 */
import { checkResult, expect, test } from './support/fixtures';
import { aliexpressProductPage } from './support/pages';
import { ALI_FLAGGED_ID } from './support/records';
import { BANNER, FLAGGED_URL, openExtensionPage, seed, tabIdOf, toolbarOf } from './ui-helpers';

const HANGUL = /[\uac00-\ud7a3]/;

for (const [setting, expected] of [
  ['auto', 'en'],
  ['ko', 'ko'],
  ['en', 'en'],
] as const) {
  test(`language "${setting}": every surface speaks ${expected}`, async ({
    page,
    shop,
    context,
    extensionId,
    serviceWorker,
  }) => {
    test.setTimeout(120_000); // five surfaces, one after another
    await seed(serviceWorker);
    const options = await openExtensionPage(context, extensionId, 'options.html');
    await options.getByTestId(`opt-lang-${setting}`).check();
    await expect(options.locator('main')).toHaveAttribute('lang', expected);
    await expect(options.getByTestId('opt-lang-rule')).toBeVisible();

    // A Korean-language shop page: its language must not decide ours.
    const koreanPage = aliexpressProductPage({ id: ALI_FLAGGED_ID, title: 'Girls Glitter Hairband' }).replace(
      '<html',
      '<html lang="ko"',
    );
    shop.setPage(FLAGGED_URL, koreanPage);
    await page.bringToFront();
    await page.goto(FLAGGED_URL);
    expect(await checkResult(page)).toBe('match');
    const banner = page.locator(BANNER);
    await expect(page.getByTestId('hazard-banner-root')).toHaveAttribute('lang', expected);
    const title = await banner.getByTestId('hazard-title').textContent();
    const dismiss = await banner.getByTestId('hazard-dismiss').textContent();
    expect(HANGUL.test(dismiss!), dismiss!).toBe(expected === 'ko');
    expect(HANGUL.test(title!), title!).toBe(expected === 'ko');

    await banner.getByTestId('hazard-report').click();
    const dialog = page.getByTestId('report-dialog');
    await expect(dialog).toBeVisible();
    expect(HANGUL.test((await dialog.locator('h2').first().textContent())!)).toBe(expected === 'ko');

    const tabId = await tabIdOf(serviceWorker, FLAGGED_URL);
    const tooltip = (await toolbarOf(serviceWorker, tabId)).title;
    expect(HANGUL.test(tooltip), tooltip).toBe(expected === 'ko');

    const popup = await openExtensionPage(context, extensionId, `popup.html?tabId=${tabId}`);
    await expect(popup.locator('main')).toHaveAttribute('lang', expected);
    await expect(popup.getByTestId('popup-verdict')).toBeVisible();
    const verdictText = (await popup.getByTestId('popup-verdict').textContent())!;
    expect(HANGUL.test(verdictText), verdictText).toBe(expected === 'ko');
  });
}
