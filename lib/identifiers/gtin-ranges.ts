/**
 * GS1 numbers that pass the check digit but name no product a shopper can buy, as data. Each entry says
 * why; `gtin.test.ts` runs every example. Prefixes are read on the 13 digits after a GTIN-14's indicator
 * (so a UPC-A `2xxxxxxxxxxx` is prefix `02x`), from the GS1 General Specifications' prefix table.
 */
export interface RefusedRange {
  /** First and last 3-digit GS1 prefix, inclusive (20 is `020`). */
  from: number;
  to: number;
  why: string;
  /** A check-digit-valid code in the range. */
  example: string;
}

export const REFUSED_PREFIXES: readonly RefusedRange[] = [
  {
    from: 20,
    to: 29,
    why: 'restricted circulation (store-internal, UPC number system 2: variable weight)',
    example: '0212345678909',
  },
  { from: 40, to: 49, why: 'restricted circulation within a company (UPC number system 4)', example: '0412345678903' },
  { from: 50, to: 59, why: 'coupons (UPC number system 5)', example: '0512345678900' },
  {
    from: 200,
    to: 299,
    why: 'restricted circulation within a geographic region (in-store, variable measure)',
    example: '2001234567893',
  },
  { from: 952, to: 952, why: 'GS1 demonstration and example numbers', example: '9521234543213' },
  { from: 980, to: 980, why: 'refund receipts', example: '9801234567892' },
  { from: 981, to: 984, why: 'common currency coupons', example: '9811234567891' },
  { from: 990, to: 999, why: 'coupons', example: '9901234567899' },
];

/** GTIN-8 (EAN-8) first digits kept for restricted circulation numbers (RCN-8). */
export const REFUSED_GTIN8_FIRST_DIGITS = ['0', '2'];

/**
 * Codes printed in GS1 and barcode-generator documentation, and filler that sellers and registries copy
 * into barcode fields. Written as they are usually printed; compared as GTIN-14.
 */
export const PLACEHOLDER_GTINS: readonly string[] = [
  '6912345678902', // China: the 691 prefix with 2345678 as company; on countless spec sheets
  '1234567890128', // 123456789012 with its check digit
  '4006381333931', // the EAN-13 example in barcode software manuals and encyclopaedias
  '5901234123457', // the EAN-13 example in the GS1 specification
  '0123456789012', // 012345678901 with its check digit
  '0012345678905', // the UPC-A example 012345678905
  '0614141999996', // GS1 US example company prefix 0614141
  '5012345678900', // GS1 UK example
  '12345670', // the EAN-8 example 1234567
  '96385074', // the EAN-8 example in the GS1 specification
];
