/**
 * Temu listing cards (search, category, store pages): `[data-tooltip="goodContainer-<goodsId>"]` with
 * `data-tooltip-title`, else links to goods pages with their `img[alt]`. Card text is never used: it carries
 * "Top pick" and "Open in new tab." around the title. Store-page recommendation carousels list other shops'
 * goods and are skipped there.
 */
import { byTag } from '../dom';
import { cleanTitle } from '../text';
import type { CardReading, PageUrlInfo } from '../types';
import { goodsListFrom, readRawData } from './raw-data';
import { parseListingUrl } from '../../identifiers';

export interface CardElement {
  element: Element;
  card: CardReading;
}

const CONTAINER = '[data-tooltip^="goodContainer-"]';
const GOODS_LINK = 'a[href*="g-"], a[href*="goods_id="]';
const GENERIC_ALT = /^(?:image|img|photo|picture|goods|product)?$/i;

function inCarousel(element: Element, root: ParentNode): boolean {
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    const className = typeof node.className === 'string' ? node.className : (node.getAttribute('class') ?? '');
    if (/carousel/i.test(className) || node.getAttribute('aria-roledescription') === 'carousel') return true;
  }
  return false;
}

function altTitle(element: Element): string | undefined {
  for (const img of byTag(element, 'img')) {
    const alt = img.getAttribute('alt')?.trim() ?? '';
    if (!GENERIC_ALT.test(alt)) return alt;
  }
  return undefined;
}

function firstTitle(...candidates: (string | null | undefined)[]): string | undefined {
  return candidates.map((c) => cleanTitle(c)).find((c) => c.length > 0);
}

/** Cards in a subtree with the element each was read from, de-duplicated by goods ID. */
export function temuCardElements(pageUrl: URL, info: PageUrlInfo, root: ParentNode): CardElement[] {
  const skipCarousels = info.pageType === 'store';
  const storeId = info.pageType === 'store' ? info.storeId : undefined;
  const found = new Map<string, CardElement>();
  const add = (element: Element, itemId: string | undefined, title: string | undefined) => {
    if (!itemId || found.has(itemId) || (skipCarousels && inCarousel(element, root))) return;
    const card: CardReading = { itemId, globalItemId: itemId, ...(title && { title }), ...(storeId && { storeId }) };
    found.set(itemId, { element, card });
  };

  const rootElement = root as Partial<Element>;
  const selfMatches = (selector: string) => typeof rootElement.matches === 'function' && rootElement.matches(selector);
  const containers = [
    ...(selfMatches(CONTAINER) ? [root as Element] : []),
    ...Array.from(root.querySelectorAll(CONTAINER)),
  ];
  for (const container of containers) {
    const itemId = /^goodContainer-(\d{6,20})$/.exec(container.getAttribute('data-tooltip') ?? '')?.[1];
    const link = container.querySelector('a[title], a[aria-label]');
    add(
      container,
      itemId,
      firstTitle(
        container.getAttribute('data-tooltip-title'),
        altTitle(container),
        link?.getAttribute('title'),
        link?.getAttribute('aria-label'),
      ),
    );
  }
  const links = [
    ...(selfMatches(GOODS_LINK) ? [root as Element] : []),
    ...Array.from(root.querySelectorAll(GOODS_LINK)),
  ];
  for (const link of links) {
    if (link.closest(CONTAINER)) continue;
    const listing = parseListingUrl(link.getAttribute('href') ?? '', pageUrl);
    const itemId = listing?.site === 'temu' ? listing.itemId : undefined;
    const titled = link.closest('[data-tooltip-title]');
    add(
      titled ?? link,
      itemId,
      firstTitle(
        titled?.getAttribute('data-tooltip-title'),
        altTitle(link),
        link.getAttribute('title'),
        link.getAttribute('aria-label'),
      ),
    );
  }
  return [...found.values()];
}

/**
 * All cards on a listing page or in a subtree. For a whole document, goods lists in `window.rawData` are added
 * when they overlap the rendered cards (or nothing is rendered yet), so a stale list from an earlier search is
 * not reported; on store pages only the store's own goods are kept.
 */
export function readTemuCards(pageUrl: URL, info: PageUrlInfo, root: ParentNode): CardReading[] {
  const cards = new Map<string, CardReading>();
  for (const { card } of temuCardElements(pageUrl, info, root)) cards.set(card.itemId, card);
  if ((root as Node).nodeType !== 9) return [...cards.values()];

  const listed = readRawData(root as Document).flatMap(goodsListFrom);
  const overlaps = !cards.size || listed.some((item) => cards.has(item.goodsId));
  if (!overlaps) return [...cards.values()];
  for (const item of listed) {
    if (info.pageType === 'store' && item.mallId && item.mallId !== info.storeId) continue;
    const existing = cards.get(item.goodsId);
    const title = cleanTitle(item.title);
    const storeId = info.pageType === 'store' ? info.storeId : item.mallId;
    cards.set(item.goodsId, {
      itemId: item.goodsId,
      globalItemId: item.goodsId,
      ...(title && { title }),
      ...(storeId && { storeId }),
      ...existing,
    });
  }
  return [...cards.values()];
}
