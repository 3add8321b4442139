import { afterAll, describe, expect, it } from 'vitest';
import { findCards, readCards, readPage } from '../../../lib/sites';
import { globalIdOfUsLocal } from '../../../lib/identifiers';
import { closeDocuments, documentFrom, ownPage } from './helpers';

afterAll(closeDocuments);

const KO_ITEM = 'https://ko.aliexpress.com/item/1005009900112233.html';

describe('AliExpress product pages (our fixtures)', () => {
  it('reads a Korean product page: IDs, clean title, store, brand, model, GTINs, KC number, category, price', () => {
    const reading = readPage(KO_ITEM, documentFrom(ownPage('aliexpress-ko-product.html'), KO_ITEM));
    expect(reading).toMatchObject({ site: 'aliexpress', pageType: 'product', state: 'ok', url: KO_ITEM });
    expect(reading.product).toEqual({
      itemId: '1005009900112233',
      globalItemId: '1005009900112233',
      title: '어린이 비눗방울 머신 40구멍 자동 버블 장난감',
      seller: { name: '버블 토이 공식 스토어', id: '1102928353' },
      brand: '버블킹',
      models: ['BK-40'],
      identifiers: [
        { kind: 'gtin', value: '08437026061708' },
        { kind: 'kc', value: 'CB063R1234-5001' },
        { kind: 'gtin', value: '04061464174788' },
      ],
      category: ['완구 및 취미', '야외 놀이'],
      image: 'https://ae01.alicdn.com/kf/Sbubble0001.jpg',
      price: { amount: 12900, currency: 'KRW' },
    });
  });

  it('reads the same page at its mobile URL', () => {
    const url = 'https://m.aliexpress.com/item/1005009900112233.html';
    const reading = readPage(url, documentFrom(ownPage('aliexpress-ko-product.html'), url));
    expect(reading.state).toBe('ok');
    expect(reading.product?.itemId).toBe('1005009900112233');
    expect(reading.product?.title).toBe('어린이 비눗방울 머신 40구멍 자동 버블 장난감');
  });

  it('falls back to the rendered title and store when the head has none', () => {
    const doc = documentFrom(ownPage('aliexpress-ko-product.html'), KO_ITEM);
    for (const el of Array.from(doc.querySelectorAll('meta[property="og:title"], script[type="application/ld+json"]')))
      el.remove();
    doc.querySelector('a[data-pl="store-name"]')?.remove();
    const reading = readPage(KO_ITEM, doc);
    expect(reading.state).toBe('ok');
    expect(reading.product?.title).toBe('어린이 비눗방울 머신 40구멍 자동 버블 장난감');
    // og:image is still there; without it the gallery list in `_d_c_.DCData` gives the image.
    expect(reading.product?.image).toBe('https://ae01.alicdn.com/kf/Sbubble0001.jpg');
    doc.querySelector('meta[property="og:image"]')?.remove();
    expect(readPage(KO_ITEM, doc).product?.image).toBe('https://ae01.alicdn.com/kf/Sbubble0002.jpg');
    // The "Sold by" box (hashed-class prefix, last resort) still names the store, without "(Trader)".
    expect(reading.product?.seller).toEqual({ name: '버블 토이 공식 스토어', id: '1102928353' });
  });

  it('is unreadable, not ok, while a client-rendered page has no title yet', () => {
    const doc = documentFrom(ownPage('aliexpress-ko-product.html'), KO_ITEM);
    for (const el of Array.from(doc.querySelectorAll('meta[property="og:title"], script[type="application/ld+json"]')))
      el.remove();
    doc.querySelector('h1[data-pl="product-title"]')!.textContent = '';
    const reading = readPage(KO_ITEM, doc);
    expect(reading.state).toBe('unreadable');
    expect(reading.reason).toMatch(/no product title/);
    expect(reading.product?.itemId).toBe('1005009900112233');
  });

  it('reads an old v1 runParams page at a legacy store/product URL', () => {
    const url = 'https://www.aliexpress.com/store/product/kids-bubble-gun/1266255_32365271431.html';
    const reading = readPage(url, documentFrom(ownPage('aliexpress-v1-runparams.html'), url));
    expect(reading.state).toBe('ok');
    expect(reading.product).toEqual({
      itemId: '32365271431',
      globalItemId: '32365271431',
      title: 'Kids Bubble Gun Toy with 20 Holes',
      seller: { name: 'Happy Bubble Toys Store', id: '1266255' },
      brand: 'HAPPYBUB',
      models: ['HB-20G'],
      identifiers: [{ kind: 'gtin', value: '05060307678208' }],
      category: ['Toys & Hobbies', 'Bubbles'],
      image: 'https://ae01.alicdn.com/kf/HTBbubblegun.jpg',
      price: { amount: 3.2, currency: 'USD' },
    });
  });

  it('discards embedded data that names another item', () => {
    const url = 'https://www.aliexpress.com/item/1005000000000999.html';
    const reading = readPage(url, documentFrom(ownPage('aliexpress-v1-runparams.html'), url));
    expect(reading.state).toBe('unreadable');
    expect(reading.reason).toMatch(/another item/);
    expect(reading.product).toEqual({ itemId: '1005000000000999', globalItemId: '1005000000000999' });
  });

  it('treats a head that names only other items as stale (in-app navigation) and reads nothing', () => {
    const url = 'https://www.aliexpress.us/item/3256800000000042.html';
    const reading = readPage(url, documentFrom(ownPage('aliexpress-stale.html'), url));
    expect(reading.state).toBe('unreadable');
    expect(reading.reason).toMatch(/in-app navigation/);
    // Only what the URL says: the local ID and the global ID at the fixed .us offset.
    expect(reading.product).toEqual({ itemId: '3256800000000042', globalItemId: '1005000186314794' });
  });

  it('catches a canonical left over from the previous item on aliexpress.us, where the URL ID is local', () => {
    const url = 'https://www.aliexpress.us/item/3256800000000042.html';
    const doc = documentFrom(ownPage('aliexpress-stale.html'), url);
    // The head names only the canonical (global) ID, of the item shown before in-app navigation.
    for (const selector of ['meta[property="og:url"]']) doc.querySelector(selector)?.remove();
    const ld = doc.querySelector('script[type="application/ld+json"]');
    if (ld) ld.textContent = (ld.textContent ?? '').replace(/"url"\s*:\s*"[^"]*"/g, '"url":""');
    const reading = readPage(url, doc);
    expect(reading.state).toBe('unreadable');
    expect(reading.product?.title).toBeUndefined();
    expect(globalIdOfUsLocal('3256809713797481')).toBe('1005009900112233');
    expect(globalIdOfUsLocal('1005009900112233')).toBeUndefined();
  });

  it('accepts the same head at the URL it belongs to (aliexpress.us local ID, global canonical)', () => {
    const url = 'https://www.aliexpress.us/item/3256809713797481.html';
    const reading = readPage(url, documentFrom(ownPage('aliexpress-stale.html'), url));
    expect(reading.state).toBe('ok');
    expect(reading.product).toMatchObject({
      itemId: '3256809713797481',
      globalItemId: '1005009900112233',
      title: 'Kids Bubble Machine',
      seller: { name: 'Bubble Toys Store', id: '1102928353' },
      price: { amount: 4.99, currency: 'USD' },
    });
  });

  it('reports a 404 page served with HTTP 200 as not-found', () => {
    const url = 'https://www.aliexpress.com/item/1005000000000001.html';
    const reading = readPage(url, documentFrom(ownPage('aliexpress-404.html'), url));
    expect(reading.state).toBe('not-found');
    expect(reading.product?.title).toBeUndefined();
  });

  it('reports a visible slider as a challenge, and ignores a hidden one and baxia scripts', () => {
    const url = 'https://www.aliexpress.com/item/1005009900112233.html';
    const doc = documentFrom(ownPage('aliexpress-slider.html'), url);
    expect(readPage(url, doc)).toMatchObject({ state: 'challenge', pageType: 'product' });
    doc.getElementById('baxia-dialog-content')!.setAttribute('style', 'display: none');
    expect(readPage(url, doc).state).toBe('unreadable');
    // Normal pages load baxia scripts: not a challenge.
    expect(readPage(KO_ITEM, documentFrom(ownPage('aliexpress-ko-product.html'), KO_ITEM)).state).toBe('ok');
  });

  it('reports the punish redirect as a challenge from the URL alone', () => {
    const url = 'https://www.aliexpress.com/punish?x5secdata=xyz&x5step=1';
    const reading = readPage(url, documentFrom('<html><body></body></html>', url));
    expect(reading).toMatchObject({ state: 'challenge', pageType: 'other' });
  });

  it('reads hostile titles as plain, bounded text', () => {
    const url = 'https://www.aliexpress.com/item/1005009900445566.html';
    const doc = documentFrom(ownPage('aliexpress-hostile.html'), url);
    const reading = readPage(url, doc);
    expect(reading.product?.title).toBe('Fidget Spinner LED Toy');
    expect(reading.product?.brand).toBe('SPIN MAX');
    expect(reading.product?.seller).toEqual({ name: 'alert("store") Spin Store', id: '1109999999' });
    // Without JSON-LD, the rendered h1 is read without the text of the <script> planted inside it.
    doc.querySelector('script[type="application/ld+json"]')?.remove();
    expect(readPage(url, doc).product?.title).toBe('Fidget Spinner LED Toy');
    // A megabyte title is capped.
    doc.querySelector('h1')!.textContent = `Fidget ${'spinner '.repeat(131_072)}`;
    const huge = readPage(url, doc);
    expect(huge.product?.title?.length).toBeLessThanOrEqual(500);
    expect(huge.product?.title?.startsWith('Fidget spinner spinner')).toBe(true);
  });

  it('calls other AliExpress pages unsupported', () => {
    const url = 'https://www.aliexpress.com/p/coin-index/index.html';
    expect(readPage(url, documentFrom('<html><body></body></html>', url))).toMatchObject({
      site: 'aliexpress',
      pageType: 'other',
      state: 'unsupported',
    });
  });
});

