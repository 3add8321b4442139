import { describe, expect, it } from 'vitest';
import { ACTIONS, RISK_TYPES, SOURCE_FAMILIES } from '../../../lib/hazards/schema';
import { LANGUAGE_NEUTRAL_KEYS, MESSAGES, resolveLang, t, tCount, vocabularyKey } from '../../../lib/i18n';

const keysOf = (lang: 'en' | 'ko') => Object.keys(MESSAGES[lang]).sort();
/** A template made only of placeholders and punctuation (`{title}: {hazard}`) has nothing to translate. */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('Korean and English strings', () => {
  it('have exactly the same keys', () => {
    expect(keysOf('ko')).toEqual(keysOf('en'));
  });

  it('has no empty or untranslated Korean string', () => {
    for (const key of keysOf('en') as (keyof typeof MESSAGES.en)[]) {
      const ko = MESSAGES.ko[key];
      expect(ko.trim(), key).not.toBe('');
      if (!LANGUAGE_NEUTRAL_KEYS.includes(key) && hasWords(MESSAGES.en[key]))
        expect(ko, key).not.toBe(MESSAGES.en[key]);
    }
  });

  it('actually writes Korean (Hangul) in every translated string', () => {
    for (const key of keysOf('ko') as (keyof typeof MESSAGES.ko)[]) {
      if (LANGUAGE_NEUTRAL_KEYS.includes(key) || !hasWords(MESSAGES.en[key])) continue;
      expect(MESSAGES.ko[key], key).toMatch(/[\uac00-\ud7a3]/);
    }
  });

  it('keeps the same placeholders in both languages', () => {
    for (const key of keysOf('en') as (keyof typeof MESSAGES.en)[]) {
      expect(placeholders(MESSAGES.ko[key]), key).toEqual(placeholders(MESSAGES.en[key]));
    }
  });

  it('names every Safety Gate risk type, action and source in both languages', () => {
    for (const [prefix, values] of [
      ['risk', RISK_TYPES],
      ['action', ACTIONS],
      ['source', SOURCE_FAMILIES],
    ] as const) {
      for (const value of values) {
        const key = vocabularyKey(prefix, value);
        expect(key, `${prefix}_${value}`).toBeDefined();
        expect(t('ko', key!)).not.toBe(t('en', key!));
      }
    }
  });

  it('explains the common chemicals and physical hazards in both languages', () => {
    const topics = [
      'phthalates',
      'lead',
      'cadmium',
      'formaldehyde',
      'nickel',
      'boron',
      'smallParts',
      'magnets',
      'buttonBatteries',
      'cords',
      'waterBeads',
    ];
    for (const topic of topics) {
      const key = vocabularyKey('explain', topic)!;
      expect(t('en', key).length, topic).toBeGreaterThan(40);
      expect(t('ko', key)).toMatch(/[\uac00-\ud7a3]/);
    }
  });

  it('follows the browser language unless overridden', () => {
    expect(resolveLang('auto', 'ko-KR')).toBe('ko');
    expect(resolveLang('auto', 'en-GB')).toBe('en');
    expect(resolveLang('auto', 'fr')).toBe('en');
    expect(resolveLang('ko', 'en-US')).toBe('ko');
  });

  it('fills placeholders and picks singular or plural', () => {
    expect(tCount('en', 'bannerMoreReportsOne', 'bannerMoreReportsMany', 1)).toBe('1 more report');
    expect(tCount('en', 'bannerMoreReportsOne', 'bannerMoreReportsMany', 3)).toBe('3 more reports');
    expect(tCount('ko', 'bannerMoreReportsOne', 'bannerMoreReportsMany', 3)).toBe('보고 3건 더 보기');
  });
});
