/**
 * AliExpress anti-bot challenges: the punish redirect, the "nc" slider, baxia dialogs, x5sec/punish
 * iframes, reCAPTCHA, Cloudflare. Normal pages load baxia scripts (`<script id="aplus-baxia">`), so only
 * rendered, visible elements count, never scripts or strings.
 */
import { byClass, byTag, isVisible } from '../dom';
import { isChallengeUrl } from './url';

const CHALLENGE_IDS = ['nc_1_n1z', 'baxia-dialog-content', 'challenge-form', 'nocaptcha'];
const CHALLENGE_CLASSES = ['nc-container', 'nc_wrapper', 'btn_slide', 'baxia-dialog', 'slidetounlock', 'nc_iconfont'];
const CHALLENGE_FRAME = /x5sec|\/punish|recaptcha|captcha/i;
const NOT_RENDERED = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'NOSCRIPT']);

export function challengeReason(url: URL, doc: Document): string | undefined {
  if (isChallengeUrl(url)) return 'AliExpress redirected to its security check (punish page)';
  const candidates: Element[] = [];
  for (const id of CHALLENGE_IDS) {
    const element = doc.getElementById(id);
    if (element) candidates.push(element);
  }
  for (const className of CHALLENGE_CLASSES) candidates.push(...byClass(doc, className));
  for (const frame of byTag(doc, 'iframe')) {
    if (CHALLENGE_FRAME.test(frame.getAttribute('src') ?? '')) candidates.push(frame);
  }
  const shown = candidates.find((el) => !NOT_RENDERED.has(el.tagName.toUpperCase()) && isVisible(el));
  return shown ? 'AliExpress is showing a security check (slider or captcha)' : undefined;
}
