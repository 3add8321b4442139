/**
 * Marketplace page reading: one adapter per marketplace, chosen by host. Everything here is a pure function
 * of `(url, document)`, so the content script, Vitest and the Node CLI (`npm run extract`) share it.
 *
 * - `readPage(url, document)`: the page's state, and its product or listing cards.
 * - `readCards(url, root)`: the cards in a subtree, for re-reading cheaply as cards load while scrolling.
 * - `findCards(url, root)`: the same cards with the element each came from, for placing badges.
 * Nothing here changes the page.
 */
import { aliexpressCardElements, readAliExpressCards } from './aliexpress/cards';
import { aliexpressAdapter } from './aliexpress';
import { aliexpressLineItems } from './aliexpress/line-items';
import { aliexpressOrderHelpUrl } from './aliexpress/url';
import { temuOrderHelpUrl } from './temu/url';
import { temuAdapter } from './temu';
import { temuLineItems } from './temu/line-items';
import { readTemuCards, temuCardElements } from './temu/cards';
import {
  PURCHASE_PAGE_TYPES,
  type CardReading,
  type PageReading,
  type PageUrlInfo,
  type Site,
  type SiteAdapter,
} from './types';

export type { CardReading, PageReading, PageUrlInfo, ProductReading, SiteAdapter } from './types';

export const adapters: readonly SiteAdapter[] = [aliexpressAdapter, temuAdapter];

export class UnsupportedSiteError extends Error {
  constructor(url: string) {
    super(`not an AliExpress or Temu page: ${url}`);
    this.name = 'UnsupportedSiteError';
  }
}

function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function adapterFor(url: URL): SiteAdapter | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return adapters.find((adapter) => adapter.matchesHost(url.hostname)) ?? null;
}

/** Which marketplace page a URL is, with the IDs it carries; null for other sites and invalid URLs. */
export function classifyUrl(url: string | URL): PageUrlInfo | null {
  const parsed = toUrl(url);
  const adapter = parsed && adapterFor(parsed);
  return adapter && parsed ? adapter.classifyUrl(parsed) : null;
}

function requireAdapter(url: string | URL): { parsed: URL; adapter: SiteAdapter } {
  const parsed = toUrl(url);
  const adapter = parsed && adapterFor(parsed);
  if (!parsed || !adapter) throw new UnsupportedSiteError(String(url));
  return { parsed, adapter };
}

/** Reads a marketplace page. Throws `UnsupportedSiteError` for a URL that is not AliExpress or Temu. */
export function readPage(url: string | URL, doc: Document): PageReading {
  const { parsed, adapter } = requireAdapter(url);
  return adapter.read(parsed, doc);
}

/**
 * Listing cards in `root` (a document, or a subtree that just appeared). For a whole document the page's
 * embedded result lists are included; for a subtree only its rendered cards are read.
 */
export function readCards(url: string | URL, root: ParentNode): CardReading[] {
  const { parsed, adapter } = requireAdapter(url);
  const lines = lineItems(parsed, adapter, root);
  if (lines) return lines.map(({ card }) => card);
  if (adapter.site === 'aliexpress') return readAliExpressCards(parsed, root);
  const info = adapter.classifyUrl(parsed) ?? { site: 'temu', pageType: 'other' };
  return readTemuCards(parsed, info, root);
}

/** Cart, checkout and order pages list line items instead of cards; null for other pages. */
function lineItems(url: URL, adapter: SiteAdapter, root: ParentNode): { element: Element; card: CardReading }[] | null {
  const info = adapter.classifyUrl(url);
  if (!info || !PURCHASE_PAGE_TYPES.includes(info.pageType)) return null;
  return adapter.site === 'aliexpress' ? aliexpressLineItems(url, info, root) : temuLineItems(url, info, root);
}

/** Rendered cards in `root` with the element each was read from (the card link or card container). */
export function findCards(url: string | URL, root: ParentNode): { element: Element; card: CardReading }[] {
  const { parsed, adapter } = requireAdapter(url);
  const lines = lineItems(parsed, adapter, root);
  if (lines) return lines;
  if (adapter.site === 'aliexpress') return aliexpressCardElements(parsed, root);
  const info = adapter.classifyUrl(parsed) ?? { site: 'temu', pageType: 'other' };
  return temuCardElements(parsed, info, root);
}

/** Where the buyer asks the marketplace for a return or refund of an order (its order page), or the order list. */
export function orderHelpUrl(site: Site, orderId: string | undefined): string {
  return site === 'aliexpress' ? aliexpressOrderHelpUrl(orderId) : temuOrderHelpUrl(orderId);
}
