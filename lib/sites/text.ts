/**
 * Text clean-up for what we read off shop pages. Page text is hostile input: it can be huge, carry
 * markup, invisible characters that defeat matching (zero-width, bidi controls), full-width Latin, and
 * shop badges ("Top pick", "【IN STOCK】") glued to the real title.
 */

export const MAX_TITLE_LENGTH = 500;
const MAX_FIELD_LENGTH = 200;

// Zero-width characters, soft hyphen, word joiner, BOM, and every bidi embedding/override/isolate mark.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const CONTROL = /\p{Cc}/gu;
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
// Markup pasted into titles (`<b>`, `<img onerror=…>`, `</script>`); other angle-bracket text ("<Bubble>") stays.
const TAG_LIKE =
  /<\/?(?:a|abbr|audio|b|big|br|button|center|del|div|em|embed|font|form|h[1-6]|hr|i|iframe|img|input|ins|li|link|mark|meta|noscript|object|ol|p|s|script|small|source|span|strong|style|sub|sup|svg|table|td|template|th|tr|u|ul|video)(?=[\s/>])[^<>]{0,200}>/gi;

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}

/**
 * Normalises a piece of page text: drops invisible and control characters, turns full-width ASCII into
 * ASCII (CJK text is left alone), collapses whitespace, and caps the length. Work is bounded: only a
 * prefix a few times the cap is ever looked at, so a megabyte "title" costs no more than a normal one.
 */
export function cleanText(raw: unknown, max = MAX_FIELD_LENGTH): string {
  if (typeof raw !== 'string' && typeof raw !== 'number') return '';
  const text = cutAt(String(raw), max * 4)
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cutAt(text, max).trim();
}

const SITE_SUFFIX = /\s*[-|–—]\s*(?:AliExpress|Temu)(?:\.[a-z]{2,3})?(?:\s+\d+)?\s*$/i;
const LEADING_BADGES = /^(?:\s*(?:【[^【】]{1,40}】|Top pick\b|Top pick(?=[A-Z0-9])))+\s*/i;
const TRAILING_BADGES = /(?:\s*【[^【】]{1,40}】)+\s*$/;
const A11Y_SUFFIX = /\s*Open in new tab\.?\s*$/i;

/** A listing title as the matcher should see it: no site suffix, badges, markup or invisible characters. */
export function cleanTitle(raw: unknown): string {
  let title = cleanText(raw, MAX_TITLE_LENGTH * 2).replace(TAG_LIKE, ' ');
  for (let i = 0; i < 3; i++) {
    const before = title;
    title = title
      .replace(A11Y_SUFFIX, '')
      .replace(SITE_SUFFIX, '')
      .replace(LEADING_BADGES, '')
      .replace(TRAILING_BADGES, '')
      .trim();
    if (title === before) break;
  }
  title = title.replace(/\s+/g, ' ').trim();
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const cut = cutAt(title, MAX_TITLE_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > MAX_TITLE_LENGTH * 0.8 ? cut.slice(0, lastSpace) : cut).trim();
}

/** Values shops put in a brand/model field when there is none. */
const PLACEHOLDERS = new Set([
  '',
  '-',
  '--',
  '/',
  'none',
  'no',
  'n/a',
  'na',
  'null',
  'other',
  'others',
  'oem',
  'odm',
  'generic',
  'unbranded',
  'no brand',
  'nobrand',
  'noenname_null',
  'нет',
  'другое',
  '无',
  '없음',
  '기타',
  'ninguno',
  'ninguna',
  'otro',
  'otros',
  'sin marca',
  'aucun',
  'autre',
  'keine',
  'andere',
]);

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDERS.has(value.trim().toLowerCase());
}

/** A short field (store name, brand, model): cleaned, capped, placeholders dropped. */
export function cleanField(raw: unknown, max = MAX_FIELD_LENGTH): string | undefined {
  const value = cleanText(raw, max).replace(TAG_LIKE, ' ').replace(/\s+/g, ' ').trim();
  return value && !isPlaceholder(value) ? value : undefined;
}

const CURRENCY_SIGNS: [RegExp, string][] = [
  [/US\s?\$|USD/i, 'USD'],
  [/MXN/i, 'MXN'],
  [/C\$|CA\$|CAD/i, 'CAD'],
  [/A\$|AU\$|AUD/i, 'AUD'],
  [/R\$|BRL/i, 'BRL'],
  [/€|EUR/i, 'EUR'],
  [/£|GBP/i, 'GBP'],
  [/₩|KRW|원/i, 'KRW'],
  [/₽|RUB|руб/i, 'RUB'],
  [/₪|ILS/i, 'ILS'],
  [/zł|PLN/i, 'PLN'],
  [/₺|TRY/i, 'TRY'],
  [/฿|THB/i, 'THB'],
  [/JPY|円/i, 'JPY'],
  [/CNY|元/i, 'CNY'],
  [/PKR|Rs\.?/i, 'PKR'],
];

/** Reads "US $4.99", "MXN$1.986,69", "€7,99", "₩12,900", "1 234,56 ₽". Ranges take the first price. */
export function parsePrice(raw: unknown, defaultCurrency?: string): { amount: number; currency?: string } | undefined {
  const text = cleanText(raw, 80);
  const number = text
    .match(/\d[\d\s.,']*/)?.[0]
    ?.replace(/[\s']/g, '')
    .replace(/[.,]$/, '');
  if (!number) return undefined;
  const lastComma = number.lastIndexOf(',');
  const lastDot = number.lastIndexOf('.');
  let normalised: string;
  if (lastComma >= 0 && lastDot >= 0) {
    normalised = lastComma > lastDot ? number.replace(/\./g, '').replace(',', '.') : number.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // One comma followed by 1–2 digits is a decimal comma; otherwise commas group thousands.
    normalised = /^\d+,\d{1,2}$/.test(number) ? number.replace(',', '.') : number.replace(/,/g, '');
  } else {
    normalised = (number.match(/\./g) ?? []).length > 1 ? number.replace(/\./g, '') : number;
  }
  const amount = Number(normalised);
  if (!Number.isFinite(amount) || amount < 0) return undefined;
  const currency = CURRENCY_SIGNS.find(([sign]) => sign.test(text))?.[1] ?? defaultCurrency;
  return currency ? { amount, currency } : { amount };
}
