import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterFor, classifyUrl } from '../../../lib/sites';
import type { PageUrlInfo } from '../../../lib/sites/types';
import { readCsv, sharedPath } from './helpers';

type Expected = Omit<PageUrlInfo, 'site'> | null;

const aliexpress: [string, Expected][] = [
  // Products: current, slug, mobile, legacy, bundle/promo SSR.
  ['https://www.aliexpress.com/item/1005010306183068.html', { pageType: 'product', itemId: '1005010306183068' }],
  [
    'https://www.aliexpress.us/item/3256810119868316.html?spm=a2g0o.productlist.main.6&algo_pvid=x',
    { pageType: 'product', itemId: '3256810119868316' },
  ],
  ['https://aliexpress.us/item/3256810119868316.html', { pageType: 'product', itemId: '3256810119868316' }],
  [
    'https://ko.aliexpress.com/item/1005006113315011.html',
    { pageType: 'product', itemId: '1005006113315011', locale: 'ko' },
  ],
  [
    'https://es.aliexpress.com/item/1005006113315011.html?gatewayAdapt=glo2esp',
    { pageType: 'product', itemId: '1005006113315011', locale: 'es' },
  ],
  [
    'https://www.aliexpress.com/item/cute-bubble-machine/1005006113315011.html',
    { pageType: 'product', itemId: '1005006113315011' },
  ],
  ['https://www.aliexpress.com/item/1739481085.html', { pageType: 'product', itemId: '1739481085' }],
  ['https://m.aliexpress.com/item/1005006113315011.html', { pageType: 'product', itemId: '1005006113315011' }],
  ['https://m.aliexpress.com/i/32882927175.html', { pageType: 'product', itemId: '32882927175' }],
  [
    'https://www.aliexpress.com/store/product/cute-toy/1266255_32365271431.html',
    { pageType: 'product', itemId: '32365271431', storeId: '1266255' },
  ],
  [
    'https://www.aliexpress.com/ssr/300000512/BundleDeals2?productIds=1005007504053574:12000041054145335&pha_manifest=ssr',
    { pageType: 'product', itemId: '1005007504053574' },
  ],
  [
    'https://www.aliexpress.com/ssr/300001493/welcomegiftspmpc?productIds=1005006963843034&skuId=12000038875692906',
    { pageType: 'product', itemId: '1005006963843034' },
  ],
  ['https://www.aliexpress.com/ssr/300000512/BundleDeals2?spm=x', { pageType: 'other' }],
  [
    'https://aliexpress.ru/item/1005009452926938.html?sku_id=12000049151727540',
    { pageType: 'product', itemId: '1005009452926938', locale: 'ru' },
  ],
  [
    'https://m.aliexpress.ru/item/1005009452926938.html',
    { pageType: 'product', itemId: '1005009452926938', locale: 'ru' },
  ],
  ['https://aliexpress.ru/item/1005009452926938/reviews', { pageType: 'other', locale: 'ru' }],
  // Search and category.
  ['https://www.aliexpress.us/w/wholesale-sand.html?spm=a2g0o.productlist.search.0', { pageType: 'search' }],
  ['https://ko.aliexpress.com/w/wholesale-%EC%9E%A5%EB%82%9C%EA%B0%90.html', { pageType: 'search', locale: 'ko' }],
  ['https://www.aliexpress.com/wholesale?SearchText=toy+robot', { pageType: 'search' }],
  [
    'https://aliexpress.ru/wholesale?SearchText=%D0%B8%D0%B3%D1%80%D1%83%D1%88%D0%BA%D0%B0',
    { pageType: 'search', locale: 'ru' },
  ],
  ['https://www.aliexpress.com/af/bubble-machine.html', { pageType: 'search' }],
  ['https://www.aliexpress.com/popular/baby-toys.html', { pageType: 'search' }],
  ['https://www.aliexpress.com/category/26/toys-hobbies.html', { pageType: 'search' }],
  // Stores.
  ['https://www.aliexpress.com/store/1105115323', { pageType: 'store', storeId: '1105115323' }],
  ['https://www.aliexpress.com/store/911707318/pages/all-items.html', { pageType: 'store', storeId: '911707318' }],
  ['https://shop1102928353.aliexpress.com/store/1102928353', { pageType: 'store', storeId: '1102928353' }],
  ['https://www.aliexpress.com/store/feedback-score/1105113320.html', { pageType: 'other' }],
  // Everything else on an AliExpress host.
  ['https://www.aliexpress.com/', { pageType: 'other' }],
  ['https://www.aliexpress.com/p/coin-index/index.html', { pageType: 'other' }],
  ['https://www.aliexpress.com/punish?x5secdata=abc', { pageType: 'other' }],
  ['https://a.aliexpress.com/_mKqwXyz', { pageType: 'other' }],
  ['https://s.click.aliexpress.com/e/_DlzXyz1', { pageType: 'other' }],
  ['https://message.aliexpress.com/message/new.htm?productId=3256807811584970', { pageType: 'other' }],
  // Not AliExpress.
  ['https://aliexpress.com.evil.example/item/1005010306183068.html', null],
  ['https://notaliexpress.com/item/1005010306183068.html', null],
];

