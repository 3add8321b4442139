import { useId, useState } from 'react';
import { t, tCount, type Lang } from '../lib/i18n';
import { disclaimerKeyOf, leadKeyOf, TIER_KEY, TITLE_KEY, toneOf, type AuthorityWarning as Warning } from '../lib/ui/banner-model';
import { headlineText } from '../lib/ui/headline';
import { isWarningTier } from '../lib/matching/tiers';
import { MatchDetails } from './MatchDetails';

export type Decision = 'dismissed' | 'snoozed' | 'not-this-product';

export interface AuthorityWarningProps {
  warning: Warning;
  lang: Lang;
  busy: boolean;
  error: boolean;
  onDecision(kind: Decision): void;
  onReport?(): void;
  onCollapse(): void;
}

/**
 * An authority's record matched this listing. Exact/strong: red; similar: small and amber. The short
 * announcement (title + hazard) sits in a live region so screen readers hear it once, not the whole card.
 */
export function AuthorityWarning({ warning, lang, busy, error, onDecision, onReport, onCollapse }: AuthorityWarningProps) {
  const titleId = useId();
  const othersId = useId();
  const [showOthers, setShowOthers] = useState(false);
  const { tier, top, others } = warning;
  const soft = !isWarningTier(tier);
  return (
    <section
      className={`hc-card hc-warning hc-tone-${toneOf(tier)}${soft ? ' hc-small' : ''}`}
      aria-labelledby={titleId}
      data-testid="hazard-banner"
      data-tier={tier}
    >
      <header className="hc-head">
        <span className="hc-icon" aria-hidden="true">
          {soft ? 'ⓘ' : '⚠'}
        </span>
        <div role={soft ? 'status' : 'alert'} className="hc-announce">
          <h2 id={titleId} className="hc-title">
            {t(lang, TITLE_KEY[tier])}
          </h2>
          <span className="hc-visually-hidden">{headlineText(top.record, lang)}</span>
        </div>
        <span className={`hc-chip hc-tone-${toneOf(tier)}`}>{t(lang, TIER_KEY[tier])}</span>
        <button
          type="button"
          className="hc-icon-btn"
          aria-expanded="true"
          aria-label={t(lang, 'bannerCollapse')}
          title={t(lang, 'bannerCollapse')}
          onClick={onCollapse}
          data-testid="hazard-collapse"
        >
          <span aria-hidden="true">–</span>
        </button>
      </header>
      <p className="hc-lead">{t(lang, leadKeyOf(warning))}</p>
      <MatchDetails item={top} lang={lang} />
      {others.length > 0 && (
        <>
          <button
            type="button"
            className="hc-link-btn"
            aria-expanded={showOthers}
            aria-controls={othersId}
            onClick={() => setShowOthers(!showOthers)}
            data-testid="hazard-more-reports"
          >
            {showOthers
              ? t(lang, 'bannerHideMoreReports')
              : tCount(lang, 'bannerMoreReportsOne', 'bannerMoreReportsMany', others.length)}
          </button>
          <div id={othersId} hidden={!showOthers} className="hc-others">
            {showOthers && others.map((item) => <MatchDetails key={item.record.id} item={item} lang={lang} showTier />)}
          </div>
        </>
      )}
      <p className="hc-disclaimer">{t(lang, disclaimerKeyOf(warning))}</p>
      {error && (
        <p className="hc-error" role="status">
          {t(lang, 'bannerSaveFailed')}
        </p>
      )}
      <div className="hc-actions">
        <button type="button" disabled={busy} onClick={() => onDecision('dismissed')} data-testid="hazard-dismiss">
          {t(lang, 'bannerDismiss')}
        </button>
        {!soft && (
          <button type="button" disabled={busy} onClick={() => onDecision('snoozed')} data-testid="hazard-snooze">
            {t(lang, 'bannerSnooze')}
          </button>
        )}
        {!soft && (
          <button
            type="button"
            disabled={busy}
            onClick={() => onDecision('not-this-product')}
            data-testid="hazard-not-this-product"
          >
            {t(lang, 'bannerNotThisProduct')}
          </button>
        )}
        {onReport && (
          <button type="button" onClick={onReport} data-testid="hazard-report">
            {t(lang, 'bannerReport')}
          </button>
        )}
      </div>
    </section>
  );
}
