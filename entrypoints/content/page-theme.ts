import { pickTheme, type Theme } from '../../lib/ui/theme';

/** The shop page's look right now: its computed background first, then the OS preference. */
export function pageTheme(doc: Document = document, win: Window = window): Theme {
  const backgrounds = [doc.body, doc.documentElement]
    .filter((el): el is HTMLElement => !!el)
    .map((el) => win.getComputedStyle(el).backgroundColor);
  return pickTheme(backgrounds, win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);
}
