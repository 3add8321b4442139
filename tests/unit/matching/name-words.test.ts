/** The describing words of alert languages (lib/matching/name-words.ts), checked as data. */
import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../../lib/matching/engine';
import { REGISTER_KOREAN_NAME_WORDS } from '../../../lib/matching/korean-name-words';
import { GENERIC_WORDS, STOP_WORDS } from '../../../lib/matching/lexicon';
import { FOREIGN_NAME_WORDS, KOREAN_FORMS, KOREAN_NAME_WORDS, NAME_WORDS } from '../../../lib/matching/name-words';
import { singular } from '../../../lib/matching/text';
import { record } from './fixtures';

describe('foreign name words', () => {
  it('are written as the tokenizer folds them: lower-case letters without accents', () => {
    for (const [english, forms] of Object.entries(NAME_WORDS)) {
      expect(english).toMatch(/^[a-z]+$/);
      for (const form of forms) expect(form, english).toMatch(/^[a-z]+( [a-z]+)*$/);
      expect(new Set(forms).size, english).toBe(forms.length);
    }
  });

  it('never list a form that is already a generic word: only specific name words are looked up', () => {
    for (const [english, forms] of Object.entries(NAME_WORDS))
      for (const form of forms) expect(GENERIC_WORDS.has(form), `${english}: ${form}`).toBe(false);
  });

  it('never list an English word of the table as a foreign form', () => {
    const english = new Set(Object.keys(NAME_WORDS));
    for (const forms of Object.values(NAME_WORDS))
      for (const form of forms) expect(english.has(form), form).toBe(false);
  });

  it('look up by the singular the tokenizer makes', () => {
    expect(FOREIGN_NAME_WORDS.get('lavable')).toContain('washable');
    expect(FOREIGN_NAME_WORDS.get('doigt')).toContain('finger');
    expect(FOREIGN_NAME_WORDS.get('primaire')).toEqual(['primary']);
  });

  it('give Korean forms as whole Hangul words for English words', () => {
    for (const [english, forms] of Object.entries(KOREAN_NAME_WORDS)) {
      expect(english).toMatch(/^[a-z]+$/);
      for (const form of forms) expect(form, english).toMatch(/^[\uAC00-\uD7A3]+$/);
    }
  });

  it("key the registers' words as the tokenizer singularises them, never a generic or stop word", () => {
    for (const [english, forms] of Object.entries(REGISTER_KOREAN_NAME_WORDS)) {
      expect(singular(english), english).toBe(english);
      expect(GENERIC_WORDS.has(english) || STOP_WORDS.has(english), english).toBe(false);
      expect(forms.length, english).toBeGreaterThan(0);
      expect(new Set(forms).size, english).toBe(forms.length);
      // Merged with the core list, not shadowing it.
      for (const form of forms) expect(KOREAN_FORMS.get(english), english).toContain(form);
    }
  });

  it("let a Korean title repeat an English record's name through the registers' words", () => {
    const engine = buildEngine([
      record('us-cpsc', '27301', { name: 'Velmora Mountain Bicycles', brands: ['Velmora'] }),
    ]);
    const [match] = engine.match({ site: 'aliexpress', title: '벨모라 산악 자전거 27.5인치 MTB' });
    expect(match?.rule).toBe('brand-name');
    expect(match?.evidence[1]).toMatchObject({ kind: 'title', listingValue: '산악', how: 'translated' });
  });

  it('translate the registers\u2019 words that are kinds elsewhere where a name uses them to describe', () => {
    const engine = buildEngine([record('us-cpsc', '27302', { name: 'Velmora Floor Lamps', brands: ['Velmora'] })]);
    const [match] = engine.match({ site: 'aliexpress', title: '벨모라 바닥 조명 스탠드 거실용' });
    expect(match?.rule).toBe('brand-name');
    expect(match?.evidence[1]).toMatchObject({ kind: 'title', listingValue: '바닥', how: 'translated' });
  });
});
