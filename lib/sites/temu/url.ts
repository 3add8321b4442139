/**
 * Temu page kinds: one shop host (`www.temu.com`, also bare `temu.com`) with optional locale prefixes
 * (`/kr/`, `/uk/`, `/pk-en/`, `/jp-zh-Hans/`). Goods IDs in URLs are read by the identifier module
 * (`lib/identifiers`); the SEO slug is not the title and is never read as one.
 */
import { isTemuHost, temuGoodsIdOfPath, temuPathParts } from '../../identifiers';
import type { PageUrlInfo } from '../types';

const MALL = /(?:^|-)m-(\d{6,20})\.html$/i;
const SEO_SEARCH = /-s\.html$/i;
// Category listings (`/uk/womens-clothing-o3-27.html`) and channel pages show the same goods cards.
const CATEGORY = /-o3-\d+\.html$|^channel\/[^/]+\.html$/i;

const CART = /^shopping_cart\.html$/i;
const CHECKOUT = /^(?:bgt_)?(?:order_)?checkout\.html$/i;
const ORDER_LIST = /^bgt_orders\.html$/i;
const ORDER_DETAIL = /^bgt_order_detail\.html$/i;
/** Temu parent order numbers look like `PO-211-01234567890123456`. */
const ORDER_SN = /^PO-\d{2,4}-\d{6,24}$/i;

export function classifyTemuUrl(url: URL): PageUrlInfo | null {
  if (!isTemuHost(url.hostname)) return null;
  const { locale, rest } = temuPathParts(url);
  const base = { site: 'temu' as const, ...(locale && { locale }) };

  const goods = temuGoodsIdOfPath(url);
  if (goods) return { ...base, pageType: 'product', itemId: goods };
  const mall = MALL.exec(rest)?.[1] ?? (/^mall\.html$/i.test(rest) ? url.searchParams.get('mall_id') : null);
  if (mall && /^\d{6,20}$/.test(mall)) return { ...base, pageType: 'store', storeId: mall };
  if (CART.test(rest)) return { ...base, pageType: 'cart' };
  if (CHECKOUT.test(rest)) return { ...base, pageType: 'checkout' };
  if (ORDER_LIST.test(rest)) return { ...base, pageType: 'orders' };
  if (ORDER_DETAIL.test(rest)) {
    const orderId = temuOrderIdOf(url);
    return { ...base, pageType: 'orders', ...(orderId && { orderId }) };
  }
  if (/^search_result\.html$/i.test(rest) || SEO_SEARCH.test(rest) || CATEGORY.test(rest)) {
    return { ...base, pageType: 'search' };
  }
  return { ...base, pageType: 'other' };
}

/** `parent_order_sn=` of an order detail link or URL. */
export function temuOrderIdOf(url: URL): string | undefined {
  const sn = url.searchParams.get('parent_order_sn') ?? '';
  return ORDER_SN.test(sn) ? sn : undefined;
}

/** Where the buyer asks for a refund: Temu starts returns and refunds from the order's detail page. */
export function temuOrderHelpUrl(orderId: string | undefined): string {
  return orderId && ORDER_SN.test(orderId)
    ? `https://www.temu.com/bgt_order_detail.html?parent_order_sn=${encodeURIComponent(orderId)}`
    : 'https://www.temu.com/bgt_orders.html';
}
