/**
 * Cart, checkout and order pages of both marketplaces (our own fixtures in tests/fixtures/pages): one
 * conformance case per page kind and site, then the rules that keep other products out of the lines.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { classifyUrl, findCards, readCards, readPage } from '../../../lib/sites';
import { globalIdOfUsLocal } from '../../../lib/identifiers';
import { dateInText } from '../../../lib/sites/line-items';
import type { CardReading } from '../../../lib/sites/types';
import { closeDocuments, documentFrom, ownPage } from './helpers';

afterAll(closeDocuments);

const AE_CART = 'https://www.aliexpress.com/p/shoppingcart/index.html';
const AE_CHECKOUT = 'https://ko.aliexpress.com/p/trade/confirm.html?availableProductShopcartIds=1';
const AE_ORDERS = 'https://www.aliexpress.com/p/order/index.html';
const TEMU_CART = 'https://www.temu.com/uk/shopping_cart.html';
const TEMU_CHECKOUT = 'https://www.temu.com/bgt_order_checkout.html';
const TEMU_ORDER = 'https://www.temu.com/kr/bgt_order_detail.html?parent_order_sn=PO-211-01234567890123456';

const read = (file: string, url: string) => readPage(url, documentFrom(ownPage(file), url));
const brightfield = { id: '1101234567', name: 'Brightfield Toys Store' };
const northpeak = { id: '1109876543', name: 'Northpeak Outdoor Official Store' };

describe('URL forms of cart, checkout and order pages', () => {
  it.each([
    [AE_CART, { pageType: 'cart' }],
    ['https://shoppingcart.aliexpress.com/shopcart/shopcartDetail.htm', { pageType: 'cart' }],
    ['https://www.aliexpress.us/p/shoppingcart/index.html?spm=a2g0o', { pageType: 'cart' }],
    [AE_CHECKOUT, { pageType: 'checkout', locale: 'ko' }],
    ['https://shoppingcart.aliexpress.com/order/confirm_order.htm', { pageType: 'checkout' }],
    [AE_ORDERS, { pageType: 'orders' }],
    ['https://trade.aliexpress.com/orderList.htm', { pageType: 'orders' }],
    [
      'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000001',
      { pageType: 'orders', orderId: '8190000000000001' },
    ],
    ['https://www.aliexpress.com/p/order/detail.html?orderId=abc', { pageType: 'orders' }],
    [TEMU_CART, { pageType: 'cart', locale: 'uk' }],
    ['https://www.temu.com/shopping_cart.html', { pageType: 'cart' }],
    [TEMU_CHECKOUT, { pageType: 'checkout' }],
    ['https://www.temu.com/checkout.html', { pageType: 'checkout' }],
    ['https://www.temu.com/bgt_orders.html', { pageType: 'orders' }],
    [TEMU_ORDER, { pageType: 'orders', orderId: 'PO-211-01234567890123456', locale: 'kr' }],
    ['https://www.temu.com/bgt_order_detail.html?parent_order_sn=1234', { pageType: 'orders' }],
    ['https://www.temu.com/shopping_cart_old.html', { pageType: 'other' }],
    ['https://www.aliexpress.com/p/shoppingcart/other.html', { pageType: 'other' }],
  ])('%s', (url, expected) => {
    const info = classifyUrl(url);
    expect(info).toMatchObject(expected);
    // A malformed order number is dropped, never guessed.
    if (!('orderId' in expected)) expect(info).not.toHaveProperty('orderId');
  });
});

describe('conformance: every page kind gives its lines as cards with seller and variant', () => {
  it('AliExpress cart: lines grouped by shop, "More to love" left out', () => {
    const reading = read('aliexpress-cart.html', AE_CART);
    expect(reading).toMatchObject({ site: 'aliexpress', pageType: 'cart', state: 'ok' });
    expect(reading.cards).toEqual<CardReading[]>([
      {
        itemId: '1005001230000001',
        globalItemId: '1005001230000001',
        title: 'Zoomly Kids Magnetic Building Tiles 60 pcs',
        seller: brightfield,
        storeId: brightfield.id,
        variant: 'Color: Rainbow; Ships From: CHINA',
      },
      {
        itemId: '1005001230000002',
        globalItemId: '1005001230000002',
        title: 'Glimwick LED Night Light Bunny',
        seller: brightfield,
        storeId: brightfield.id,
        variant: 'Color: Pink',
      },
      {
        itemId: '1005001230000003',
        globalItemId: '1005001230000003',
        title: 'Northpeak Camping Lantern USB Rechargeable',
        seller: northpeak,
        storeId: northpeak.id,
        variant: 'Plug: EU plug',
      },
    ]);
  });

  it('AliExpress checkout (Korean): the line with its shop, variant and "x1"', () => {
    const reading = read('aliexpress-checkout.html', AE_CHECKOUT);
    expect(reading).toMatchObject({ pageType: 'checkout', state: 'ok' });
    expect(reading.cards).toEqual([
      {
        itemId: '1005001230000001',
        globalItemId: '1005001230000001',
        title: '줌리 어린이 자석 블록 60피스',
        seller: { id: '1101234567', name: '브라이트필드 토이 스토어' },
        storeId: '1101234567',
        variant: '색상: 레인보우',
      },
    ]);
  });

  it('AliExpress order list: each line with its order number and date', () => {
    const reading = read('aliexpress-orders.html', AE_ORDERS);
    expect(reading).toMatchObject({ pageType: 'orders', state: 'ok' });
    expect(
      reading.cards?.map(({ itemId, seller, variant, orderId, orderDate }) => ({
        itemId,
        seller: seller?.name,
        variant,
        orderId,
        orderDate,
      })),
    ).toEqual([
      {
        itemId: '1005001230000001',
        seller: brightfield.name,
        variant: 'Rainbow',
        orderId: '8190000000000001',
        orderDate: '2026-02-17',
      },
      {
        itemId: '1005001230000003',
        seller: northpeak.name,
        variant: 'EU plug',
        orderId: '8190000000000002',
        orderDate: '2026-03-03',
      },
      {
        itemId: '1005001230000004',
        seller: northpeak.name,
        variant: 'Black',
        orderId: '8190000000000002',
        orderDate: '2026-03-03',
      },
    ]);
    // A line with only a picture link takes its title from the picture.
    expect(reading.cards?.[2]?.title).toBe('Northpeak Headlamp 3 Modes');
  });

  it('Temu cart: a shop named inside one line is not given to the other; recommendations left out', () => {
    const reading = read('temu-cart.html', TEMU_CART);
    expect(reading).toMatchObject({ site: 'temu', pageType: 'cart', state: 'ok' });
    expect(reading.cards).toEqual([
      {
        itemId: '601099650000001',
        globalItemId: '601099650000001',
        title: 'Fizzpop Automatic Bubble Machine for Kids',
        variant: 'Blue / 1 pc',
      },
      {
        itemId: '601099650000002',
        globalItemId: '601099650000002',
        title: 'Lumo Silicone Teether Ring',
        variant: 'Green',
        seller: { id: '634418200000001', name: 'Lumo Baby Store' },
        storeId: '634418200000001',
      },
    ]);
  });

  it('Temu checkout: lines with "x<n>" and their spec', () => {
    const reading = read('temu-checkout.html', TEMU_CHECKOUT);
    expect(reading).toMatchObject({ pageType: 'checkout', state: 'ok' });
    expect(reading.cards?.map((c) => [c.itemId, c.title, c.variant])).toEqual([
      ['601099650000001', 'Fizzpop Automatic Bubble Machine for Kids', 'Blue / 1 pc'],
      ['601099650000002', 'Lumo Silicone Teether Ring', 'Green'],
    ]);
  });

  it('Temu order detail: the order number from the URL, the date from the page', () => {
    const reading = read('temu-order-detail.html', TEMU_ORDER);
    expect(reading).toMatchObject({ pageType: 'orders', state: 'ok' });
    expect(reading.cards).toEqual([
      {
        itemId: '601099650000001',
        globalItemId: '601099650000001',
        title: '피즈팝 어린이 자동 비눗방울 기계',
        variant: '블루',
        orderId: 'PO-211-01234567890123456',
        orderDate: '2026-03-05',
      },
    ]);
  });
});

describe('reading rules', () => {
  it('findCards gives each line with its row element, so badges and the summary can find it', () => {
    const doc = documentFrom(ownPage('aliexpress-cart.html'), AE_CART);
    const found = findCards(AE_CART, doc);
    expect(found.map((f) => f.card.itemId)).toEqual(['1005001230000001', '1005001230000002', '1005001230000003']);
    for (const { element, card } of found) {
      // The row holds the line's links and no other line's.
      const ids = new Set(
        [...element.querySelectorAll('a[href*="/item/"]')].map((a) => /(\d{16})/.exec(a.getAttribute('href')!)![1]),
      );
      expect([...ids]).toEqual([card.itemId]);
    }
    expect(readCards(AE_CART, doc).map((c) => c.itemId)).toEqual(found.map((f) => f.card.itemId));
  });

  it('a cart whose lines state no quantity gives no lines (the verdict then says "not checked")', () => {
    const doc = documentFrom(ownPage('aliexpress-cart.html'), AE_CART);
    for (const el of Array.from(doc.querySelectorAll('.cart-product-quantity'))) el.remove();
    expect(readPage(AE_CART, doc)).toMatchObject({ state: 'ok', cards: [] });
  });

  it('a security check on a cart page is a challenge, not an empty cart', () => {
    const doc = documentFrom(ownPage('aliexpress-cart.html'), AE_CART);
    const slider = doc.createElement('div');
    slider.className = 'nc-container';
    const handle = slider.appendChild(doc.createElement('span'));
    handle.className = 'btn_slide';
    handle.textContent = 'slide';
    doc.body.prepend(slider);
    expect(readPage(AE_CART, doc).state).toBe('challenge');
  });

  it('aliexpress.us lines keep the local ID the links carry and add the global one', () => {
    const url = 'https://www.aliexpress.us/p/shoppingcart/index.html';
    const html = '<div><a href="/item/3256801111111111.html">Invented lamp</a><input type="number" value="1"></div>';
    const [card] = readPage(url, documentFrom(`<html><body>${html}</body></html>`, url)).cards ?? [];
    expect(card).toMatchObject({
      itemId: '3256801111111111',
      globalItemId: globalIdOfUsLocal('3256801111111111'),
      localItemId: '3256801111111111',
    });
  });

  it.each([
    ['Order date: Feb 17, 2026', '2026-02-17'],
    ['Placed on 3 March 2026', '2026-03-03'],
    ['주문 시간: 2026년 3월 5일', '2026-03-05'],
    ['2026.03.05 12:00', '2026-03-05'],
    ['Order ID: 8190000000000001', undefined],
    ['2026-13-40', undefined],
  ])('reads the date in %j', (text, expected) => {
    expect(dateInText(text)).toBe(expected);
  });
});
