/**
 * The built extension on real saved AliExpress pages (third-party, read from ../shared at run time, never
 * copied). Each page is served at the URL it was saved from; its own scripts are kept from running (the
 * saved file is the rendered page already). Skipped, with the reason shown, when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkResult, expect, test } from './support/fixtures';
import { tabIdOf, toolbarOf } from './ui-helpers';

const shared = process.env.SHARED_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
const saved = join(shared, 'fixtures/aliexpress/safecart');
const NO_SCRIPTS = { 'content-security-policy': "script-src 'none'" };

/** The page and the URL it was saved from ("<!-- saved from url=(NNNN)https://… -->"). */
function savedPage(name: string): { html: string; url: string } | null {
  const file = join(saved, name);
  if (!existsSync(file)) return null;
  const html = readFileSync(file, 'utf8');
  const url = /<!-- saved from url=\(\d+\)(\S+) -->/.exec(html.slice(0, 4096))?.[1];
  return url ? { html, url } : null;
}

test('reads every card of a real saved aliexpress.us search page (needs ../shared/fixtures/aliexpress/safecart)', async ({
  page,
  shop,
  serviceWorker,
}) => {
  const found = savedPage('Sand-AliExpress.html');
  test.info().skip(!found, 'needs ../shared/fixtures/aliexpress/safecart/Sand-AliExpress.html');
  shop.setPage(found!.url, { body: found!.html, headers: NO_SCRIPTS });
  await page.goto(found!.url);
  expect(await checkResult(page)).toBe('none');
  expect(await page.evaluate(() => document.documentElement.dataset.hazardCards)).toBe('60');
  const toolbar = await toolbarOf(serviceWorker, await tabIdOf(serviceWorker, found!.url));
  expect(toolbar).toMatchObject({ text: '', title: expect.stringContaining('Nothing in the hazard database matched') });
});

test('checks a real saved aliexpress.us product page, never calling it unreadable (needs ../shared/fixtures/aliexpress/safecart)', async ({
  page,
  shop,
  serviceWorker,
}) => {
  const found = savedPage('3256807811584970.html');
  test.info().skip(!found, 'needs ../shared/fixtures/aliexpress/safecart/3256807811584970.html');
  shop.setPage(found!.url.split('?')[0]!, { body: found!.html, headers: NO_SCRIPTS });
  await page.goto(found!.url);
  expect(await checkResult(page)).toBe('none');
  const toolbar = await toolbarOf(serviceWorker, await tabIdOf(serviceWorker, found!.url));
  expect(toolbar.title).toContain('Nothing in the hazard database matched');
});
