/**
 * Korean and English strings. Every user-facing string goes through `t()`; the language follows the
 * browser unless the user overrides it in the options.
 */
import { en } from './en';
import { ko } from './ko';

export type Lang = 'en' | 'ko';
export type MessageKey = keyof typeof en;
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, ko };

export function resolveLang(setting: 'auto' | Lang, browserLang: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return (browserLang ?? '').toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** `{name}` placeholders are replaced by `vars`; the result is plain text, rendered as text. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = MESSAGES[lang][key] ?? MESSAGES.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/** Keys whose text is the same in every language on purpose (the product's name). */
export const LANGUAGE_NEUTRAL_KEYS: readonly MessageKey[] = ['badgeIdle', 'popupTitle'];

/** Picks the singular or plural form; Korean has one form, so both keys hold the same shape there. */
export function tCount(lang: Lang, one: MessageKey, many: MessageKey, count: number): string {
  return t(lang, count === 1 ? one : many, { count });
}

/** The message key for a dynamic part of the vocabulary, e.g. `risk_CHEMICAL`, if it exists. */
export function vocabularyKey(prefix: string, value: string): MessageKey | undefined {
  const key = `${prefix}_${value}`;
  return key in MESSAGES.en ? (key as MessageKey) : undefined;
}
