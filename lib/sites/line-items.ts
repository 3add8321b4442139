/**
 * Line items on cart, checkout and order pages, read the same way on both marketplaces: every link to a
 * product page starts an item; the item's row is the largest element around the link that holds links to
 * that item only. Around the row, the shop group gives the seller (its one store link) and, on order pages,
 * the order group gives the order number and date. Hashed class names are never used; only the shop's own
 * links, `title`/`alt` attributes, and words that name what a field is (`sku`, `spec`, `variant`).
 *
 * Cart pages also show "recommended for you" grids with links to other products. A row counts as a line item
 * only when it states a quantity (a quantity field, "x2", "Qty", "수량"), which recommendation cards never do,
 * and nothing inside a recommendation or carousel section is read.
 */
import { byTag, elementText, resolveUrl } from './dom';
import { cleanText, cleanTitle } from './text';
import type { CardReading, PageUrlInfo, Seller } from './types';

export interface LineItemIds {
  itemId: string;
  globalItemId?: string;
  localItemId?: string;
}

/** What differs between the marketplaces: which links are products, stores and orders. */
export interface LineItemRules {
  itemOf(link: URL): LineItemIds | undefined;
  storeOf(link: URL): string | undefined;
  orderOf(link: URL): string | undefined;
  /** An order number stated in text ("Order ID: …"), for lists that do not link it. */
  orderInText: RegExp;
}

export interface LineItemElement {
  element: Element;
  card: CardReading;
}

const GENERIC_ALT = /^(?:image|img|photo|picture|product|item|goods)?$/i;
const SKIPPED_SECTION = /recommend|carousel|you-may-like|maybe-like|guess-like/i;
const VARIANT_CLASS = /(?:^|[\s_-])(?:sku|spec|specs|variant|variation)(?:$|[\s_A-Z-])/i;
const QUANTITY_CLASS = /quantity|qty|(?:^|[\s_-])(?:num|count)(?:$|[\s_-])/i;
const QUANTITY_TEXT = /(?:^|[\s(])[x×]\s?\d{1,4}(?=$|[\s)])|\bqty\b|quantity|수량/i;
const MAX_ROW_TEXT = 3000;

function classOf(element: Element): string {
  const value = (element as { className?: unknown }).className;
  return typeof value === 'string' ? value : (element.getAttribute('class') ?? '');
}

function inSkippedSection(element: Element, root: ParentNode): boolean {
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    if (SKIPPED_SECTION.test(classOf(node)) || SKIPPED_SECTION.test(node.id)) return true;
    if (node.getAttribute('aria-roledescription') === 'carousel') return true;
  }
  return false;
}

const STOP_TAGS = new Set(['BODY', 'HTML']);

/** The largest ancestor of `link` (below `root` and body) whose item links all name `itemId`. */
function rowOf(link: Element, itemId: string, idsUnder: Map<Element, Set<string>>, root: ParentNode): Element {
  let row = link;
  for (
    let node = link.parentElement;
    node && node !== root && !STOP_TAGS.has(node.tagName.toUpperCase());
    node = node.parentElement
  ) {
    const ids = idsUnder.get(node);
    if (!ids || ids.size !== 1 || !ids.has(itemId)) break;
    row = node;
  }
  return row;
}

function statesQuantity(row: Element): boolean {
  if (row.querySelector('input[type="number"], [aria-label*="quantity" i], [aria-label*="수량"]')) return true;
  for (const el of row.querySelectorAll('[class]')) if (QUANTITY_CLASS.test(classOf(el))) return true;
  return QUANTITY_TEXT.test(elementText(row, MAX_ROW_TEXT));
}

function titleOf(row: Element, itemLinks: Element[]): string | undefined {
  const candidates: (string | null | undefined)[] = [];
  for (const link of itemLinks) candidates.push(link.getAttribute('title'));
  // The text of a link without a picture is the title as the shop shows it.
  for (const link of itemLinks) if (!link.querySelector('img, picture')) candidates.push(elementText(link, 1000));
  for (const img of byTag(row, 'img')) {
    const alt = img.getAttribute('alt')?.trim() ?? '';
    if (!GENERIC_ALT.test(alt)) candidates.push(alt);
  }
  for (const link of itemLinks) candidates.push(link.getAttribute('aria-label'));
  return candidates.map((c) => cleanTitle(c)).find((c) => c.length >= 2);
}

function variantOf(row: Element, title: string | undefined): string | undefined {
  for (const el of row.querySelectorAll('[class], [data-variant]')) {
    if (!el.hasAttribute('data-variant') && !VARIANT_CLASS.test(classOf(el))) continue;
    const text = cleanText(el.getAttribute('data-variant') || elementText(el, 400), 120);
    if (text && text !== title && !(title && title.includes(text) && text.length > 40)) return text;
  }
  return undefined;
}

