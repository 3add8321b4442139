import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { t, type Lang } from '../lib/i18n';
import type { Verdict } from '../lib/core/verdict';
import { authorityWarningOf, toneOf } from '../lib/ui/banner-model';
import type { Corner } from '../lib/ui/placement';
import type { OnReport } from '../lib/ui/report-request';
import type { Theme } from '../lib/ui/theme';
import { AuthorityWarning, type Decision } from './AuthorityWarning';
import { OwnReportNote } from './OwnReportNote';

export interface BannerProps {
  verdict: Verdict;
  lang: Lang;
  theme?: Theme;
  /** Saves the user's decision for this listing (set-dismissal); rejects when it could not be saved. */
  onDecision(kind: Decision): Promise<void>;
  /** Opens the volunteer report flow; without it no report button shows. */
  onReport?: OnReport;
  /** Nothing is left to show: the host removes the banner. */
  onClose(): void;
  /** Where on screen (the host moves it off the price and buy button). */
  corner?: Corner;
  /** The open banner fits nowhere without covering them: show the pill until the user opens it. */
  autoCollapse?: boolean;
  /** Keep top corners below the shop's header bar (px). */
  topInset?: number;
  /** Open with the details folded (every warning after the first one the user saw). */
  compact?: boolean;
  /** The positioned element, for the host to measure. */
  stackRef?: Ref<HTMLDivElement>;
}

type AuthorityView = 'warning' | 'thanks' | 'hidden';

/**
 * The product-page banner: fixed in a corner (top-right unless the host finds the price or buy button
 * there), compact and collapsible. Authority warnings and the user's own report are separate cards.
 * Escape collapses it.
 */
export function Banner(props: BannerProps) {
  const {
    verdict,
    lang,
    theme = 'light',
    onDecision,
    onReport,
    onClose,
    corner = 'top-right',
    autoCollapse = false,
    compact = false,
    topInset = 0,
    stackRef,
  } = props;
  const warning = authorityWarningOf(verdict);
  const [view, setView] = useState<AuthorityView>(warning ? 'warning' : 'hidden');
  // Who collapsed it: focus moves to the pill only when the user did.
  const [collapsed, setCollapsed] = useState<false | 'user' | 'auto'>(false);
  const userOpened = useRef(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);
  const expandRef = useRef<HTMLButtonElement>(null);
  const thanksFocusRef = useRef<HTMLButtonElement>(null);
  const thanksTitleId = useId();

  const ownReport = verdict.state === 'ok' ? verdict.ownReport : undefined;
  const nothingLeft = view === 'hidden' && !ownReport;

  useEffect(() => {
    if (nothingLeft) onClose();
  }, [nothingLeft, onClose]);

  // Keep keyboard users oriented: focus follows the control that replaced the one they pressed.
  useEffect(() => {
    if (collapsed === 'user') expandRef.current?.focus();
  }, [collapsed]);
  useEffect(() => {
    if (autoCollapse && !userOpened.current) setCollapsed((c) => c || 'auto');
  }, [autoCollapse]);
  useEffect(() => {
    if (view === 'thanks') thanksFocusRef.current?.focus();
  }, [view]);

  if (nothingLeft) return null;

  const report = (reason: 'wrong-match' | 'missed-hazard' | 'other') =>
    onReport?.({
      reason,
      from: 'banner',
      listingKey: verdict.listingKey,
      recordIds: verdict.matches.map((m) => m.record.id),
    });

  const decide = async (kind: Decision) => {
    setBusy(true);
    setError(false);
    try {
      await onDecision(kind);
      setView(kind === 'not-this-product' ? 'thanks' : 'hidden');
    } catch {
      setError(true);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !collapsed) {
      event.stopPropagation();
      setCollapsed('user');
    }
  };

  const count = (view === 'warning' && warning ? 1 + warning.others.length : 0) + (ownReport ? 1 : 0);

  return (
    <div
      ref={stackRef}
      className={`hc-root hc-theme-${theme} hc-banner-stack hc-at-${corner}`}
      onKeyDown={onKeyDown}
      data-testid="hazard-banner-root"
      data-corner={corner}
      lang={lang}
      style={topInset > 0 && corner.startsWith('top') ? { top: 12 + topInset } : undefined}
    >
      {collapsed ? (
        <button
          ref={expandRef}
          type="button"
          className={`hc-pill hc-tone-${warning && view === 'warning' ? toneOf(warning.tier) : 'caution'}`}
          aria-expanded="false"
          onClick={() => {
            userOpened.current = true;
            setCollapsed(false);
          }}
          data-testid="hazard-expand"
        >
          <span aria-hidden="true">⚠ </span>
          {t(lang, 'bannerCollapsedText', { count })}
          <span className="hc-visually-hidden"> — {t(lang, 'bannerExpand')}</span>
        </button>
      ) : (
        <>
          {view === 'warning' && warning && (
            <AuthorityWarning
              warning={warning}
              lang={lang}
              busy={busy}
              error={error}
              onDecision={(kind) => void decide(kind)}
              onReport={onReport && (() => report('wrong-match'))}
              onCollapse={() => setCollapsed('user')}
              compact={compact}
            />
          )}
          {view === 'thanks' && (
            <section className="hc-card hc-thanks" aria-labelledby={thanksTitleId} data-testid="hazard-thanks">
              <h2 id={thanksTitleId} className="hc-title">
                {t(lang, 'bannerThanksTitle')}
              </h2>
              {onReport && <p>{t(lang, 'bannerThanksBody')}</p>}
              <div className="hc-actions">
                {onReport && (
                  <button
                    ref={thanksFocusRef}
                    type="button"
                    onClick={() => {
                      report('wrong-match');
                      setView('hidden');
                    }}
                    data-testid="hazard-report-wrong-match"
                  >
                    {t(lang, 'bannerReportWrongMatch')}
                  </button>
                )}
                <button
                  ref={onReport ? undefined : thanksFocusRef}
                  type="button"
                  onClick={() => setView('hidden')}
                  data-testid="hazard-thanks-close"
                >
                  {t(lang, 'bannerClose')}
                </button>
              </div>
            </section>
          )}
          {ownReport && <OwnReportNote report={ownReport} lang={lang} />}
        </>
      )}
    </div>
  );
}
