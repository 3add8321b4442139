/**
 * AliExpress page kinds (www and language subdomains of aliexpress.com, aliexpress.us, the separate
 * aliexpress.ru stack, m. hosts): which page a URL is. The listing IDs a URL carries are read by the
 * identifier module (`lib/identifiers`), which the card reader and the badge placer share.
 */
import { aliexpressProductOfPath, isAliExpressHost, isAliExpressShopHost } from '../../identifiers';
import type { PageUrlInfo } from '../types';

const LANGUAGE_SUBDOMAIN = /^(es|fr|de|it|pt|nl|pl|tr|ko|ja|ar|he|th|vi|id|ru)\./i;
const SSR_PAGE = /^\/ssr\//i;
const STORE = /^\/store\/(\d{3,15})(?:\/|$)/i;
// Cart, checkout and orders: the current `/p/…` app pages on www/.us and the older shoppingcart./trade. hosts.
const CART = /^\/(?:p\/shoppingcart\/index\.html|shopcart\/shopcartDetail\.htm)$/i;
const CHECKOUT = /^\/(?:p\/trade\/confirm\.html|order\/confirm_order\.htm)$/i;
const ORDER_LIST = /^\/(?:p\/order\/index\.html|orderList\.htm)$/i;
const ORDER_DETAIL = /^\/(?:p\/order\/detail\.html|order_detail\.htm)$/i;
const SEARCH =
  /^\/(?:w\/wholesale-[^/]+\.html|wholesale\/?|af\/[^/]+\.html|popular\/[^/]+\.html|category\/\d+(?:\/[^/]*)?)$/i;

function localeOf(host: string): string | undefined {
  if (/\.ru$/i.test(host)) return 'ru';
  return LANGUAGE_SUBDOMAIN.exec(host)?.[1]?.toLowerCase();
}

export function classifyAliExpressUrl(url: URL): PageUrlInfo | null {
  const host = url.hostname.toLowerCase();
  if (!isAliExpressHost(host)) return null;
  const locale = localeOf(host);
  const base = { site: 'aliexpress' as const, ...(locale && { locale }) };
  if (!isAliExpressShopHost(host)) return { ...base, pageType: 'other' };
  const path = url.pathname.replace(/\/{2,}/g, '/');

  const product = aliexpressProductOfPath(url);
  if (product) return { ...base, pageType: 'product', ...product };
  if (CART.test(path)) return { ...base, pageType: 'cart' };
  if (CHECKOUT.test(path)) return { ...base, pageType: 'checkout' };
  if (ORDER_LIST.test(path)) return { ...base, pageType: 'orders' };
  if (ORDER_DETAIL.test(path)) {
    const orderId = orderIdOf(url);
    return { ...base, pageType: 'orders', ...(orderId && { orderId }) };
  }
  // A bundle/promotion page without a product list is not a listing page either.
  if (SSR_PAGE.test(path)) return { ...base, pageType: 'other' };
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

/** `/store/<storeNum>` in a link. */
export function storeNumFromHref(url: URL): string | undefined {
  if (!isAliExpressHost(url.hostname)) return undefined;
  return STORE.exec(url.pathname)?.[1];
}

/** Challenge redirects: the punish page and x5sec/tmd tokens in the URL. */
export function isChallengeUrl(url: URL): boolean {
  return /\/punish\b/i.test(url.pathname) || /_____tmd_____|x5secdata/i.test(url.href);
}
