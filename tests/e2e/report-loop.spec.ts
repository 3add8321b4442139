/**
 * The whole volunteer-report loop in Chromium: one shopper's extension sends a report to the intake
 * endpoint (the real handler, served as reports.test), which files one issue on a local fake of GitHub;
 * the curate command turns that issue into a curated line; a feed built with it is signed and synced by
 * a second browser profile, which then sees the listing flagged as a shoppers' report (and can switch
 * that source off).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Worker } from '@playwright/test';
import { createIntakeHandler } from '../../intake/handler';
import { MemoryIdempotencyStore } from '../../intake/idempotency';
import { buildFeed } from '../../lib/feed/build';
import { loadPrivateKey } from '../../lib/feed/signing';
import { startFakeGitHub, type FakeGitHub } from '../unit/reports/fake-github';
import { checkResult, expect, launchExtension, test } from './support/fixtures';
import { aliexpressProductPage } from './support/pages';
import { ALI_CLEAN_ID } from './support/records';
import type { ShopServer } from './support/shop-server';

const keyFile = process.env.E2E_FEED_KEY_FILE;
let github: FakeGitHub;
let work: string;
test.beforeAll(async () => {
  if (!keyFile || !existsSync(keyFile)) {
    throw new Error(
      'E2E_FEED_KEY_FILE is not set: build with the key from scripts/e2e-key.mjs (see scripts/test-all.sh)',
    );
  }
  github = await startFakeGitHub(['e2e-bot-token']);
  work = mkdtempSync(path.join(tmpdir(), 'hc-report-loop-'));
});
test.afterAll(async () => {
  await github?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The intake handler, unchanged, answering for https://reports.test/v1/reports. */
function serveIntake(shop: ShopServer) {
  const handler = createIntakeHandler({
    github: { repo: 'hazard-check/hazard-data', apiBase: github.apiBase, token: () => 'e2e-bot-token' },
    idempotency: new MemoryIdempotencyStore(),
  });
  shop.addRoute(async (req: IncomingMessage, url: URL) => {
    if (url.hostname !== 'reports.test') return undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const hasBody = req.method === 'POST';
    const response = await handler(
      new Request(url, { method: req.method, headers, ...(hasBody && { body: Buffer.concat(chunks) }) }),
      { address: req.socket.remoteAddress },
    );
    return {
      status: response.status,
      body: await response.text(),
      contentType: response.headers.get('content-type') ?? 'text/plain',
    };
  });
}

function serveFeed(shop: ShopServer, dir: string) {
  shop.addRoute((_req: IncomingMessage, url: URL) => {
    if (url.hostname !== 'feed.test') return undefined;
    const file = path.join(dir, path.basename(url.pathname));
    if (!existsSync(file)) return { status: 404, body: 'not found', contentType: 'text/plain' };
    const body = readFileSync(file);
    return {
      body,
      contentType: 'application/octet-stream',
      headers: { etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"` },
    };
  });
}

/** Another shopper: a fresh profile with the same extension build. */
async function secondProfile(
  shop: ShopServer,
): Promise<{ context: BrowserContext; worker: Worker; close(): Promise<void> }> {
  const { context, close } = await launchExtension(shop);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => (globalThis as unknown as { hazardCheckReady: Promise<void> }).hazardCheckReady);
  return {
    context,
    worker,
    close,
  };
}

