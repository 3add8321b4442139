import type { MouseEvent } from 'react';
import { t, type Lang } from '../lib/i18n';
import type { MatchTier } from '../lib/matching/types';
import { TIERS } from '../lib/matching/tiers';
import { BADGE_KEY, TIER_KEY, toneOf } from '../lib/ui/banner-model';
import type { Theme } from '../lib/ui/theme';

/** A match tier, or `own`: the user reported this card themselves (no authority record). */
export type BadgeKind = MatchTier | 'own';

export interface CardBadgeProps {
  tier: BadgeKind;
  lang: Lang;
  theme?: Theme;
  expanded: boolean;
  onOpen(button: HTMLButtonElement): void;
}

/**
 * The small mark on a flagged search-result card. It sits inside the card's link, so a click must not
 * follow the link or reach the shop's own handlers.
 */
export function CardBadge({ tier, lang, theme = 'light', expanded, onOpen }: CardBadgeProps) {
  const tone = tier === 'own' ? 'own' : toneOf(tier);
  const name = tier === 'own' ? t(lang, 'ownReportTitle') : t(lang, TIER_KEY[tier]);
  const text = tier === 'own' ? t(lang, 'ownReportTitle') : t(lang, BADGE_KEY[tier]);
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    event.stopPropagation();
    onOpen(event.currentTarget);
  };
  return (
    <div className={`hc-root hc-theme-${theme}`} lang={lang}>
      <button
        type="button"
        className={`hc-badge hc-tone-${tone}`}
        aria-haspopup="dialog"
        aria-expanded={expanded}
        onClick={onClick}
        data-testid="hazard-card-badge"
        data-tier={tier}
      >
        <span aria-hidden="true">{tier === 'own' ? '✎ ' : `${TIERS[tier].icon} `}</span>
        {text}
        {/* The name starts with the visible text (WCAG 2.5.3), then says what the button does. */}
        <span className="hc-visually-hidden"> — {t(lang, 'cardBadgeLabel', { tier: name })}</span>
      </button>
    </div>
  );
}
