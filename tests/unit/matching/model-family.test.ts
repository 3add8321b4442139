import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../../lib/matching/engine';
import { record } from './fixtures';

describe('a model recorded with its colour code', () => {
  const engine = buildEngine([
    record('us-cpsc', '99101', {
      name: 'Electric kettles',
      type: 'Electric kettle',
      models: ['QK1722SX', 'QK1722WH'],
    }),
  ]);
  const tierOf = (title: string) => engine.match({ site: 'aliexpress', title })[0]?.tier;

  it('matches a listing that states the model without the code', () => {
    expect(tierOf('1.7L cordless electric kettle QK1722 stainless steel')).toBe('strong');
  });

  it('does not match another number of the line', () => {
    expect(tierOf('1.7L cordless electric kettle QK1723 stainless steel')).not.toBe('strong');
  });
});

describe('a number written after "No." or "N."', () => {
  const engine = buildEngine([
    record('eu-safety-gate', 'SR/09201/25', { name: 'Velmora N.2680', type: 'Perfume', brands: ['Velmora'] }),
  ]);
  const tierOf = (title: string) => engine.match({ site: 'aliexpress', title })[0]?.tier;

  it('is the same number with either cue', () => {
    expect(tierOf('Velmora No.2680 eau de parfum 50ml')).toBe('strong');
    expect(tierOf('Velmora Nr. 2680 eau de parfum 50ml')).toBe('strong');
  });

  it('is another product with another number', () => {
    expect(tierOf('Velmora No.2681 eau de parfum 50ml')).not.toBe('strong');
  });
});
