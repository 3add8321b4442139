/**
 * The parts of a shop page the banner must never cover: the buy / add-to-cart buttons and the price.
 * Found by what they say and what they are called, so it works across shop layouts without per-site
 * selectors; only what is on screen counts.
 */
import type { Box } from '../../lib/ui/placement';

const BUY_TEXT = /\b(buy|add to (cart|bag|basket)|checkout|order now)\b|구매|장바구니|주문/i;
const CONTROLS =
  'button, [role="button"], input[type="submit"], input[type="button"], a[class*="buy" i], a[class*="cart" i]';
const PRICES = '[class*="price" i], [data-pl*="price" i], [itemprop="price"], [data-testid*="price" i]';

function textBox(el: Element): DOMRect {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect();
}

function onScreen(r: DOMRect, win: Window): boolean {
  return (
    r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < win.innerHeight && r.left < win.innerWidth
  );
}

export function protectedAreas(doc: Document = document, win: Window = window): Box[] {
  const boxes: DOMRect[] = [];
  for (const el of doc.querySelectorAll(CONTROLS)) {
    const label = el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
    if (label.length <= 40 && BUY_TEXT.test(label)) boxes.push(el.getBoundingClientRect());
  }
  for (const el of doc.querySelectorAll(PRICES)) {
    // Short texts only: a "price-wrapper" around half the page is not the price.
    const text = el.textContent?.trim() ?? '';
    if (text && text.length <= 40 && /\d/.test(text)) boxes.push(textBox(el));
  }
  return boxes.filter((r) => onScreen(r, win)).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
}

const HEADER_BARS =
  'header, [role="banner"], [id*="header" i], [class*="header" i], [class*="top-bar" i], [class*="navbar" i]';

/**
 * How far the shop's header bar reaches down from the top of the viewport (0 when none is there): a
 * wide, short bar touching the top edge, fixed, sticky or simply not scrolled away yet.
 */
export function headerInset(doc: Document = document, win: Window = window): number {
  let inset = 0;
  for (const el of doc.querySelectorAll(HEADER_BARS)) {
    const r = el.getBoundingClientRect();
    if (r.top > 8 || r.bottom <= 0 || r.height < 24 || r.height > 200 || r.width < win.innerWidth * 0.6) continue;
    inset = Math.max(inset, Math.round(r.bottom));
  }
  return inset;
}
