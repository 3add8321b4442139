import { useEffect, useRef } from 'react';
import { t, type Lang } from '../../lib/i18n';

export interface NoticeSectionProps {
  lang: Lang;
  acknowledged: boolean;
  /** Opened from the install welcome: take focus so the notice is read first. */
  welcome: boolean;
  onAcknowledge(): void;
}

/** The one-time notice: warnings can be wrong in both directions. Stays readable after it is acknowledged. */
export function NoticeSection({ lang, acknowledged, welcome, onAcknowledge }: NoticeSectionProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (welcome && !acknowledged) headingRef.current?.focus();
  }, [welcome, acknowledged]);

  const body = (
    <>
      <p>{t(lang, 'noticeBody1')}</p>
      <p>{t(lang, 'noticeBody2')}</p>
      <p>{t(lang, 'noticeBody3')}</p>
    </>
  );
  if (acknowledged) {
    return (
      <details className="hc-card hc-panel" data-testid="notice-read-again">
        <summary>{t(lang, 'noticeTitle')}</summary>
        {body}
      </details>
    );
  }
  return (
    <section className="hc-card hc-panel hc-notice" aria-labelledby="hc-notice-title" data-testid="notice">
      <h2 id="hc-notice-title" ref={headingRef} tabIndex={-1} className="hc-panel-title">
        {t(lang, 'noticeTitle')}
      </h2>
      {body}
      <div className="hc-actions">
        <button type="button" className="hc-primary" onClick={onAcknowledge} data-testid="notice-acknowledge">
          {t(lang, 'noticeAcknowledge')}
        </button>
      </div>
    </section>
  );
}
