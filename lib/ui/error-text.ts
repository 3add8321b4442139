/**
 * What a failure means, in the reader's language. Browser and extension errors arrive as English
 * developer messages ("Could not establish connection…", "QuotaExceededError"); the UI shows a translated
 * sentence for the kind of failure and keeps the original message for the console.
 */
import { t, type Lang, type MessageKey } from '../i18n';

const KINDS: [RegExp, MessageKey][] = [
  [/quota|disk (is )?full|no space/i, 'errorStorageFull'],
  [
    /receiving end does not exist|could not establish connection|no answer from the background|context invalidated|message port closed/i,
    'errorNoBackground',
  ],
  [/timed? ?out|timeout/i, 'errorTimeout'],
  [/network|failed to fetch|offline|ERR_INTERNET/i, 'errorNetwork'],
  [/database|indexeddb|idb|transaction/i, 'errorDatabase'],
];

export function errorKey(error: unknown): MessageKey {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return KINDS.find(([pattern]) => pattern.test(message))?.[1] ?? 'errorUnexpected';
}

/** A translated sentence for `error`; the original goes to the console for bug reports. */
export function errorText(error: unknown, lang: Lang): string {
  console.warn('Hazard Check:', error);
  return t(lang, errorKey(error));
}
