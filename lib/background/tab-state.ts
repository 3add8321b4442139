/**
 * The last reading and verdict per tab, for the popup and the toolbar badge. Mirrored into session
 * storage so a service worker that was stopped and woken still knows what each tab shows.
 */
import type { Verdict } from '../core/verdict';
import type { PageReading } from '../sites/types';

export interface TabCheck {
  reading: PageReading;
  verdict: Verdict;
  at: number;
}

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export class TabState {
  private readonly checks = new Map<number, TabCheck>();

  constructor(private readonly session?: SessionArea) {}

  async set(tabId: number, check: TabCheck): Promise<void> {
    this.checks.set(tabId, check);
    await this.session?.set({ [keyOf(tabId)]: check }).catch(() => undefined);
  }

  async get(tabId: number): Promise<TabCheck | undefined> {
    const cached = this.checks.get(tabId);
    if (cached) return cached;
    const stored = (await this.session?.get(keyOf(tabId)).catch(() => ({}))) as Record<string, TabCheck> | undefined;
    const check = stored?.[keyOf(tabId)];
    if (check) this.checks.set(tabId, check);
    return check;
  }

  async delete(tabId: number): Promise<void> {
    this.checks.delete(tabId);
    await this.session?.remove(keyOf(tabId)).catch(() => undefined);
  }
}

/**
 * A listing page is checked in batches (first cards, then each scroll-loaded batch), and each answer
 * holds only its batch. For the toolbar count and the popup, a batch from the same page adds to what
 * the tab already showed; a product page or another URL starts afresh.
 */
export function mergeTabCheck(previous: TabCheck | undefined, next: TabCheck): TabCheck {
  const samePage =
    previous &&
    previous.reading.url === next.reading.url &&
    previous.reading.pageType === next.reading.pageType &&
    next.reading.pageType !== 'product' &&
    previous.verdict.state === 'ok' &&
    next.verdict.state === 'ok';
  if (!samePage) return next;
  const seen = new Set((next.reading.cards ?? []).map((c) => c.itemId));
  return {
    ...next,
    reading: {
      ...next.reading,
      cards: [...(previous.reading.cards ?? []).filter((c) => !seen.has(c.itemId)), ...(next.reading.cards ?? [])],
    },
    verdict: {
      ...next.verdict,
      cards: { ...previous.verdict.cards, ...next.verdict.cards },
      ownReportCards: { ...previous.verdict.ownReportCards, ...next.verdict.ownReportCards },
    },
  };
}

/**
 * Checks a tab's page and records the answer for the toolbar and the popup. When the check itself fails
 * (the database could not be loaded), the tab is recorded as "not checked" before the error goes back to
 * the page, so the toolbar never keeps an earlier page's count.
 */
export async function checkTab(
  tabs: TabState,
  tabId: number | undefined,
  reading: PageReading,
  check: (reading: PageReading) => Promise<Verdict>,
  show: (tabId: number, verdict: Verdict) => Promise<void>,
  now = Date.now(),
): Promise<Verdict> {
  let verdict: Verdict;
  try {
    verdict = await check(reading);
  } catch (error) {
    if (tabId !== undefined) {
      const failed: Verdict = { state: 'unreadable', matches: [], cards: {}, signature: '' };
      const reason = `the hazard database could not answer: ${error instanceof Error ? error.message : String(error)}`;
      await tabs.set(tabId, { reading: { ...reading, state: 'unreadable', reason }, verdict: failed, at: now });
      await show(tabId, failed);
    }
    throw error;
  }
  if (tabId !== undefined) {
    const merged = mergeTabCheck(await tabs.get(tabId), { reading, verdict, at: now });
    await tabs.set(tabId, merged);
    await show(tabId, merged.verdict);
  }
  return verdict;
}
