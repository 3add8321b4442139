import { SOURCE_FAMILIES, type SourceFamily } from '../../lib/hazards/schema';
import { t, tCount, type Lang } from '../../lib/i18n';
import type { SyncStatus } from '../../lib/core/verdict';
import { sourceName } from '../../lib/ui/sync-text';

export interface SourcesSectionProps {
  lang: Lang;
  disabled: SourceFamily[];
  status?: SyncStatus;
  onChange(disabled: SourceFamily[]): void;
}

/** Sources on/off: a switched-off source's records never warn. */
export function SourcesSection({ lang, disabled, status, onChange }: SourcesSectionProps) {
  const countOf = (source: string) => status?.sources.find((s) => s.source === source)?.count;
  const toggle = (source: SourceFamily, on: boolean) =>
    onChange(on ? disabled.filter((s) => s !== source) : [...disabled, source]);
  return (
    <fieldset className="hc-card hc-panel" data-testid="options-sources">
      <legend className="hc-panel-title">{t(lang, 'optSourcesTitle')}</legend>
      <p className="hc-muted">{t(lang, 'optSourcesHelp')}</p>
      {SOURCE_FAMILIES.map((source) => {
        const count = countOf(source);
        return (
          <label key={source} className="hc-check">
            <input
              type="checkbox"
              checked={!disabled.includes(source)}
              onChange={(e) => toggle(source, e.target.checked)}
              data-source={source}
            />
            <span>
              {sourceName(source, lang)}
              {count !== undefined && (
                <span className="hc-muted"> — {tCount(lang, 'dataRecordCountOne', 'dataRecordCount', count)}</span>
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
