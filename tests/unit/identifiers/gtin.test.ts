import { describe, expect, it } from 'vitest';
import { isRefusedGtin, refusedGtinReason, usableGtin } from '../../../lib/identifiers';
import { PLACEHOLDER_GTINS, REFUSED_GTIN8_FIRST_DIGITS, REFUSED_PREFIXES } from '../../../lib/identifiers/gtin-ranges';

describe('usable GTINs', () => {
  it('pads check-digit-valid EAN-13, UPC-A and EAN-8 codes to 14 digits, ignoring spaces and dashes', () => {
    expect(usableGtin('6971410558167')).toBe('06971410558167');
    expect(usableGtin('697 1410 558167')).toBe('06971410558167');
    expect(usableGtin('036000-291452')).toBe('00036000291452');
    expect(usableGtin('40123455')).toBe('00000040123455');
    expect(usableGtin('9780306406157')).toBe('09780306406157'); // an ISBN names a real book
  });

  it('refuses a wrong check digit, other lengths and all zeros', () => {
    expect(usableGtin('6971410558168')).toBeNull();
    expect(usableGtin('697141055816')).toBeNull();
    expect(usableGtin('00000000')).toBeNull();
    expect(usableGtin('HK-W003')).toBeNull();
  });

  it('refuses 8-digit codes where a bare 8-digit run is not a barcode', () => {
    expect(usableGtin('40123455', { allowGtin8: false })).toBeNull();
    expect(usableGtin('6971410558167', { allowGtin8: false })).toBe('06971410558167');
  });

  it.each(PLACEHOLDER_GTINS)('refuses the placeholder %s', (code) => {
    expect(usableGtin(code)).toBeNull();
    expect(isRefusedGtin(code)).toBe(true);
  });

  it.each(REFUSED_PREFIXES.map((range) => [range.example, range.why] as const))('refuses %s (%s)', (code, why) => {
    expect(refusedGtinReason(code.padStart(14, '0'))).toBe(why);
    expect(usableGtin(code)).toBeNull();
  });

  it('refuses restricted circulation GTIN-8s, one repeated digit and counting runs', () => {
    for (const first of REFUSED_GTIN8_FIRST_DIGITS) {
      const code = first === '0' ? '01234565' : '21234569';
      expect(usableGtin(code)).toBeNull();
    }
    expect(usableGtin('1111111111116')).toBeNull();
    expect(usableGtin('8888888888888')).toBeNull();
    expect(usableGtin('9876543210982')).toBeNull();
  });

  it('calls only check-digit-valid codes refused', () => {
    expect(isRefusedGtin('6912345678903')).toBe(false);
    expect(isRefusedGtin('6971410558167')).toBe(false);
  });
});
