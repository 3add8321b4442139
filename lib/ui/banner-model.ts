/**
 * What the product-page banner shows for a verdict. Tiers are never mixed: when the listing has
 * warnings (exact/strong) the soft "similar" notes are left out; otherwise the similar tier shows alone.
 */
import { isWarning } from '../background/verdict';
import type { MessageKey } from '../i18n';
import type { MatchTier } from '../matching/types';
import type { MatchedRecord, Verdict } from '../messaging';

export interface AuthorityWarning {
  tier: MatchTier;
  top: MatchedRecord;
  others: MatchedRecord[];
}

export function authorityWarningOf(verdict: Verdict): AuthorityWarning | undefined {
  if (verdict.dismissed || verdict.state !== 'ok') return undefined;
  const warnings = verdict.matches.filter((m) => isWarning(m.match));
  const shown = warnings.length ? warnings : verdict.matches;
  const [top, ...others] = shown;
  return top ? { tier: top.match.tier, top, others } : undefined;
}

/** Whether anything at all belongs on the page for this verdict. */
export function hasBannerContent(verdict: Verdict): boolean {
  return !!authorityWarningOf(verdict) || (verdict.state === 'ok' && !!verdict.ownReport);
}

/** Whether any search/store card gets a badge (an authority match or the user's own report). */
export function hasCardContent(verdict: Verdict): boolean {
  return (
    Object.values(verdict.cards).some((matches) => matches.length > 0) ||
    Object.keys(verdict.ownReportCards ?? {}).length > 0
  );
}

export const TITLE_KEY: Record<MatchTier, MessageKey> = {
  exact: 'bannerTitleExact',
  strong: 'bannerTitleStrong',
  similar: 'bannerTitleSimilar',
};

export const LEAD_KEY: Record<MatchTier, MessageKey> = {
  exact: 'bannerLeadExact',
  strong: 'bannerLeadStrong',
  similar: 'bannerLeadSimilar',
};

export const TIER_KEY: Record<MatchTier, MessageKey> = {
  exact: 'tierExact',
  strong: 'tierStrong',
  similar: 'tierSimilar',
};

/** Red for warnings, amber for the soft tier. */
export function toneOf(tier: MatchTier): 'danger' | 'caution' {
  return tier === 'similar' ? 'caution' : 'danger';
}

/** The strongest tier among a card's matches (they arrive sorted, warnings first). */
export function cardTierOf(matches: MatchedRecord[]): MatchTier | undefined {
  return matches[0]?.match.tier;
}
