/**
 * The MAIN-world half (see ../main-world.ts): observes what the page already loaded and posts it to the
 * isolated content script. It must stay self-contained (no runtime imports, no outer variables) so it can be
 * injected on its own, e.g. as `scripting.executeScript({ world: 'MAIN', func })`.
 */
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
  const rec = (v: unknown): Rec | undefined =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : undefined;
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
  // The isolated script may start listening after data arrived (document_idle): keep the latest messages and
  // post them again when it asks (`{ source: 'hazard-check-isolated', kind: 'replay' }`).
  const recent: unknown[] = [];
  const post = (message: Rec) => {
    try {
      const data = plain({ source: SOURCE, ...message });
      recent.push(data);
      if (recent.length > 10) recent.shift();
      win.postMessage(data, win.location.origin);
    } catch {
      // Unserialisable or cyclic data: nothing to report.
    }
  };
  const onReplayRequest = (event: MessageEvent) => {
    const data = rec(event.data);
    if (event.source !== win || data?.source !== 'hazard-check-isolated' || data.kind !== 'replay') return;
    for (const message of recent) win.postMessage(message, win.location.origin);
  };
  win.addEventListener('message', onReplayRequest);
  undo.push(() => win.removeEventListener('message', onReplayRequest));

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
      'goodsId',
      'goodsName',
      'title',
      'mallId',
      'status',
      'minOnSalePrice',
      'minOnSalePriceStr',
      'hdThumbUrl',
      'thumbUrl',
      'goodsProperty',
      'catId',
      'catId1',
      'catId2',
      'catId3',
      'catId4',
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
      .map((item) => ({
        goodsId: idOf(rec(item)?.goods_id),
        title: rec(item)?.title,
        mallId: idOf(rec(item)?.mall_id),
      }))
      .filter((item) => item.goodsId && typeof item.title === 'string');
    if (goods.length) {
      post({
        kind: 'listing-data',
        site: 'temu',
        pageUrl: win.location.href,
        payload: { format: 'temu-search', goods },
      });
    }
  };
  const postPdp = (body: unknown) => {
    const result = rec(rec(rec(body)?.data)?.result);
    const itemId = idOf(rec(rec(result?.GLOBAL_DATA)?.globalData)?.productId);
    if (!result || !itemId) return;
    const keep = ['PRODUCT_TITLE', 'GLOBAL_DATA', 'SHOP_CARD_PC', 'PRODUCT_PROP_PC', 'HEADER_IMAGE_PC'];
    post({
      kind: 'product-data',
      site: 'aliexpress',
      itemId,
      payload: { format: 'aliexpress-pdp', result: pick(result, keep) },
    });
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
          pending
            .then((response) => response.clone().text())
            .then((text) => observe(url, text))
            .catch(() => undefined);
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
            observe(
              url,
              type === 'json' ? this.response : type === '' || type === 'text' ? this.responseText : undefined,
            );
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
      let name: string | null;
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
