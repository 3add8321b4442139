/**
 * The toolbar badge for a tab: the number of flagged items, a distinct "not checked" mark when the page
 * could not be read, and nothing when the page was read and nothing matched (never a "safe" mark).
 */
import type { Verdict } from '../core/verdict';
import { isWarning } from '../matching/tiers';

export interface BadgeLook {
  text: string;
  color: string;
  /** Tooltip key for i18n, with its substitution. */
  title: {
    key: 'badgeFlagged' | 'badgeNotChecked' | 'badgeNothingFound' | 'badgeSimilarOnly' | 'badgeIdle';
    count?: number;
  };
  /** `muted`: a grey icon, so "could not read this page" never looks like "nothing found". */
  icon: 'normal' | 'muted';
}

/** Toolbar icon files per look (public/icon/, drawn by scripts/make-icons.mjs). */
export const ICON_PATHS: Record<BadgeLook['icon'], Record<number, string>> = {
  normal: { 16: '/icon/16.png', 32: '/icon/32.png' },
  muted: { 16: '/icon/muted-16.png', 32: '/icon/muted-32.png' },
};

export const BADGE_RED = '#b3261e';
export const BADGE_GREY = '#5f6368';

export function flaggedCount(verdict: Verdict): number {
  if (verdict.state !== 'ok') return 0;
  if (verdict.listingKey) {
    if (verdict.dismissed) return 0;
    return verdict.matches.filter((m) => isWarning(m.match)).length + (verdict.ownReport ? 1 : 0);
  }
  const warned = Object.entries(verdict.cards)
    .filter(([, ms]) => ms.some((m) => isWarning(m.match)))
    .map(([id]) => id);
  // Cards the user reported themselves count too, once each.
  return new Set([...warned, ...Object.keys(verdict.ownReportCards ?? {})]).size;
}

export function badgeFor(verdict: Verdict | undefined): BadgeLook {
  if (!verdict) return { text: '', color: BADGE_GREY, title: { key: 'badgeIdle' }, icon: 'normal' };
  if (verdict.state !== 'ok' && verdict.state !== 'unsupported') {
    return { text: '?', color: BADGE_GREY, title: { key: 'badgeNotChecked' }, icon: 'muted' };
  }
  const count = flaggedCount(verdict);
  if (count > 0)
    return { text: String(count), color: BADGE_RED, title: { key: 'badgeFlagged', count }, icon: 'normal' };
  // Only soft notes (similar products) were shown: no count, but not "nothing matched" either.
  const similar = verdict.matches.length > 0 || Object.keys(verdict.cards).length > 0;
  if (similar && !verdict.dismissed)
    return { text: '', color: BADGE_GREY, title: { key: 'badgeSimilarOnly' }, icon: 'normal' };
  return { text: '', color: BADGE_GREY, title: { key: 'badgeNothingFound' }, icon: 'normal' };
}
