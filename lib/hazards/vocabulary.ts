/**
 * The hazard record's fixed vocabularies and identifier helpers, free of the validation library so the
 * code injected into every shop page (settings, listing readers) can use them without shipping it.
 * schema.ts re-exports everything here.
 */

/** The input format a record was built from (`npm run feed -- build --input <kind>=…`). */
export const SOURCE_KINDS = [
  'safety-gate-api',
  'safety-gate-export',
  'cpsc-api',
  'cpsc-csv',
  'health-canada',
  'safetykorea',
  'curated',
  // Appended, never inserted: persisted indexes store a kind's position in this list.
  'accc',
  'consumer24',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The authority family: what the user sees as "reported by …" and what record IDs are keyed on. */
export const SOURCE_FAMILIES = [
  'eu-safety-gate',
  'us-cpsc',
  'ca-health-canada',
  'kr-safetykorea',
  'curated',
  // Appended, never inserted: persisted indexes store a family's position in this list.
  'au-accc',
  /** Volunteer reports confirmed by the maintainers: never an authority's finding, and can be switched off. */
  'community',
  'kr-consumer24',
] as const;
export type SourceFamily = (typeof SOURCE_FAMILIES)[number];

export const FAMILY_OF_KIND: Record<SourceKind, SourceFamily> = {
  'safety-gate-api': 'eu-safety-gate',
  'safety-gate-export': 'eu-safety-gate',
  'cpsc-api': 'us-cpsc',
  'cpsc-csv': 'us-cpsc',
  'health-canada': 'ca-health-canada',
  safetykorea: 'kr-safetykorea',
  curated: 'curated',
  accc: 'au-accc',
  consumer24: 'kr-consumer24',
};

/** Safety Gate's risk-type vocabulary, used for every source. */
export const RISK_TYPES = [
  'ASPHYXIATION',
  'BURNS',
  'CHEMICAL',
  'CHOKING',
  'CUTS',
  'DAMAGE_TO_HEARING',
  'DAMAGE_TO_SIGHT',
  'DROWNING',
  'ELECTRIC_SHOCK',
  'ELECTROMAGNETIC_DISTURBANCE',
  'ENERGY_CONSUMPTION',
  'ENTRAPMENT',
  'ENVIRONMENT',
  'FIRE',
  'HEALTH_RISK_OTHER',
  'INJURIES',
  'MEASUREMENT_INCORRECT',
  'MICROBIOLOGICAL',
  'SECURITY',
  'STRANGULATION',
  'SUFFOCATION',
  'OTHER',
] as const;
export type RiskType = (typeof RISK_TYPES)[number];

export const ACTIONS = [
  'recall',
  'withdrawal',
  'marketplace_removal',
  'sales_ban',
  'test_failure',
  'platform_block',
  'border_rejection',
  'warning',
  'other',
] as const;
export type Action = (typeof ACTIONS)[number];

export const PLATFORMS = ['aliexpress', 'temu', 'amazon', 'ebay', 'shein', 'tiktok', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Our own coarse taxonomy; the raw category string is kept beside it. */
export const CATEGORIES = [
  'toys',
  'childcare',
  'kids-clothing',
  'jewellery',
  'clothing',
  'cosmetics',
  'electrical',
  'chargers',
  'lighting',
  'kitchen',
  'furniture',
  'sports',
  'vehicles',
  'hobby',
  'chemical-products',
  'food-contact',
  'protective-equipment',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export function recordId(source: SourceFamily, ref: string): string {
  return `${source}:${ref.trim()}`;
}

/** GS1 check digit over any GTIN length (8, 12, 13, 14). */
export function isValidGtin(digits: string): boolean {
  if (!/^\d{8}$|^\d{12,14}$/.test(digits)) return false;
  let sum = 0;
  const body = digits.slice(0, -1);
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(digits.length - 1) - 48;
}

/** Left-pads a valid 8/12/13/14-digit GTIN to 14 digits, or returns null. */
export function toGtin14(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '');
  if (!isValidGtin(digits)) return null;
  if (/^0+$/.test(digits)) return null;
  return digits.padStart(14, '0');
}
