import type { HazardRecord } from '../lib/hazards/schema';
import { t, type Lang } from '../lib/i18n';
import { recordFacts } from '../lib/ui/record-facts';

/** Who reported it, when, where, what was done, and the official notice: every warning is attributed. */
export function RecordFacts({ record, lang }: { record: HazardRecord; lang: Lang }) {
  const facts = recordFacts(record, lang);
  return (
    <div className="hc-facts">
      {facts.original && (
        <p className="hc-original" data-testid="hazard-original">
          <span className="hc-original-label">{facts.original.label}: </span>
          <span lang={facts.original.lang}>{facts.original.text}</span>
        </p>
      )}
      {facts.measurements.map((m) => (
        <p key={m} className="hc-measure">
          {m}
        </p>
      ))}
      <p data-testid="hazard-reported-by">{facts.reportedBy}</p>
      {facts.demotedNote && <p data-testid="hazard-demoted-note">{facts.demotedNote}</p>}
      <p>
        {facts.jurisdiction}
        {facts.actions && <> · {facts.actions}</>}
      </p>
      <p>
        {facts.noticeUrl ? (
          <a href={facts.noticeUrl} target="_blank" rel="noopener noreferrer" aria-label={facts.noticeLabel}>
            {facts.noticeText} ↗
          </a>
        ) : (
          <span className="hc-muted">{t(lang, 'bannerNoNotice')}</span>
        )}
      </p>
    </div>
  );
}
