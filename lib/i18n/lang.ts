/**
 * Which language the extension speaks. One rule for every surface (banner, badges, popover, report
 * dialog, toolbar tooltip, notifications, popup, options): the user's setting, and for `auto` the
 * browser's own interface language — never the shop page's language or the HTTP Accept-Language list.
 * Kept apart from the message tables so the page-reading script can resolve it without loading them.
 */
import { browser } from 'wxt/browser';

export type Lang = 'en' | 'ko';
export type LanguageSetting = 'auto' | Lang;

export function resolveLang(setting: LanguageSetting, browserLang: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return (browserLang ?? '').toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** The browser's interface language, the same in every extension context (pages, worker, content scripts). */
export function browserUiLanguage(): string | undefined {
  try {
    return browser.i18n?.getUILanguage?.() ?? globalThis.navigator?.language;
  } catch {
    return globalThis.navigator?.language;
  }
}

/** `auto` resolved with the browser's interface language. */
export function langFor(setting: LanguageSetting): Lang {
  return resolveLang(setting, browserUiLanguage());
}