describe('AliExpress search cards (our fixture)', () => {
  const url = 'https://ko.aliexpress.com/w/wholesale-%EB%B9%84%EB%88%97%EB%B0%A9%EC%9A%B8.html';

  it('reads rendered cards and the SSR list: global IDs, attribute titles, no badges, de-duplicated', () => {
    const reading = readPage(url, documentFrom(ownPage('aliexpress-search-ko.html'), url));
    expect(reading).toMatchObject({ pageType: 'search', state: 'ok' });
    expect(reading.cards).toEqual([
      {
        itemId: '1005009900112233',
        globalItemId: '1005009900112233',
        title: '어린이 비눗방울 머신 40구멍 자동 버블 장난감',
      },
      { itemId: '1005009900112299', globalItemId: '1005009900112299', title: '비눗방울 리필액 1L 대용량' },
      { itemId: '1005009900112244', globalItemId: '1005009900112244', title: '버블건 장난감 20구멍 LED' },
      { itemId: '1005009900112255', globalItemId: '1005009900112255', title: 'LED 비눗방울 지팡이 키즈' },
    ]);
  });

  it('ignores the SSR list when the URL is on another results page', () => {
    const page2 = `${url}?page=2`;
    const cards = readPage(page2, documentFrom(ownPage('aliexpress-search-ko.html'), page2)).cards ?? [];
    expect(cards.map((c) => c.itemId)).toEqual(['1005009900112233', '1005009900112244', '1005009900112255']);
  });

  it('reads a subtree that just appeared, and gives each card its element', () => {
    const doc = documentFrom(ownPage('aliexpress-search-ko.html'), url);
    const list = doc.getElementById('card-list')!;
    const added = doc.createElement('div');
    added.className = 'search-item-card-wrapper-gallery';
    const link = doc.createElement('a');
    link.className = 'search-card-item';
    link.setAttribute(
      'href',
      'https://ko.aliexpress.com/item/1005009900112266.html?utparam-url=x_object_id%3A1005009900112266',
    );
    const heading = doc.createElement('div');
    heading.setAttribute('role', 'heading');
    heading.setAttribute('title', '버블 머신 스탠드');
    link.append(heading);
    added.append(link);
    list.append(added);

    expect(readCards(url, added)).toEqual([
      { itemId: '1005009900112266', globalItemId: '1005009900112266', title: '버블 머신 스탠드' },
    ]);
    const found = findCards(url, doc);
    expect(found.map((f) => f.card.itemId)).toEqual([
      '1005009900112233',
      '1005009900112244',
      '1005009900112255',
      '1005009900112266',
    ]);
    expect(found[3]?.element).toBe(link);
    expect(doc.querySelectorAll('[data-hazard-checked]')).toHaveLength(0);
  });
});
