/**
 * Korean and English strings. Every user-facing string goes through `t()`; which language is decided
 * once, in ./lang.ts.
 */
import { en } from './en';
import { ko } from './ko';

import type { Lang } from './lang';

export { browserUiLanguage, langFor, resolveLang, type Lang, type LanguageSetting } from './lang';
export type MessageKey = keyof typeof en;
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, ko };

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
