/**
 * Model numbers: what shape a code must have to be trusted as a model, and how sibling lists are
 * written (`JM1000/1001/1002` → JM1000, JM1001, JM1002). Measurements and standards (`120W`, `IP44`,
 * `EN71`, `3IN1`) are never models; their tables are in `standards.ts`.
 */
import { isValidGtin } from '../hazards/vocabulary';
import { codeKey } from './code-key';
import { isStandardLike, isUnitLike } from './standards';

/** How far a model key can be trusted on its own. */
export type ModelShape =
  /** Letters and digits, long enough: names one product line even without a brand (`HKW003`). */
  | 'strong'
  /** Only digits, or only letters: meaningful next to the brand only (`615`, `ACROBATS`). */
  | 'weak'
  /** A measurement, standard or filler (`120W`, `IP44`, `3IN1`): never a model. */
  | 'none';

/** The shape of a model key (see `codeKey`). */
export function modelShape(key: string): ModelShape {
  if (key.length < 3) return 'none';
  const lower = key.toLowerCase();
  const hasDigit = /\d/.test(lower);
  const hasLetter = /[a-z]/.test(lower);
  if (hasDigit && hasLetter) {
    if (isUnitLike(lower) || isStandardLike(lower)) return 'none';
    return key.length >= 4 ? 'strong' : 'weak';
  }
  if (hasDigit) {
    // A long bare number is specific; a short one (615, 2024) needs the brand beside it.
    if (/^(?:19|20)\d\d$/.test(lower) || isStandardLike(lower)) return 'none';
    return key.length >= 7 ? 'strong' : 'weak';
  }
  if (/^[a-z]+$/.test(lower) && key.length >= 4 && !isStandardLike(lower)) return 'weak';
  return 'none';
}

// Prose is read more strictly than a model field: any number with a unit after it is a measurement.
const UNIT_SUFFIX =
  /^\d+(?:[.,]\d+)?[\s-]*(?:v|vac|vdc|a|ma|w|kw|wh|kwh|mah|ah|mm|cm|m|km|kg|g|mg|ml|l|oz|lbs?|in|inch|inches|ft|hz|khz|mhz|ghz|kb|mb|gb|tb|pcs?|pieces|pack|pk|x|db|°c|°f|c|f|%|k|p|s|h|min|rpm|psi|bar|lm|lux)$/i;
const DIMENSIONS = /^\d+(?:[.,]\d+)?(?:["']|mm|cm|m|in)?(?:[x×*]\d+(?:[.,]\d+)?(?:["']|mm|cm|m|in)?)+$/i;
const DATE_LIKE =
  /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}[./-]?[a-z]{3}[./-]?\d{1,2}|\d{1,2}[./-]?[a-z]{3}[./-]?\d{2,4})$/i;
const YEAR = /^(?:19|20)\d{2}s?$/;
const DECIMAL = /^\d+[.,]\d+$/;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;

/**
 * Whether a token found in prose can be a model number: at least 4 letters/digits, at least one digit,
 * and not a year, date, measurement, price, ordinal, standard or bare barcode.
 */
