import { describe, expect, it } from 'vitest';
import { chunkIdLines } from '../../../lib/hazards/records';
import { idsOfLines, linesAfter, linesOf, linesOfJoined, type SortedLines } from '../../../lib/hazards/sorted-lines';

/** The same change done the obvious way: a set, then a sort. */
function reference(base: readonly string[], remove: readonly string[], add: readonly string[]) {
  const set = new Set(base);
  for (const id of remove) set.delete(id);
  for (const id of add) set.add(id);
  return [...set].sort();
}

const text = (lines: SortedLines) => new TextDecoder().decode(lines.bytes);

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomIds(next: () => number, n: number): string[] {
  const sources = ['eu-safety-gate', 'us-cpsc', 'kr-consumer24', 'kr-kats', 'au-accc'];
  // Short refs make neighbours share prefixes. Some hold Hangul, an astral character or a private-use
  // one: UTF-8 byte order and UTF-16 order disagree between the last two, and the digest sorts by UTF-16.
  const tails = ['', '', '', '', '', '', '제품', '😀', '\ue000', 'é'];
  return Array.from({ length: n }, () => {
    const ref = Math.floor(next() * 400).toString(36);
    return `${sources[Math.floor(next() * sources.length)]}:${ref}${tails[Math.floor(next() * tails.length)]}`;
  });
}

describe('sorted ID lines', () => {
  it('are the UTF-8 of the `id\\n` lines, read back as the IDs', () => {
    expect(text(linesOf(['b:2', 'a:1', 'b:2']))).toBe('a:1\nb:2\n');
    expect(linesOf([]).count).toBe(0);
    const joined = linesOfJoined('a:1\na:2제품');
    expect(joined.count).toBe(2);
    expect(text(joined)).toBe('a:1\na:2제품\n');
    expect(idsOfLines(joined)).toEqual(['a:1', 'a:2제품']);
    expect(idsOfLines(linesOfJoined(''))).toEqual([]);
  });

  it('removes and adds exactly as a set would, whatever the overlap or the characters', () => {
    const next = seeded(42);
    for (let round = 0; round < 400; round++) {
      const base = [...new Set(randomIds(next, Math.floor(next() * 300)))].sort();
      const pool = [...base, ...randomIds(next, 40)];
      const pick = (n: number) => Array.from({ length: n }, () => pool[Math.floor(next() * pool.length)]!);
      const remove = pick(Math.floor(next() * 30));
      const add = pick(Math.floor(next() * 30));
      const after = linesAfter(linesOf(base), remove, add);
      const expected = reference(base, remove, add);
      expect(idsOfLines(after), `round ${round}`).toEqual(expected);
      expect(after.count).toBe(expected.length);
      expect(after.bytes).toEqual(linesOf(expected).bytes);
    }
  });

  it('handles the ends: an empty base, changes before the first and after the last ID', () => {
    expect(text(linesAfter(linesOf([]), ['x:1'], ['b:2', 'a:1']))).toBe('a:1\nb:2\n');
    const base = linesOf(['m:1', 'm:2']);
    expect(linesAfter(base, ['m:1', 'm:2'], [])).toEqual({ bytes: new Uint8Array(0), count: 0 });
    expect(text(linesAfter(base, [], ['a:0', 'z:9']))).toBe('a:0\nm:1\nm:2\nz:9\n');
    // An ID that is a prefix of its neighbour is not mistaken for it.
    expect(text(linesAfter(linesOf(['m:1', 'm:10']), ['m:1'], []))).toBe('m:10\n');
  });
});

describe("the chunk store's ID row", () => {
  it('reads both the byte form and the older joined text, and nothing of another generation', () => {
    const lines = linesOf(['kr-kats:7', 'us-cpsc:1']);
    expect(chunkIdLines({ gen: 3, utf8: lines.bytes, count: 2 }, 3)).toEqual(lines);
    expect(chunkIdLines({ gen: 3, ids: 'kr-kats:7\nus-cpsc:1' }, 3)).toEqual(lines);
    expect(chunkIdLines({ gen: 2, utf8: lines.bytes, count: 2 }, 3).count).toBe(0);
    expect(chunkIdLines(undefined, 3).count).toBe(0);
  });
});
