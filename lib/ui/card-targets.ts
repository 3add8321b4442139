/**
 * Finds where a search-page card for an item ID is, by the links that carry the ID
 * (`a[href*="<id>"]`). Every such link is marked `data-hazard-badge`; the badge goes on each link that
 * holds a picture (a card's main link, once per card even when the item is listed twice), or on the
 * first link when none does. Idempotent: links that already carry a badge are skipped.
 */
export const BADGE_ATTR = 'data-hazard-badge';
export const BADGE_HOST_TAG = 'hazard-check-badge';

export interface CardTargets {
  /** Every link to the item (now marked). */
  links: HTMLAnchorElement[];
  /** Links that should carry a badge and do not yet. */
  needBadge: HTMLAnchorElement[];
}

/** Links whose href holds the ID as a whole token, so `…123` does not match `…1234`. */
export function linksForItem(root: ParentNode, itemId: string): HTMLAnchorElement[] {
  if (!/^[A-Za-z0-9]+$/.test(itemId)) return [];
  const token = new RegExp(`(^|[^0-9A-Za-z])${itemId}([^0-9A-Za-z]|$)`);
  return [...root.querySelectorAll<HTMLAnchorElement>(`a[href*="${itemId}"]`)].filter((a) =>
    token.test(a.getAttribute('href') ?? ''),
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