export function isModelLike(token: string): boolean {
  const t = token.trim();
  const alnum = t.replace(/[^A-Za-z0-9]/g, '');
  if (alnum.length < 4 || alnum.length > 40 || !/\d/.test(alnum)) return false;
  if (/^[$€£¥₩]/.test(t) || /^#/.test(t)) return false;
  if (YEAR.test(t) || DATE_LIKE.test(t) || DECIMAL.test(t) || ORDINAL.test(t)) return false;
  if (UNIT_SUFFIX.test(t) || DIMENSIONS.test(t)) return false;
  // Several units glued together ("5V2A", "3.7V500mAh") are specs, not models.
  if (/^(?:\d+(?:\.\d+)?(?:v|a|w|mah|mm|cm|g|ml)){2,}$/i.test(t)) return false;
  if (isStandardLike(alnum.toLowerCase())) return false;
  if (/^\d{8}$|^\d{12,14}$/.test(alnum) && isValidGtin(alnum) && !/^0+$/.test(alnum)) return false;
  return true;
}

/** For "JM1000/1001" and "HK-7781/7782" the later parts borrow the first one's letter prefix. */
export function expandSiblings(parts: string[]): string[] {
  const first = parts[0];
  const prefix = first ? /^([A-Za-z][A-Za-z-]*?)(\d+)$/.exec(first) : null;
  if (!prefix) return parts;
  const digitCount = prefix[2]!.length;
  return parts.map((part, i) =>
    i > 0 && /^\d+$/.test(part) && part.length === digitCount ? `${prefix[1]}${part}` : part,
  );
}

// "TSK-5303 시리즈", "KX-20 series": the series word is not part of the model.
const SERIES_WORD = /\s+(?:series|시리즈|계열)$/i;

/**
 * "QX-5303(Q,Y,L)" lists colour or version suffixes: QX-5303, QX-5303Q, QX-5303Y, QX-5303L.
 * "QX-510H(00-6622)" adds a second code: QX-510H and 00-6622 (glued, the key would be neither).
 */
function withParenthesesExpanded(raw: string): string {
  return raw.replace(/([A-Za-z0-9][A-Za-z0-9-]*)\(([^()]*)\)/g, (_whole, base: string, inner: string) => {
    const parts = inner.split(/\s*,\s*/).filter(Boolean);
    // "QX-5303(Q,Y,L)" lists suffixes; "CX(CX1, CX2)" lists whole models that start with the base.
    const isSuffix = (p: string) => /^[A-Za-z0-9]{1,3}$/.test(p) && !p.toUpperCase().startsWith(base.toUpperCase());
    if (parts.length > 1 && parts.every(isSuffix)) return [base, ...parts.map((p) => `${base}${p}`)].join('; ');
    return inner.trim() ? `${base}; ${inner.trim()}` : base;
  });
}

/**
 * Splits a model list as records store it ("JM1000/1001/1002", "BL-01 and BL-02", "A1; B2") into single
 * models, giving sibling numbers their letter prefix.
 */
export function splitModels(raw: string): string[] {
  const parts = withParenthesesExpanded(raw.replace(SERIES_WORD, ''))
    .split(/\s*(?:[;,|\n]|\s\/\s|\s+(?:and|or|&)\s+)\s*/i)
    .filter(Boolean);
  const out: string[] = [];
  for (const part of parts) {
    if (/^[A-Za-z0-9-]+(?:\/[A-Za-z0-9-]+)+$/.test(part)) out.push(...expandSiblings(part.split('/')));
    else out.push(part);
  }
  return out;
}

// Cue words a model field sometimes starts with, alone or in pairs ("Model: X", "No.4608", "N.4608",
// "Art. 123", "Nr kat. 741", "Cat. No. 55"); "n°" ends in a sign, so it needs no word boundary.
const MODEL_CUE_PREFIX =
  /^(?:(?:(?:model(?:\s*(?:no|number|nr))?|mod|type|art(?:icle)?|ref(?:erence)?|item|sku|style|kat(?:alog)?|cat(?:alog(?:ue)?)?|no|nr)\b|n[°º\uFFFD]|n(?=\.\s*\d)|#)\.?\s*[:#.-]?\s*)+/i;
// n° is also written nº, or with a replacement character where a source lost the degree sign's encoding.

/** "Sizes: 15, 16, 17": the sizes a notice lists in its model field are not a model. */
const SIZE_LIST = /^\s*(?:sizes?|taille|gr(?:ö|o)(?:ß|ss)e|talla|rozmiar)\b/i;

/** The key of one model as a record writes it, cue words dropped, or '' when nothing usable remains. */
export function recordModelKey(raw: string): string {
  if (SIZE_LIST.test(raw)) return '';
  // "NTSAW23020.0": a spreadsheet export wrote the model as a number with a decimal.
  const trimmed = raw
    .trim()
    .replace(MODEL_CUE_PREFIX, '')
    .replace(/(?<=\d)\.0$/, '');
  return codeKey(trimmed || raw);
}

/** Codes a record keeps beside its GTINs (FNSKU, batch codes): matched only when long and mixed. */
export function isDistinctiveCode(key: string): boolean {
  if (key.length < 6) return false;
  return (/\d/.test(key) && /[A-Z]/.test(key)) || /^\d{8,}$/.test(key);
}
