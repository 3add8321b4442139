import { useId } from 'react';
import { t, type Lang } from '../lib/i18n';
import type { Verdict } from '../lib/core/verdict';
import { formatDate } from '../lib/ui/format';

/** The user's own "missed hazard" report: styled and worded apart from authority data. */
export function OwnReportNote({ report, lang }: { report: NonNullable<Verdict['ownReport']>; lang: Lang }) {
  const titleId = useId();
  return (
    <section className="hc-card hc-own" aria-labelledby={titleId} data-testid="hazard-own-report">
      <h2 id={titleId} className="hc-title">
        {t(lang, 'ownReportTitle')}
      </h2>
      <p>{t(lang, 'ownReportBody', { date: formatDate(report.createdAt, lang) })}</p>
      {report.note && <p className="hc-own-note">{t(lang, 'ownReportNote', { note: report.note })}</p>}
    </section>
  );
}
