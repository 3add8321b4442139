/** The tier table: one order, warnings red and notes amber, every tier worded in every language. */
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../lib/i18n';
import { compareTiers, isWarningTier, tierMessageKeys, TIERS, type MatchTier } from '../../../lib/matching/tiers';

const tiers = Object.keys(TIERS) as MatchTier[];

describe('tier table', () => {
  it('orders tiers by rank, warnings before notes', () => {
    const sorted = [...tiers].sort(compareTiers);
    expect(new Set(tiers.map((t) => TIERS[t].rank)).size).toBe(tiers.length);
    const firstNote = sorted.findIndex((t) => !isWarningTier(t));
    expect(sorted.slice(firstNote).every((t) => !isWarningTier(t))).toBe(true);
  });

  it('shows warnings red and notes amber', () => {
    for (const tier of tiers) expect(TIERS[tier].tone, tier).toBe(isWarningTier(tier) ? 'danger' : 'caution');
  });

  it('has non-empty strings for every tier in every language', () => {
    for (const tier of tiers) {
      for (const key of Object.values(tierMessageKeys(tier))) {
        for (const [lang, messages] of Object.entries(MESSAGES))
          expect(messages[key as keyof typeof messages], `${lang} ${key}`).toBeTruthy();
      }
    }
  });
});
