// Renders the toolbar/store icons from one SVG with the same Chromium the browser tests use:
// public/icon/<size>.png (normal) and public/icon/muted-<size>.png (the "not checked" look).
// Run after changing the drawing: `node scripts/make-icons.mjs`. The PNGs are committed.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

const shape = (fill) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <path d="M64 9 L123 114 Q125 119 119 119 L9 119 Q3 119 5 114 Z" fill="${fill}" stroke="#ffffff" stroke-width="7" stroke-linejoin="round"/>
  <rect x="55" y="38" width="18" height="48" rx="7" fill="#ffffff"/>
  <circle cx="64" cy="101" r="10" fill="#ffffff"/>
</svg>`;

const variants = [
  { prefix: '', fill: '#b3261e', sizes: [16, 32, 48, 128] },
  { prefix: 'muted-', fill: '#80868b', sizes: [16, 32] },
];

const executablePath =
  process.env.CHROMIUM_PATH ??
  (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');
const browser = await chromium.launch({ executablePath, headless: true });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const { prefix, fill, sizes } of variants) {
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${shape(fill).replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({
      path: `public/icon/${prefix}${size}.png`,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
  }
}
await browser.close();
console.log('icons written to public/icon/');
