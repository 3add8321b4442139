/**
 * Playwright fixtures: a fresh Chromium profile per test with the built extension loaded, shop hosts
 * mapped to the local HTTPS server, and handles on the extension's service worker.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hostResolverRules, startShopServer, type ShopServer } from './shop-server';

export const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3-e2e');
export const CHROMIUM =
  process.env.CHROMIUM_PATH ??
  (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');

/**
 * A fresh Chromium profile with the built extension loaded and the shop hosts mapped to `shop`; `lang`
 * is the browser's UI language (the extension follows it). `close` also removes the profile.
 */
export async function launchExtension(
  shop: ShopServer,
  lang = 'en-US',
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  // A fresh profile per test; in memory where the system has it (Chromium writes hundreds of files at start).
  const profile = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'hc-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-gpu',
      hostResolverRules(shop.port),
      '--ignore-certificate-errors',
      `--lang=${lang}`,
    ],
    locale: lang === 'ko' ? 'ko-KR' : lang,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface TestFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  page: Page;
}

export const test = base.extend<TestFixtures, { shop: ShopServer }>({
  shop: [
    async ({}, use) => {
      const server = await startShopServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ shop }, use) => {
    shop.reset();
    const launched = await launchExtension(shop);
    await use(launched.context);
    await launched.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The background signals readiness once the bundled data is loaded.
    await worker.evaluate(() => (globalThis as unknown as { hazardCheckReady: Promise<void> }).hazardCheckReady);
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  page: async ({ context, serviceWorker }, use) => {
    void serviceWorker; // ensure the extension is ready before any page loads
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export const expect = test.expect;

/** Waits for the content script's deterministic "check finished" marker and returns it. */
export async function checkResult(page: Page): Promise<string> {
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.hazardCheck !== undefined &&
      document.documentElement.dataset.hazardCheck !== 'pending',
  );
  return page.evaluate(() => document.documentElement.dataset.hazardCheck ?? '');
}
