import { describe, expect, it } from 'vitest';
import {
  codeKey,
  expandSiblings,
  isModelLike,
  modelShape,
  recordModelKey,
  splitModels,
} from '../../../lib/identifiers';

describe('code keys', () => {
  it('writes one key for every spelling of a code, and keeps near-misses apart', () => {
    expect(codeKey('HK-W003')).toBe('HKW003');
    expect(codeKey('hk w003')).toBe('HKW003');
    expect(codeKey('ＨＫ－Ｗ００３')).toBe('HKW003');
    expect(codeKey('Ré-7781')).toBe('RE7781');
    expect(codeKey('KY-550')).not.toBe(codeKey('KY-055'));
  });
});

describe('model shapes', () => {
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

  it('reads prose tokens more strictly: standards, units and barcodes are not models', () => {
    for (const token of ['EN71', 'IP44', 'USB3', '3IN1', '220V', '5V2A', '1080P', 'A12', 'ABCDEF', '8437026061708']) {
      expect(isModelLike(token), token).toBe(false);
    }
    for (const token of ['HK-W003', '90195', 'ZX-2200B']) expect(isModelLike(token), token).toBe(true);
  });
});

describe('sibling models', () => {
  it('gives later numbers the first one\u2019s letter prefix when they have as many digits', () => {
    expect(expandSiblings(['JM1000', '1001', '1002'])).toEqual(['JM1000', 'JM1001', 'JM1002']);
    expect(expandSiblings(['HK-7781', '7782'])).toEqual(['HK-7781', 'HK-7782']);
    expect(expandSiblings(['JM1000', '12'])).toEqual(['JM1000', '12']);
    expect(expandSiblings(['1000', '1001'])).toEqual(['1000', '1001']);
  });

  it('splits model lists as records write them and strips cue words', () => {
    expect(splitModels('JM1000/1001/1002')).toEqual(['JM1000', 'JM1001', 'JM1002']);
    expect(splitModels('BL-01 and BL-02')).toEqual(['BL-01', 'BL-02']);
    expect(splitModels('A1; B2')).toEqual(['A1', 'B2']);
    // Suffix variants and a second code in parentheses; a trailing series word.
    expect(splitModels('QX-5303(Q,Y,L) 시리즈')).toEqual(['QX-5303', 'QX-5303Q', 'QX-5303Y', 'QX-5303L']);
    expect(splitModels('QX-510H(00-6622)')).toEqual(['QX-510H', '00-6622']);
    expect(splitModels('KX-20 series')).toEqual(['KX-20']);
    // Whole models in the parentheses, not suffixes: they start with the base.
    expect(splitModels('QV(QV1, QV2)')).toEqual(['QV', 'QV1', 'QV2']);
    expect(recordModelKey('Model: T-026')).toBe('T026');
    // Catalogue cues, alone or in pairs, in the languages records are written in.
    expect(recordModelKey('Nr kat. 741')).toBe('741');
    expect(recordModelKey('Cat. No. 55-12')).toBe('5512');
    expect(recordModelKey('Katalog Nr. AB-12')).toBe('AB12');
    expect(recordModelKey('CAT6 cable')).toBe('CAT6CABLE');
    // n° written nº, or with the replacement character a lost encoding leaves.
    expect(recordModelKey('Art. n\uFFFD 1471004')).toBe('1471004');
    expect(recordModelKey('Art. nº 1471004')).toBe('1471004');
    // A size list in the model field is no model at all.
    expect(recordModelKey('Sizes: n\uFFFD15')).toBe('');
    expect(recordModelKey('Taille 38')).toBe('');
    expect(recordModelKey('SZ-38')).toBe('SZ38');
    // A spreadsheet's ".0" after a model is not part of it.
    expect(recordModelKey('QTSAW23020.0')).toBe('QTSAW23020');
    expect(recordModelKey('QX-2.5')).toBe('QX25');
  });

  it('reads a long number with a unit letter as an article number, a short one as a measurement', () => {
    expect(modelShape('7842178H')).toBe('strong');
    expect(modelShape('859671T')).toBe('strong');
    expect(modelShape('25000H')).toBe('none');
    expect(modelShape('20T')).toBe('none');
  });
});
