import type { HazardRecord } from '../lib/hazards/schema';
import { t, type Lang } from '../lib/i18n';
import { explanationKeys } from '../lib/ui/explanations';

/** Plain-language background on the chemical or physical hazard (what it is, not a verdict on the listing). */
export function HazardExplanations({ record, lang }: { record: HazardRecord; lang: Lang }) {
  const keys = explanationKeys(record);
  if (!keys.length) return null;
  return (
    <details className="hc-disclosure" data-testid="hazard-explanations">
      <summary>{t(lang, 'bannerExplainTitle')}</summary>
      {keys.map((key) => (
        <p key={key}>{t(lang, key)}</p>
      ))}
    </details>
  );
}
