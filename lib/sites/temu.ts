/**
 * The Temu adapter: page state first (a visible security verification is never read as a product), then the
 * product or the listing cards. Pure over `(url, doc)`.
 */
import { readTemuCards } from './temu/cards';
import { temuChallengeReason } from './temu/challenge';
import { readTemuProduct } from './temu/product';
import { isTemuHost } from '../identifiers';
import { classifyTemuUrl } from './temu/url';
import { temuLineItems } from './temu/line-items';
import { PURCHASE_PAGE_TYPES, type PageReading, type SiteAdapter } from './types';
import { detectWall, NO_ID_EVIDENCE } from './walls';

function read(url: URL, doc: Document): PageReading {
  const info = classifyTemuUrl(url) ?? { site: 'temu' as const, pageType: 'other' as const };
  const base = { site: 'temu' as const, pageType: info.pageType, url: url.href };
  const challenge = temuChallengeReason(doc);
  if (challenge) return { ...base, state: 'challenge', reason: challenge };

  if (info.pageType === 'other') {
    return { ...base, state: 'unsupported', reason: 'not a product, search, store, cart, checkout or order page' };
  }
  if (PURCHASE_PAGE_TYPES.includes(info.pageType)) {
    // No items read is left to the verdict, which says "not checked" for a listing page without cards.
    return { ...base, state: 'ok', cards: temuLineItems(url, info, doc).map(({ card }) => card) };
  }
  if (info.pageType === 'search' || info.pageType === 'store') {
    return { ...base, state: 'ok', cards: readTemuCards(url, info, doc) };
  }

  // A generic wall served at a product URL is never read as the product.
  const wall = detectWall(doc);
  if (wall) return { ...base, state: wall.state, reason: wall.reason };

  const { product, unavailable, staleReason, idBound } = readTemuProduct(url, info, doc);
  if (staleReason) return { ...base, state: 'unreadable', product, reason: staleReason };
  if (unavailable) return { ...base, state: 'unavailable', product, reason: 'Temu shows "Unavailable for purchase"' };
  if (!product.title) {
    return {
      ...base,
      state: 'unreadable',
      product,
      reason: 'no product title found (page not rendered yet, or markup changed)',
    };
  }
  // "Checked" needs positive evidence: a page that never names this listing is not read as it.
  if (!idBound) return { ...base, state: 'unreadable', product, reason: NO_ID_EVIDENCE };
  return { ...base, state: 'ok', product };
}

export const temuAdapter: SiteAdapter = {
  site: 'temu',
  matchesHost: isTemuHost,
  classifyUrl: classifyTemuUrl,
  read,
};
