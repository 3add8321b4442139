import { describe, expect, it } from 'vitest';
import { hangulSkeleton, latinSkeleton } from '../../../lib/matching/hangul';
import { findConcepts } from '../../../lib/matching/concepts';
import { compactKey, editDistance, foldText, singular, tokenize } from '../../../lib/matching/text';

describe('text normalisation', () => {
  it('folds full-width letters, accents, case and trademark signs', () => {
    expect(foldText('ＺＯＲＶＥＸ® Café')).toBe('zorvex  cafe');
    // An elided article stands apart; English contractions and possessives stay glued.
    expect(foldText("Eau d'Orvane")).toBe('eau d orvane');
    expect(foldText('l’Acqua di Orvane')).toBe('l acqua di orvane');
    expect(foldText("Kid's don't")).toBe('kids dont');
    // ™ and ℠ are dropped, not spelt out by Unicode normalisation as a glued "tm".
    expect(tokenize('QUELLO® Big Kick Football™ Set℠').map((t) => t.norm)).toEqual([
      'quello',
      'big',
      'kick',
      'football',
      'set',
    ]);
    expect(compactKey("Best Kid's")).toBe('bestkids');
    expect(compactKey('SUN & SPORT')).toBe('sunsport');
  });

  it('splits Korean from Latin and digits and keeps decimals whole', () => {
    expect(tokenize('LED 크리스마스 180구 2.4A').map((t) => t.norm)).toEqual([
      'led',
      '크리스마스',
      '180',
      '구',
      '2.4a',
    ]);
  });

  it('singularises plain English plurals only', () => {
    expect(singular('helmets')).toBe('helmet');
    expect(singular('batteries')).toBe('battery');
    expect(singular('boxes')).toBe('box');
    expect(singular('glass')).toBe('glass');
    expect(singular('ky55s')).toBe('ky55s');
  });

  it('singularises the irregular plurals of things', () => {
    expect(singular('knives')).toBe('knife');
    expect(singular('shelves')).toBe('shelf');
    expect(singular('teeth')).toBe('tooth');
    expect(singular('drives')).toBe('drive');
  });

  it('keeps the plurals that name another thing than their singular', () => {
    expect(singular('shorts')).toBe('shorts');
    expect(singular('glasses')).toBe('glasses');
    expect(singular('tights')).toBe('tights');
    expect(findConcepts(tokenize('Velmora short sleeve dress')).hits.map((h) => h.concept)).not.toContain('trousers');
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

describe('Hangul brand skeletons', () => {
  it('reduces a Korean loanword spelling and its Latin original to the same consonants', () => {
    expect(hangulSkeleton('나인봇')).toBe(latinSkeleton('ninebot'));
    expect(hangulSkeleton('트루슬리에')).toBe(latinSkeleton('trousselier'));
    expect(hangulSkeleton('아크로바트')).toBe(latinSkeleton('acrobats'));
    expect(hangulSkeleton('나인봇')).not.toBe(latinSkeleton('nimbus'));
  });
});
