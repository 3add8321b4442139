import { describe, expect, it } from 'vitest';
import { chunkOfId } from '../../../lib/hazards/chunks';

describe('chunkOfId', () => {
  const firsts = ['eu-safety-gate:A11/00001/24', 'kr-consumer24:RCLL_1', 'us-cpsc:10001', 'us-cpsc:24001'];

  it('finds the chunk whose ID range holds the ID, by the first ID of each chunk', () => {
    expect(chunkOfId('eu-safety-gate:A11/00001/24', firsts)).toBe(0);
    expect(chunkOfId('eu-safety-gate:A12/09999/24', firsts)).toBe(0);
    expect(chunkOfId('kr-consumer24:RCLL_1', firsts)).toBe(1);
    expect(chunkOfId('kr-safetykorea:5794', firsts)).toBe(1);
    expect(chunkOfId('us-cpsc:2', firsts)).toBe(2); // "2" sorts after "1", as Array.prototype.sort does
    expect(chunkOfId('us-cpsc:99999', firsts)).toBe(3);
  });

  it('answers -1 for an ID before the first chunk, and for no chunks', () => {
    expect(chunkOfId('au-accc:kettle', firsts)).toBe(-1);
    expect(chunkOfId('us-cpsc:1', [])).toBe(-1);
  });
});
