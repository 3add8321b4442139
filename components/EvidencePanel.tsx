import type { Lang } from '../lib/i18n';
import { t } from '../lib/i18n';
import type { Evidence } from '../lib/matching/types';
import { evidenceRows } from '../lib/ui/evidence';

/** What matched and how, one row per signal, so a warning is never unexplained. */
export function EvidencePanel({ evidence, lang }: { evidence: Evidence[]; lang: Lang }) {
  const rows = evidenceRows(evidence, lang);
  if (!rows.length) return null;
  return (
    <details className="hc-disclosure" data-testid="hazard-evidence">
      <summary>{t(lang, 'bannerEvidenceTitle')}</summary>
      <ul className="hc-evidence">
        {rows.map((row, i) => (
          <li key={`${row.label}-${i}`}>
            <span className="hc-evidence-kind">{row.label}</span>
            <span>
              {t(lang, 'bannerEvidenceListing')}: <q>{row.listingValue}</q>
            </span>
            <span>
              {t(lang, 'bannerEvidenceRecord')}: <q>{row.recordValue}</q>
            </span>
            <span>
              {t(lang, 'bannerEvidenceHow')}: {row.how}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
