import { Window as HappyWindow } from 'happy-dom';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { readPage } from '../../../lib/sites';
import {
  acceptMainWorldListing,
  acceptMainWorldMessage,
  installMainWorldObserver,
  MAIN_WORLD_SOURCE,
  mergeMainWorldCards,
  mergeMainWorldData,
  requestMainWorldReplay,
} from '../../../lib/sites/main-world';
import { closeDocuments, documentFrom, ownPage } from './helpers';

/** The DOM's own window type (what the observer and validator take). */
type PageWindow = globalThis.Window & typeof globalThis;

const windows: HappyWindow[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});
afterAll(closeDocuments);

/** A page window whose messages to itself are collected. */
function pageWindow(url: string) {
  const window = new HappyWindow({
    url,
    settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  windows.push(window);
  const win = window as unknown as PageWindow;
  const messages: MessageEvent[] = [];
  win.addEventListener('message', (event) => messages.push(event as unknown as MessageEvent));
  const flush = () => window.happyDOM.waitUntilComplete();
  return { win, messages, flush };
}

const GOODS = '601099650626830';
const TEMU_URL = `https://www.temu.com/uk/kids-bubble-machine-g-${GOODS}.html`;
const temuStore = (goodsId: string, extra: Record<string, unknown> = {}) => ({
  goodsId,
  goods: { goodsId, goodsName: 'Kids Bubble Machine 40 Holes', mallId: '634418212799430', status: 1, ...extra },
  mall: { mallData: { mallId: '634418212799430', mallName: 'Bubble Toys Official' } },
  crumbOptList: [{ optName: 'Toys & Games' }],
});

describe('installMainWorldObserver (MAIN world)', () => {
  it('posts Temu rawData already on the page, and the isolated side merges it into a stale reading', async () => {
    const { win, messages, flush } = pageWindow(TEMU_URL);
    (win as unknown as Record<string, unknown>).rawData = { store: temuStore(GOODS) };
    installMainWorldObserver(win);
    await flush();
    expect(messages).toHaveLength(1);
    const data = acceptMainWorldMessage(messages[0]!, GOODS, { window: win });
    expect(data).toMatchObject({ site: 'temu', itemId: GOODS, unavailable: false });
    expect(data?.product).toMatchObject({
      title: 'Kids Bubble Machine 40 Holes',
      seller: { name: 'Bubble Toys Official', id: '634418212799430' },
    });

    // The SSR page still describes the previous goods: unreadable until this fresh data is merged.
    const stale = readPage(TEMU_URL, documentFrom(ownPage('temu-product-stale.html'), TEMU_URL));
    expect(stale.state).toBe('unreadable');
    const merged = mergeMainWorldData(stale, data!);
    expect(merged.state).toBe('ok');
    expect(merged.reason).toBeUndefined();
    expect(merged.product).toMatchObject({
      itemId: GOODS,
      title: 'Kids Bubble Machine 40 Holes',
      category: ['Toys & Games'],
    });
  });

  it('posts its latest data again when the isolated script asks (it may start listening late)', async () => {
    const { win, messages, flush } = pageWindow(TEMU_URL);
    (win as unknown as Record<string, unknown>).rawData = { store: temuStore(GOODS) };
    const uninstall = installMainWorldObserver(win);
    await flush();
    requestMainWorldReplay(win);
    await flush();
    await flush();
    const fromMain = messages.filter((m) => (m.data as { source?: string }).source === MAIN_WORLD_SOURCE);
    expect(fromMain).toHaveLength(2);
    expect(fromMain[1]!.data).toEqual(fromMain[0]!.data);
    expect(acceptMainWorldMessage(fromMain[1]!, GOODS, { window: win })?.itemId).toBe(GOODS);
    uninstall();
    requestMainWorldReplay(win);
    await flush();
    await flush();
    expect(messages.filter((m) => (m.data as { source?: string }).source === MAIN_WORLD_SOURCE)).toHaveLength(2);
  });

  it('observes a clone of Temu search responses from fetch and leaves the page its own response', async () => {
    const { win, messages, flush } = pageWindow('https://www.temu.com/uk/search_result.html?search_key=bubble');
    const body = {
      result: {
        data: { goods_list: [{ goods_id: 601099650626831, mall_id: 634418212799431, title: 'Bubble Gun 20 Holes' }] },
      },
    };
    const pageResponse = new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    const pageFetch = vi.fn(async () => pageResponse);
    win.fetch = pageFetch as unknown as PageWindow['fetch'];
    installMainWorldObserver(win);

    const response = await win.fetch('/api/poppy/v1/search?scene=search', { method: 'POST', body: '{}' });
    expect(response).toBe(pageResponse);
    expect(await response.json()).toEqual(body);
    expect(pageFetch).toHaveBeenCalledWith('/api/poppy/v1/search?scene=search', { method: 'POST', body: '{}' });
    await vi.waitFor(async () => {
      await flush();
      expect(messages).toHaveLength(1);
    });
    const listing = acceptMainWorldListing(messages[0]!, win.location.href, { window: win });
    expect(listing?.cards).toEqual([
      {
        itemId: '601099650626831',
        globalItemId: '601099650626831',
        title: 'Bubble Gun 20 Holes',
        storeId: '634418212799431',
      },
    ]);
    const reading = readPage(win.location.href, documentFrom('<html><body></body></html>', win.location.href));
    expect(mergeMainWorldCards(reading, listing!).cards).toHaveLength(1);
    expect(
      acceptMainWorldListing(messages[0]!, 'https://www.temu.com/uk/search_result.html?search_key=other', {
        window: win,
      }),
    ).toBeNull();
  });

  it('never touches Temu captcha endpoints (/api/phantom/) or unrelated requests', async () => {
    const { win, messages, flush } = pageWindow(TEMU_URL);
    const clone = vi.fn();
    const phantomResponse = { clone } as unknown as Response;
    win.fetch = vi.fn(async () => phantomResponse) as unknown as PageWindow['fetch'];
    installMainWorldObserver(win);
    expect(await win.fetch('https://www.temu.com/api/phantom/vc_pre_ck', { method: 'POST' })).toBe(phantomResponse);
    expect(await win.fetch('https://www.temu.com/api/phantom/obtain_captcha')).toBe(phantomResponse);
    expect(await win.fetch('https://www.temu.com/api/bg/other')).toBe(phantomResponse);
    await flush();
    expect(clone).not.toHaveBeenCalled();
    expect(messages).toHaveLength(0);
  });

  it('reads finished XHR responses without changing what the page receives', async () => {
    const { win, messages, flush } = pageWindow(TEMU_URL);
    class PageXhr extends EventTarget {
      responseType = '';
      responseText = '';
      response: unknown = '';
      url = '';
      open(_method: string, url: string) {
        this.url = url;
      }
      send() {
        this.responseText = JSON.stringify({ data: { store: temuStore(GOODS) } });
        this.response = this.responseText;
        this.dispatchEvent(new Event('load'));
      }
    }
    (win as unknown as { XMLHttpRequest: unknown }).XMLHttpRequest = PageXhr;
    const uninstall = installMainWorldObserver(win);
    const xhr = new PageXhr();
    const seen: string[] = [];
    xhr.addEventListener('load', () => seen.push(xhr.responseText));
    xhr.open('POST', '/api/oak/integration/render');
    xhr.send();
    await flush();
    expect(seen).toHaveLength(1);
    expect(JSON.parse(seen[0]!).data.store.goodsId).toBe(GOODS);
    expect(acceptMainWorldMessage(messages[0]!, GOODS, { window: win })?.product.title).toBe(
      'Kids Bubble Machine 40 Holes',
    );

    uninstall();
    const again = new PageXhr();
    again.open('POST', '/api/oak/integration/render');
    again.send();
    await flush();
    expect(messages).toHaveLength(1);
  });

  it('wraps the AliExpress pdp JSONP callback, passes the payload through unchanged, and posts it', async () => {
    const url = 'https://ko.aliexpress.com/item/1005009900112233.html';
    const { win, messages, flush } = pageWindow(url);
    installMainWorldObserver(win);
    const pageCallback = vi.fn();
    (win as unknown as Record<string, unknown>).mtopjsonp3 = pageCallback;
    const script = win.document.createElement('script');
    script.setAttribute(
      'src',
      'https://acs.aliexpress.com/h5/mtop.aliexpress.pdp.pc.query/1.0/?appKey=12574478&callback=mtopjsonp3',
    );
    win.document.head.append(script);
    await flush();

    const payload = {
      api: 'mtop.aliexpress.pdp.pc.query',
      ret: ['SUCCESS::调用成功'],
      data: {
        result: {
          PRODUCT_TITLE: { text: '어린이 비눗방울 머신 40구멍 - AliExpress' },
          GLOBAL_DATA: {
            globalData: { productId: 1005009900112233, storeName: '버블 토이 공식 스토어', storeId: 1102928353 },
          },
          PRODUCT_PROP_PC: { showedProps: [{ attrName: 'Model Number', attrValue: 'BK-40' }] },
          HEADER_IMAGE_PC: { imagePathList: ['//ae01.alicdn.com/kf/Sbubble.jpg'] },
          PRICE: { skuPriceInfoMap: { huge: 'not forwarded' } },
        },
      },
    };
    (win as unknown as Record<string, (p: unknown) => void>).mtopjsonp3!(payload);
    expect(pageCallback).toHaveBeenCalledWith(payload);
    await flush();
    expect(messages).toHaveLength(1);
    expect(JSON.stringify(messages[0]!.data)).not.toContain('not forwarded');

    const data = acceptMainWorldMessage(messages[0]!, ['1005009900112233'], { window: win });
    expect(data?.product).toEqual({
      itemId: '1005009900112233',
      title: '어린이 비눗방울 머신 40구멍',
      seller: { name: '버블 토이 공식 스토어', id: '1102928353' },
      models: ['BK-40'],
      image: 'https://ae01.alicdn.com/kf/Sbubble.jpg',
    });
    // A client-rendered page before hydration: unreadable, then ok with the observed data.
    const doc = documentFrom(ownPage('aliexpress-ko-product.html'), url);
    for (const el of Array.from(
      doc.querySelectorAll('meta[property="og:title"], script[type="application/ld+json"], h1'),
    ))
      el.remove();
    const before = readPage(url, doc);
    expect(before.state).toBe('unreadable');
    const after = mergeMainWorldData(before, data!);
    expect(after).toMatchObject({ state: 'ok', product: { title: '어린이 비눗방울 머신 40구멍', models: ['BK-40'] } });
  });
});

describe('acceptMainWorldMessage (isolated world)', () => {
  const valid = {
    source: MAIN_WORLD_SOURCE,
    kind: 'product-data',
    site: 'temu',
    itemId: GOODS,
    payload: { format: 'temu-goods', store: temuStore(GOODS) },
  };

  function event(win: PageWindow, data: unknown, init: Partial<MessageEventInit> = {}) {
    // happy-dom's MessageEvent: Node's own only accepts a MessagePort as source.
    return new win.MessageEvent('message', {
      data,
      origin: win.location.origin,
      source: win as unknown as MessageEventSource,
      ...init,
    });
  }

  it('accepts only its own window and origin, the expected item, and a payload about that item', () => {
    const { win } = pageWindow(TEMU_URL);
    const other = pageWindow('https://www.temu.com/').win;
    expect(acceptMainWorldMessage(event(win, valid), GOODS, { window: win })).not.toBeNull();
    expect(acceptMainWorldMessage(event(win, valid), '601000000000001', { window: win })).toBeNull();
    expect(
      acceptMainWorldMessage(event(win, valid, { origin: 'https://evil.example' }), GOODS, { window: win }),
    ).toBeNull();
    expect(
      acceptMainWorldMessage(event(win, valid, { source: other as unknown as MessageEventSource }), GOODS, {
        window: win,
      }),
    ).toBeNull();
    expect(acceptMainWorldMessage(event(win, { ...valid, source: 'someone-else' }), GOODS, { window: win })).toBeNull();
    expect(
      acceptMainWorldMessage(
        event(win, { ...valid, payload: { format: 'temu-goods', store: temuStore('601000000000001') } }),
        GOODS,
        { window: win },
      ),
    ).toBeNull();
    expect(
      acceptMainWorldMessage(event(win, { ...valid, payload: { format: 'unknown' } }), GOODS, { window: win }),
    ).toBeNull();
    expect(acceptMainWorldMessage(event(win, 'not an object'), GOODS, { window: win })).toBeNull();
    expect(acceptMainWorldMessage(event(win, { ...valid, site: 'aliexpress' }), GOODS, { window: win })).toBeNull();
  });

  it('marks status 5 as unavailable, and merging never overrides challenge or 404 states', () => {
    const { win } = pageWindow(TEMU_URL);
    const unavailable = {
      ...valid,
      payload: { format: 'temu-goods', store: temuStore(GOODS, { status: 5, goodsName: 'Unavailable for purchase' }) },
    };
    const data = acceptMainWorldMessage(event(win, unavailable), GOODS, { window: win })!;
    expect(data.unavailable).toBe(true);
    expect(data.product.title).toBeUndefined();
    const product = { itemId: GOODS, globalItemId: GOODS };
    const base = { site: 'temu' as const, pageType: 'product' as const, url: TEMU_URL, product };
    expect(mergeMainWorldData({ ...base, state: 'unreadable' }, data).state).toBe('unavailable');
    expect(mergeMainWorldData({ ...base, state: 'challenge' }, data).state).toBe('challenge');
    const otherItem = { ...base, state: 'unreadable' as const, product: { itemId: '601000000000001' } };
    expect(mergeMainWorldData(otherItem, data)).toBe(otherItem);
  });
});
