import type { Lang } from '../lib/i18n';
import { t } from '../lib/i18n';
import type { MatchedRecord } from '../lib/core/verdict';
import { TIER_KEY, toneOf } from '../lib/ui/banner-model';
import { headlineOf } from '../lib/ui/headline';
import { EvidencePanel } from './EvidencePanel';
import { HazardExplanations } from './HazardExplanations';
import { RecordFacts } from './RecordFacts';

export interface MatchDetailsProps {
  item: MatchedRecord;
  lang: Lang;
  /** Show the tier chip (lists mixing several matches). */
  showTier?: boolean;
}

/**
 * One matched record, hazard first: "DEHP 270× the legal limit — children's hairband", then the
 * attribution, the evidence and the explanation. Shared by the banner, the card popover and the popup.
 */
export function MatchDetails({ item, lang, showTier = false }: MatchDetailsProps) {
  const { hazard, product, forChildren } = headlineOf(item.record, lang);
  return (
    <div className="hc-match" data-record-id={item.record.id}>
      <p className="hc-headline" data-testid="hazard-headline">
        {showTier && (
          <span className={`hc-chip hc-tone-${toneOf(item.match.tier)}`}>{t(lang, TIER_KEY[item.match.tier])}</span>
        )}
        <strong>{hazard}</strong>
        {product && <> — {t(lang, 'bannerProductAsRecorded', { product })}</>}
        {forChildren && <span className="hc-muted"> · {t(lang, 'headlineForChildren')}</span>}
      </p>
      <RecordFacts record={item.record} lang={lang} />
      <EvidencePanel evidence={item.match.evidence} lang={lang} />
      <HazardExplanations record={item.record} lang={lang} />
    </div>
  );
}
