/**
 * Firefox smoke test: the Firefox build installs as a temporary add-on in Debian's Firefox ESR and shows
 * the banner on a shop page that matches the bundled dataset (no feed, no network: offline first run).
 * Playwright cannot drive Debian's Firefox, so this uses puppeteer-core over WebDriver BiDi.
 * Writes reports/firefox.json ({ passed, failed }) for the summary line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { bundledSmokeListing } from './smoke-listing';
import { aliexpressProductPage } from '../e2e/support/pages';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION = resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2-e2e');

async function run(): Promise<void> {
  const listing = bundledSmokeListing();
  const url = `https://www.aliexpress.com/item/${listing.id}.html`;
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    await browser.installExtension(EXTENSION);
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith(url)) {
        void request.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: aliexpressProductPage(listing),
        });
      } else {
        void request.respond({ status: 404, body: '' });
      }
    });
    await page.goto(url);
    // The content script's "check finished" marker, then the banner inside its shadow root.
    await page.waitForFunction(() => document.documentElement.dataset.hazardCheck === 'match', { timeout: 20_000 });
    const text = await page.evaluate(
      () =>
        document.querySelector('hazard-check-banner')?.shadowRoot?.querySelector('[data-testid="hazard-banner"]')
          ?.textContent ?? '',
    );
    if (!text.includes(listing.expectText)) throw new Error(`banner text "${text}" lacks "${listing.expectText}"`);
  } finally {
    await browser.close();
  }
}

mkdirSync('reports', { recursive: true });
run().then(
  () => {
    console.log('✓ Firefox: the banner shows on a listing that matches the bundled dataset');
    writeFileSync('reports/firefox.json', JSON.stringify({ passed: 1, failed: 0 }));
  },
  (error: unknown) => {
    console.error('✗ Firefox smoke test failed:', error);
    writeFileSync('reports/firefox.json', JSON.stringify({ passed: 0, failed: 1 }));
  },
);
