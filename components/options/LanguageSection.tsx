import { browserUiLanguage, t, type Lang } from '../../lib/i18n';
import { languageName } from '../../lib/ui/record-facts';
import type { Settings } from '../../lib/settings';

const CHOICES: Settings['language'][] = ['auto', 'en', 'ko'];

/** Language: the browser's, or an override. Each language is named in both languages; the "auto" rule is spelled out. */
export function LanguageSection({
  lang,
  value,
  onChange,
}: {
  lang: Lang;
  value: Settings['language'];
  onChange(v: Settings['language']): void;
}) {
  const label = (choice: Settings['language']) =>
    choice === 'auto' ? t(lang, 'optLanguageAuto') : t(lang, choice === 'en' ? 'langName_en' : 'langName_ko');
  return (
    <fieldset className="hc-card hc-panel" data-testid="options-language">
      <legend className="hc-panel-title">{t(lang, 'optLanguageTitle')}</legend>
      {CHOICES.map((choice) => (
        <label key={choice} className="hc-check">
          <input
            type="radio"
            name="hc-language"
            value={choice}
            checked={value === choice}
            onChange={() => onChange(choice)}
            data-testid={`opt-lang-${choice}`}
          />
          <span lang={choice === 'ko' ? 'ko' : choice === 'en' ? 'en' : undefined}>{label(choice)}</span>
        </label>
      ))}
      <p className="hc-muted" data-testid="opt-lang-rule">
        {t(lang, 'optLanguageAutoRule', { browser: languageName(browserUiLanguage() ?? 'en', lang) })}
      </p>
    </fieldset>
  );
}
