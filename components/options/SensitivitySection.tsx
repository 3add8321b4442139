import { t, type Lang } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';

export interface SensitivitySectionProps {
  lang: Lang;
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}

/** How much to show: the soft "similar" tier, children's focus, and the local watch list. */
export function SensitivitySection({ lang, settings, onChange }: SensitivitySectionProps) {
  return (
    <fieldset className="hc-card hc-panel" data-testid="options-sensitivity">
      <legend className="hc-panel-title">{t(lang, 'optSensitivityTitle')}</legend>
      <label className="hc-check">
        <input
          type="checkbox"
          checked={settings.showSimilar}
          onChange={(e) => onChange({ showSimilar: e.target.checked })}
          aria-describedby="hc-similar-help"
          data-testid="opt-show-similar"
        />
        <span>{t(lang, 'optShowSimilar')}</span>
      </label>
      <p id="hc-similar-help" className="hc-muted hc-help">
        {t(lang, 'optShowSimilarHelp')}
      </p>
      <label className="hc-check">
        <input
          type="checkbox"
          checked={settings.childrenOnly}
          // It narrows the similar-product notes: with those off it has nothing to act on.
          disabled={!settings.showSimilar}
          onChange={(e) => onChange({ childrenOnly: e.target.checked })}
          aria-describedby="hc-children-help"
          data-testid="opt-children-only"
        />
        <span>{t(lang, 'optChildrenOnly')}</span>
      </label>
      <p id="hc-children-help" className="hc-muted hc-help">
        {t(lang, 'optChildrenOnlyHelp')}
        {!settings.showSimilar && ` ${t(lang, 'optChildrenOnlyNeedsSimilar')}`}
      </p>
      <label className="hc-check">
        <input
          type="checkbox"
          checked={settings.watchViewed}
          onChange={(e) => onChange({ watchViewed: e.target.checked })}
          data-testid="opt-watch-viewed"
        />
        <span>{t(lang, 'optWatchViewed')}</span>
      </label>
    </fieldset>
  );
}
