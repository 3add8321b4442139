import { t, type Lang } from '../lib/i18n';
import { evidenceLabel, type PurchaseSummary as Summary } from '../lib/ui/purchase-summary';
import type { Theme } from '../lib/ui/theme';
import './styles/purchase-summary.css';

export interface PurchaseSummaryProps {
  summary: Summary;
  lang: Lang;
  theme?: Theme;
  onHide(): void;
}

/**
 * The small bar on cart, checkout and order pages: "2 items in your cart were reported", each item with a
 * link to its evidence. It informs only: it sits in a corner, holds no focus and never covers or delays the
 * shop's pay button.
 */
export function PurchaseSummary({ summary, lang, theme = 'light', onHide }: PurchaseSummaryProps) {
  return (
    <div className={`hc-root hc-theme-${theme}`} lang={lang}>
      <section
        className="hc-summary"
        role="region"
        aria-label={t(lang, 'summaryRegionLabel')}
        data-testid="hazard-purchase-summary"
      >
        <p className="hc-summary-heading">
          <span aria-hidden="true">⚠ </span>
          {summary.heading}
        </p>
        <ul className="hc-summary-items">
          {summary.items.map((item) => (
            <li key={item.itemId} data-item-id={item.itemId}>
              <span className="hc-summary-title">{item.title}</span>{' '}
              {item.noticeUrl ? (
                <a
                  href={item.noticeUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={evidenceLabel(item, lang)}
                >
                  {t(lang, 'summaryEvidence')}
                </a>
              ) : (
                <span className="hc-summary-muted">
                  {item.authority} ({t(lang, 'summaryNoNotice')})
                </span>
              )}
            </li>
          ))}
        </ul>
        <button type="button" className="hc-summary-hide" onClick={onHide}>
          {t(lang, 'summaryHide')}
        </button>
      </section>
    </div>
  );
}
