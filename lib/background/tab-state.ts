/**
 * The last reading and verdict per tab, for the popup and the toolbar badge. Mirrored into session
 * storage so a service worker that was stopped and woken still knows what each tab shows.
 */
import type { Verdict } from '../messaging';
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
