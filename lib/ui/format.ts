/**
 * Locale-aware formatting of dates, countries, lists and record texts. Pure: the same inputs give the
 * same strings, so components and tests agree.
 */
import type { HazardRecord } from '../hazards/schema';
import type { Lang } from '../i18n';
import { pickText } from '../i18n/pick-text';

const LOCALES: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR' };

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** `2024-05-09` → "May 9, 2024" / "2024. 5. 9.". Date-only values are calendar dates, kept in UTC. */
export function formatDate(value: string | number | undefined, lang: Lang): string {
  if (value === undefined || value === '') return '';
  const date =
    typeof value === 'number' ? new Date(value) : new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return String(value);
  const dateOnly = typeof value === 'string' && value.length === 10;
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'medium',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** A moment (sync time): date and time in the user's zone. */
export function formatDateTime(value: number | undefined, lang: Lang): string {
  if (value === undefined) return '';
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** `KR` → "South Korea" / "대한민국"; unknown codes stay as written. */
export function formatJurisdiction(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(localeOf(lang), { style: 'long', type: 'conjunction' }).format(items);
}

export function productNameOf(record: HazardRecord, lang: Lang): string {
  return pickText(record.product.names, lang)?.text ?? record.product.type ?? record.ref;
}

/** Numbers as people write them: 270, 3.4, 0.05. */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumSignificantDigits: 4 }).format(value);
}
