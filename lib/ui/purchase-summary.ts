/**
 * The summary bar of a cart, checkout or order page: how many of its items were reported, each with a
 * link to the evidence. Only warnings count (exact and strong matches); "similar products were flagged"
 * is not a report about the item and stays on its badge.
 */
import { t, tCount, type Lang, type MessageKey } from '../i18n';
import type { Verdict } from '../core/verdict';
import { isWarning } from '../matching/tiers';
import { PURCHASE_PAGE_TYPES, type PageReading, type PageType } from '../sites/types';
import { productNameOf } from './format';
import { safeUrl } from './record-facts';

export interface SummaryItem {
  itemId: string;
  title: string;
  authority: string;
  noticeUrl?: string;
}

export interface PurchaseSummary {
  heading: string;
  items: SummaryItem[];
}

const HEADINGS: Partial<Record<PageType, [MessageKey, MessageKey]>> = {
  cart: ['summaryCartOne', 'summaryCartMany'],
  checkout: ['summaryCheckoutOne', 'summaryCheckoutMany'],
  orders: ['summaryOrdersOne', 'summaryOrdersMany'],
};

/** The bar's content, or null when the page is not a purchase page or none of its items was reported. */
export function purchaseSummaryOf(verdict: Verdict, reading: PageReading, lang: Lang): PurchaseSummary | null {
  const keys = HEADINGS[reading.pageType];
  if (!keys || !PURCHASE_PAGE_TYPES.includes(reading.pageType) || verdict.state !== 'ok') return null;
  const items: SummaryItem[] = [];
  const seen = new Set<string>();
  for (const card of reading.cards ?? []) {
    if (seen.has(card.itemId)) continue;
    seen.add(card.itemId);
    const top = (verdict.cards[card.itemId] ?? []).find((m) => isWarning(m.match));
    if (!top) continue;
    items.push({
      itemId: card.itemId,
      title: card.title ?? productNameOf(top.record, lang),
      authority: top.record.authority,
      ...(safeUrl(top.record.url) && { noticeUrl: safeUrl(top.record.url) }),
    });
  }
  if (!items.length) return null;
  return { heading: tCount(lang, keys[0], keys[1], items.length), items };
}

export function evidenceLabel(item: SummaryItem, lang: Lang): string {
  return t(lang, 'summaryEvidenceLabel', { title: item.title, authority: item.authority });
}
