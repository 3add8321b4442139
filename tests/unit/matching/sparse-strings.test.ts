import { describe, expect, it } from 'vitest';
import { SparseStrings, StringColumn } from '../../../lib/matching/store';

describe('SparseStrings', () => {
  it('finds the value of each key it holds and nothing for the others', () => {
    const map = new Map([
      [900, 'VK-2207'],
      [3, 'Ölkanne'],
      [41, '어린이 자동차'],
    ]);
    const strings = SparseStrings.from(map);
    expect([...strings.keys]).toEqual([3, 41, 900]);
    for (const [key, value] of map) expect(strings.get(key)).toBe(value);
    for (const key of [0, 4, 40, 42, 899, 901, -1]) expect(strings.get(key)).toBeUndefined();
    expect(new SparseStrings(strings.keys, new StringColumn(strings.joined())).get(41)).toBe('어린이 자동차');
  });

  it('keeps an empty value, and has no keys when empty', () => {
    expect(SparseStrings.from(new Map([[7, '']])).get(7)).toBe('');
    expect(SparseStrings.from(new Map()).get(0)).toBeUndefined();
  });
});
