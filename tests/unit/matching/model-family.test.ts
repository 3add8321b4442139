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
