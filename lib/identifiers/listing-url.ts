/**
 * Marketplace listing IDs in URLs, in every form the site adapters meet, and the listing key built from
 * them. `parseListingUrl` is the one reader: page readers, card badges, the feed builder, reports and the
 * evaluation tool all call it (or the path readers below, which it is built from).
 *
 * AliExpress (`aliexpress.com` and its language subdomains such as `ko.`, `aliexpress.us`, `aliexpress.ru`):
 *   /item/<id>.html, /item/<slug>/<id>.html, /i/<id>.html (mobile), /store/product/<name>/<store>_<id>.html,
 *   bundle-deal and promotion pages /ssr/<n>/<name>?productIds=<id>:<sku>,…, ?productId=/itemId=/item_id=,
 *   and a search card's global ID inside its tracking parameter, URL-encoded: utparam-url=…x_object_id%3A<id>%7C…
 *   aliexpress.us numbers items apart from the global site: the local `3256…` ID is the global `1005…` ID
 *   plus 2^51 (`globalIdOfUsLocal`).
 * Temu (`temu.com` with optional locale prefix `/kr/`, `/uk/`, `/pk-en/`): /<slug>-g-<id>.html, /g-<id>.html,
 *   goods.html?goods_id=<id> (and goods_id= on other paths). The slug is written from the title and never read.
 */
import type { Platform } from '../hazards/vocabulary';

export type ListingSite = 'aliexpress' | 'temu';

export interface ListingUrl {
  site: ListingSite;
  /** The ID to know the listing by: the global one when the URL gives it, else the site's local one. */
  itemId: string;
  /** AliExpress global `1005…` ID, when stated (x_object_id) or when the host numbers items globally; Temu: itemId. */
  globalItemId?: string;
  /** An aliexpress.us local `3256…` ID from the path, when it differs from the global one. */
  localItemId?: string;
  /** The store the URL names (old AliExpress `/store/product/<name>/<store>_<id>.html`). */
  storeId?: string;
}

/** `<site>:<id>`: the key dismissals, local rules, reports and record indexes use for one listing. */
export function listingKeyOf(site: Platform | string, itemId: string): string {
  return `${site.toLowerCase()}:${itemId.trim()}`;
}

// ---- AliExpress ---------------------------------------------------------------------------------

const ALIEXPRESS_HOST = /(?:^|\.)aliexpress\.(?:com|us|ru)$/i;
/** Hosts that only redirect (share links, affiliate links) or serve no shop pages. */
const ALIEXPRESS_NON_SHOP_HOST = /^(?:a|s\.click|login|message|acs|feedback|report|sale|campaign|helppage|service)\./i;
const ITEM = /^\/item\/(?:[^/]+\/)?(\d{6,20})(?:\.html?)?\/?$/i;
const ITEM_MOBILE = /^\/i\/(\d{6,20})\.html?$/i;
const LEGACY_PRODUCT = /^\/store\/product\/[^/]+\/(\d+)_(\d{6,20})\.html?$/i;
const SSR_PAGE = /^\/ssr\/\d+\/[^/]+\/?$/i;
const OBJECT_ID = /x_object_id(?:%3A|:)(\d{6,20})/i;
const QUERY_ID_NAMES = ['productId', 'itemId', 'item_id'];

export function isAliExpressHost(host: string): boolean {
  return ALIEXPRESS_HOST.test(host);
}

export function isAliExpressShopHost(host: string): boolean {
  return isAliExpressHost(host) && !ALIEXPRESS_NON_SHOP_HOST.test(host);
}

/** The product an AliExpress page path names (item pages, the old store-product path, bundle-deal pages). */
export function aliexpressProductOfPath(url: URL): { itemId: string; storeId?: string } | undefined {
  const path = url.pathname.replace(/\/{2,}/g, '/');
  const item = ITEM.exec(path) ?? ITEM_MOBILE.exec(path);
  if (item?.[1]) return { itemId: item[1] };
  const legacy = LEGACY_PRODUCT.exec(path);
  if (legacy?.[1] && legacy[2]) return { itemId: legacy[2], storeId: legacy[1] };
  if (SSR_PAGE.test(path)) {
    // `productIds=1005007504053574:12000041054145335,…`: the first product is the page's.
    const id = /^(\d{6,20})(?:[:,]|$)/.exec(url.searchParams.get('productIds') ?? '')?.[1];
    if (id) return { itemId: id };
  }
  return undefined;
}

/**
 * The ID an AliExpress URL's path names, as written (a .us local ID stays local): for the head links of a
 * product page (canonical, og:url, offer URL), which name the page's own listing.
 */
