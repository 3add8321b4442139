import { useId, useState } from 'react';
import { t, tCount, type Lang } from '../lib/i18n';
import {
  disclaimerKeyOf,
  leadKeyOf,
  TIER_KEY,
  TITLE_KEY,
  toneOf,
  type AuthorityWarning as Warning,
} from '../lib/ui/banner-model';
import { hazardSummary } from '../lib/ui/headline';
import { recordFacts } from '../lib/ui/record-facts';
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
  /** Start with the details folded (every view after the first): headline, source, tier and actions only. */
  compact?: boolean;
}

/**
 * An authority's record matched this listing. Exact/strong: red; similar: small and amber. The first line
 * names the specific hazard in the reader's language; the short announcement (hazard, tier title, who
 * reported it) sits in a live region so screen readers hear it once, not the whole card. The details
 * (product, facts, evidence, explanations) fold open in place.
 */
export function AuthorityWarning(props: AuthorityWarningProps) {
  const { warning, lang, busy, error, onDecision, onReport, onCollapse, compact = false } = props;
  const titleId = useId();
  const othersId = useId();
  const detailsId = useId();
  const [showOthers, setShowOthers] = useState(false);
  const [showDetails, setShowDetails] = useState(!compact);
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
          <h2 id={titleId} className="hc-title" data-testid="hazard-title">
            {hazardSummary(top.record, lang)}
          </h2>
          <span className="hc-visually-hidden">{t(lang, TITLE_KEY[tier])}</span>
          <p className="hc-subtitle" data-testid="hazard-source">
            <span className={`hc-chip hc-tone-${toneOf(tier)}`}>{t(lang, TIER_KEY[tier])}</span>
            {recordFacts(top.record, lang).reportedBy}
          </p>
        </div>
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
      <button
        type="button"
        className="hc-link-btn hc-details-toggle"
        aria-expanded={showDetails}
        aria-controls={detailsId}
        onClick={() => setShowDetails(!showDetails)}
        data-testid="hazard-details-toggle"
      >
        {t(lang, showDetails ? 'bannerLessDetails' : 'bannerMoreDetails')} {showDetails ? '▴' : '▾'}
      </button>
      <div id={detailsId} hidden={!showDetails} className="hc-details" data-testid="hazard-details">
        {showDetails && (
          <>
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
                  {showOthers &&
                    others.map((item) => <MatchDetails key={item.record.id} item={item} lang={lang} showTier />)}
                </div>
              </>
            )}
            <p className="hc-disclaimer">{t(lang, disclaimerKeyOf(warning))}</p>
          </>
        )}
      </div>
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
          <button
            type="button"
            disabled={busy}
            onClick={() => onDecision('not-this-product')}
            data-testid="hazard-not-this-product"
          >
            {t(lang, 'bannerNotThisProduct')}
          </button>
        )}
        <button type="button" disabled={busy} onClick={() => onDecision('snoozed')} data-testid="hazard-snooze">
          {t(lang, 'bannerSnooze')}
        </button>
        {onReport && (
          <button type="button" onClick={onReport} data-testid="hazard-report">
            {t(lang, 'bannerReport')}
          </button>
        )}
      </div>
    </section>
  );
}
