import { describe, expect, it } from 'vitest';
import { codeKey, isCertNumberLike, KC_SHAPES, kcNumbersIn } from '../../../lib/identifiers';

describe('KC certification numbers', () => {
  it.each(KC_SHAPES.map((s) => [s.example, s.what] as const))('reads %s (%s) out of a sentence', (example) => {
    expect(kcNumbersIn(`KC 인증번호: ${example} 확인`)).toEqual([example]);
    expect(isCertNumberLike(example)).toBe(true);
  });

  it('ignores codes of no documented shape and short field values', () => {
    expect(kcNumbersIn('Model CB-12 EAN 6971410558167')).toEqual([]);
    expect(isCertNumberLike('KC')).toBe(false);
    expect(isCertNumberLike('ABCDEF')).toBe(false);
  });

  it('compares a certificate however it is spaced or cased', () => {
    expect(codeKey('cb063r1234-5001')).toBe(codeKey('CB063R1234 5001'));
  });
});