export function aliexpressPathId(
  href: string | undefined,
  base: string | URL = 'https://www.aliexpress.com/',
): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return isAliExpressHost(url.hostname) ? aliexpressProductOfPath(url)?.itemId : undefined;
  } catch {
    return undefined;
  }
}

/** The global `1005…` ID a search card link carries in its tracking parameter (`x_object_id%3A<id>`). */
export function objectIdOfHref(href: string): string | undefined {
  return OBJECT_ID.exec(href)?.[1];
}

const US_LOCAL_OFFSET = 2n ** 51n;

/** The global ID of an aliexpress.us local `3256…` ID, or undefined for any other ID. */
export function globalIdOfUsLocal(localId: string): string | undefined {
  if (!/^3256\d{12}$/.test(localId)) return undefined;
  const global = (BigInt(localId) - US_LOCAL_OFFSET).toString();
  return /^1005\d{12}$/.test(global) ? global : undefined;
}

/** The aliexpress.us local ID of a global `1005…` ID, or undefined for any other ID. */
export function usLocalIdOfGlobal(globalId: string): string | undefined {
  if (!/^1005\d{12}$/.test(globalId)) return undefined;
  const local = (BigInt(globalId) + US_LOCAL_OFFSET).toString();
  return /^3256\d{12}$/.test(local) ? local : undefined;
}

function aliexpressListing(url: URL, href: string): ListingUrl | null {
  const shop = !ALIEXPRESS_NON_SHOP_HOST.test(url.hostname);
  const product = shop ? aliexpressProductOfPath(url) : undefined;
  const queryId =
    shop && !product
      ? (QUERY_ID_NAMES.map((name) => url.searchParams.get(name)).find((v) => v && /^\d{8,20}$/.test(v)) ?? undefined)
      : undefined;
  const pathId = product?.itemId ?? queryId;
  const objectId = objectIdOfHref(href);
  if (!pathId && !objectId) return null;
  // On aliexpress.us an /item/ path holds the local ID; other paths and hosts hold global ones.
  const usLocalPath = /aliexpress\.us$/i.test(url.hostname) && /^\/item\//i.test(url.pathname);
  const globalItemId = objectId ?? (usLocalPath ? undefined : pathId);
  const localItemId = pathId && pathId !== globalItemId && !/^\/ssr\//i.test(url.pathname) ? pathId : undefined;
  const itemId = globalItemId ?? localItemId;
  if (!itemId) return null;
  return {
    site: 'aliexpress',
    itemId,
    ...(globalItemId && { globalItemId }),
    ...(localItemId && { localItemId }),
    ...(product?.storeId && { storeId: product.storeId }),
  };
}

// ---- Temu ---------------------------------------------------------------------------------------

const TEMU_HOST = /(?:^|\.)temu\.com$/i;
const TEMU_LOCALE = /^\/([a-z]{2}(?:-[A-Za-z]{2,4}){0,2})(?=\/)/;
const TEMU_GOODS = /(?:^|-)g-(\d{6,20})\.html$/i;

export function isTemuHost(host: string): boolean {
  return TEMU_HOST.test(host);
}

/** A Temu path split into its locale prefix (`/kr/`, `/pk-en/`) and the rest, without leading slashes. */
export function temuPathParts(url: URL): { locale?: string; rest: string } {
  const locale = TEMU_LOCALE.exec(url.pathname);
  const rest = url.pathname.slice(locale ? locale[0].length : 0).replace(/^\/+/, '');
  return { ...(locale?.[1] && { locale: locale[1] }), rest };
}

/** The goods ID of a Temu product page path (`…-g-<id>.html`, `/g-<id>.html`, `goods.html?goods_id=`). */
export function temuGoodsIdOfPath(url: URL): string | undefined {
  const { rest } = temuPathParts(url);
  const id = TEMU_GOODS.exec(rest)?.[1] ?? (/^goods\.html$/i.test(rest) ? url.searchParams.get('goods_id') : null);
  return id && /^\d{6,20}$/.test(id) ? id : undefined;
}

function temuListing(url: URL): ListingUrl | null {
  const param = url.searchParams.get('goods_id');
  const id = temuGoodsIdOfPath(url) ?? (param && /^\d{6,20}$/.test(param) ? param : undefined);
  return id ? { site: 'temu', itemId: id, globalItemId: id } : null;
}

// ---- one reader ---------------------------------------------------------------------------------

/**
 * The marketplace listing a URL names, or null. Relative links resolve against `base`. Only the IDs are
 * read; a listing's slug is never used.
 *
 *     parseListingUrl('https://ko.aliexpress.com/item/1005006123456789.html?spm=x')
 *       → { site: 'aliexpress', itemId: '1005006123456789', globalItemId: '1005006123456789' }
 *     parseListingUrl('/item/3256806123456789.html?utparam-url=…x_object_id%3A1005006…%7C…', 'https://www.aliexpress.us/w/…')
 *       → { site: 'aliexpress', itemId: '1005006…', globalItemId: '1005006…', localItemId: '3256806123456789' }
 *     parseListingUrl('https://www.temu.com/kr/toy-g-601099512345678.html') → { site: 'temu', itemId: '601099512345678', … }
 */
