/**
 * The content script's lifecycle, independent of WXT and React so it can be tested with a fake DOM:
 * read the page, ask the background, render, and start over on in-page navigation. Every check is
 * bound to the URL it started on; an answer that arrives after the user moved on is dropped.
 */
import type { Verdict } from '../core/verdict';
import type { CardReading, PageReading } from '../sites/types';
import { adapterFor } from '../sites';
import { isWarning } from '../matching/tiers';

export type CheckMarker = 'pending' | 'match' | 'similar' | 'none' | 'not-checked' | 'unsupported' | 'dismissed';

export interface PageCheckerDeps {
  doc: Document;
  readPage(url: URL, doc: Document): PageReading;
  ask(reading: PageReading): Promise<Verdict>;
  /** Resolves once the banner (if any) is on the page, so the marker below means "shown". */
  renderProduct(verdict: Verdict, reading: PageReading): void | Promise<void>;
  renderCards(verdict: Verdict, reading: PageReading): void;
  clear(): void;
  onError?(error: unknown): void;
  /** How long to wait for a client-rendered product page to show its title. */
  hydrationTimeoutMs?: number;
}

export function markerFor(verdict: Verdict, reading: PageReading): CheckMarker {
  if (reading.state === 'unsupported') return 'unsupported';
  if (verdict.state !== 'ok') return 'not-checked';
  if (reading.pageType === 'product') {
    if (verdict.ownReport) return 'match';
    const warnings = verdict.matches.filter((m) => isWarning(m.match));
    if (warnings.length) return verdict.dismissed ? 'dismissed' : 'match';
    return verdict.matches.length ? 'similar' : 'none';
  }
  return Object.keys(verdict.cards).length || Object.keys(verdict.ownReportCards ?? {}).length ? 'match' : 'none';
}

/** What the background is told about a page whose reading threw. */
export function failedReading(url: URL, error: unknown): PageReading {
  return {
    site: adapterFor(url)?.site ?? 'aliexpress',
    pageType: 'other',
    state: 'unreadable',
    url: url.href,
    reason: `reading the page failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300),
  };
}

export class PageChecker {
  private generation = 0;
  private observer: MutationObserver | null = null;
  private checkedCards = new Set<string>();
  private cardVerdict: Verdict | null = null;
  private scanTimer: ReturnType<typeof setTimeout> | null = null;
  /** Re-reads the page now: set while waiting for hydration or watching cards. */
  private wake: (() => void) | null = null;

  constructor(private readonly deps: PageCheckerDeps) {}

  private setMarker(marker: CheckMarker) {
    this.deps.doc.documentElement.dataset.hazardCheck = marker;
  }

  /** Forget the current page: remove UI at once (the next page may be another product). */
  reset() {
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    if (this.scanTimer) clearTimeout(this.scanTimer);
    this.scanTimer = null;
    this.checkedCards.clear();
    this.cardVerdict = null;
    this.wake = null;
    this.deps.clear();
    this.setMarker('pending');
  }

  async check(href: string): Promise<void> {
    this.reset();
    const generation = this.generation;
    const url = new URL(href);
    let asked = false;
    try {
      let reading = this.deps.readPage(url, this.deps.doc);
      if (reading.pageType === 'product' && reading.state === 'unreadable') {
        reading = await this.waitForHydration(url, generation);
      }
      if (generation !== this.generation) return;
      asked = true;
      if (reading.pageType === 'product' || reading.state !== 'ok') {
        const verdict = await this.deps.ask(reading);
        if (generation !== this.generation) return;
        await this.deps.renderProduct(verdict, reading);
        if (generation !== this.generation) return;
        this.setMarker(markerFor(verdict, reading));
        return;
      }
      await this.scanCards(url, reading, generation);
      this.watchCards(url, generation);
    } catch (error) {
      if (generation !== this.generation) return;
      this.setMarker('not-checked');
      this.deps.onError?.(error);
      // Reading the page failed before the background heard of it: tell it, so the toolbar says
      // "not checked" instead of keeping the previous page's count.
      if (!asked) void this.deps.ask(failedReading(url, error)).catch(() => undefined);
    }
  }

  /** Client-rendered pages fill in their title late: re-read on DOM changes until readable or timeout. */
  private waitForHydration(url: URL, generation: number): Promise<PageReading> {
    const timeout = this.deps.hydrationTimeoutMs ?? 6000;
    return new Promise((resolve) => {
      let last = this.deps.readPage(url, this.deps.doc);
      const finish = () => {
        if (this.wake === reread) this.wake = null;
        observer.disconnect();
        clearTimeout(timer);
        resolve(last);
      };
      const reread = () => {
        if (generation !== this.generation) return finish();
        last = this.deps.readPage(url, this.deps.doc);
        if (last.state !== 'unreadable') finish();
      };
      this.wake = reread;
      const observer = new MutationObserver(reread);
      observer.observe(this.deps.doc.documentElement, { childList: true, subtree: true, characterData: true });
      const timer = setTimeout(finish, timeout);
    });
  }

  private async scanCards(url: URL, reading: PageReading, generation: number) {
    const fresh: CardReading[] = (reading.cards ?? []).filter((c) => !this.checkedCards.has(c.itemId));
    for (const card of fresh) this.checkedCards.add(card.itemId);
    if (!fresh.length && this.cardVerdict) {
      // Nothing new to ask about, but the shop may have re-rendered cards we had badged: draw again
      // (renderCards is idempotent and leaves badged cards alone).
      this.deps.renderCards(this.cardVerdict, reading);
      return;
    }
    const verdict = await this.deps.ask({ ...reading, cards: fresh });
    if (generation !== this.generation) return;
    this.cardVerdict = this.cardVerdict
      ? {
          ...verdict,
          cards: { ...this.cardVerdict.cards, ...verdict.cards },
          ownReportCards: { ...this.cardVerdict.ownReportCards, ...verdict.ownReportCards },
        }
      : verdict;
    this.deps.renderCards(this.cardVerdict, reading);
    this.setMarker(markerFor(this.cardVerdict, reading));
    this.deps.doc.documentElement.dataset.hazardCards = String(this.checkedCards.size);
    void url;
  }

  /** New page data arrived outside the DOM (the page's own world): re-read if a check is waiting for it. */
  nudge() {
    this.wake?.();
  }

  /** Cards load while scrolling: re-read (debounced) when the DOM grows. */
  private watchCards(url: URL, generation: number) {
    const rescan = () => {
      if (this.scanTimer) clearTimeout(this.scanTimer);
      this.scanTimer = setTimeout(() => {
        if (generation !== this.generation) return;
        const reading = this.deps.readPage(url, this.deps.doc);
        void this.scanCards(url, reading, generation).catch((error) => this.deps.onError?.(error));
      }, 250);
    };
    this.wake = rescan;
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => r.addedNodes.length)) rescan();
    });
    this.observer.observe(this.deps.doc.body, { childList: true, subtree: true });
  }
}
