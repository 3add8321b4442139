/**
 * Barcodes (GTIN-8/12/13/14, i.e. EAN and UPC) that can identify a product: check digit valid, padded
 * to 14 digits, and not a placeholder, a documentation example, a run of one digit, a counting sequence,
 * or a number from a range GS1 keeps for coupons, receipts and store-internal use. The feed builder, the
 * matcher and the page readers all call `usableGtin`, so a placeholder is refused on every side.
 */
import { isValidGtin } from '../hazards/vocabulary';
import { PLACEHOLDER_GTINS, REFUSED_GTIN8_FIRST_DIGITS, REFUSED_PREFIXES } from './gtin-ranges';

const PLACEHOLDERS = new Set(PLACEHOLDER_GTINS.map((code) => code.padStart(14, '0')));

/** Whether a body of digits counts up or down by one throughout (`123456789012`, `987654321098`). */
function isCountingSequence(digits: string): boolean {
  if (digits.length < 7) return false;
  const steps = new Set<number>();
  for (let i = 1; i < digits.length; i++) steps.add((digits.charCodeAt(i) - digits.charCodeAt(i - 1) + 10) % 10);
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}

/** Why a check-digit-valid GTIN-14 identifies nothing, or null when it may be a real product. */
export function refusedGtinReason(gtin14: string): string | null {
  if (PLACEHOLDERS.has(gtin14)) return 'a well-known placeholder or example barcode';
  // The digits before the check digit, without the zero padding.
  const body = gtin14.slice(0, 13).replace(/^0+/, '');
  if (body.length >= 7 && (/^(\d)\1+$/.test(body) || isCountingSequence(body)))
    return 'a filler barcode (one digit repeated or counting)';
  if (gtin14.startsWith('000000')) {
    const gtin8 = gtin14.slice(6);
    if (REFUSED_GTIN8_FIRST_DIGITS.includes(gtin8[0]!)) return 'a restricted circulation GTIN-8';
    return null;
  }
  const prefix = Number(gtin14.slice(1, 4));
  for (const range of REFUSED_PREFIXES) if (prefix >= range.from && prefix <= range.to) return range.why;
  return null;
}

/**
 * A barcode worth matching on, as GTIN-14, or null. Spaces and dashes are ignored. `allowGtin8: false`
 * refuses 8-digit codes, for text where a bare 8-digit run is more often a date or an order number.
 */
export function usableGtin(raw: string, options: { allowGtin8?: boolean } = {}): string | null {
  const digits = raw.replace(/[\s-]/g, '');
  if (!isValidGtin(digits) || /^0+$/.test(digits)) return null;
  if (digits.length === 8 && options.allowGtin8 === false) return null;
  const gtin14 = digits.padStart(14, '0');
  return refusedGtinReason(gtin14) ? null : gtin14;
}

/**
 * A code that has a barcode's shape and check digit but is refused (placeholder, coupon, store range):
 * callers drop it rather than keep it as some other code, since it names no product.
 */
export function isRefusedGtin(raw: string): boolean {
  const digits = raw.replace(/[\s-]/g, '');
  return isValidGtin(digits) && !/^0+$/.test(digits) && refusedGtinReason(digits.padStart(14, '0')) !== null;
}
