/**
 * Page data only the page's own JavaScript world can see, handed to the isolated content script.
 *
 * Some data never reaches the DOM: AliExpress client-rendered product pages load their product over JSONP
 * (`mtop.aliexpress.pdp.pc.query`), and after in-app navigation Temu's `window.rawData` is stale while the new
 * goods arrive over `fetch`/XHR. A small observer in the MAIN world reads what the page already loaded and
 * posts it; the isolated world validates it and merges it into the reading.
 *
 * Wiring (done by the entrypoints owner):
 *   1. MAIN world, as early as possible, e.g. a WXT content script with `world: 'MAIN'`, `runAt: 'document_start'`,
 *      the same `matches` as the main content script:
 *        main() { installMainWorldObserver(window); }
 *      `installMainWorldObserver` is self-contained (uses nothing outside its body), so it can also be passed as
 *      `func` to `scripting.executeScript({ world: 'MAIN' })`.
 *   2. Isolated content script:
 *        window.addEventListener('message', (event) => {
 *          const product = acceptMainWorldMessage(event, [reading.product.itemId, reading.product.globalItemId]);
 *          if (product) reading = mergeMainWorldData(reading, product);
 *          const listing = acceptMainWorldListing(event, location.href);
 *          if (listing) reading = mergeMainWorldCards(reading, listing);
 *        });
 *
 * The observer never calls a marketplace API, never changes a request or response (responses are cloned), and
 * never touches Temu's `/api/phantom/` captcha endpoints. Messages are only hints: any page script can post the
 * same shape, so the isolated side checks source window, origin, shape and item ID, and only fills gaps.
 */
import { pdpProductId, productFromPdp } from './aliexpress/pdp';
import { goodsFromRawData, goodsListFrom } from './temu/raw-data';
import { productFromGoods } from './temu/product';
import { cleanTitle } from './text';
import type { CardReading, PageReading, ProductReading, Site } from './types';
import { asRecord, at, idString } from './values';

export const MAIN_WORLD_SOURCE = 'hazard-check-main';

export type MainWorldPayload =
  | { format: 'aliexpress-pdp'; result: Record<string, unknown> }
  | { format: 'temu-goods'; store: Record<string, unknown> };

export interface MainWorldProductMessage {
  source: typeof MAIN_WORLD_SOURCE;
  kind: 'product-data';
  site: Site;
  itemId: string;
  payload: MainWorldPayload;
}

export interface MainWorldListingMessage {
  source: typeof MAIN_WORLD_SOURCE;
  kind: 'listing-data';
  site: 'temu';
  /** `location.href` when the response arrived: listing data is bound to the page, not to an item. */
  pageUrl: string;
  payload: { format: 'temu-search'; goods: { goodsId: string; title?: string; mallId?: string }[] };
}

/**
 * Runs in the page's MAIN world. Self-contained on purpose (no imports, no outer variables). Returns a
 * function that removes the hooks it installed.
 */
