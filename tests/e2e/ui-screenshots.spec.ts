/**
 * Screenshots for the README, in English and Korean: the banner expanded (first view) and folded (every
 * later view), a search page with card badges, and the popup. Every run checks that these render in the
 * language asked for and saves the images with the test results; with HC_WRITE_SCREENSHOTS=1 they also
 * replace docs/screenshots/*.png (commit them after looking at them).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HazardRecordInput } from '../../lib/hazards/schema';
import { checkResult, expect, test } from './support/fixtures';
import { aliexpressProductPage } from './support/pages';
import type { Page } from '@playwright/test';
import { aliexpressSearchPage } from './support/pages';
import { ALI_CLEAN_ID, ALI_FLAGGED_ID, hairbandRecord } from './support/records';
import { BANNER, FLAGGED_URL, openExtensionPage, seed, tabIdOf, testRecordsWith } from './ui-helpers';

/** The test hairband record with Korean texts too, as a Korean source would publish it. */
const bilingualHairband: HazardRecordInput = {
  ...hairbandRecord,
  hazardText: [
    ...(hairbandRecord.hazardText ?? []),
    { lang: 'ko', text: '프탈레이트 가소제(DEHP)가 기준치의 270배 검출' },
  ],
  product: {
    ...hairbandRecord.product,
    names: [
      { lang: 'en', text: "Children's glitter hairband" },
      { lang: 'ko', text: '어린이용 반짝이 머리띠' },
    ],
  },
};

/** A plain shop-like page around the real product markup, so the picture shows where the banner sits. */
const shopLook = `<style>
  body { margin: 0; font: 15px/1.4 Arial, sans-serif; color: #191919; background: #f5f5f5; }
  #root::before { content: 'AliExpress'; display: block; background: #fff; padding: 14px 24px; font: 700 22px Arial; color: #e62e04; border-bottom: 1px solid #e5e5e5; }
  .pdp-info { display: grid; grid-template-columns: 360px 380px; gap: 8px 28px; padding: 24px; align-content: start; }
  .pdp-info::before { content: ''; grid-row: 1 / span 6; width: 360px; height: 360px; border-radius: 8px; background: linear-gradient(135deg, #f9c5d5, #c9b6f2); }
  .pdp-info h1 { font-size: 20px; margin: 0; }
  .price-default--current--F8OlYIo { font: 700 28px Arial; color: #e62e04; }
  .buy-now { justify-self: start; background: #e62e04; color: #fff; border: 0; border-radius: 20px; padding: 10px 36px; font: 700 15px Arial; }
</style>`;

const searchLook = `<style>
  body { margin: 0; padding: 24px; font: 15px/1.4 Arial, sans-serif; background: #f5f5f5; }
  body > div, .search-item-card-wrapper-gallery { display: inline-block; vertical-align: top; }
  .search-item-card-wrapper-gallery { width: 220px; margin: 0 16px 16px 0; background: #fff; border-radius: 8px; padding: 10px; }
  .search-card-item { position: relative; display: block; color: #191919; text-decoration: none; }
  .search-card-item img { display: block; width: 200px; height: 200px; border-radius: 6px; background: linear-gradient(135deg, #f9c5d5, #c9b6f2); }
  .search-card-item h3 { font-size: 14px; font-weight: 400; }
</style>`;

async function shoot(page: Page, file: string, outputPath: (name: string) => string) {
  const target = process.env.HC_WRITE_SCREENSHOTS === '1' ? resolve('docs/screenshots', file) : outputPath(file);
  mkdirSync(resolve(target, '..'), { recursive: true });
  await page.screenshot({ path: target });
}

for (const lang of ['en', 'ko'] as const) {
  test(`README screenshots (${lang})`, async ({ page, shop, context, extensionId, serviceWorker }, testInfo) => {
    test.setTimeout(150_000);
    await seed(serviceWorker, testRecordsWith(bilingualHairband));
    if (lang === 'ko') {
      const options = await openExtensionPage(context, extensionId, 'options.html');
      await options.getByTestId('opt-lang-ko').check();
      await expect(options.locator('h1')).toHaveText('Hazard Check 설정');
      await options.close();
    }
    await page.setViewportSize({ width: 1200, height: 760 });
    shop.setPage(
      FLAGGED_URL,
      aliexpressProductPage({
        id: ALI_FLAGGED_ID,
        title: 'Girls Glitter Hairband Princess Headband',
        store: { name: 'Kids Store', num: '1101' },
        extra: shopLook,
      }),
    );
    await page.goto(FLAGGED_URL);
    expect(await checkResult(page)).toBe('match');
    const banner = page.locator(BANNER);
    await expect(banner).toContainText(
      lang === 'ko' ? 'DEHP(프탈레이트 가소제) 기준치의 270배' : 'DEHP (phthalate plasticiser) 270× the legal limit',
    );
    await banner.locator('summary').first().click();
    await expect(banner.getByTestId('hazard-evidence')).toBeVisible();

    await shoot(page, `banner-${lang}-expanded.png`, testInfo.outputPath.bind(testInfo));

    await page.reload(); // every later warning opens folded
    expect(await checkResult(page)).toBe('match');
    await expect(banner.getByTestId('hazard-details-toggle')).toHaveAttribute('aria-expanded', 'false');
    await shoot(page, `banner-${lang}.png`, testInfo.outputPath.bind(testInfo));

    const searchUrl = 'https://www.aliexpress.com/w/wholesale-hairband.html';
    shop.setPage(
      searchUrl,
      aliexpressSearchPage([
        { id: ALI_CLEAN_ID, title: 'Wooden Puzzle Board' },
        { id: ALI_FLAGGED_ID, title: 'Girls Glitter Hairband Princess Headband' },
      ]).replace('</head>', `${searchLook}</head>`),
    );
    await page.goto(searchUrl);
    expect(await checkResult(page)).toBe('match');
    await page.getByTestId('hazard-card-badge').click();
    await expect(page.getByTestId('hazard-card-popover')).toBeVisible();
    await shoot(page, `search-${lang}.png`, testInfo.outputPath.bind(testInfo));

    const popup = await openExtensionPage(
      context,
      extensionId,
      `popup.html?tabId=${await tabIdOf(serviceWorker, searchUrl)}`,
    );
    await popup.setViewportSize({ width: 400, height: 640 });
    await expect(popup.locator('main')).toHaveAttribute('lang', lang);
    await expect(popup.getByTestId('popup-freshness')).toBeVisible();
    await shoot(popup, `popup-${lang}.png`, testInfo.outputPath.bind(testInfo));
  });
}
