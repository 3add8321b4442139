/** Data checks for the matching vocabularies: every word written once, in the form comparisons use. */
import { describe, expect, it } from 'vitest';
import { TYPE_CONCEPTS, TYPE_TRANSLATIONS, WORD_LISTS } from '../../../lib/matching/lexicon';
import { foldText } from '../../../lib/matching/text';

/** Lists compared as compact keys (letters and digits only). */
const COMPACT = new Set(['GENERIC_BRANDS', 'COMPANY_SUFFIXES', 'PLACE_WORDS']);

const duplicates = (words: readonly string[]) => words.filter((w, i) => words.indexOf(w) !== i);
const normalised = (w: string) => foldText(w).replace(/\s+/g, ' ').trim();

describe('lexicon word lists', () => {
  for (const [name, words] of Object.entries(WORD_LISTS)) {
    it(`${name}: no duplicates, normalised form`, () => {
      expect(words.length).toBeGreaterThan(0);
      expect(duplicates(words)).toEqual([]);
      expect(words.filter((w) => w !== normalised(w))).toEqual([]);
      if (COMPACT.has(name)) expect(words.filter((w) => !/^[\p{L}\p{N}]+$/u.test(w))).toEqual([]);
    });
  }

  it('product-type concepts: unique ids, phrases written once per concept in normalised form', () => {
    expect(duplicates(TYPE_CONCEPTS.map((c) => c.id))).toEqual([]);
    for (const concept of TYPE_CONCEPTS) {
      const phrases = [...concept.en, ...(concept.ko ?? [])];
      expect(duplicates(phrases), concept.id).toEqual([]);
      expect(
        phrases.filter((p) => p !== normalised(p)),
        concept.id,
      ).toEqual([]);
    }
  });
});

describe('kinds a product is used with', () => {
  it('name other known concepts, none broad', () => {
    const ids = new Set(TYPE_CONCEPTS.map((c) => c.id));
    const broad = new Set(TYPE_CONCEPTS.filter((c) => c.broad).map((c) => c.id));
    for (const concept of TYPE_CONCEPTS) {
      for (const other of concept.usedWith ?? []) {
        expect(ids.has(other), `${concept.id} → ${other}`).toBe(true);
        expect(other, concept.id).not.toBe(concept.id);
        expect(broad.has(other), `${concept.id} → ${other}`).toBe(false);
      }
    }
  });
});

describe('product types in the languages of the alerts', () => {
  const ids = new Set(TYPE_CONCEPTS.map((c) => c.id));
  it('name known concepts, each phrase once and normalised, none already in the concept', () => {
    for (const [id, phrases] of Object.entries(TYPE_TRANSLATIONS)) {
      expect(ids.has(id), id).toBe(true);
      expect(duplicates(phrases), id).toEqual([]);
      expect(
        phrases.filter((p) => p !== normalised(p)),
        id,
      ).toEqual([]);
      const concept = TYPE_CONCEPTS.find((c) => c.id === id)!;
      expect(
        phrases.filter((p) => concept.en.includes(p)),
        id,
      ).toEqual([]);
    }
  });
});
