/** Field helpers shared by the source adapters. */
import type { LocalizedText, MarketplaceRef } from '../../hazards/schema';
import { isRefusedGtin, usableGtin } from '../../identifiers';
import { extractBarcodes, extractIdentifiers, splitCodeField, splitModelField } from '../identifiers';
import { clean, isPlaceholderBrand, uniqueStrings } from '../text';
import { RowError } from './types';

const COMPANY_FORM = /^(?:co|corp|inc|ltd|llc|l\.l\.c|gmbh|s\.?a|s\.?r\.?l|b\.?v|ag|plc|limited|company)\.?$/i;

/** Brands from one or more fields; "Opel/Vauxhall" and "KeKe, XinHua Electronics" become two each. */
export function brandList(...values: unknown[]): string[] {
  const brands: string[] = [];
  for (const value of values.flat()) {
    const text = clean(value);
    if (!text) continue;
    const parts: string[] = [];
    for (const part of text.split(/\s*[,;/]\s*|\s+\|\s+/)) {
      // "…, of Atlanta, Ga." is a location: the rest of the field is not a brand.
      if (/^of\s/i.test(part)) break;
      // "Example Co., Ltd." stays one name.
      if (COMPANY_FORM.test(part) && parts.length > 0) parts[parts.length - 1] += `, ${part}`;
      else parts.push(part);
    }
    for (const part of parts) {
      const brand = part.replace(/\s*[®™]\s*$/g, '').trim();
      if (brand.length >= 1 && brand.length <= 200 && !isPlaceholderBrand(brand)) brands.push(brand);
    }
  }
  return uniqueStrings(brands);
}

export function nameList(...entries: [string, unknown][]): LocalizedText[] {
  const names: LocalizedText[] = [];
  for (const [lang, value] of entries) {
    const text = clean(value);
    if (text) names.push({ lang, text });
  }
  return names;
}

export interface Identifiers {
  models: string[];
  gtins: string[];
  otherCodes: string[];
  marketplaces: MarketplaceRef[];
}

/**
 * Collects identifiers from a source's model fields (trusted: split, barcodes moved to GTINs), code
 * fields (barcode/batch: valid GTINs vs other codes) and prose (conservative cue-based extraction).
 */
export function identifiersFrom(parts: {
  modelFields?: unknown[];
  codeFields?: unknown[];
  prose?: (string | undefined)[];
}): Identifiers {
  const out: Identifiers = { models: [], gtins: [], otherCodes: [], marketplaces: [] };
  for (const field of parts.modelFields ?? []) {
    for (const model of splitModelField(field)) {
      const cued = extractBarcodes(model);
      const digitsOnly = /^[\d\s-]+$/.test(model);
      const bare = digitsOnly ? usableGtin(model) : null;
      // A coupon, in-store or placeholder barcode in a model field is a code, not a model.
      const refused = cued.otherCodes.filter(isRefusedGtin);
      if (cued.gtins.length > 0) out.gtins.push(...cued.gtins);
      else if (bare) out.gtins.push(bare);
      else if (refused.length > 0) out.otherCodes.push(...refused);
      else if (digitsOnly && isRefusedGtin(model)) out.otherCodes.push(model.replace(/[\s-]/g, ''));
      else out.models.push(model);
    }
  }
  for (const field of parts.codeFields ?? []) {
    const split = splitCodeField(field);
    out.gtins.push(...split.gtins);
    out.otherCodes.push(...split.otherCodes);
  }
  for (const text of parts.prose ?? []) {
    const found = extractIdentifiers(text);
    out.models.push(...found.models);
    out.gtins.push(...found.gtins);
    out.otherCodes.push(...found.otherCodes);
    out.marketplaces.push(...found.marketplaces);
  }
  out.models = uniqueStrings(out.models);
  out.gtins = uniqueStrings(out.gtins);
  out.otherCodes = uniqueStrings(out.otherCodes);
  return out;
}

export function requireText(value: unknown, what: string): string {
  const text = clean(value);
  if (!text) throw new RowError(`missing ${what}`);
  return text;
}

/** Safety Gate enums come as `{key, name}` objects in the API and as plain strings elsewhere. */
export function enumName(value: unknown): string | undefined {
  if (typeof value === 'string') return clean(value);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return clean(record.name) ?? clean(record.key) ?? clean(record.code);
  }
  return undefined;
}

export function httpUrl(value: unknown): string | undefined {
  const text = clean(value);
  if (!text) return undefined;
  const candidate = /^www\./i.test(text) ? `https://${text}` : text;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** "LASER_POINTERS" → "Laser pointers". */
export function humanise(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^[A-Z0-9_]+$/.test(value)) return value;
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
