/**
 * The banner comes with the page's data, not after its images and trackers: the content script reads the
 * page once the document is parsed. Prints the DOMContentLoaded → banner time of each run.
 */
import { checkResult, expect, test } from './support/fixtures';
import { aliexpressProductPage } from './support/pages';
import { ALI_FLAGGED_ID } from './support/records';
import { BANNER, FLAGGED_URL, seed } from './ui-helpers';

interface Timing {
  domContentLoaded?: number;
  banner?: number;
  loaded: boolean;
  /** When the content script started checking (its marker appeared). */
  pending?: number;
}

test('appears before the load event on a page whose images never finish loading', async ({
  page,
  shop,
  serviceWorker,
}) => {
  await seed(serviceWorker);
  // The image request is held open for the whole test: the page's load event cannot fire.
  await page.route('**/slow-images/**', () => undefined);
  const images = Array.from(
    { length: 3 },
    (_, i) => `<img src="/slow-images/${i}.jpg" alt="" width="200" height="200">`,
  ).join('');
  shop.setPage(
    FLAGGED_URL,
    aliexpressProductPage({ id: ALI_FLAGGED_ID, title: 'Girls Glitter Hairband Princess Headband', extra: images }),
  );
  await page.addInitScript(() => {
    const timing: Timing = { loaded: false };
    (window as unknown as { hcTiming: Timing }).hcTiming = timing;
    document.addEventListener('DOMContentLoaded', () => (timing.domContentLoaded = performance.now()));
    window.addEventListener('load', () => (timing.loaded = true));
    new MutationObserver((_, observer) => {
      if (timing.pending === undefined && document.documentElement?.dataset.hazardCheck)
        timing.pending = performance.now();
      if (document.querySelector('hazard-check-banner')) {
        timing.banner = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-hazard-check'] });
  });

  await page.goto(FLAGGED_URL, { waitUntil: 'domcontentloaded' });
  expect(await checkResult(page)).toBe('match');
  await expect(page.locator(BANNER)).toBeVisible();
  const timing = await page.evaluate(() => (window as unknown as { hcTiming: Timing }).hcTiming);
  expect(timing.loaded).toBe(false);
  expect(timing.domContentLoaded).toBeDefined();
  expect(timing.banner).toBeGreaterThan(timing.domContentLoaded!);
  console.log(
    `DOMContentLoaded → banner: ${Math.round(timing.banner! - timing.domContentLoaded!)} ms (check started after ${Math.round(timing.pending! - timing.domContentLoaded!)} ms; load event not fired)`,
  );
});
