/**
 * The match tiers, in one table: what each means, whether it warns, how it looks and which strings word
 * it. Everything that treats tiers differently reads this table instead of comparing tier names, so a new
 * tier is one entry here plus the strings the compiler then asks for (lib/i18n/index.ts checks them).
 */

export interface TierInfo {
  /** Sort order: lower is stronger. */
  rank: number;
  /** A warning ("this product was reported"), not a soft note. */
  warns: boolean;
  /** The record names this very listing or its identifier: the strongest evidence there is. */
  identifies: boolean;
  /** Red for warnings, amber for notes. */
  tone: 'danger' | 'caution';
  /** The badge's symbol before its text. */
  icon: string;
  /** Highest score a match of this tier may carry. */
  maxScore: number;
  /** Suffix of the tier's strings: tier<W>, bannerTitle<W>, bannerLead<W>. */
  wording: string;
  /** The card badge's text key. */
  badge: string;
}

export const TIERS = {
  exact: {
    rank: 0,
    warns: true,
    identifies: true,
    tone: 'danger',
    icon: '⚠',
    maxScore: 1,
    wording: 'Exact',
    badge: 'cardBadgeText',
  },
  strong: {
    rank: 1,
    warns: true,
    identifies: false,
    tone: 'danger',
    icon: '⚠',
    maxScore: 0.95,
    wording: 'Strong',
    badge: 'cardBadgeText',
  },
  similar: {
    rank: 2,
    warns: false,
    identifies: false,
    tone: 'caution',
    icon: 'ⓘ',
    maxScore: 1,
    wording: 'Similar',
    badge: 'cardBadgeTextSimilar',
  },
} as const satisfies Record<string, TierInfo>;

/** `exact` and `strong` are warnings; `similar` is a soft note, never "this product". */
export type MatchTier = keyof typeof TIERS;

type Wording = (typeof TIERS)[MatchTier]['wording'];

/** Every string key the tiers need; lib/i18n/index.ts fails to compile while one is missing. */
export type TierMessageKey =
  `tier${Wording}` | `bannerTitle${Wording}` | `bannerLead${Wording}` | (typeof TIERS)[MatchTier]['badge'];

export function isWarningTier(tier: MatchTier): boolean {
  return TIERS[tier].warns;
}

/** A match whose tier warns (red), as opposed to a soft note. */
export function isWarning(match: { tier: MatchTier }): boolean {
  return isWarningTier(match.tier);
}

export function compareTiers(a: MatchTier, b: MatchTier): number {
  return TIERS[a].rank - TIERS[b].rank;
}

export function toneOf(tier: MatchTier): TierInfo['tone'] {
  return TIERS[tier].tone;
}

/** The string keys of one tier: its name, the banner's title and lead, the card badge's text. */
export function tierMessageKeys(tier: MatchTier): {
  name: TierMessageKey;
  title: TierMessageKey;
  lead: TierMessageKey;
  badge: TierMessageKey;
} {
  const { wording, badge } = TIERS[tier];
  return { name: `tier${wording}`, title: `bannerTitle${wording}`, lead: `bannerLead${wording}`, badge };
}
