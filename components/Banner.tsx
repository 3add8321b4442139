import type { MatchedRecord, Verdict } from '../lib/messaging';
import { t, type Lang } from '../lib/i18n';
import { isWarning } from '../lib/background/verdict';

export interface BannerProps {
  verdict: Verdict;
  lang: Lang;
  onDismiss(): void;
}

function headline(item: MatchedRecord): string {
  const hazard = item.record.hazardText[0]?.text ?? item.record.riskTypes.join(', ');
  const name = item.record.product.names[0]?.text ?? '';
  return `${hazard}${name ? ` — ${name}` : ''}`;
}

/** Product-page warning. Interim version: the full banner replaces it. */
export function Banner({ verdict, lang, onDismiss }: BannerProps) {
  const warnings = verdict.matches.filter((m) => isWarning(m.match));
  const top = warnings[0] ?? verdict.matches[0];
  if (!top) return null;
  const tier = top.match.tier;
  return (
    <section data-testid="hazard-banner" data-tier={tier} role="alert" className={`banner tier-${tier}`}>
      <h2>{t(lang, tier === 'exact' ? 'bannerTitleExact' : tier === 'strong' ? 'bannerTitleStrong' : 'bannerTitleSimilar')}</h2>
      <p data-testid="hazard-headline">{headline(top)}</p>
      <p>
        {t(lang, 'bannerReportedBy', { authority: top.record.authority, date: top.record.publishedAt ?? '' })}
        {top.record.url && (
          <>
            {' · '}
            <a href={top.record.url} target="_blank" rel="noopener noreferrer">
              {t(lang, 'bannerOfficialNotice')}
            </a>
          </>
        )}
      </p>
      <button type="button" onClick={onDismiss}>
        {t(lang, 'bannerDismiss')}
      </button>
    </section>
  );
}
