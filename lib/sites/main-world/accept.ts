/**
 * The isolated-world half (see ../main-world.ts): validates MAIN-world messages and merges them into readings.
 * Messages are hints from the page's world, never trusted: source window, origin, shape and item ID are checked,
 * and merged data only fills gaps.
 */
import { pdpProductId, productFromPdp } from '../aliexpress/pdp';
import { goodsFromRawData, goodsListFrom } from '../temu/raw-data';
import { productFromGoods } from '../temu/product';
import { cleanTitle } from '../text';
import { PURCHASE_PAGE_TYPES, type CardReading, type PageReading, type ProductReading, type Site } from '../types';
import { asRecord, at, idString } from '../values';
import { ISOLATED_SOURCE, MAIN_WORLD_SOURCE } from './messages';

/** What the isolated world takes from a valid product message: a partial reading for that item. */
export interface MainWorldProductData {
  site: Site;
  itemId: string;
  product: ProductReading;
  /** Temu status 5 / "Unavailable for purchase". */
  unavailable: boolean;
}

export interface MainWorldListingData {
  site: 'temu';
  cards: CardReading[];
}

interface AcceptOptions {
  /** The window the messages must come from (the content script's `window`). */
  window?: Window;
}

function fromOwnPage(event: MessageEvent, options: AcceptOptions): boolean {
  const win = options.window ?? (typeof window === 'undefined' ? undefined : window);
  if (!win) return false;
  return event.source === win && event.origin === win.location.origin;
}

/**
 * Validates a MAIN-world product message for the item(s) the page is about (URL ID, global ID) and turns it
 * into a partial reading. Returns null for anything else: other windows or origins, wrong shape, other items.
 */
export function acceptMainWorldMessage(
  event: MessageEvent,
  expectedItemId: string | readonly (string | undefined)[],
  options: AcceptOptions = {},
): MainWorldProductData | null {
  if (!fromOwnPage(event, options)) return null;
  const data = asRecord(event.data);
  if (!data || data.source !== MAIN_WORLD_SOURCE || data.kind !== 'product-data') return null;
  const expected = (typeof expectedItemId === 'string' ? [expectedItemId] : expectedItemId).filter(Boolean);
  const itemId = idString(data.itemId);
  if (!itemId || !expected.includes(itemId)) return null;
  const payload = asRecord(data.payload);
  if (data.site === 'temu' && payload?.format === 'temu-goods') {
    const goods = goodsFromRawData({ store: payload.store });
    if (!goods || goods.goodsId !== itemId) return null;
    return { site: 'temu', itemId, product: productFromGoods(itemId, goods), unavailable: goods.status === 5 };
  }
  if (data.site === 'aliexpress' && payload?.format === 'aliexpress-pdp') {
    const result = asRecord(payload.result);
    if (!result || pdpProductId(result) !== itemId) return null;
    return { site: 'aliexpress', itemId, product: productFromPdp(itemId, result), unavailable: false };
  }
  return null;
}

const samePage = (a: string, b: string) => {
  try {
    const left = new URL(a);
    const right = new URL(b);
    left.hash = '';
    right.hash = '';
    return left.href === right.href;
  } catch {
    return false;
  }
};

/** Validates a MAIN-world listing message for the page at `pageUrl` and turns it into cards. */
export function acceptMainWorldListing(
  event: MessageEvent,
  pageUrl: string,
  options: AcceptOptions = {},
): MainWorldListingData | null {
  if (!fromOwnPage(event, options)) return null;
  const data = asRecord(event.data);
  if (!data || data.source !== MAIN_WORLD_SOURCE || data.kind !== 'listing-data' || data.site !== 'temu') return null;
  if (typeof data.pageUrl !== 'string' || !samePage(data.pageUrl, pageUrl)) return null;
  if (at(data.payload, 'format') !== 'temu-search') return null;
  return { site: 'temu', cards: cardsFromTemuSearch(at(data.payload, 'goods')) };
}

/** Cards from a Temu search response body or an observed goods list. */
export function cardsFromTemuSearch(body: unknown): CardReading[] {
  const list = Array.isArray(body) ? { goodsList: body } : body;
  const seen = new Set<string>();
  return goodsListFrom(list).flatMap((item) => {
    if (seen.has(item.goodsId)) return [];
    seen.add(item.goodsId);
    const title = cleanTitle(item.title);
    return [
      {
        itemId: item.goodsId,
        globalItemId: item.goodsId,
        ...(title && { title }),
        ...(item.mallId && { storeId: item.mallId }),
      },
    ];
  });
}

const KEPT_STATES = new Set(['challenge', 'not-found', 'unsupported']);

/**
 * Fills what the reading lacks from MAIN-world data for the same item. A reading that was `unreadable`
 * (not rendered yet, or stale SSR data) becomes `ok` once a title arrives; challenge/404 pages stay as they are.
 */
export function mergeMainWorldData(reading: PageReading, data: MainWorldProductData): PageReading {
  const current = reading.product;
  if (reading.site !== data.site || reading.pageType !== 'product' || !current) return reading;
  if (data.itemId !== current.itemId && data.itemId !== current.globalItemId) return reading;
  if (KEPT_STATES.has(reading.state)) return reading;
  const product: ProductReading = { ...data.product, ...stripUndefined(current), itemId: current.itemId };
  if (!current.seller && data.product.seller) product.seller = data.product.seller;
  else if (current.seller && data.product.seller)
    product.seller = { ...data.product.seller, ...stripUndefined(current.seller) };
  const merged: PageReading = { ...reading, product };
  if (data.unavailable) return { ...merged, state: 'unavailable', reason: 'Temu shows "Unavailable for purchase"' };
  if (reading.state === 'unreadable' && product.title) {
    const { reason: _reason, ...rest } = merged;
    return { ...rest, state: 'ok' };
  }
  return merged;
}

/** Adds MAIN-world cards to a listing reading (cards already read keep their values). */
export function mergeMainWorldCards(reading: PageReading, data: MainWorldListingData): PageReading {
  // Search results seen on a cart or order page are its recommendations, not what the user is buying.
  if (reading.site !== data.site || reading.pageType === 'product' || reading.pageType === 'other') return reading;
  if (PURCHASE_PAGE_TYPES.includes(reading.pageType)) return reading;
  if (reading.state !== 'ok') return reading;
  const cards = new Map((reading.cards ?? []).map((card) => [card.itemId, card]));
  for (const card of data.cards) cards.set(card.itemId, { ...card, ...stripUndefined(cards.get(card.itemId) ?? {}) });
  return { ...reading, cards: [...cards.values()] };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Asks the MAIN-world observer to post its latest messages again: call it once the listener is installed
 * (the observer may have posted before the content script ran) and after in-app navigation.
 */
export function requestMainWorldReplay(win: Window = window): void {
  win.postMessage({ source: ISOLATED_SOURCE, kind: 'replay' }, win.location.origin);
}