export function parseListingUrl(input: string | URL, base?: string | URL): ListingUrl | null {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input.trim(), base) : input;
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (isAliExpressHost(url.hostname)) return aliexpressListing(url, typeof input === 'string' ? input : url.href);
  if (isTemuHost(url.hostname)) return temuListing(url);
  return null;
}

/**
 * Every ID under which a link names its listing: the global and local IDs it states, and on AliExpress
 * the other one of a .us local/global pair. A card badge goes on the links whose set holds the card's ID.
 */
export function listingIdsOfUrl(input: string | URL, base?: string | URL): string[] {
  const listing = parseListingUrl(input, base);
  if (!listing) return [];
  const ids = [listing.itemId, listing.globalItemId, listing.localItemId];
  if (listing.site === 'aliexpress') {
    if (listing.localItemId) ids.push(globalIdOfUsLocal(listing.localItemId));
    if (listing.globalItemId) ids.push(usLocalIdOfGlobal(listing.globalItemId));
  }
  return [...new Set(ids.filter((id): id is string => !!id))];
}

/** The other spellings of a listing ID in links (an AliExpress global ID's .us local twin and back). */
export function listingIdTwins(itemId: string): string[] {
  return [globalIdOfUsLocal(itemId), usLocalIdOfGlobal(itemId)].filter((id): id is string => !!id);
}

// ---- listing references in free text ------------------------------------------------------------

const TEXT_PATTERNS: [RegExp, Platform][] = [
  [/aliexpress\.[a-z.]+\/(?:item|i)\/(?:[^/?#\s]*\/)?(\d{8,20})\.html/i, 'aliexpress'],
  [/aliexpress\.[a-z.]+\/.*[?&](?:productId|itemId|item_id)=(\d{8,20})/i, 'aliexpress'],
  [/temu\.com\/[^\s?#]*-g-(\d{6,20})\.html/i, 'temu'],
  [/temu\.com\/.*[?&]goods_id=(\d{6,20})/i, 'temu'],
  [/amazon\.[a-z.]+\/(?:[^\s?#]*\/)?(?:dp|gp\/product|gp\/aw\/d)\/([A-Z0-9]{10})/i, 'amazon'],
  [/ebay\.[a-z.]+\/itm\/(?:[^\s/?#]*\/)?(\d{9,15})/i, 'ebay'],
  [/shein\.[a-z.]+\/[^\s?#]*-p-(\d{5,20})(?:-cat-\d+)?\.html/i, 'shein'],
  // Paths without a host, as sources sometimes paste them.
  [/(?:^|\s|\/)item\/(\d{13,20})\.html/i, 'aliexpress'],
  [/-g-(\d{12,20})\.html/i, 'temu'],
];

/**
 * A listing named somewhere in free text (a notice's "online marketplace" field, a pasted link with or
 * without its host), on any marketplace the records name: AliExpress, Temu, Amazon, eBay, Shein.
 */
export function listingInText(text: string): { platform: Platform; listingId: string } | undefined {
  for (const [pattern, platform] of TEXT_PATTERNS) {
    const m = pattern.exec(text);
    if (m?.[1]) return { platform, listingId: m[1] };
  }
  return undefined;
}

// ---- back from an ID to a URL -------------------------------------------------------------------

/**
 * A listing's canonical URL built from its ID alone (no tracking parameters). A local aliexpress.us or
 * .ru ID only resolves on its own host, so `pageHost` keeps it there when no global ID is known.
 */
export function canonicalListingUrl(listing: {
  site: ListingSite;
  itemId: string;
  globalItemId?: string;
  pageHost?: string;
}): string {
  const id = listing.globalItemId ?? listing.itemId;
  if (!/^\d{4,32}$/.test(id)) throw new Error(`Not a listing ID: ${id}`);
  if (listing.site === 'temu') return `https://www.temu.com/g-${id}.html`;
  if (listing.globalItemId) return `https://www.aliexpress.com/item/${id}.html`;
  const host = (listing.pageHost ?? '').toLowerCase();
  if (/(^|\.)aliexpress\.us$/.test(host)) return `https://www.aliexpress.us/item/${id}.html`;
  if (/(^|\.)aliexpress\.ru$/.test(host)) return `https://aliexpress.ru/item/${id}.html`;
  return `https://www.aliexpress.com/item/${id}.html`;
}
