import { describe, expect, it } from 'vitest';
import { hangulSkeleton, latinSkeleton } from '../../../lib/matching/hangul';
import { gtinOf, modelShape, recordModelKey, splitModels } from '../../../lib/matching/identifiers';
import { codeKey, compactKey, editDistance, foldText, singular, tokenize } from '../../../lib/matching/text';

describe('text normalisation', () => {
  it('folds full-width letters, accents, case and trademark signs', () => {
    expect(foldText('ＺＯＲＶＥＸ® Café')).toBe('zorvex  cafe');
    expect(compactKey("Best Kid's")).toBe('bestkids');
    expect(compactKey('SUN & SPORT')).toBe('sunsport');
  });

  it('writes one model key for every spelling of a model number', () => {
    expect(codeKey('HK-W003')).toBe('HKW003');
    expect(codeKey('hk w003')).toBe('HKW003');
    expect(codeKey('ＨＫ－Ｗ００３')).toBe('HKW003');
    expect(codeKey('KY-550')).not.toBe(codeKey('KY-055'));
  });

  it('splits Korean from Latin and digits and keeps decimals whole', () => {
    expect(tokenize('LED 크리스마스 180구 2.4A').map((t) => t.norm)).toEqual(['led', '크리스마스', '180', '구', '2.4a']);
  });

  it('singularises plain English plurals only', () => {
    expect(singular('helmets')).toBe('helmet');
    expect(singular('batteries')).toBe('battery');
    expect(singular('boxes')).toBe('box');
    expect(singular('glass')).toBe('glass');
    expect(singular('ky55s')).toBe('ky55s');
  });

  it('marks words written in capitals inside a mixed-case title', () => {
    const tokens = tokenize('Fairy Lights MOON Edition');
    expect(tokens.map((t) => t.shouted)).toEqual([false, false, true, false]);
    expect(tokenize('ALL CAPS TITLE').some((t) => t.shouted)).toBe(false);
  });

  it('measures small edit distances and gives up early', () => {
    expect(editDistance('stand', 'stant', 1)).toBe(1);
    expect(editDistance('acrobat', 'acorbat', 1)).toBe(1);
    expect(editDistance('helmet', 'pillow', 1)).toBe(2);
  });
});

describe('model numbers and codes', () => {
  it('tells models from measurements and standards', () => {
    expect(modelShape('HKW003')).toBe('strong');
    expect(modelShape('407A')).toBe('strong');
    expect(modelShape('120W')).toBe('none');
    expect(modelShape('24A')).toBe('none');
    expect(modelShape('5000MAH')).toBe('none');
    expect(modelShape('IP44')).toBe('none');
    expect(modelShape('3IN1')).toBe('none');
    expect(modelShape('30X30CM')).toBe('none');
    expect(modelShape('615')).toBe('weak');
    expect(modelShape('ACROBATS')).toBe('weak');
    expect(modelShape('2024')).toBe('none');
  });

  it('expands sibling models and strips cue words', () => {
    expect(splitModels('JM1000/1001/1002')).toEqual(['JM1000', 'JM1001', 'JM1002']);
    expect(splitModels('BL-01 and BL-02')).toEqual(['BL-01', 'BL-02']);
    expect(recordModelKey('Model: T-026')).toBe('T026');
  });

  it('accepts GTINs only with a valid check digit (8 digits only after a cue)', () => {
    expect(gtinOf('6971410558167', false)).toBe('06971410558167');
    expect(gtinOf('6971410558168', false)).toBeNull();
    expect(gtinOf('96385074', false)).toBeNull();
    expect(gtinOf('96385074', true)).toBe('00000096385074');
  });
});

describe('Hangul brand skeletons', () => {
  it('reduces a Korean loanword spelling and its Latin original to the same consonants', () => {
    expect(hangulSkeleton('나인봇')).toBe(latinSkeleton('ninebot'));
    expect(hangulSkeleton('트루슬리에')).toBe(latinSkeleton('trousselier'));
    expect(hangulSkeleton('아크로바트')).toBe(latinSkeleton('acrobats'));
    expect(hangulSkeleton('나인봇')).not.toBe(latinSkeleton('nimbus'));
  });
});
