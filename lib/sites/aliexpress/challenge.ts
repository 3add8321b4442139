/**
 * AliExpress anti-bot challenges: the punish redirect, the "nc" slider, baxia dialogs, x5sec/punish
 * iframes, reCAPTCHA, Cloudflare. Normal pages load baxia scripts (`<script id="aplus-baxia">`), so only
 * rendered, visible elements count, never scripts or strings.
 */
import { isVisible } from '../dom';
import { isChallengeUrl } from './url';

const CHALLENGE_IDS = ['nc_1_n1z', 'baxia-dialog-content', 'challenge-form', 'nocaptcha'];
const CHALLENGE_CLASS =
  /(?:^|\s)(?:nc-container|nc_wrapper|btn_slide|slidetounlock|nc_iconfont|baxia-dialog[\w-]*)(?:\s|$)/;
const CHALLENGE_FRAME = /x5sec|\/punish|recaptcha|captcha/i;
const NOT_RENDERED = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'NOSCRIPT']);
const SHOW_ELEMENT = 1; // NodeFilter.SHOW_ELEMENT, without relying on a global NodeFilter.

/** Challenge elements by class or frame source, in one pass over the body (search pages re-read often). */
function challengeElements(doc: Document): Element[] {
  const found: Element[] = [];
  const root = doc.body ?? doc.documentElement;
  if (!root) return found;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    const className = node.getAttribute('class');
    if (className && CHALLENGE_CLASS.test(className)) found.push(node);
    else if (node.tagName.toUpperCase() === 'IFRAME' && CHALLENGE_FRAME.test(node.getAttribute('src') ?? ''))
      found.push(node);
  }
  return found;
}

export function challengeReason(url: URL, doc: Document): string | undefined {
  if (isChallengeUrl(url)) return 'AliExpress redirected to its security check (punish page)';
  const candidates = [
    ...CHALLENGE_IDS.map((id) => doc.getElementById(id)).filter((el): el is HTMLElement => !!el),
    ...challengeElements(doc),
  ];
  const shown = candidates.find((el) => !NOT_RENDERED.has(el.tagName.toUpperCase()) && isVisible(el));
  return shown ? 'AliExpress is showing a security check (slider or captcha)' : undefined;
}
