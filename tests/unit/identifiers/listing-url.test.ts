import { describe, expect, it } from 'vitest';
import {
  aliexpressPathId,
  canonicalListingUrl,
  globalIdOfUsLocal,
  listingIdsOfUrl,
  listingInText,
  listingKeyOf,
  parseListingUrl,
  usLocalIdOfGlobal,
} from '../../../lib/identifiers';

// Invented IDs of the real shapes: global 1005…, its aliexpress.us twin 3256… (global + 2^51), Temu 601….
const GLOBAL = '1005009900112233';
const US_LOCAL = '3256809713797481';
const TEMU = '601099512345678';

describe('listing URLs', () => {
  it.each([
    ['https://www.aliexpress.com/item/1005009900112233.html?spm=a2g0o', GLOBAL],
    ['https://ko.aliexpress.com/item/1005009900112233.html', GLOBAL],
    ['https://aliexpress.ru/item/1005009900112233.html?sku_id=1', GLOBAL],
    ['https://m.aliexpress.com/i/1005009900112233.html', GLOBAL],
    ['https://www.aliexpress.com/item/some-slug/1005009900112233.html', GLOBAL],
    ['https://www.aliexpress.com/store/product/Kids-Store/1101_1005009900112233.html', GLOBAL],
    [
      'https://www.aliexpress.us/ssr/300000512/BundleDeals2?productIds=1005009900112233:12000041054145335,1005001111111111',
      GLOBAL,
    ],
    ['https://www.aliexpress.com/p/detail.html?productId=1005009900112233', GLOBAL],
  ])('reads the AliExpress listing in %s', (url, id) => {
    expect(parseListingUrl(url)).toMatchObject({ site: 'aliexpress', itemId: id, globalItemId: id });
  });

  it('reads the global ID a search card carries URL-encoded, beside the .us local ID of its path', () => {
    const href = `/item/${US_LOCAL}.html?pdp_npi=4&utparam-url=scene%3Asearch%7Cquery_from%3A%7Cx_object_id%3A${GLOBAL}%7C_p_origin_prod%3A`;
    expect(parseListingUrl(href, 'https://www.aliexpress.us/w/wholesale-sand.html')).toEqual({
      site: 'aliexpress',
      itemId: GLOBAL,
      globalItemId: GLOBAL,
      localItemId: US_LOCAL,
    });
  });

  it('keeps an aliexpress.us path ID local, and relates local and global IDs by the fixed offset', () => {
    expect(parseListingUrl(`https://www.aliexpress.us/item/${US_LOCAL}.html`)).toEqual({
      site: 'aliexpress',
      itemId: US_LOCAL,
      localItemId: US_LOCAL,
    });
    expect(globalIdOfUsLocal(US_LOCAL)).toBe(GLOBAL);
    expect(usLocalIdOfGlobal(GLOBAL)).toBe(US_LOCAL);
    expect(globalIdOfUsLocal(GLOBAL)).toBeUndefined();
    expect(listingIdsOfUrl(`https://www.aliexpress.us/item/${US_LOCAL}.html`).sort()).toEqual([GLOBAL, US_LOCAL]);
  });

  it.each([
    [`https://www.temu.com/kr/zorvex-mat-hk-w003-g-${TEMU}.html`],
    [`https://www.temu.com/g-${TEMU}.html`],
    [`https://temu.com/goods.html?goods_id=${TEMU}`],
    [`https://www.temu.com/pk-en/kids-toy-g-${TEMU}.html?_oak_mp_inf=x`],
  ])('reads the Temu listing in %s', (url) => {
    expect(parseListingUrl(url)).toEqual({ site: 'temu', itemId: TEMU, globalItemId: TEMU });
  });

  it('reads nothing from other hosts, redirect hosts, search pages or an ID that is only in a slug', () => {
    expect(parseListingUrl('https://example.com/item/1005009900112233.html')).toBeNull();
    expect(parseListingUrl('https://s.click.aliexpress.com/e/_item/1005009900112233.html')).toBeNull();
    expect(parseListingUrl('https://www.aliexpress.com/w/wholesale-1005009900112233.html')).toBeNull();
    expect(parseListingUrl('https://www.temu.com/search_result.html?search_key=601099512345678')).toBeNull();
    expect(parseListingUrl('not a url')).toBeNull();
  });

  it('reads the page\u2019s own ID from head links as written', () => {
    expect(aliexpressPathId(`https://www.aliexpress.us/item/${US_LOCAL}.html`)).toBe(US_LOCAL);
    expect(aliexpressPathId(`/item/${GLOBAL}.html`)).toBe(GLOBAL);
    expect(aliexpressPathId('https://www.aliexpress.com/')).toBeUndefined();
  });

  it('finds listings in loosely written text, with or without a host', () => {
    expect(listingInText(`see https://www.aliexpress.com/item/${GLOBAL}.html?spm=x`)).toEqual({
      platform: 'aliexpress',
      listingId: GLOBAL,
    });
    expect(listingInText(`see /item/${GLOBAL}.html`)).toEqual({ platform: 'aliexpress', listingId: GLOBAL });
    expect(listingInText(`kids-toy-g-${TEMU}.html`)).toEqual({ platform: 'temu', listingId: TEMU });
    expect(listingInText('https://www.amazon.de/dp/B0D9HWSB1J')).toEqual({
      platform: 'amazon',
      listingId: 'B0D9HWSB1J',
    });
    expect(listingInText('no listing here')).toBeUndefined();
  });

  it('writes one listing key and one canonical URL per listing', () => {
    expect(listingKeyOf('AliExpress', ` ${GLOBAL} `)).toBe(`aliexpress:${GLOBAL}`);
    expect(canonicalListingUrl({ site: 'aliexpress', itemId: US_LOCAL, globalItemId: GLOBAL })).toBe(
      `https://www.aliexpress.com/item/${GLOBAL}.html`,
    );
    expect(canonicalListingUrl({ site: 'aliexpress', itemId: US_LOCAL, pageHost: 'www.aliexpress.us' })).toBe(
      `https://www.aliexpress.us/item/${US_LOCAL}.html`,
    );
    expect(canonicalListingUrl({ site: 'temu', itemId: TEMU })).toBe(`https://www.temu.com/g-${TEMU}.html`);
    expect(() => canonicalListingUrl({ site: 'temu', itemId: 'x"y' })).toThrow(/Not a listing ID/);
  });
});
