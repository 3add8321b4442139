/**
 * Identifiers hidden in free text and loosely filled code fields: model numbers after a cue, EAN/UPC
 * barcodes, FCC IDs, KC certificate numbers, and marketplace listings or shops. What counts as a model,
 * a usable barcode, a KC number or a listing URL is decided by the identifier module (`lib/identifiers`).
 * Free-text extraction is conservative: a wrong model number makes a wrong warning, a missed one only
 * weakens a match.
 */
import type { MarketplaceRef, Platform } from '../hazards/schema';
import {
  codeKey,
  expandSiblings,
  isCertNumberLike,
  isModelLike,
  KC_CUE,
  listingInText,
  modelShape,
  usableGtin,
} from '../identifiers';
import { clean, truncate, uniqueBy, uniqueStrings } from './text';

// ---- models ------------------------------------------------------------------------------------

const MODEL_CUE =
  /\b(?:models?(?:\s*(?:no|nos|number|numbers|name|#))?|mod|mo\.?\s*(?:no|number)|item(?:\s*(?:no|number|numbers|code|#))?|sku|style(?:\s*(?:no|number|#))?|art(?:icle)?\.?\s*(?:no|nr|number|n°|#)|part\s*(?:no|number|#)|catalog(?:ue)?\s*(?:no|number|#)|ref(?:erence)?(?:\s*(?:no|number))?|type)\b\.?\s*(?:[:#]\s*|(?:is|are)\s+|(?=["“']?[A-Za-z0-9]))/gi;
const MODEL_TOKEN = /^["“'(]?([A-Za-z0-9][A-Za-z0-9._\-/]*[A-Za-z0-9])["”')]?/;
const LIST_SEPARATOR = /^(?:,?\s+(?:and|or|&)\s+|\s*[,;|&/]\s*|\s+)/i;

/** Model numbers written after a cue ("model 2512JX02", "Model numbers: A1 B2", "ITEM: ES15-BB-TA"). */
export function extractModels(text: string | undefined): string[] {
  if (!text) return [];
  const found: string[] = [];
  for (const cue of text.matchAll(MODEL_CUE)) {
    let rest = text.slice((cue.index ?? 0) + cue[0].length);
    const list: string[] = [];
    for (let i = 0; i < 12; i++) {
      const token = MODEL_TOKEN.exec(rest);
      if (!token) break;
      // "/"-joined digit groups ("1000/1001") are split; other slashes belong to the model.
      const pieces = /^[A-Za-z0-9-]+(?:\/\d+)+$/.test(token[1]!) ? token[1]!.split('/') : [token[1]!];
      const value = pieces.map((p) => p.replace(/[.\-_/]+$/, ''));
      if (!cuedModelLike(value[0]!) && !(list.length > 0 && /^\d{3,}$/.test(value[0]!))) break;
      list.push(...value);
      rest = rest.slice(token[0].length);
      const separator = LIST_SEPARATOR.exec(rest);
      if (!separator || /[.!?]\s/.test(rest.slice(0, separator[0].length + 1))) break;
      rest = rest.slice(separator[0].length);
    }
    found.push(...expandSiblings(list).filter(cuedModelLike));
  }
  return uniqueStrings(found);
}

/**
 * After a cue a short code is a model too: three letters and digits, letters first ("Model B-8B",
 * "models T30 and T50"), which alone would as often be a size or a grade.
 */
const cuedModelLike = (value: string) =>
  isModelLike(value) || (/^[A-Za-z]{1,2}-?\d{1,2}[A-Za-z]?$/.test(value) && value.replace(/-/g, '').length === 3);

// A code written in capitals and digits ("MJ-808", "OBB-20", "I354", "LF228-B1"), standing alone.
const UNCUED_CODE = /(?<![\w-])([A-Z]{1,4}-?\d{2,6}[A-Z]{0,3}(?:-[A-Z0-9]{1,3})?)(?![\w-])/g;
// Words before a standard's number ("ASTM F963-17", "EN 71"): what follows is the standard, not a model.
const STANDARD_BODY = /\b(?:ASTM|ANSI|EN|ISO|IEC|UL|CFR|CSA|BS|DIN|SAE|NFPA)\s*$/i;

/**
 * Model numbers written with no cue in a recall's description ("Magicshine 900 Lumen (MJ-808)", "the
 * OBB-20 Olympic dumbbell handles"): capitals and digits, letters first, a strong model shape (so not a
 * unit, year, standard, rating or barcode), and not the number of a standard named just before it.
 * For descriptions of the recalled product only, where such codes name it; never for marketing prose.
 */
export function extractUncuedModels(text: string | undefined): string[] {
  if (!text) return [];
  const found: string[] = [];
  for (const m of text.matchAll(UNCUED_CODE)) {
    const code = m[1]!;
    if (!isModelLike(code) || modelShape(codeKey(code)) !== 'strong') continue;
    if (STANDARD_BODY.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    found.push(code);
  }
  return uniqueStrings(found);
}

/**
 * Splits a source's model field ("53113-000-0|1030051; ENFINIGY", "LF228-B1, SLF2",
 * "JM1000/1001/1002/1003") into models. Fields are trusted more than prose: short or letter-only
 * values are kept, barcodes are moved out by the caller.
 */
export function splitModelField(raw: unknown): string[] {
  const text = clean(raw);
  if (!text) return [];
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && (/[,;|\n]/.test(ch) || (ch === '/' && current.endsWith(' ')))) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  const out: string[] = [];
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    if (/^[A-Za-z]+-?\d+(?:\/\d+)+$/.test(part)) out.push(...expandSiblings(part.split('/')));
    else out.push(part);
  }
  return uniqueStrings(out.map((p) => truncate(p, 200)));
}

// ---- barcodes and other codes --------------------------------------------------------------------

export interface CodeSplit {
  gtins: string[];
  otherCodes: string[];
}

const BARCODE_CUE =
  /\b(?:EAN(?:[- ]?(?:13|8))?|UPC(?:[- ]?A)?|GTIN(?:[- ]?1[234])?|JAN|bar ?codes?)\b(?:\s*(?:codes?|numbers?|nos?\.?|#))?\s*[:#]?\s*|바코드\s*[:#]?\s*/gi;
const DIGIT_GROUP = /^(\d[\d -]{5,20}\d)(?!\d)/;

/** Barcodes written after a cue ("EAN 4003402150003", "UPC: 0 12345 67890 5"), plus valid 12–14-digit runs in a text that names barcodes. */
export function extractBarcodes(text: string | undefined): CodeSplit {
  const gtins: string[] = [];
  const otherCodes: string[] = [];
  if (!text) return { gtins, otherCodes };
  let cued = false;
  for (const cue of text.matchAll(BARCODE_CUE)) {
    cued = true;
    let rest = text.slice((cue.index ?? 0) + cue[0].length);
    for (let i = 0; i < 30; i++) {
      const group = DIGIT_GROUP.exec(rest);
      if (!group) break;
      const digits = group[1]!.replace(/[ -]/g, '');
      const gtin = usableGtin(digits);
      if (gtin) gtins.push(gtin);
      else if (/^\d{8}$|^\d{12,14}$/.test(digits)) otherCodes.push(digits);
      rest = rest.slice(group[0].length);
      const separator = /^(?:\s*[,;/]\s*|\s+(?:and|or)\s+)/i.exec(rest);
      if (!separator) break;
      rest = rest.slice(separator[0].length);
    }
  }
  if (cued) {
    for (const run of text.matchAll(/(?<!\d)\d{12,14}(?!\d)/g)) {
      const gtin = usableGtin(run[0]);
      if (gtin) gtins.push(gtin);
    }
  }
  return { gtins: uniqueStrings(gtins), otherCodes: uniqueStrings(otherCodes) };
}

/**
 * Splits a barcode field ("8437026061708", "BCD25042500206593", "5904073 066299", "EAN 3032160245295")
 * into check-digit-valid GTIN-14s and everything else.
 */
export function splitCodeField(raw: unknown): CodeSplit {
  const text = clean(raw);
  if (!text) return { gtins: [], otherCodes: [] };
  const gtins: string[] = [];
  const otherCodes: string[] = [];
  for (const part of text
    .split(/\s*(?:[,;|\n]|\s\/\s)\s*/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const cued = extractBarcodes(part);
    if (cued.gtins.length > 0) {
      gtins.push(...cued.gtins);
      continue;
    }
    if (/^[\d\s-]+$/.test(part)) {
      const whole = usableGtin(part.replace(/[\s-]/g, ''));
      if (whole) {
        gtins.push(whole);
        continue;
      }
      const pieces = part.split(/\s+/);
      const valid = pieces.map((p) => usableGtin(p));
      if (pieces.length > 1 && valid.every(Boolean)) {
        gtins.push(...(valid as string[]));
        continue;
      }
    }
    otherCodes.push(truncate(part, 200));
  }
  return { gtins: uniqueStrings(gtins), otherCodes: uniqueStrings(otherCodes) };
}

/** FCC IDs ("The FCC ID "2ANDL-XR3" is printed…"). */
export function extractFccIds(text: string | undefined): string[] {
  if (!text) return [];
  const ids: string[] = [];
  for (const m of text.matchAll(
    /\bFCC\s*ID\b\s*(?:no\.?|number|#)?\s*[:#]?\s*["“']?([A-Z0-9]{3,5}(?:-?[A-Z0-9]){1,14})/gi,
  )) {
    ids.push(m[1]!.toUpperCase());
  }
  return uniqueStrings(ids);
}

/** Korean KC certificate numbers from a field or after a KC cue in text ("KC 인증번호: CB063R1234-6001"). */
export function extractKcNumbers(text: string | undefined, isField = false): string[] {
  if (!text) return [];
  const candidates = isField ? text.split(/[,;\s/]+/) : [...text.matchAll(KC_CUE)].map((m) => m[1]!);
  return uniqueStrings(candidates.map((c) => c.trim().toUpperCase()).filter(isCertNumberLike));
}

// ---- marketplaces --------------------------------------------------------------------------------

const PLATFORM_WORDS: [RegExp, Platform][] = [
  [/ali\s?express/i, 'aliexpress'],
  [/\btemu\b/i, 'temu'],
  [/\bamazon\b/i, 'amazon'],
  [/\bebay\b/i, 'ebay'],
  [/\bshein\b/i, 'shein'],
  [/\btik\s?tok\b/i, 'tiktok'],
];

export function platformFromText(text: string | undefined): Platform | undefined {
  if (!text) return undefined;
  return PLATFORM_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s"'<>]+/i;

function httpsUrlOf(text: string): string | undefined {
  const m = URL_PATTERN.exec(text);
  if (!m) return undefined;
  const candidate = (m[0].startsWith('www.') ? `https://${m[0]}` : m[0]).replace(/[.,;:)\]]+$/, '');
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One marketplace reference from a loosely written identifier: a listing URL, `ASIN B0D9HWSB1J `,
 * a bare AliExpress or Temu item ID, or just a platform name ("TIKTOK shop"). `traderHint` is what
 * the source says about the seller platform (Safety Gate's `onlineTrader`: "Amazon", "Other", …).
 */
export function parseListingReference(raw: string | undefined, traderHint?: string): MarketplaceRef | undefined {
  const text = clean(raw);
  const hint = platformFromText(traderHint);
  if (!text) return hint ? { platform: hint, raw: traderHint?.trim() } : undefined;
  const base = { raw: truncate(text, 2000) };
  const url = httpsUrlOf(text);
  const listing = listingInText(text);
  if (listing) return { ...listing, ...(url && { url }), ...base };
  const asin = /\b(B0[A-Z0-9]{8})\b/.exec(text) ?? (hint === 'amazon' ? /\b([A-Z0-9]{10})\b/.exec(text) : null);
  if (asin && (hint === 'amazon' || /\basin\b|amazon/i.test(text) || hint === undefined)) {
    if (/\d/.test(asin[1]!)) return { platform: 'amazon', listingId: asin[1]!, ...(url && { url }), ...base };
  }
  const bare = /(?<!\d)(\d{12,20})(?!\d)/.exec(text)?.[1];
  if (bare) {
    if (hint === 'aliexpress' || (!hint && /^100500\d{10}$/.test(bare)))
      return { platform: 'aliexpress', listingId: bare, ...base };
    if (hint === 'temu' || (!hint && /^60\d{13}$/.test(bare))) return { platform: 'temu', listingId: bare, ...base };
  }
  const named = platformFromText(url ? new URL(url).hostname : text) ?? platformFromText(text) ?? hint;
  if (named) return { platform: named, ...(url && { url }), ...base };
  if (url) return { platform: 'other', url, ...base };
  return undefined;
}

const SOLD_ON =
  /\bsold\s+(?:exclusively\s+|only\s+)?(?:online\s+)?(?:on|at|through|via)\s+(?:the\s+)?(?:www\.)?(temu|ali\s?express|amazon|ebay|shein|tik\s?tok(?:\s*shop)?)(?:\.com|\.[a-z]{2,3}(?:\.[a-z]{2})?)?(?:\s+(?:marketplace|website|platform|store))?(?:\s+by\s+(.+?))?(?=\s+(?:from|between|during|since|for about|for)\b|[;.,)]\s|[;)]|\.$|$)/gi;
const ONLINE_AT =
  /\bonline\s+(?:at|on|through|via)\s+(?:www\.)?(temu|aliexpress|amazon|ebay|shein|tiktok)(?:\.com|\.[a-z]{2,3})?\b/gi;

/**
 * Marketplaces and shop names named in prose: "Sold Exclusively on Temu.com by DMITOY",
 * "Sold on Amazon by Small Fish", "Online at Amazon.com from …", "Sold on AliExpress", listing URLs.
 */
export function extractMarketplaces(text: string | undefined): MarketplaceRef[] {
  if (!text) return [];
  const refs: MarketplaceRef[] = [];
  for (const m of text.matchAll(SOLD_ON)) {
    const platform = platformFromText(m[1]) ?? 'other';
    const shopName = clean(m[2]?.replace(/^(?:the\s+)?(?:seller|store|shop)\s+/i, '').replace(/["“”]/g, ''));
    refs.push({
      platform,
      ...(shopName && shopName.length <= 120 && { shopName }),
      raw: truncate(m[0].trim(), 2000),
    });
  }
  for (const m of text.matchAll(ONLINE_AT)) {
    refs.push({ platform: platformFromText(m[1]) ?? 'other', raw: truncate(m[0].trim(), 2000) });
  }
  for (const m of text.matchAll(/\b(?:https?:\/\/|www\.)[^\s"'<>]+/gi)) {
    const ref = parseListingReference(m[0]);
    if (ref && ref.platform !== 'other') refs.push(ref);
  }
  return mergeMarketplaces(refs);
}

/** Bare platform names in a short text such as a recall title ("AliExpress Recalls Convertible Strollers"). */
export function platformMentions(text: string | undefined): MarketplaceRef[] {
  if (!text) return [];
  return PLATFORM_WORDS.filter(([pattern]) => pattern.test(text)).map(([, platform]) => ({
    platform,
    raw: truncate(text, 2000),
  }));
}

/** One entry per platform + listing/shop; a bare platform mention is dropped when a richer one exists. */
export function mergeMarketplaces(refs: MarketplaceRef[]): MarketplaceRef[] {
  const unique = uniqueBy(
    refs,
    (r) => `${r.platform}|${r.listingId ?? ''}|${r.url ?? ''}|${(r.shopName ?? '').toLowerCase()}`,
  );
  return unique
    .filter(
      (ref) =>
        ref.listingId ||
        ref.shopName ||
        ref.url ||
        !unique.some(
          (other) =>
            other !== ref && other.platform === ref.platform && (other.listingId || other.shopName || other.url),
        ),
    )
    .filter(
      (ref, i, all) =>
        ref.listingId || ref.shopName || ref.url || all.findIndex((o) => o.platform === ref.platform) === i,
    );
}

/** All identifiers a prose text carries, for adapters that only have prose. */
export function extractIdentifiers(text: string | undefined) {
  const barcodes = extractBarcodes(text);
  const fccIds = extractFccIds(text);
  return {
    models: extractModels(text).filter((m) => !fccIds.includes(m.toUpperCase())),
    gtins: barcodes.gtins,
    otherCodes: uniqueStrings([...barcodes.otherCodes, ...fccIds]),
    fccIds,
    marketplaces: extractMarketplaces(text),
  };
}
