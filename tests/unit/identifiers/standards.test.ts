import { describe, expect, it } from 'vitest';
import { codeKey, isModelLike, isStandardLike, modelShape, STANDARDS } from '../../../lib/identifiers';

describe('standards, units and counts are never models', () => {
  it.each(STANDARDS.flatMap((s) => s.examples.map((example) => [example, s.what] as const)))('%s (%s)', (example) => {
    const key = codeKey(example);
    expect(isStandardLike(key.toLowerCase())).toBe(true);
    expect(modelShape(key)).toBe('none');
    if (/\d/.test(example) && key.length >= 4) expect(isModelLike(example)).toBe(false);
  });

  it.each(['220V', '5V2A', '120W', '2.4A', '5000mAh', '30x30cm', '10PCS'])('the measurement %s', (token) => {
    expect(modelShape(codeKey(token))).toBe('none');
  });

  // A title's word keeps its decimal point: the measure is still a measure.
  it.each(['9.8mm', '31.8mm', '1.5l', '2.4ghz', '3.7v500mah'])(
    'the decimal measurement %s as a title writes it',
    (word) => {
      expect(modelShape(word)).toBe('none');
    },
  );

  it('leaves real model numbers alone', () => {
    // Letters a standard starts with, followed by more than the standard's digits: a model.
    for (const model of ['EN7100X', 'IP44-ZB', 'USB3K22', 'KY-550', 'MR003-01', 'PD2000X', 'BR800', 'GU1050', 'BR01'])
      expect(modelShape(codeKey(model)), model).toBe('strong');
  });
});
