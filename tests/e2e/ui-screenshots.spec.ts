/**
 * Screenshots of the banner in English and Korean for the README. Every run checks that the banner
 * renders in both languages and saves the images with the test results; with HC_WRITE_SCREENSHOTS=1
 * they also replace docs/screenshots/banner-{en,ko}.png (commit them after looking at them).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HazardRecordInput } from '../../lib/hazards/schema';
import { checkResult, expect, test } from './support/fixtures';
import { aliexpressProductPage } from './support/pages';
import { ALI_FLAGGED_ID, hairbandRecord } from './support/records';
import { BANNER, FLAGGED_URL, openExtensionPage, seed, testRecordsWith } from './ui-helpers';

/** The test hairband record with Korean texts too, as a Korean source would publish it. */
const bilingualHairband: HazardRecordInput = {
  ...hairbandRecord,
  hazardText: [...(hairbandRecord.hazardText ?? []), { lang: 'ko', text: '프탈레이트 가소제(DEHP)가 기준치의 270배 검출' }],
  product: { ...hairbandRecord.product, names: [{ lang: 'en', text: "Children's glitter hairband" }, { lang: 'ko', text: '어린이용 반짝이 머리띠' }] },
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

for (const lang of ['en', 'ko'] as const) {
  test(`banner screenshot (${lang})`, async ({ page, shop, context, extensionId, serviceWorker }, testInfo) => {
    await seed(serviceWorker, testRecordsWith(bilingualHairband));
    if (lang === 'ko') {
      const options = await openExtensionPage(context, extensionId, 'options.html');
      await options.getByTestId('opt-lang-ko').check();
      await expect(options.locator('h1')).toHaveText('Hazard Check 설정');
      await options.close();
    }
    await page.setViewportSize({ width: 1200, height: 760 });
    shop.setPage(FLAGGED_URL, aliexpressProductPage({
      id: ALI_FLAGGED_ID, title: 'Girls Glitter Hairband Princess Headband', store: { name: 'Kids Store', num: '1101' }, extra: shopLook,
    }));
    await page.goto(FLAGGED_URL);
    expect(await checkResult(page)).toBe('match');
    const banner = page.locator(BANNER);
    await expect(banner).toContainText(lang === 'ko' ? 'DEHP(프탈레이트 가소제) 기준치의 270배' : 'DEHP (phthalate plasticiser) 270× the legal limit');
    await banner.locator('summary').first().click();
    await expect(banner.getByTestId('hazard-evidence')).toBeVisible();

    const file = `banner-${lang}.png`;
    const target = process.env.HC_WRITE_SCREENSHOTS === '1' ? resolve('docs/screenshots', file) : testInfo.outputPath(file);
    mkdirSync(resolve(target, '..'), { recursive: true });
    await page.screenshot({ path: target });
  });
}
