import type { HazardRecord } from '../lib/hazards/schema';
import type { Lang } from '../lib/i18n';
import { headlineOf } from '../lib/ui/headline';
import { HazardExplanations } from './HazardExplanations';
import { RecordFacts } from './RecordFacts';

/** A database record found by search: hazard, product, authority, date, link. No match evidence. */
export function RecordSummary({ record, lang }: { record: HazardRecord; lang: Lang }) {
  const { hazard, product } = headlineOf(record, lang);
  return (
    <article className="hc-match" data-record-id={record.id}>
      <h3 className="hc-result-title">{product}</h3>
      <p className="hc-headline">
        <strong>{hazard}</strong>
      </p>
      <RecordFacts record={record} lang={lang} />
      <HazardExplanations record={record} lang={lang} />
    </article>
  );
}
