/**
 * Finds where a search-page card for an item ID is: the links that name the listing, read by the same
 * URL reader as the page readers (`listingIdsOfUrl` in lib/identifiers), so encoded IDs
 * (`utparam-url=…x_object_id%3A<id>%7C…`), bundle-deal links (`productIds=<id>:<sku>`) and aliexpress.us
 * local IDs all lead to their card. Every such link is marked `data-hazard-badge`; the badge goes on each
 * link that holds a picture (a card's main link, once per card even when the item is listed twice), or
 * on the first link when none does. Idempotent: links that already carry a badge are skipped.
 */
import { listingIdsOfUrl, listingIdTwins } from '../identifiers';

export const BADGE_ATTR = 'data-hazard-badge';
export const BADGE_HOST_TAG = 'hazard-check-badge';

export interface CardTargets {
  /** Every link to the item (now marked). */
  links: HTMLAnchorElement[];
  /** Links that should carry a badge and do not yet. */
  needBadge: HTMLAnchorElement[];
}

/** Links that name the listing (by any of its IDs), so `…123` does not match `…1234`. */
export function linksForItem(root: ParentNode, itemId: string): HTMLAnchorElement[] {
  if (!/^[A-Za-z0-9]+$/.test(itemId)) return [];
  // The ID, or its aliexpress.us twin, is written in the href of every link that names the listing.
  const selector = [itemId, ...listingIdTwins(itemId)].map((id) => `a[href*="${id}"]`).join(', ');
  return [...root.querySelectorAll<HTMLAnchorElement>(selector)].filter((a) =>
    listingIdsOfUrl(a.getAttribute('href') ?? '', a.baseURI).includes(itemId),
  );
}

export function hasBadge(link: Element): boolean {
  return [...link.children].some((child) => child.localName === BADGE_HOST_TAG);
}

export function findCardTargets(root: ParentNode, itemId: string, tier: string): CardTargets {
  const links = linksForItem(root, itemId);
  for (const link of links) {
    if (link.getAttribute(BADGE_ATTR) !== tier) link.setAttribute(BADGE_ATTR, tier);
  }
  const withPicture = links.filter((l) => l.querySelector('img, picture'));
  const targets = withPicture.length ? withPicture : links.slice(0, 1);
  return { links, needBadge: targets.filter((l) => !hasBadge(l)) };
}

/** Removes every mark and badge (page change). */
export function clearCardMarks(root: ParentNode): void {
  root.querySelectorAll(BADGE_HOST_TAG).forEach((host) => host.remove());
  root.querySelectorAll(`[${BADGE_ATTR}]`).forEach((el) => el.removeAttribute(BADGE_ATTR));
}
