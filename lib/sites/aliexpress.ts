/**
 * The AliExpress adapter: classifies the page (state first: a challenge or 404 is never read as a product),
 * then reads the product or the listing cards. Pure over `(url, doc)`.
 */
import { challengeReason } from './aliexpress/challenge';
import { readAliExpressCards } from './aliexpress/cards';
import { readAliExpressProduct } from './aliexpress/product';
import { isAliExpressHost } from '../identifiers';
import { classifyAliExpressUrl } from './aliexpress/url';
import { aliexpressLineItems } from './aliexpress/line-items';
import { PURCHASE_PAGE_TYPES, type PageReading, type SiteAdapter } from './types';
import { detectWall, NO_ID_EVIDENCE } from './walls';

function read(url: URL, doc: Document): PageReading {
  const info = classifyAliExpressUrl(url) ?? { site: 'aliexpress' as const, pageType: 'other' as const };
  const base = { site: 'aliexpress' as const, pageType: info.pageType, url: url.href };
  const challenge = challengeReason(url, doc);
  if (challenge) return { ...base, state: 'challenge', reason: challenge };

  if (info.pageType === 'other') {
    return { ...base, state: 'unsupported', reason: 'not a product, search, store, cart, checkout or order page' };
  }
  if (PURCHASE_PAGE_TYPES.includes(info.pageType)) {
    // No items read is left to the verdict, which says "not checked" for a listing page without cards.
    return { ...base, state: 'ok', cards: aliexpressLineItems(url, info, doc).map(({ card }) => card) };
  }
  if (info.pageType === 'search' || info.pageType === 'store') {
    return { ...base, state: 'ok', cards: readAliExpressCards(url, doc) };
  }

  // A generic wall served at a product URL is never read as the product.
  const wall = detectWall(doc);
  if (wall) return { ...base, state: wall.state, reason: wall.reason };

  const { product, notFound, unavailable, staleReason, idBound } = readAliExpressProduct(url, info, doc);
  if (notFound)
    return { ...base, state: 'not-found', product, reason: 'AliExpress shows its "404 page" for this item' };
  if (staleReason) return { ...base, state: 'unreadable', product, reason: staleReason };
  if (!product.title) {
    return {
      ...base,
      state: 'unreadable',
      product,
      reason: 'no product title found (page not rendered yet, or markup changed)',
    };
  }
  // "Checked" needs positive evidence: a page that never names this item is not read as it.
  if (!idBound) return { ...base, state: 'unreadable', product, reason: NO_ID_EVIDENCE };
  if (unavailable)
    return { ...base, state: 'unavailable', product, reason: 'the listing says the item is discontinued' };
  return { ...base, state: 'ok', product };
}

export const aliexpressAdapter: SiteAdapter = {
  site: 'aliexpress',
  matchesHost: isAliExpressHost,
  classifyUrl: classifyAliExpressUrl,
  read,
};
