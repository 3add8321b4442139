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
const SEARCH = /^\/(?:w\/wholesale-[^/]+\.html|wholesale\/?|af\/[^/]+\.html|popular\/[^/]+\.html|category\/\d+(?:\/[^/]*)?)$/i;

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
  // A bundle/promotion page without a product list is not a listing page either.
  if (SSR_PAGE.test(path)) return { ...base, pageType: 'other' };
  if (SEARCH.test(path)) return { ...base, pageType: 'search' };
  const store = STORE.exec(path);
  if (store?.[1]) return { ...base, pageType: 'store', storeId: store[1] };
  return { ...base, pageType: 'other' };
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
