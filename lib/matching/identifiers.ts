/**
 * What counts as an identifier on either side: model numbers (and when one is specific enough to stand
 * without a brand), codes, GTINs. Keys are upper-case letters and digits only, so `HK-W003`, `HKW003`
 * and `HK W003` are one key while `KY-550` and `KY-055` stay two.
 */
import { toGtin14 } from '../hazards/schema';
import { codeKey } from './text';

/** How far a model key can be trusted on its own. */
export type ModelShape =
  /** Letters and digits, long enough: names one product line even without a brand (`HKW003`). */
  | 'strong'
  /** Only digits, or only letters: meaningful next to the brand only (`615`, `ACROBATS`). */
  | 'weak'
  /** A measurement, standard or filler (`120W`, `IP44`, `3IN1`): never a model. */
  | 'none';

// Units a number is written with in titles; the limit keeps "407A" (a model) apart from "2.4A" (a current).
const UNIT_LIMITS: Record<string, number> = {
  a: 60, ma: 1e6, mah: 1e6, ah: 1e4, v: 1000, vac: 1000, vdc: 1000, kv: 1e4, w: 1e5, kw: 1e4, wh: 1e6, kwh: 1e6,
  mm: Infinity, cm: Infinity, dm: Infinity, m: Infinity, km: Infinity, ml: Infinity, cl: Infinity, dl: Infinity,
  l: Infinity, g: Infinity, kg: Infinity, mg: Infinity, oz: Infinity, lb: Infinity, lbs: Infinity, ft: Infinity,
  in: Infinity, inch: Infinity, inches: Infinity, yd: Infinity, hz: Infinity, khz: Infinity, mhz: Infinity,
  ghz: Infinity, kb: Infinity, mb: Infinity, gb: Infinity, tb: Infinity, pcs: Infinity, pc: Infinity,
  pack: Infinity, pk: Infinity, ct: Infinity, x: 100, db: Infinity, k: Infinity, p: Infinity, s: Infinity,
  h: Infinity, hr: Infinity, hrs: Infinity, min: Infinity, mins: Infinity, sec: Infinity, rpm: Infinity,
  psi: Infinity, bar: Infinity, lm: Infinity, lux: Infinity, nm: Infinity, mw: Infinity, y: Infinity,
  yr: Infinity, yrs: Infinity, d: Infinity, st: Infinity, nd: Infinity, rd: Infinity, th: Infinity, c: Infinity,
  f: Infinity, led: Infinity, leds: Infinity, pair: Infinity, pairs: Infinity, sheet: Infinity, sheets: Infinity,
  holes: Infinity, ways: Infinity, way: Infinity, layer: Infinity, layers: Infinity, gsm: Infinity, ply: Infinity,
  cc: Infinity, mp: Infinity, fps: Infinity, dpi: Infinity, t: Infinity, pin: Infinity, port: Infinity,
  ports: Infinity, gen: Infinity, m2: Infinity, m3: Infinity,
};

// Standards and interface names that look like models (IP44, QC3, USB3, EN71, 1080P, 5G).
const STANDARD_LIKE =
  /^(?:ipx?\d{1,2}|qc\d+|pd\d+|usb\d+|bt\d+|en\d+|iso\d+|iec\d+|astm\w*|wifi\d*|hdmi\d*|cat\d+|ddr\d+|lte\d*|rj\d+|gu\d+|e\d{2}|mr\d+|\d+g|\d+k|\d+p|ce\d*|fcc|kc|rohs|a[0-6]|b[0-6]|r\d{1,2}|v\d(?:\d)?|type[a-z]?\d*|gen\d+|\d+in\d+|\d+d)$/;

function isUnitLike(lower: string): boolean {
  // Dimensions and multi-unit specs: 30x30cm, 5v2a, 3.7v500mah.
  if (/^\d+(?:x\d+)+[a-z]*$/.test(lower)) return true;
  const pairs = [...lower.matchAll(/(\d+)([a-z]+)/g)];
  if (pairs.length > 0 && pairs.map((p) => p[0]).join('') === lower) {
    return pairs.every((p) => {
      const limit = UNIT_LIMITS[p[2]!];
      return limit !== undefined && Number(p[1]) <= limit;
    });
  }
  return false;
}

export function modelShape(key: string): ModelShape {
  if (key.length < 3) return 'none';
  const lower = key.toLowerCase();
  const hasDigit = /\d/.test(lower);
  const hasLetter = /[a-z]/.test(lower);
  if (hasDigit && hasLetter) {
    if (isUnitLike(lower) || STANDARD_LIKE.test(lower)) return 'none';
    return key.length >= 4 ? 'strong' : 'weak';
  }
  if (hasDigit) {
    // A long bare number is specific; a short one (615, 2024) needs the brand beside it.
    if (/^(?:19|20)\d\d$/.test(lower)) return 'none';
    return key.length >= 7 ? 'strong' : 'weak';
  }
  if (/^[a-z]+$/.test(lower) && key.length >= 4) return 'weak';
  return 'none';
}

// Cue words a model field sometimes starts with ("Model: X", "No.4608", "Art. 123").
const MODEL_CUE_PREFIX = /^(?:model(?:\s*(?:no|number|nr))?|mod|type|art(?:icle)?|ref(?:erence)?|item|sku|style|no|nr|n°|#)\b\.?\s*[:#.]?\s*/i;

/** The match key of one model as a record writes it, or '' when nothing usable remains. */
export function recordModelKey(raw: string): string {
  const trimmed = raw.trim().replace(MODEL_CUE_PREFIX, '');
  return codeKey(trimmed || raw);
}

/** Splits a model field into single models, giving "JM1000/1001/1002" siblings their letter prefix. */
export function splitModels(raw: string): string[] {
  const parts = raw.split(/\s*(?:[;,|\n]|\s\/\s|\s+(?:and|or|&)\s+)\s*/i).filter(Boolean);
  const out: string[] = [];
  for (const part of parts) {
    if (/^[A-Za-z0-9-]+(?:\/[A-Za-z0-9-]+)+$/.test(part)) {
      const pieces = part.split('/');
      const first = /^([A-Za-z][A-Za-z-]*?)(\d+)$/.exec(pieces[0]!);
      for (const [i, piece] of pieces.entries()) {
        const sibling = first && i > 0 && /^\d+$/.test(piece) && piece.length === first[2]!.length;
        out.push(sibling ? `${first[1]}${piece}` : piece);
      }
    } else out.push(part);
  }
  return out;
}

/** A valid GTIN written as a bare 12–14-digit run (or 8 digits after a barcode cue). */
export function gtinOf(digits: string, cued: boolean): string | null {
  if (!/^\d+$/.test(digits)) return null;
  if (digits.length === 8 && !cued) return null;
  if (digits.length !== 8 && (digits.length < 12 || digits.length > 14)) return null;
  return toGtin14(digits);
}

/** Codes a record keeps beside its GTINs (FNSKU, batch codes): matched only when long and mixed. */
export function isDistinctiveCode(key: string): boolean {
  if (key.length < 6) return false;
  return (/\d/.test(key) && /[A-Z]/.test(key)) || /^\d{8,}$/.test(key);
}
