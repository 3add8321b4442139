/**
 * User settings, in one storage item with a version so later fields migrate instead of resetting.
 * Kept in `local` storage: nothing here is synced through the browser account.
 */
import { storage } from 'wxt/utils/storage';
import { SOURCE_FAMILIES, type SourceFamily } from './hazards/vocabulary';

export interface Settings {
  /** Show the soft `similar` tier ("similar products were flagged"). Off by default: quiet first. */
  showSimilar: boolean;
  /** Sources whose records never produce a warning. */
  disabledSources: SourceFamily[];
  /** Children's-products focus: the soft tier only for children's products. */
  childrenOnly: boolean;
  /** `auto` follows the browser. */
  language: 'auto' | 'en' | 'ko';
  /** Hours between feed checks (the feed's own minimum wait still applies). */
  syncIntervalHours: number;
  /** The one-time notice that warnings can be wrong in both directions. */
  noticeAcknowledged: boolean;
  /** Remember viewed listings locally for retro-alerts. */
  watchViewed: boolean;
  /** Remember the items of orders the user opens ("remember what I bought"). Off unless the user opts in. */
  rememberPurchases: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  showSimilar: false,
  disabledSources: [],
  childrenOnly: false,
  language: 'auto',
  syncIntervalHours: 6,
  noticeAcknowledged: false,
  watchViewed: true,
  rememberPurchases: false,
};

export const SYNC_INTERVAL_CHOICES = [1, 6, 12, 24, 72] as const;

/** Accepts partial or stale stored values and returns a complete, valid settings object. */
export function normalizeSettings(value: unknown): Settings {
  const input = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
  return {
    showSimilar: bool(input.showSimilar, DEFAULT_SETTINGS.showSimilar),
    disabledSources: Array.isArray(input.disabledSources)
      ? input.disabledSources.filter((s): s is SourceFamily => (SOURCE_FAMILIES as readonly unknown[]).includes(s))
      : [],
    childrenOnly: bool(input.childrenOnly, DEFAULT_SETTINGS.childrenOnly),
    language: input.language === 'en' || input.language === 'ko' ? input.language : 'auto',
    syncIntervalHours: (SYNC_INTERVAL_CHOICES as readonly unknown[]).includes(input.syncIntervalHours)
      ? (input.syncIntervalHours as number)
      : DEFAULT_SETTINGS.syncIntervalHours,
    noticeAcknowledged: bool(input.noticeAcknowledged, false),
    watchViewed: bool(input.watchViewed, DEFAULT_SETTINGS.watchViewed),
    rememberPurchases: bool(input.rememberPurchases, DEFAULT_SETTINGS.rememberPurchases),
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
