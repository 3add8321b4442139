/**
 * The seam between the page-reading content script and the page UI (React: banner, badges, popover,
 * report dialog). The UI ships as a separate packaged file that the content script imports only when a
 * verdict has something to show, so most shop pages never load React at all.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Lang } from '../i18n/lang';
import type { Verdict } from '../core/verdict';
import type { PageReading } from '../sites/types';

export interface ContentUiEnv {
  lang(): Lang;
  /** The user decided about this listing's warning (hide / not this product). */
  onDecided(verdict: Verdict): void;
}

export interface ContentUi {
  /** Resolves once the banner is on the page. */
  showBanner(verdict: Verdict): Promise<void>;
  removeBanner(): void;
  /** Card badges, and on cart, checkout and order pages the summary bar. */
  renderCards(verdict: Verdict, reading: PageReading): void;
  clearCards(): void;
}

export type CreateContentUi = (ctx: ContentScriptContext, env: ContentUiEnv) => ContentUi;

/** The packaged UI file (an unlisted script, listed in web_accessible_resources). */
export const CONTENT_UI_PATH = '/content-ui.js';

/** Where the UI file registers its factory: a shared global of the content script's isolated world. */
export const CONTENT_UI_KEY = Symbol.for('hazard-check.content-ui');

export function registerContentUi(create: CreateContentUi, scope: object = globalThis): void {
  (scope as Record<symbol, unknown>)[CONTENT_UI_KEY] = create;
}

export function registeredContentUi(scope: object = globalThis): CreateContentUi | undefined {
  const create = (scope as Record<symbol, unknown>)[CONTENT_UI_KEY];
  return typeof create === 'function' ? (create as CreateContentUi) : undefined;
}
