/**
 * AliExpress URL rules (www and language subdomains of aliexpress.com, aliexpress.us, the separate
 * aliexpress.ru stack, m. hosts). Which page a URL is, and the IDs it carries.
 */
import type { PageUrlInfo } from '../types';

const HOST = /(?:^|\.)aliexpress\.(?:com|us|ru)$/i;
/** Hosts that only redirect (share links, affiliate links) or serve no shop pages. */
const NON_SHOP_HOSTS = /^(?:a|s\.click|login|message|acs|feedback|report|sale|campaign|helppage|service)\./i;
const LANGUAGE_SUBDOMAIN = /^(es|fr|de|it|pt|nl|pl|tr|ko|ja|ar|he|th|vi|id|ru)\./i;

const ITEM = /^\/item\/(?:[^/]+\/)?(\d{6,20})(?:\.html?)?\/?$/i;
const ITEM_MOBILE = /^\/i\/(\d{6,20})\.html?$/i;
const LEGACY_PRODUCT = /^\/store\/product\/[^/]+\/(\d+)_(\d{6,20})\.html?$/i;
const SSR_PAGE = /^\/ssr\/\d+\/[^/]+\/?$/i;
const STORE = /^\/store\/(\d{3,15})(?:\/|$)/i;
// Cart, checkout and orders: the current `/p/…` app pages on www/.us and the older shoppingcart./trade. hosts.
const CART = /^\/(?:p\/shoppingcart\/index\.html|shopcart\/shopcartDetail\.htm)$/i;
const CHECKOUT = /^\/(?:p\/trade\/confirm\.html|order\/confirm_order\.htm)$/i;
const ORDER_LIST = /^\/(?:p\/order\/index\.html|orderList\.htm)$/i;
const ORDER_DETAIL = /^\/(?:p\/order\/detail\.html|order_detail\.htm)$/i;
const SEARCH = /^\/(?:w\/wholesale-[^/]+\.html|wholesale\/?|af\/[^/]+\.html|popular\/[^/]+\.html|category\/\d+(?:\/[^/]*)?)$/i;

export function isAliExpressHost(host: string): boolean {
  return HOST.test(host);
}

function localeOf(host: string): string | undefined {
  if (/\.ru$/i.test(host)) return 'ru';
  return LANGUAGE_SUBDOMAIN.exec(host)?.[1]?.toLowerCase();
}

/** The first product ID in `productIds=1005007504053574:12000041054145335,…` on bundle/promo SSR pages. */
function ssrProductId(url: URL): string | undefined {
  return /^(\d{6,20})(?:[:,]|$)/.exec(url.searchParams.get('productIds') ?? '')?.[1];
}

export function classifyAliExpressUrl(url: URL): PageUrlInfo | null {
  const host = url.hostname.toLowerCase();
  if (!isAliExpressHost(host)) return null;
  const locale = localeOf(host);
  const base = { site: 'aliexpress' as const, ...(locale && { locale }) };
  if (NON_SHOP_HOSTS.test(host)) return { ...base, pageType: 'other' };
  const path = url.pathname.replace(/\/{2,}/g, '/');

  const item = ITEM.exec(path) ?? ITEM_MOBILE.exec(path);
  if (item?.[1]) return { ...base, pageType: 'product', itemId: item[1] };
  const legacy = LEGACY_PRODUCT.exec(path);
  if (legacy?.[1] && legacy[2]) return { ...base, pageType: 'product', itemId: legacy[2], storeId: legacy[1] };
  if (SSR_PAGE.test(path)) {
    const productId = ssrProductId(url);
    return productId ? { ...base, pageType: 'product', itemId: productId } : { ...base, pageType: 'other' };
  }
  if (CART.test(path)) return { ...base, pageType: 'cart' };
  if (CHECKOUT.test(path)) return { ...base, pageType: 'checkout' };
  if (ORDER_LIST.test(path)) return { ...base, pageType: 'orders' };
  if (ORDER_DETAIL.test(path)) {
    const orderId = orderIdOf(url);
    return { ...base, pageType: 'orders', ...(orderId && { orderId }) };
  }
  if (SEARCH.test(path)) return { ...base, pageType: 'search' };
  const store = STORE.exec(path);
  if (store?.[1]) return { ...base, pageType: 'store', storeId: store[1] };
  return { ...base, pageType: 'other' };
}

/** `orderId=` of an order detail link or URL (AliExpress order numbers are 15–20 digits). */
export function orderIdOf(url: URL): string | undefined {
  const id = url.searchParams.get('orderId') ?? url.searchParams.get('orderid') ?? '';
  return /^\d{8,24}$/.test(id) ? id : undefined;
}

/** Where the buyer asks for a refund: AliExpress starts returns and disputes from the order's detail page. */
export function aliexpressOrderHelpUrl(orderId: string | undefined): string {
  return orderId && /^\d{8,24}$/.test(orderId)
    ? `https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`
    : 'https://www.aliexpress.com/p/order/index.html';
}

/** The item ID inside an AliExpress product link (`/item/<id>.html`, `/i/<id>.html`, SSR `productIds=`). */
export function itemIdFromHref(url: URL): string | undefined {
  const info = classifyAliExpressUrl(url);
  return info?.pageType === 'product' ? info.itemId : undefined;
}

/** The global `1005…` ID a search card link carries in `utparam-url=…x_object_id%3A<id>`. */
export function objectIdFromHref(href: string): string | undefined {
  return /x_object_id(?:%3A|:)(\d{6,20})/i.exec(href)?.[1];
}

/** `/store/<storeNum>` in a link. */
export function storeNumFromHref(url: URL): string | undefined {
  if (!isAliExpressHost(url.hostname)) return undefined;
  return STORE.exec(url.pathname)?.[1];
}

/** Challenge redirects: the punish page and x5sec/tmd tokens in the URL. */
export function isChallengeUrl(url: URL): boolean {
  return /\/punish\b/i.test(url.pathname) || /_____tmd_____|x5secdata/i.test(url.href);
}

/**
 * aliexpress.us numbers its items apart from the global site, at a fixed offset: the local `3256…` ID is
 * the global `1005…` ID plus 2^51 (so on every saved .us page and every .us listing we hold). Null for an ID
 * that is not a .us local ID.
 */
const US_LOCAL_OFFSET = 2n ** 51n;

export function globalIdOfUsLocal(localId: string): string | undefined {
  if (!/^3256\d{12}$/.test(localId)) return undefined;
  const global = (BigInt(localId) - US_LOCAL_OFFSET).toString();
  return /^1005\d{12}$/.test(global) ? global : undefined;
}
