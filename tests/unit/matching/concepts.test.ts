/** Product-type concepts: every phrase of the lexicon, as a listing or a record writes it, names its concept. */
import { describe, expect, it } from 'vitest';
import { findConcepts } from '../../../lib/matching/concepts';
import { TYPE_CONCEPTS, TYPE_TRANSLATIONS } from '../../../lib/matching/lexicon';
import { tokenize } from '../../../lib/matching/text';

const conceptsIn = (text: string) => findConcepts(tokenize(text)).hits.map((h) => h.concept);

describe('product-type concepts', () => {
  it('every phrase (English, Korean, the alerts\u2019 languages) names its concept', () => {
    const missing: string[] = [];
    for (const concept of TYPE_CONCEPTS) {
      for (const phrase of [...concept.en, ...(concept.ko ?? []), ...(TYPE_TRANSLATIONS[concept.id] ?? [])]) {
        if (!conceptsIn(phrase).includes(concept.id)) missing.push(`${concept.id}: ${phrase}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a Korean phrase of two words is found written with or without the space', () => {
    for (const concept of TYPE_CONCEPTS) {
      for (const phrase of (concept.ko ?? []).filter((p) => p.includes(' '))) {
        expect(conceptsIn(`휴대용 ${phrase} 추천`), phrase).toContain(concept.id);
        expect(conceptsIn(`휴대용 ${phrase.replace(/\s+/g, '')} 추천`), phrase).toContain(concept.id);
      }
    }
  });

  // Kinds the bundled notices name that once had no concept, so their records matched on no kind at all.
  it.each([
    ['Velmora Electric Fillet Knives', 'knife'],
    ['Quillet Milk Frothers', 'milk-frother'],
    ['Portable Generators', 'generator'],
    ['Handheld magnifier', 'magnifier'],
    ['Submersible water pump', 'water-pump'],
    ['Corvella Ceramic Teapots', 'teapot'],
    ["Korvane Boys' Ice Skates", 'ice-skate'],
    ['Zento bicycle chains', 'bike-chain'],
    ['Home soda makers', 'soda-maker'],
    ['Folding Soccer Goals', 'soccer-goal'],
    ['Velmora Road Bicycles and Frame Sets', 'bike-frame'],
    ['Quillet Hot Air Popcorn Makers', 'popcorn-maker'],
    ['극장식 팝콘 머신 레트로', 'popcorn-maker'],
  ])('finds the kind in "%s"', (name, concept) => {
    expect(conceptsIn(name)).toContain(concept);
  });

  it('reads "glass" as the material, and only eyewear words as glasses', () => {
    const kinds = (text: string) => findConcepts(tokenize(text)).hits.map((h) => h.concept);
    expect(kinds('Quillet Glass Storage Jars 1.5L')).not.toContain('sunglasses');
    expect(kinds('Velmora Kids Reading Glasses Blue Light')).toContain('sunglasses');
  });

  // "Reborn" names the kind of doll, not the seller's line.
  it('reads a reborn doll as a doll, in the kind phrase', () => {
    expect(findConcepts(tokenize('Velmora Reborn Doll 50cm')).typeTokens.has(1)).toBe(true);
  });

  it('reads Korean titles of food processors', () => {
    expect(conceptsIn('퀼렛 QF-14 푸드프로세서 14컵 다지기')).toContain('blender');
  });
});
