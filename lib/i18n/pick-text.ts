/** Picking the reader's language among the texts a source wrote. */
import type { LocalizedText } from '../hazards/schema';
import type { Lang } from './lang';

/** The text in the UI language, else English, else whatever the source wrote. */
export function pickText(texts: LocalizedText[], lang: Lang): LocalizedText | undefined {
  const byLang = (l: string) => texts.find((x) => x.lang.toLowerCase().startsWith(l));
  return byLang(lang) ?? byLang('en') ?? texts[0];
}
