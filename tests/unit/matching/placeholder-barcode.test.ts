/**
 * A GS1 placeholder barcode names no product. Spec sheets and registry barcode fields both carry
 * `6912345678902`; the feed builder keeps it as an "other code" of the record, and the listing's spec
 * sheet states it as a GTIN. Neither may turn into an exact match.
 */
import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../../lib/matching/engine';
import { record } from './fixtures';

const PLACEHOLDER = '6912345678902';

const charger = record('eu-safety-gate', 'SR/99998/26', {
  name: 'Fast charger, travel adapter',
  type: 'USB charger',
  brands: ['Quellix'],
  otherCodes: [PLACEHOLDER],
  category: 'chargers',
});
const realBarcode = record('eu-safety-gate', 'SR/99997/26', {
  name: 'Fast charger',
  type: 'USB charger',
  brands: ['Voltrana'],
  gtins: ['06971410558167'],
  category: 'chargers',
});

const warnings = (matches: { tier: string }[]) => matches.filter((m) => m.tier === 'exact' || m.tier === 'strong');

describe('placeholder barcodes in the engine', () => {
  const engine = buildEngine([charger, realBarcode]);

  it('gives no warning when the spec sheet and the record share only a placeholder barcode', () => {
    const matches = engine.match({
      site: 'aliexpress',
      itemId: '1005009900112233',
      title: 'Dual USB Wall Charger 2.4A Fast Charging Adapter',
      identifiers: [{ kind: 'gtin', value: PLACEHOLDER }],
    });
    expect(warnings(matches)).toEqual([]);
    expect(matches.flatMap((m) => m.evidence).filter((e) => e.kind === 'gtin')).toEqual([]);
  });

  it('gives no warning for the placeholder written in the title either', () => {
    expect(warnings(engine.match({ site: 'aliexpress', title: `USB Wall Charger EAN ${PLACEHOLDER}` }))).toEqual([]);
  });

  it('still matches a real barcode exactly', () => {
    const matches = engine.match({
      site: 'aliexpress',
      title: 'USB Wall Charger',
      identifiers: [{ kind: 'gtin', value: '6971410558167' }],
    });
    expect(matches[0]).toMatchObject({ recordId: 'eu-safety-gate:SR/99997/26', tier: 'exact' });
  });
});
