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

export function classifyTemuUrl(url: URL): PageUrlInfo | null {
  if (!isTemuHost(url.hostname)) return null;
  const { locale, rest } = temuPathParts(url);
  const base = { site: 'temu' as const, ...(locale && { locale }) };

  const goods = temuGoodsIdOfPath(url);
  if (goods) return { ...base, pageType: 'product', itemId: goods };
  const mall = MALL.exec(rest)?.[1] ?? (/^mall\.html$/i.test(rest) ? url.searchParams.get('mall_id') : null);
  if (mall && /^\d{6,20}$/.test(mall)) return { ...base, pageType: 'store', storeId: mall };
  if (/^search_result\.html$/i.test(rest) || SEO_SEARCH.test(rest) || CATEGORY.test(rest)) {
    return { ...base, pageType: 'search' };
  }
  return { ...base, pageType: 'other' };
}