export function installMainWorldObserver(win: Window & typeof globalThis): () => void {
  const SOURCE = 'hazard-check-main';
  const MAX_TEXT = 8_000_000;
  const host = win.location.hostname;
  const onTemu = /(?:^|\.)temu\.com$/i.test(host);
  const onAliExpress = /(?:^|\.)aliexpress\.(?:com|us|ru)$/i.test(host);
  const undo: (() => void)[] = [];
  type Rec = Record<string, unknown>;
  const rec = (v: unknown): Rec | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : undefined);
  const idOf = (v: unknown): string | undefined => {
    const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '';
    return /^\d{6,20}$/.test(text) ? text : undefined;
  };
  const pick = (v: unknown, keys: string[]): Rec | undefined => {
    const source = rec(v);
    if (!source) return undefined;
    const out: Rec = {};
    for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
    return out;
  };
  // Structured-clone-safe copy of plain data (drops functions, cycles throw and are skipped).
  const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v ?? null));
  const post = (message: Rec) => {
    try {
      win.postMessage(plain({ source: SOURCE, ...message }), win.location.origin);
    } catch {
      // Unserialisable or cyclic data: nothing to report.
    }
  };

  const temuStore = (value: unknown, depth = 0): Rec | undefined => {
    const record = rec(value);
    if (!record || depth > 5) return undefined;
    if (rec(record.goods) && idOf(rec(record.goods)?.goodsId)) return record;
    for (const key of Object.keys(record)) {
      const found = temuStore(record[key], depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  const postTemuStore = (store: Rec) => {
    const goods = pick(store.goods, [
      'goodsId', 'goodsName', 'title', 'mallId', 'status', 'minOnSalePrice', 'minOnSalePriceStr', 'hdThumbUrl',
      'thumbUrl', 'goodsProperty', 'catId', 'catId1', 'catId2', 'catId3', 'catId4',
    ]);
    const itemId = idOf(goods?.goodsId);
    if (!goods || !itemId) return;
    const mallData = pick(rec(rec(store.mall)?.mallData) ?? store.mall, ['mallId', 'mallName']);
    const crumbs = Array.isArray(store.crumbOptList) ? store.crumbOptList.map((c) => pick(c, ['optName'])) : undefined;
    post({
      kind: 'product-data',
      site: 'temu',
      itemId,
      payload: { format: 'temu-goods', store: { goodsId: itemId, goods, mall: { mallData }, crumbOptList: crumbs } },
    });
  };
  const postTemuSearch = (body: Rec) => {
    const list = rec(rec(body.result)?.data)?.goods_list ?? rec(body.data)?.goods_list;
    if (!Array.isArray(list)) return;
    const goods = list
      .map((item) => ({ goodsId: idOf(rec(item)?.goods_id), title: rec(item)?.title, mallId: idOf(rec(item)?.mall_id) }))
      .filter((item) => item.goodsId && typeof item.title === 'string');
    if (goods.length) {
      post({ kind: 'listing-data', site: 'temu', pageUrl: win.location.href, payload: { format: 'temu-search', goods } });
    }
  };
  const postPdp = (body: unknown) => {
    const result = rec(rec(rec(body)?.data)?.result);
    const itemId = idOf(rec(rec(result?.GLOBAL_DATA)?.globalData)?.productId);
    if (!result || !itemId) return;
    const keep = ['PRODUCT_TITLE', 'GLOBAL_DATA', 'SHOP_CARD_PC', 'PRODUCT_PROP_PC', 'HEADER_IMAGE_PC'];
    post({ kind: 'product-data', site: 'aliexpress', itemId, payload: { format: 'aliexpress-pdp', result: pick(result, keep) } });
  };

  const interesting = (url: string): boolean => {
    if (/\/api\/phantom\//i.test(url)) return false;
    if (onAliExpress) return /mtop\.aliexpress\.pdp\.pc\.query/i.test(url);
    return onTemu && /\/api\/(?:poppy\/v1\/(?:search|goods_detail)|oak\/integration\/render)/i.test(url);
  };
  const observe = (url: string, body: unknown) => {
    let data = body;
    if (typeof body === 'string') {
      if (body.length > MAX_TEXT) return;
      // JSONP text: `mtopjsonp3({...})`.
      const text = body.trim();
      const json = /^[\w$.]+\s*\(/.test(text) ? text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')) : text;
      try {
        data = JSON.parse(json);
      } catch {
        return;
      }
    }
    const record = rec(data);
    if (!record) return;
    if (onAliExpress) return postPdp(record);
    if (/\/api\/poppy\/v1\/search/i.test(url)) return postTemuSearch(record);
    const store = temuStore(record);
    if (store) postTemuStore(store);
  };

  // Temu server-rendered data, once the inline script has run.
  const readRawData = () => {
    const store = temuStore(rec((win as unknown as Rec).rawData)?.store ?? (win as unknown as Rec).rawData);
    if (store) postTemuStore(store);
  };
  if (onTemu) {
    readRawData();
    win.document.addEventListener('DOMContentLoaded', readRawData, { once: true });
    undo.push(() => win.document.removeEventListener('DOMContentLoaded', readRawData));
  }

  // fetch: observe a clone of interesting responses; the page gets its own response untouched.
  const originalFetch = win.fetch;
  if (typeof originalFetch === 'function') {
    const wrappedFetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
      const pending = originalFetch.apply(this, args);
      try {
        const input = args[0];
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : (input as Request).url;
        if (interesting(url)) {
          pending.then((response) => response.clone().text()).then((text) => observe(url, text)).catch(() => undefined);
        }
      } catch {
        // Never let observation break the page's request.
      }
      return pending;
    };
    win.fetch = wrappedFetch as typeof fetch;
    undo.push(() => {
      if (win.fetch === wrappedFetch) win.fetch = originalFetch;
    });
  }

  // XHR: remember the URL on open, read the finished response on load.
  const xhrProto = win.XMLHttpRequest?.prototype;
  if (xhrProto) {
    const urls = new WeakMap<XMLHttpRequest, string>();
    const originalOpen = xhrProto.open;
    const originalSend = xhrProto.send;
    const open = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        urls.set(this, String(args[1]));
      } catch {
        // ignore
      }
      return (originalOpen as (...a: unknown[]) => void).apply(this, args);
    };
    const send = function (this: XMLHttpRequest, ...args: unknown[]) {
      const url = urls.get(this) ?? '';
      if (interesting(url)) {
        this.addEventListener('load', () => {
          try {
            const type = this.responseType;
            observe(url, type === 'json' ? this.response : type === '' || type === 'text' ? this.responseText : undefined);
          } catch {
            // ignore
          }
        });
      }
      return (originalSend as (...a: unknown[]) => void).apply(this, args);
    };
    xhrProto.open = open as typeof xhrProto.open;
    xhrProto.send = send as typeof xhrProto.send;
    undo.push(() => {
      if (xhrProto.open === open) xhrProto.open = originalOpen;
      if (xhrProto.send === send) xhrProto.send = originalSend;
    });
  }

  // JSONP (AliExpress mtop): when the pdp script is inserted, wrap its callback to read the argument.
  if (onAliExpress && typeof win.MutationObserver === 'function') {
    const wrapCallback = (script: Element) => {
      const src = script.getAttribute('src') ?? '';
      if (!interesting(src)) return;
      let name: string | null = null;
      try {
        name = new URL(src, win.location.href).searchParams.get('callback');
      } catch {
        return;
      }
      const target = win as unknown as Record<string, unknown>;
      const original = name && /^[\w$]+$/.test(name) ? target[name] : undefined;
      if (!name || typeof original !== 'function' || (original as { __hazardCheck?: boolean }).__hazardCheck) return;
      const wrapped = function (this: unknown, ...args: unknown[]) {
        try {
          observe(src, args[0]);
        } catch {
          // ignore
        }
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
      (wrapped as { __hazardCheck?: boolean }).__hazardCheck = true;
      target[name] = wrapped;
    };
    const observer = new win.MutationObserver((records) => {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if ((node as Element).tagName?.toUpperCase() === 'SCRIPT') wrapCallback(node as Element);
        }
      }
    });
    observer.observe(win.document, { childList: true, subtree: true });
    undo.push(() => observer.disconnect());
  }

  return () => {
    for (const step of undo.splice(0)) step();
  };
}

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
    return [{
      itemId: item.goodsId,
      globalItemId: item.goodsId,
      ...(title && { title }),
      ...(item.mallId && { storeId: item.mallId }),
    }];
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
  else if (current.seller && data.product.seller) product.seller = { ...data.product.seller, ...stripUndefined(current.seller) };
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
  if (reading.site !== data.site || reading.pageType === 'product' || reading.pageType === 'other') return reading;
  if (reading.state !== 'ok') return reading;
  const cards = new Map((reading.cards ?? []).map((card) => [card.itemId, card]));
  for (const card of data.cards) cards.set(card.itemId, { ...card, ...stripUndefined(cards.get(card.itemId) ?? {}) });
  return { ...reading, cards: [...cards.values()] };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
