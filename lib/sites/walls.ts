/**
 * Generic walls (wall-rules.ts) any marketplace may show instead of a listing, and the positive evidence
 * a product page must give before it counts as read.
 */
import { byTag, elementText, isVisible } from './dom';
import { SHORT_PAGE_CHARS, WALL_RULES, type WallRule } from './wall-rules';

export const NO_ID_EVIDENCE =
  "the page does not state this listing's ID in its own data (canonical, JSON-LD or page data)";

export interface WallMatch {
  rule: WallRule['id'];
  state: WallRule['state'];
  reason: string;
}

/** A page with no visible text and no inline data: nothing rendered (a blank shell or a blocked load). */
function isEmptyShell(doc: Document, text: string): boolean {
  if (text.trim().length > 0) return false;
  return !byTag(doc, 'script').some((script) => !script.hasAttribute('src') && (script.textContent ?? '').length > 200);
}

export function detectWall(doc: Document): WallMatch | undefined {
  const title = (doc.title ?? '').trim();
  const text = elementText(doc.body, SHORT_PAGE_CHARS);
  const short = text.length < SHORT_PAGE_CHARS;
  for (const rule of WALL_RULES) {
    const byTitle = !!rule.title && rule.title.test(title);
    const byElement = !!rule.selector && Array.from(doc.querySelectorAll(rule.selector)).some((el) => isVisible(el));
    const byText = short && !!rule.shortText && rule.shortText.test(text.replace(/\s+/g, ' '));
    if (byTitle || byElement || byText) return { rule: rule.id, state: rule.state, reason: `the page ${rule.reason}` };
  }
  if (isEmptyShell(doc, text))
    return {
      rule: 'empty-shell',
      state: 'unreadable',
      reason: 'the page is empty (not rendered, or its content was blocked)',
    };
  return undefined;
}