/** The nearest ancestor of `row` that holds at least one link `pick` accepts, with the distinct values found. */
function nearestGroup(
  row: Element,
  pageUrl: URL,
  pick: (link: URL) => string | undefined,
  otherRows: Element[] = [],
): { found: Map<string, Element>; group: Element } | undefined {
  for (let node: Element | null = row; node && !STOP_TAGS.has(node.tagName.toUpperCase()); node = node.parentElement) {
    const found = new Map<string, Element>();
    for (const a of byTag(node, 'a')) {
      // A shop named inside another line belongs to that line.
      if (otherRows.some((other) => other.contains(a))) continue;
      const link = resolveUrl(a.getAttribute('href'), pageUrl);
      const value = link && pick(link);
      if (value && !found.has(value)) found.set(value, a);
    }
    if (found.size) return { found, group: node };
  }
  return undefined;
}

function sellerOf(row: Element, pageUrl: URL, rules: LineItemRules, otherRows: Element[]): Seller | undefined {
  const near = nearestGroup(row, pageUrl, rules.storeOf, otherRows);
  // Two shops at the same distance: the row does not say which one it belongs to.
  if (!near || near.found.size !== 1) return undefined;
  const [id, link] = [...near.found][0]!;
  const name = cleanText(link.getAttribute('title') || elementText(link, 300), 200);
  return { id, ...(name && { name }) };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The first date in a piece of page text: `2026-02-17`, `2026. 2. 17.`, `2026년 2월 17일`, `Feb 17, 2026`, `17 Feb 2026`. */
export function dateInText(text: string): string | undefined {
  const numeric = /(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})/.exec(text);
  if (numeric) return isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const monthFirst = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  const dayFirst = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(text);
  const [month, day, year] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : [];
  const index = MONTHS.indexOf((month ?? '').toLowerCase());
  return index >= 0 ? isoDate(Number(year), index + 1, Number(day)) : undefined;
}

function dateIn(group: Element): string | undefined {
  const time = group.querySelector('time[datetime]')?.getAttribute('datetime');
  return (time && dateInText(time)) || dateInText(elementText(group, MAX_ROW_TEXT));
}

function orderOf(
  row: Element,
  pageUrl: URL,
  info: PageUrlInfo,
  rules: LineItemRules,
): Pick<CardReading, 'orderId' | 'orderDate'> {
  if (info.orderId) {
    // An order detail page: one order, its date stated somewhere on the page.
    const date = dateIn(row.ownerDocument.body ?? row);
    return { orderId: info.orderId, ...(date && { orderDate: date }) };
  }
  const near = nearestGroup(row, pageUrl, rules.orderOf);
  let group = near?.found.size === 1 ? near.group : undefined;
  let orderId = group ? [...near!.found.keys()][0] : undefined;
  if (!orderId) {
    // Lists that state the number in text only: the nearest ancestor naming exactly one order.
    for (let node = row.parentElement; node && !STOP_TAGS.has(node.tagName.toUpperCase()); node = node.parentElement) {
      const text = elementText(node, MAX_ROW_TEXT * 4);
      const found = new Set(
        [...text.matchAll(new RegExp(rules.orderInText.source, 'gi'))].map((m) => m.slice(1).find(Boolean)),
      );
      if (found.size > 1) break;
      const [only] = found;
      if (only) {
        orderId = only;
        group = node;
        break;
      }
    }
  }
  const date = group && dateIn(group);
  return { ...(orderId && { orderId }), ...(date && { orderDate: date }) };
}

/** Line items in `root` with the row each was read from, in page order, one per item ID. */
export function readLineItems(
  pageUrl: URL,
  info: PageUrlInfo,
  root: ParentNode,
  rules: LineItemRules,
): LineItemElement[] {
  const links: { a: Element; ids: LineItemIds }[] = [];
  for (const a of byTag(root, 'a')) {
    const link = resolveUrl(a.getAttribute('href'), pageUrl);
    const ids = link && rules.itemOf(link);
    if (ids && !inSkippedSection(a, root)) links.push({ a, ids });
  }
  const idsUnder = new Map<Element, Set<string>>();
  for (const { a, ids } of links) {
    for (let node = a.parentElement; node; node = node.parentElement) {
      const set = idsUnder.get(node) ?? new Set<string>();
      set.add(ids.itemId);
      idsUnder.set(node, set);
    }
  }
  const rows = new Map<string, { row: Element; ids: LineItemIds; links: Element[] }>();
  for (const { a, ids } of links) {
    const existing = rows.get(ids.itemId);
    if (existing?.row.contains(a)) existing.links.push(a);
    else if (!existing) rows.set(ids.itemId, { row: rowOf(a, ids.itemId, idsUnder, root), ids, links: [a] });
  }
  const items: LineItemElement[] = [];
  const allRows = [...rows.values()].map((r) => r.row);
  for (const { row, ids, links: itemLinks } of rows.values()) {
    if (!statesQuantity(row)) continue;
    const title = titleOf(row, itemLinks);
    const variant = variantOf(row, title);
    const seller = sellerOf(
      row,
      pageUrl,
      rules,
      allRows.filter((other) => other !== row && !other.contains(row)),
    );
    const order = info.pageType === 'orders' ? orderOf(row, pageUrl, info, rules) : {};
    items.push({
      element: row,
      card: {
        ...ids,
        ...(title && { title }),
        ...(seller && { seller, storeId: seller.id }),
        ...(variant && { variant }),
        ...order,
      },
    });
  }
  return items;
}
