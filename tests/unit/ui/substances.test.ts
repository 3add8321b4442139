import { describe, expect, it } from 'vitest';
import { extractChemicals } from '../../../lib/feed/chemicals';
import { SUBSTANCES, substanceName, substanceOf } from '../../../lib/i18n/substances';
import { MESSAGES } from '../../../lib/i18n';
import { RISK_TYPES } from '../../../lib/hazards/vocabulary';

const HANGUL = /[\uac00-\ud7a3]/;

describe('substance vocabulary', () => {
  it('gives every substance an English name and a Korean name written in Hangul', () => {
    for (const s of SUBSTANCES) {
      expect(s.names.en, s.id).toMatch(/[A-Za-z]/);
      expect(s.names.ko, s.id).toMatch(HANGUL);
    }
  });

  it('names the substances the sources report most, as parents say them', () => {
    expect(substanceName('DEHP', 'ko')).toBe('DEHP(프탈레이트 가소제)');
    expect(substanceName('DBP', 'ko')).toBe('DBP(프탈레이트 가소제)');
    expect(substanceName('BBP', 'en')).toBe('BBP (phthalate plasticiser)');
    expect(substanceName('lead', 'ko')).toBe('납');
    expect(substanceName('cadmium', 'ko')).toBe('카드뮴');
    expect(substanceName('nickel', 'ko')).toBe('니켈');
    expect(substanceName('formaldehyde', 'ko')).toBe('폼알데하이드');
    expect(substanceName('boron', 'ko')).toBe('붕소');
  });

  it('recognises the names sources write, and keeps unknown names as written', () => {
    expect(substanceOf('Lead (Pb)')?.id).toBe('lead');
    expect(substanceOf('Pb')?.id).toBe('lead');
    expect(substanceOf('bis(2-ethylhexyl) phthalate')?.id).toBe('DEHP');
    expect(substanceOf('카드뮴')?.id).toBe('cadmium');
    expect(substanceName('Zirconium', 'ko')).toBe('Zirconium');
  });

  it('every substance the feed builder reads from prose comes back with a name in both languages', () => {
    for (const s of SUBSTANCES) {
      const sample = `The product contains ${s.names.en.replace(/ \(.*\)$/, '')}.`;
      for (const found of extractChemicals(sample)) {
        expect(substanceOf(found.name)?.names.ko, found.name).toMatch(HANGUL);
      }
    }
  });
});

describe('risk-type vocabulary', () => {
  it('names every risk type in both languages, choking and suffocation as 질식', () => {
    for (const risk of RISK_TYPES) {
      expect(MESSAGES.en[`risk_${risk}`], risk).toBeTruthy();
      expect(MESSAGES.ko[`risk_${risk}`], risk).toMatch(HANGUL);
    }
    expect(MESSAGES.ko.risk_CHOKING).toContain('질식');
    expect(MESSAGES.ko.risk_STRANGULATION).toBe('목 졸림');
    expect(MESSAGES.ko.risk_BURNS).toBe('화상');
    expect(MESSAGES.ko.risk_ELECTRIC_SHOCK).toBe('감전');
    expect(MESSAGES.ko.risk_FIRE).toBe('화재');
  });
});