test('a report from one shopper reaches another shopper’s warnings: intake → issue → curate → feed → sync', async ({
  context,
  extensionId,
  page,
  serviceWorker,
  shop,
}) => {
  test.setTimeout(240_000);
  serveIntake(shop);
  const listingUrl = `https://www.aliexpress.com/item/${ALI_CLEAN_ID}.html`;
  shop.setPage(
    listingUrl,
    aliexpressProductPage({
      id: ALI_CLEAN_ID,
      title: 'Magnetic Building Balls 216 pcs',
      store: { name: 'Toy Store', num: '1103' },
    }),
  );

  // 1. Shopper A reports the listing from the popup; it goes to the intake, no account involved.
  await page.goto(`${listingUrl}?spm=a2g0o.home`);
  expect(await checkResult(page)).toBe('none');
  const tabId = await serviceWorker.evaluate(
    async (u) =>
      (
        await (
          globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
        ).chrome.tabs.query({})
      ).find((t) => t.url === u)?.id,
    `${listingUrl}?spm=a2g0o.home`,
  );
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByTestId('popup-report').click();
  const dialog = popup.getByTestId('report-dialog');
  await dialog.getByTestId('report-hazard').fill('Small magnets come loose and can be swallowed');
  await dialog.getByTestId('report-authority').fill('Test Safety Lab');
  await dialog.getByTestId('report-evidence').fill('https://example.org/lab/report-77');
  await dialog.getByTestId('report-preview-button').click();
  await expect(dialog.getByTestId('report-channel-endpoint')).toBeChecked();
  await dialog.getByTestId('report-confirm').click();
  await expect(dialog.getByTestId('report-done')).toHaveAttribute('data-status', 'sent');

  // 2. The fake GitHub received exactly one issue, filed with the bot token.
  expect(github.issues).toHaveLength(1);
  const [issue] = github.issues;
  expect(issue!.labels).toEqual(['report', 'missed-hazard']);
  expect(issue!.authorization).toBe('Bearer e2e-bot-token');

  // 3. A maintainer confirms it: the curate command turns the issue body into one curated line.
  const issueFile = path.join(work, 'issue.md');
  const curatedFile = path.join(work, 'curated.jsonl');
  writeFileSync(issueFile, issue!.body);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      'lib/cli/feed.ts',
      'curate',
      '--issue',
      issueFile,
      '--confirmed-by',
      'e2e-maintainer',
      '--curated',
      curatedFile,
      '--date',
      '2026-12-01',
      '--write',
    ],
    { cwd: process.cwd() },
  );
  const line = JSON.parse(stdout.trim());
  expect(line).toMatchObject({
    platform: 'aliexpress',
    listingId: ALI_CLEAN_ID,
    source: 'volunteer report, confirmed by e2e-maintainer',
  });

  // 4. The next feed is built with the curated list and signed with the key the build pins.
  const feedDir = path.join(work, 'feed');
  const report = buildFeed({
    inputs: [{ kind: 'curated', path: curatedFile }],
    outDir: feedDir,
    privateKey: loadPrivateKey(JSON.parse(readFileSync(keyFile!, 'utf8')).privateKeyPem),
  });
  expect(report.sources).toEqual({ community: 1 });
  serveFeed(shop, feedDir);

  // 5. Shopper B syncs and sees the listing flagged, worded as a shoppers' report.
  const b = await secondProfile(shop);
  try {
    const status = await b.worker.evaluate(() =>
      (globalThis as unknown as { hazardCheckTest: { syncNow(): Promise<unknown> } }).hazardCheckTest.syncNow(),
    );
    expect(status).toMatchObject({ feedVersion: 1, sources: [{ source: 'community', count: 1 }] });
    const shopper = b.context.pages()[0] ?? (await b.context.newPage());
    await shopper.goto(listingUrl);
    expect(await checkResult(shopper)).toBe('match');
    const banner = shopper.getByTestId('hazard-banner');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(
      'Shoppers reported this listing and the maintainers checked the evidence they cited',
    );
    await expect(banner.getByTestId('hazard-reported-by')).toHaveText(
      'Reported by shoppers, confirmed by the maintainers on Dec 1, 2026. Evidence: Test Safety Lab',
    );
    await expect(banner.getByRole('link', { name: /Evidence cited by the report: Test Safety Lab/ })).toHaveAttribute(
      'href',
      'https://example.org/lab/report-77',
    );
    await expect(shopper.getByTestId('hazard-own-report')).toHaveCount(0); // B made no report

    // Shoppers' reports are a source of their own, and B can switch it off.
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${new URL(b.worker.url()).host}/options.html`);
    await options.locator('input[data-source="community"]').uncheck();
    await expect(options.locator('input[data-source="community"]')).not.toBeChecked();
    await shopper.reload();
    expect(await checkResult(shopper)).toBe('none');
  } finally {
    await b.close();
  }
});
