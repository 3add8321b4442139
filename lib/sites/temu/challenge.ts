/**
 * Temu security verification. Every normal Temu shell ships the captcha's i18n strings ("Security
 * verification", "Drag the circular slider…") inside scripts, so strings prove nothing: only a rendered,
 * visible captcha/verify element, or a visible dialog that says so, counts.
 */
import { elementText, isVisible } from '../dom';

const CAPTCHA_ELEMENTS =
  '[class*="captcha"], [class*="Captcha"], [id*="captcha"], [class*="verify-wrap"], [class*="verifyWrap"]';
const NOT_RENDERED = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'NOSCRIPT']);
const VERIFICATION_TEXT = /security verification|보안\s*인증|安全验证|sicherheitsüberprüfung|vérification de sécurité/i;

function hasContent(element: Element): boolean {
  return element.childElementCount > 0 || (element.textContent ?? '').trim().length > 0;
}

export function temuChallengeReason(doc: Document): string | undefined {
  const captcha = Array.from(doc.querySelectorAll(CAPTCHA_ELEMENTS)).find(
    (el) => !NOT_RENDERED.has(el.tagName.toUpperCase()) && hasContent(el) && isVisible(el),
  );
  if (captcha) return 'Temu is showing a security verification';
  const dialog = Array.from(doc.querySelectorAll('[role="dialog"], [aria-modal="true"], dialog[open]')).find(
    (el) => VERIFICATION_TEXT.test(elementText(el, 2000)) && isVisible(el),
  );
  return dialog ? 'Temu is showing a security verification' : undefined;
}