const temu: [string, Expected][] = [
  [
    'https://www.temu.com/kids-bubble-machine-g-601099650626830.html',
    { pageType: 'product', itemId: '601099650626830' },
  ],
  ['https://temu.com/kids-bubble-machine-g-601099650626830.html', { pageType: 'product', itemId: '601099650626830' }],
  [
    'https://www.temu.com/kr/%EB%B9%84%EB%88%97%EB%B0%A9%EC%9A%B8-g-601099650626830.html?top_gallery_url=x&spec_id=1',
    { pageType: 'product', itemId: '601099650626830', locale: 'kr' },
  ],
  ['https://www.temu.com/uk/g-601099650626830.html', { pageType: 'product', itemId: '601099650626830', locale: 'uk' }],
  [
    'https://www.temu.com/pk-en/wall-clock-g-601102971637857.html',
    { pageType: 'product', itemId: '601102971637857', locale: 'pk-en' },
  ],
  [
    'https://www.temu.com/jp-zh-Hans/g-601102971637857.html',
    { pageType: 'product', itemId: '601102971637857', locale: 'jp-zh-Hans' },
  ],
  [
    'https://www.temu.com/goods.html?_bg_fs=1&goods_id=601101930556508&_oak_name_id=392009159905481972',
    { pageType: 'product', itemId: '601101930556508' },
  ],
  [
    'https://www.temu.com/il-en/goods.html?goods_id=601101930556508',
    { pageType: 'product', itemId: '601101930556508', locale: 'il-en' },
  ],
  ['https://www.temu.com/--home--m-3597628347664.html', { pageType: 'store', storeId: '3597628347664' }],
  [
    'https://www.temu.com/kr/mall.html?mall_id=634418212799430',
    { pageType: 'store', storeId: '634418212799430', locale: 'kr' },
  ],
  ['https://www.temu.com/search_result.html?search_key=bubble%20machine', { pageType: 'search' }],
  [
    'https://www.temu.com/kr/search_result.html?search_key=%EC%9E%A5%EB%82%9C%EA%B0%90',
    { pageType: 'search', locale: 'kr' },
  ],
  ['https://www.temu.com/uk/bubble-machine-11223344-s.html', { pageType: 'search', locale: 'uk' }],
  ['https://www.temu.com/uk/womens-clothing-o3-27.html', { pageType: 'search', locale: 'uk' }],
  ['https://www.temu.com/', { pageType: 'other' }],
  ['https://www.temu.com/kr/', { pageType: 'other', locale: 'kr' }],
  ['https://www.temu.com/login.html?from=goods', { pageType: 'other' }],
  ['https://www.temu.com/goods.html?goods_id=abc', { pageType: 'other' }],
  ['https://temu.com.example.org/g-601099650626830.html', null],
];

describe('classifyUrl', () => {
  it.each(aliexpress)('AliExpress %s', (url, expected) => {
    expect(classifyUrl(url)).toEqual(expected && { site: 'aliexpress', ...expected });
  });

  it.each(temu)('Temu %s', (url, expected) => {
    expect(classifyUrl(url)).toEqual(expected && { site: 'temu', ...expected });
  });

  it('rejects invalid URLs and other schemes', () => {
    expect(classifyUrl('not a url')).toBeNull();
    expect(classifyUrl('ftp://www.aliexpress.com/item/1005010306183068.html')).toBeNull();
    expect(adapterFor(new URL('https://example.com/'))).toBeNull();
    expect(adapterFor(new URL('https://www.temu.com/'))?.site).toBe('temu');
  });

  const temuCsv = sharedPath('listings/temu_pk-en_home-decor_search_NaumanRafique12.csv');
  it.skipIf(!existsSync(temuCsv))('reads the goods ID of every real Temu card URL (needs ../shared/listings)', () => {
    const rows = readCsv(temuCsv);
    // A few scraped rows are site links (affiliate programme), not goods: they must not read as products.
    const goods = rows.filter((row) => row['Product ID']);
    for (const row of rows.filter((r) => !r['Product ID'])) {
      expect(classifyUrl(row['Product URL'] ?? '')?.pageType, row['Product URL']).not.toBe('product');
    }
    expect(goods.length).toBe(40);
    for (const row of goods) {
      expect(classifyUrl(row['Product URL'] ?? ''), row['Product URL']).toEqual({
        site: 'temu',
        pageType: 'product',
        itemId: row['Product ID'],
        locale: 'pk-en',
      });
    }
  });
});
