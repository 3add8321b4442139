/**
 * Generic walls: pages a CDN, bot manager or shop serves in place of the listing. Each rule states what it
 * matches and carries small example pages (written for this project) that it must match; one generic test
 * (tests/unit/sites/walls.test.ts) checks every example and that no rule matches a real saved product page.
 *
 * Signals, in order of trust: the document title (walls set it, product pages never use these words as
 * their whole title), visible elements the wall renders, and the visible text of a short page (a wall
 * page has little text; a product page has far more than `SHORT_PAGE_CHARS`).
 */
import type { PageState } from './types';

export interface WallRule {
  id: string;
  state: Extract<PageState, 'challenge' | 'unavailable' | 'unreadable'>;
  /** Shown in "not checked", after "The page …". */
  reason: string;
  /** The whole document title (trimmed). */
  title?: RegExp;
  /** A rendered, visible element only the wall has. */
  selector?: string;
  /** The visible text of a short page. */
  shortText?: RegExp;
  /** Example pages (HTML) the rule must match. */
  examples: string[];
}

/** Pages with at least this much visible text are not short: text rules do not apply to them. */
export const SHORT_PAGE_CHARS = 1500;

const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

export const WALL_RULES: WallRule[] = [
  {
    id: 'cloudflare-challenge',
    state: 'challenge',
    reason: 'is a browser check ("Just a moment…"), not the listing',
    title: /^just a moment(?:\.\.\.|…)?$/i,
    selector: '#challenge-form, #challenge-running, #cf-challenge-running, .cf-browser-verification, #challenge-stage',
    examples: [
      page(
        'Just a moment...',
        '<div id="challenge-stage"><h1>www.example-shop.test</h1><p>Verifying you are human. This may take a few seconds.</p></div>',
      ),
      page(
        'Bitte warten',
        '<form id="challenge-form" action="/item/1.html?__cf_chl_f_tk=x"><p>Checking your browser before accessing the site.</p></form>',
      ),
    ],
  },
  {
    id: 'cloudflare-attention-required',
    state: 'challenge',
    reason: 'is a block page ("Attention Required"), not the listing',
    title: /^attention required!?(?: \| cloudflare)?$/i,
    selector: '#cf-error-details, #cf-wrapper .cf-error-title',
    examples: [
      page(
        'Attention Required! | Cloudflare',
        '<div id="cf-wrapper"><h1 class="cf-error-title">Sorry, you have been blocked</h1></div>',
      ),
      page('Blocked', '<div id="cf-error-details"><h2>You are unable to access example-shop.test</h2></div>'),
    ],
  },
  {
    id: 'akamai-access-denied',
    state: 'challenge',
    reason: 'is an "Access Denied" page from the shop\'s network, not the listing',
    shortText: /^\s*access denied[\s\S]*\breference\s*#\s*[\d.a-f]+/i,
    selector: '#sec-if-cpt-container, #sec-cpt-if',
    examples: [
      page(
        'Access Denied',
        '<h1>Access Denied</h1>You don\'t have permission to access "http://www.example-shop.test/item/1.html" on this server.<p>Reference #18.4a2e3b17.1700000000.1c2d3e4f</p>',
      ),
      page(
        'Example Shop',
        '<div id="sec-if-cpt-container"><iframe id="sec-cpt-if" src="/_sec/cp_challenge/ak-challenge.htm"></iframe></div>',
      ),
    ],
  },
  {
    id: 'perimeterx-captcha',
    state: 'challenge',
    reason: 'is a bot check ("Access to this page has been denied"), not the listing',
    title: /^access to this page has been denied\.?$/i,
    selector: '#px-captcha, #px-captcha-wrapper',
    examples: [
      page('Access to this page has been denied.', '<div><h1>Please verify you are a human</h1></div>'),
      page('Example Shop', '<div id="px-captcha-wrapper"><div id="px-captcha"><p>Press &amp; Hold</p></div></div>'),
    ],
  },
  {
    id: 'security-verification',
    state: 'challenge',
    reason: 'is a security check ("verify you are human"), not the listing',
    title:
      /^(?:security (?:verification|check)|verify(?:ing)? (?:that )?you are (?:a )?human|are you a robot\??|checking your browser(?:\.\.\.|…)?|captcha)$/i,
    shortText:
      /\b(?:verify (?:that )?you(?:'re| are) (?:a )?human|complete the security check|press (?:and|&) hold|are you a robot|checking your browser)\b/i,
    examples: [
      page('Security Verification', '<main><p>Please complete the security verification to continue.</p></main>'),
      page(
        'example-shop.test',
        '<main><h2>Press &amp; Hold</h2><p>to confirm you are a human (and not a bot).</p></main>',
      ),
    ],
  },
  {
    id: 'captcha-frame',
    state: 'challenge',
    reason: 'shows a captcha, not the listing',
    selector:
      'iframe[src*="captcha-delivery.com"], iframe[src*="hcaptcha.com"], iframe[src*="challenges.cloudflare.com"], iframe[title*="captcha" i]',
    examples: [
      page(
        'example-shop.test',
        '<iframe src="https://geo.captcha-delivery.com/captcha/?initialCid=x" title="DataDome CAPTCHA"></iframe>',
      ),
    ],
  },
  {
    id: 'too-many-requests',
    state: 'challenge',
    reason: 'says there were too many requests (the shop is limiting visits); try again later',
    title: /^(?:429\b.*|too many requests.*|rate limit(?:ed)?.*)$/i,
    shortText:
      /\b(?:too many requests|request limit reached|you have been rate[- ]limited|access frequency is too high|visits? too frequent)/i,
    examples: [
      page('429 Too Many Requests', '<center><h1>429 Too Many Requests</h1></center><hr><center>nginx</center>'),
      page('Temu', '<div class="error"><p>Too many requests. Please try again later.</p></div>'),
    ],
  },
  {
    id: 'generic-sold-out',
    state: 'unavailable',
    reason: 'says the item is sold out or no longer available',
    title:
      /^(?:sold out|item (?:is )?(?:no longer )?(?:available|unavailable)|this (?:item|product) is (?:no longer available|sold out|unavailable)|product not available)$/i,
    shortText:
      /\bthis (?:item|product|listing) (?:is|has) (?:no longer available|sold out|been removed|unavailable)\b/i,
    examples: [
      page('Sold out', '<main><h1>Sold out</h1><a href="/">Continue shopping</a></main>'),
      page('Example Shop', '<main><p>Sorry, this item is no longer available.</p><a href="/">Back to home</a></main>'),
    ],
  },
];
