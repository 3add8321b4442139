/**
 * AliExpress listing cards (search, category, store pages). IDs come from the card link, read by the
 * identifier module's `parseListingUrl`: `x_object_id%3A<id>` in `utparam-url` is the global `1005…` ID,
 * the `/item/<id>.html` path the site's own (local on .us). The badge placer reads links the same way.
 * Titles come from attributes (`role=heading` `title`, `img[alt]`), never from card text with its badges.
 */
import { parseListingUrl } from '../../identifiers';
import { byClass, byTag, elementText } from '../dom';
import { cleanTitle } from '../text';
import type { CardReading } from '../types';
import { readSearchInitData, type SearchInitData } from './embedded';

export interface CardElement {
  element: Element;
  card: CardReading;
}

const GENERIC_ALT = /^(?:image|img|photo|picture|product|item)?$/i;

function cardTitle(anchor: Element): string | undefined {
  const candidates: (string | null | undefined)[] = [
    anchor.querySelector('[role="heading"][title]')?.getAttribute('title'),
    anchor.querySelector('[role="heading"]')?.getAttribute('aria-label'),
    anchor.getAttribute('title'),
    anchor.getAttribute('aria-label'),
  ];
  for (const img of byTag(anchor, 'img')) {
    const alt = img.getAttribute('alt')?.trim() ?? '';
    if (!GENERIC_ALT.test(alt)) {
      candidates.push(alt);
      break;
    }
  }
  // Heading text is the last resort: it carries badge text ("Top pick", "Choice") in some layouts.
  candidates.push(elementText(anchor.querySelector('h3, h2, [role="heading"]'), 2000));
  return candidates.map((c) => cleanTitle(c)).find((c) => c.length > 0);
}

function cardIds(
  anchor: Element,
  pageUrl: URL,
): Pick<CardReading, 'itemId' | 'globalItemId' | 'localItemId'> | undefined {
  const listing = parseListingUrl(anchor.getAttribute('href') ?? '', pageUrl);
  if (listing?.site !== 'aliexpress') return undefined;
  const { itemId, globalItemId, localItemId } = listing;
  return { itemId, ...(globalItemId && { globalItemId }), ...(localItemId && { localItemId }) };
}

function cardAnchors(root: ParentNode): Element[] {
  const rootElement = root as Partial<Element>;
  const own =
    typeof rootElement.matches === 'function' && rootElement.matches('a.search-card-item') ? [root as Element] : [];
  const cards = [...own, ...byClass(root, 'search-card-item')].filter((el) => el.tagName.toUpperCase() === 'A');
  if (cards.length) return cards;
  // Other layouts (store pages, older search): any link to an item page.
  return byTag(root, 'a').filter((a) => /\/item\/|productIds=|x_object_id/i.test(a.getAttribute('href') ?? ''));
}

function mergeCard(into: Map<string, CardReading>, card: CardReading) {
  const existing = into.get(card.itemId);
  if (!existing) into.set(card.itemId, card);
  else
    into.set(card.itemId, {
      ...card,
      ...Object.fromEntries(Object.entries(existing).filter(([, v]) => v !== undefined)),
    });
}

/** Cards in a subtree with the element each was read from (for the caller's badges), de-duplicated by ID. */
export function aliexpressCardElements(pageUrl: URL, root: ParentNode): CardElement[] {
  const byId = new Map<string, CardElement>();
  for (const anchor of cardAnchors(root)) {
    const ids = cardIds(anchor, pageUrl);
    if (!ids) continue;
    const title = cardTitle(anchor);
    const card: CardReading = { ...ids, ...(title && { title }) };
    const existing = byId.get(card.itemId);
    if (!existing) byId.set(card.itemId, { element: anchor, card });
    else if (!existing.card.title && title) existing.card = { ...existing.card, title };
  }
  return [...byId.values()];
}

const queryKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The search keyword in the URL (`/w/wholesale-<kw>.html` or `SearchText=`). */
function urlQuery(url: URL): string | undefined {
  const fromPath = /^\/w\/wholesale-([^/]+)\.html$/i.exec(url.pathname)?.[1];
  if (fromPath) {
    try {
      return decodeURIComponent(fromPath).replace(/[-+]/g, ' ');
    } catch {
      return fromPath.replace(/[-+]/g, ' ');
    }
  }
  return url.searchParams.get('SearchText') ?? undefined;
}

/** SSR results are for one keyword and page; after in-app paging or a new search they are stale. */
function initDataMatchesUrl(data: SearchInitData, url: URL): boolean {
  const page = Number(url.searchParams.get('page') ?? '1');
  if (data.page && Number.isFinite(page) && data.page !== page) return false;
  const query = urlQuery(url);
  if (data.query && query && queryKey(data.query) !== queryKey(query)) return false;
  return true;
}

/**
 * All cards on a listing page or in a subtree. For a whole document, the SSR result list (`_init_data_`)
 * is included when it belongs to the URL's keyword and page, so cards not yet rendered are checked too.
 */
export function readAliExpressCards(pageUrl: URL, root: ParentNode): CardReading[] {
  const cards = new Map<string, CardReading>();
  if ((root as Node).nodeType === 9) {
    const data = readSearchInitData(root as Document);
    if (data && initDataMatchesUrl(data, pageUrl)) {
      for (const item of data.items) {
        const itemId = item.globalId ?? item.localId;
        if (!itemId) continue;
        const title = cleanTitle(item.title);
        mergeCard(cards, {
          itemId,
          ...(item.globalId && { globalItemId: item.globalId }),
          ...(item.localId && item.localId !== item.globalId && { localItemId: item.localId }),
          ...(title && { title }),
        });
      }
    }
  }
  for (const { card } of aliexpressCardElements(pageUrl, root)) mergeCard(cards, card);
  return [...cards.values()];
}
