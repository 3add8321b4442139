/**
 * What the product-page banner shows for a verdict. Tiers are never mixed: when the listing has
 * warnings (exact/strong) the soft "similar" notes are left out; otherwise the similar tier shows alone.
 */
import { isWarning } from '../matching/tiers';
import type { MessageKey } from '../i18n';
import { TIERS, tierMessageKeys, type MatchTier, type TierMessageKey } from '../matching/tiers';
import type { MatchedRecord, Verdict } from '../core/verdict';

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

/** Typed as message keys: a tier whose strings are missing from lib/i18n/en.ts fails to compile here. */
function keysBy(pick: (keys: ReturnType<typeof tierMessageKeys>) => TierMessageKey): Record<MatchTier, MessageKey> {
  const out = {} as Record<MatchTier, MessageKey>;
  for (const tier of Object.keys(TIERS) as MatchTier[]) out[tier] = pick(tierMessageKeys(tier));
  return out;
}

export const TITLE_KEY = keysBy((k) => k.title);
export const LEAD_KEY = keysBy((k) => k.lead);
export const TIER_KEY = keysBy((k) => k.name);
export const BADGE_KEY = keysBy((k) => k.badge);

export { toneOf } from '../matching/tiers';

/** The strongest tier among a card's matches (they arrive sorted, warnings first). */
export function cardTierOf(matches: MatchedRecord[]): MatchTier | undefined {
  return matches[0]?.match.tier;
}

/** The lead and disclaimer under the title: a shoppers' report is never worded as an official record. */
export function leadKeyOf(warning: AuthorityWarning): MessageKey {
  return warning.top.record.source === 'community' && warning.tier !== 'similar'
    ? 'communityLead'
    : LEAD_KEY[warning.tier];
}
export function disclaimerKeyOf(warning: AuthorityWarning): MessageKey {
  return warning.top.record.source === 'community' ? 'communityDisclaimer' : 'bannerDisclaimer';
}
