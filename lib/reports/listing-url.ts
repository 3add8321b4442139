/**
 * Canonical listing URLs for reports and the watch list. Shop URLs carry tracking parameters that can
 * identify a session, a search, an affiliate or the page the user came from (spm, utparam-url, _oak_*,
 * refer_page_*, …), so a report never copies the address bar: the URL is rebuilt from the item ID.
 */
import type { Site } from '../sites/types';

export interface ListingRef {
  site: Site;
  itemId: string;
  /** AliExpress canonical `1005…` ID when the page URL carries a local one (aliexpress.us). */
  globalItemId?: string;
  /** The page's URL: only its host is used, to keep a local ID on the site that understands it. */
  pageUrl?: string;
}

const DIGITS = /^\d{4,32}$/;

export function canonicalListingUrl(listing: ListingRef): string {
  const id = listing.globalItemId ?? listing.itemId;
  if (!DIGITS.test(id)) throw new Error(`Not a listing ID: ${id}`);
  if (listing.site === 'temu') return `https://www.temu.com/g-${id}.html`;
  if (listing.globalItemId) return `https://www.aliexpress.com/item/${id}.html`;
  // Without a global ID, a local ID only resolves on its own site.
  const host = hostOf(listing.pageUrl);
  if (/(^|\.)aliexpress\.us$/.test(host)) return `https://www.aliexpress.us/item/${id}.html`;
  if (/(^|\.)aliexpress\.ru$/.test(host)) return `https://aliexpress.ru/item/${id}.html`;
  return `https://www.aliexpress.com/item/${id}.html`;
}

/**
 * Whether `url` is exactly what canonicalListingUrl makes for this listing ID on one of the hosts it
 * uses: the only listing URLs a report may carry (no other site, path, query or fragment).
 */
export function isListingUrl(site: Site, url: string, listingId: string): boolean {
  if (!DIGITS.test(listingId)) return false;
  const candidates =
    site === 'temu'
      ? [`https://www.temu.com/g-${listingId}.html`]
      : ['www.aliexpress.com', 'www.aliexpress.us', 'aliexpress.ru'].map((host) => `https://${host}/item/${listingId}.html`);
  return candidates.includes(url);
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

/** Exact parameter names that track the visit rather than identify the document. */
const TRACKING_NAMES = new Set([
  'spm', 'scm', 'pvid', 'gps-id', 'utparam-url', 'utparam', 'curpageloguid', 'srcsns', 'sourcetype',
  'businesstype', 'shareid', 'share_token', 'refer_source', 'top_gallery_url', 'goods_img', 'thumb_url',
  'link_url', 'seo_link_url', 'page_el_sn', 'no_cache_id', 'msgid',
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'msclkid', 'yclid', 'igshid', 'mc_eid', 'mc_cid', '_ga', '_gl',
]);
/** Parameter name prefixes that track the visit. */
const TRACKING_PREFIXES = ['utm_', 'aff_', 'algo_', '_oak_', 'refer_page_', '_x_', 'pdp_'];

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_NAMES.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * For links the user gives as evidence (a recall notice, a test report): keeps the parameters that
 * identify the document and drops known trackers and the fragment. Returns null for non-https input.
 */
export function stripTrackingParams(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  url.username = '';
  url.password = '';
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParam(name)) url.searchParams.delete(name);
  }
  return url.toString();
}
