/** The describing words of alert languages (lib/matching/name-words.ts), checked as data. */
import { describe, expect, it } from 'vitest';
import { GENERIC_WORDS } from '../../../lib/matching/lexicon';
import { FOREIGN_NAME_WORDS, KOREAN_NAME_WORDS, NAME_WORDS } from '../../../lib/matching/name-words';

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
});
