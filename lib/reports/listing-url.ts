/**
 * Canonical listing URLs for reports and the watch list. Shop URLs carry tracking parameters that can
 * identify a session, a search, an affiliate or the page the user came from (spm, utparam-url, _oak_*,
 * refer_page_*, …), so a report never copies the address bar: the URL is rebuilt from the item ID by the
 * identifier module.
 */
import { canonicalListingUrl as listingUrlOf } from '../identifiers';
import type { Site } from '../sites/types';

export interface ListingRef {
  site: Site;
  itemId: string;
  /** AliExpress canonical `1005…` ID when the page URL carries a local one (aliexpress.us). */
  globalItemId?: string;
  /** The page's URL: only its host is used, to keep a local ID on the site that understands it. */
  pageUrl?: string;
}

export function canonicalListingUrl(listing: ListingRef): string {
  return listingUrlOf({
    site: listing.site,
    itemId: listing.itemId,
    ...(listing.globalItemId && { globalItemId: listing.globalItemId }),
    pageHost: hostOf(listing.pageUrl),
  });
}

/**
 * Whether `url` is exactly what canonicalListingUrl makes for this listing ID on one of the hosts it
 * uses: the only listing URLs a report may carry (no other site, path, query or fragment).
 */
/** A listing ID as the shops write them: digits only. */
const DIGITS = /^\d{4,32}$/;

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
