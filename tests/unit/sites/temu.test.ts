import { afterAll, describe, expect, it } from 'vitest';
import { findCards, readCards, readPage } from '../../../lib/sites';
import { closeDocuments, documentFrom, ownPage } from './helpers';

afterAll(closeDocuments);

const PRODUCT = 'https://www.temu.com/kr/kids-bubble-machine-g-601099650626830.html?top_gallery_url=x&spec_id=1';

describe('Temu product pages (our fixtures, structure-from-code)', () => {
  it('reads window.rawData bound to the URL goods ID, ignoring decoys in comments and strings', () => {
    const reading = readPage(PRODUCT, documentFrom(ownPage('temu-product.html'), PRODUCT));
    expect(reading).toMatchObject({ site: 'temu', pageType: 'product', state: 'ok' });
    expect(reading.product).toEqual({
      itemId: '601099650626830',
      globalItemId: '601099650626830',
      title: '어린이 비눗방울 머신 40구멍 자동 버블 장난감 {신상} "버블킹"',
      seller: { name: '버블 토이 공식 스토어', id: '634418212799430' },
      brand: '버블킹',
      models: ['BK-40'],
      identifiers: [{ kind: 'kc', value: 'CB063R1234-5001' }],
      category: ['완구 및 게임', '야외 놀이'],
      image: 'https://img.kwcdn.com/product/fancy/bubble-hd.jpg',
      price: { amount: 12900, currency: 'KRW' },
    });
  });

  it('falls back to og:title and the store link when there is no rawData', () => {
    const doc = documentFrom(ownPage('temu-product.html'), PRODUCT);
    for (const script of Array.from(doc.querySelectorAll('script'))) script.remove();
    const reading = readPage(PRODUCT, doc);
    expect(reading.state).toBe('ok');
    expect(reading.product).toEqual({
      itemId: '601099650626830',
      globalItemId: '601099650626830',
      title: '어린이 비눗방울 머신 40구멍 자동 버블 장난감',
      seller: { name: '버블 토이 공식 스토어', id: '634418212799430' },
      image: 'https://img.kwcdn.com/product/fancy/bubble-og.jpg',
    });
  });

  it('reads nothing when rawData names another goods ID (stale after in-app navigation)', () => {
    const url = 'https://www.temu.com/uk/kids-bubble-machine-g-601099650626830.html';
    const reading = readPage(url, documentFrom(ownPage('temu-product-stale.html'), url));
    expect(reading.state).toBe('unreadable');
    expect(reading.reason).toMatch(/601100000000777/);
    expect(reading.product).toEqual({ itemId: '601099650626830', globalItemId: '601099650626830' });
  });

  it('reports status 5 / "Unavailable for purchase" as unavailable, without that text as a title', () => {
    const url = 'https://www.temu.com/g-601099777000111.html';
    const reading = readPage(url, documentFrom(ownPage('temu-product-unavailable.html'), url));
    expect(reading.state).toBe('unavailable');
    expect(reading.product?.title).toBeUndefined();
    expect(reading.product?.seller).toEqual({ id: '634418200000002' });
  });

  it('reads the goods.html?goods_id= form of the URL', () => {
    const url = 'https://www.temu.com/kr/goods.html?goods_id=601099650626830&_oak_name_id=1';
    const reading = readPage(url, documentFrom(ownPage('temu-product.html'), url));
    expect(reading.state).toBe('ok');
    expect(reading.product?.itemId).toBe('601099650626830');
  });
});

describe('Temu security verification', () => {
  it('is a challenge only while the captcha is rendered and visible', () => {
    const url = 'https://www.temu.com/kr/kids-bubble-machine-g-601099650626830.html';
    const doc = documentFrom(ownPage('temu-challenge.html'), url);
    expect(readPage(url, doc)).toMatchObject({
      state: 'challenge',
      reason: expect.stringMatching(/security verification/),
    });
    doc.querySelector('.captcha-dialog_container__x7Hd')!.setAttribute('style', 'display:none');
    // The i18n strings are still in the page's scripts: that alone is not a challenge.
    expect(readPage(url, doc).state).toBe('unreadable');
  });

  it('sees a visible verification dialog without captcha class names', () => {
    const url = 'https://www.temu.com/search_result.html?search_key=toy';
    const doc = documentFrom(
      '<html><body><div role="dialog"><h2>Security verification</h2><p>Drag the slider</p></div></body></html>',
      url,
    );
    expect(readPage(url, doc).state).toBe('challenge');
    doc.querySelector('[role="dialog"]')!.setAttribute('hidden', '');
    expect(readPage(url, doc).state).toBe('ok');
  });
});

