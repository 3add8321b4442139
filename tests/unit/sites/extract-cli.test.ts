import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, ExtractError, inferPageUrl, toOutput, wrapJsonCapture } from '../../../lib/cli/extract';
import { ownPagesDir, projectRoot } from './helpers';

const fixture = (name: string) => path.join(ownPagesDir, name);

describe('inferPageUrl', () => {
  it('takes the URL of the "saved from" header, using its declared length', () => {
    const url = 'https://www.aliexpress.us/item/3256810119868316.html?spm=a2g0o.productlist.main.6';
    const html = `<!DOCTYPE html>\n<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n<html></html>`;
    expect(inferPageUrl(html)).toBe(url);
  });

  it('falls back to og:url (which keeps the aliexpress.us local ID), then the canonical link', () => {
    const both =
      '<link rel="canonical" href="https://www.aliexpress.com/item/1005007146144471.html">' +
      '<meta property="og:url" content="//www.aliexpress.com/item/3256806959829719.html?src=ibdm&amp;sk=">';
    expect(inferPageUrl(both)).toBe('https://www.aliexpress.com/item/3256806959829719.html?src=ibdm&sk=');
    expect(inferPageUrl('<link rel="canonical" href="https://www.temu.com/--home--m-3597628347664.html"/>')).toBe(
      'https://www.temu.com/--home--m-3597628347664.html',
    );
    expect(inferPageUrl('<link rel="canonical" href="https://example.com/x">')).toBeUndefined();
  });
});

describe('extract', () => {
  it('prints the documented shape: no URL, cards as ID and title, absent fields left out', async () => {
    const url = 'https://ko.aliexpress.com/w/wholesale-%EB%B9%84%EB%88%97%EB%B0%A9%EC%9A%B8.html';
    const output = toOutput(await extract(fixture('aliexpress-search-ko.html'), url));
    expect(output).toEqual({
      site: 'aliexpress',
      pageType: 'search',
      state: 'ok',
      cards: [
        { itemId: '1005009900112233', title: '어린이 비눗방울 머신 40구멍 자동 버블 장난감' },
        { itemId: '1005009900112299', title: '비눗방울 리필액 1L 대용량' },
        { itemId: '1005009900112244', title: '버블건 장난감 20구멍 LED' },
        { itemId: '1005009900112255', title: 'LED 비눗방울 지팡이 키즈' },
      ],
    });
  });

  it('prints cart lines with their seller and variant, and order lines with order number and date', async () => {
    const cart = toOutput(await extract(fixture('temu-cart.html'), 'https://www.temu.com/uk/shopping_cart.html'));
    expect(cart).toEqual({
      site: 'temu',
      pageType: 'cart',
      state: 'ok',
      cards: [
        { itemId: '601099650000001', title: 'Fizzpop Automatic Bubble Machine for Kids', variant: 'Blue / 1 pc' },
        {
          itemId: '601099650000002',
          title: 'Lumo Silicone Teether Ring',
          seller: { id: '634418200000001', name: 'Lumo Baby Store' },
          variant: 'Green',
        },
      ],
    });
    const orders = toOutput(
      await extract(fixture('aliexpress-orders.html'), 'https://www.aliexpress.com/p/order/index.html'),
    );
    expect(orders.pageType).toBe('orders');
    expect(orders.cards?.[0]).toEqual({
      itemId: '1005001230000001',
      title: 'Zoomly Kids Magnetic Building Tiles 60 pcs',
      seller: { id: '1101234567', name: 'Brightfield Toys Store' },
      variant: 'Rainbow',
      orderId: '8190000000000001',
      orderDate: '2026-02-17',
    });
  });

  it('reports missing files, missing URLs and unsupported URLs as usage errors', async () => {
    await expect(extract(fixture('no-such-page.html'))).rejects.toThrow(/file not found: .*no-such-page\.html/);
    await expect(extract(fixture('no-such-page.html'))).rejects.toThrow(ExtractError);
    await expect(extract(fixture('aliexpress-404.html'))).rejects.toThrow(/no page URL/);
    await expect(extract(fixture('aliexpress-404.html'), 'https://example.com/item/1.html')).rejects.toThrow(
      /unsupported URL/,
    );
  });

  it('wraps a runParams capture as the inline script the shop served', () => {
    const capture = wrapJsonCapture({
      data: { productInfoComponent: { id: 1005006113315011, subject: 'Bubble machine' } },
    });
    expect(capture.url).toBe('https://www.aliexpress.com/item/1005006113315011.html');
    expect(capture.html).toContain('window.runParams = {data: {"productInfoComponent"');
    expect(() => wrapJsonCapture({ something: 'else' })).toThrow(/unsupported JSON/);
    // Script-breaking text inside the capture stays inside the script element.
    expect(
      wrapJsonCapture(
        { data: { titleModule: { subject: '</script><b>x</b>' } } },
        'https://www.aliexpress.com/item/1005000000000001.html',
      ).html,
    ).not.toContain('</script><b>');
  });
});

describe('npm run extract (process)', () => {
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'lib/cli/extract.ts', ...args], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });

  it('prints JSON for a saved page and exits 0', { timeout: 60_000 }, () => {
    const result = run(
      fixture('temu-product.html'),
      '--url',
      'https://www.temu.com/kr/kids-bubble-machine-g-601099650626830.html',
    );
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output).toMatchObject({
      site: 'temu',
      pageType: 'product',
      state: 'ok',
      product: { itemId: '601099650626830', seller: { id: '634418212799430' }, models: ['BK-40'] },
    });
  });

  it('exits non-zero with a clear message for an unsupported URL', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'extract-'));
    const page = path.join(dir, 'page.html');
    writeFileSync(page, '<html><body>x</body></html>');
    const unsupported = run(page, '--url', 'https://shop.example.com/item/1.html');
    expect(unsupported.status).toBe(2);
    expect(unsupported.stderr).toMatch(
      /extract: unsupported URL \(not AliExpress or Temu\): https:\/\/shop\.example\.com/,
    );
    expect(unsupported.stdout).toBe('');
  }, 60_000);
});