describe('Temu listing cards (our fixtures)', () => {
  const SEARCH = 'https://www.temu.com/kr/search_result.html?search_key=%EB%B9%84%EB%88%97%EB%B0%A9%EC%9A%B8';

  it('reads search cards from attributes, never card text, de-duplicated, plus the SSR goods list', () => {
    const reading = readPage(SEARCH, documentFrom(ownPage('temu-search.html'), SEARCH));
    expect(reading).toMatchObject({ pageType: 'search', state: 'ok' });
    expect(reading.cards).toEqual([
      {
        itemId: '601099650626830',
        globalItemId: '601099650626830',
        title: '어린이 비눗방울 머신 40구멍 자동 버블 장난감',
        storeId: '634418212799430',
      },
      { itemId: '601099650626831', globalItemId: '601099650626831', title: '버블건 장난감 20구멍 LED' },
      { itemId: '601099650626832', globalItemId: '601099650626832', title: 'Led 비눗방울 지팡이' },
      { itemId: '601099650626833', globalItemId: '601099650626833', title: '비눗방울 블로워 팬' },
      {
        itemId: '601099650626899',
        globalItemId: '601099650626899',
        title: '비눗방울 리필액 1L',
        storeId: '634418212799431',
      },
    ]);
  });

  it('drops an SSR list that shares nothing with the rendered cards (an earlier search)', () => {
    const doc = documentFrom(ownPage('temu-search.html'), SEARCH);
    for (const card of Array.from(doc.querySelectorAll('[data-tooltip]'))) card.remove();
    const ids = (readPage(SEARCH, doc).cards ?? []).map((c) => c.itemId);
    expect(ids).toEqual(['601099650626832', '601099650626833']);
  });

  it('reads a subtree and returns the card elements for badges', () => {
    const doc = documentFrom(ownPage('temu-search.html'), SEARCH);
    const second = doc.querySelector('[data-tooltip="goodContainer-601099650626831"]')!;
    expect(readCards(SEARCH, second)).toEqual([
      { itemId: '601099650626831', globalItemId: '601099650626831', title: '버블건 장난감 20구멍 LED' },
    ]);
    const found = findCards(SEARCH, doc);
    expect(found).toHaveLength(4);
    expect(found[0]?.element.getAttribute('data-tooltip')).toBe('goodContainer-601099650626830');
  });

  it('on a store page, skips the recommendations carousel and other shops, and tags cards with the store', () => {
    const url = 'https://www.temu.com/kr/bubble-toy-official-store-m-634418212799430.html';
    const reading = readPage(url, documentFrom(ownPage('temu-store.html'), url));
    expect(reading).toMatchObject({ pageType: 'store', state: 'ok' });
    expect(reading.cards).toEqual([
      {
        itemId: '601099650626830',
        globalItemId: '601099650626830',
        title: '어린이 비눗방울 머신 40구멍 자동 버블 장난감',
        storeId: '634418212799430',
      },
      {
        itemId: '601099650626831',
        globalItemId: '601099650626831',
        title: '버블건 장난감 20구멍 LED',
        storeId: '634418212799430',
      },
      {
        itemId: '601099650626840',
        globalItemId: '601099650626840',
        title: '비눗방울 머신 배터리 세트',
        storeId: '634418212799430',
      },
    ]);
  });

  it('calls the home page unsupported', () => {
    const url = 'https://www.temu.com/kr/';
    expect(readPage(url, documentFrom('<html><body></body></html>', url))).toMatchObject({
      site: 'temu',
      pageType: 'other',
      state: 'unsupported',
    });
  });
});
