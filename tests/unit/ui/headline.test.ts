import { describe, expect, it } from 'vitest';
import { exceedanceRatio, formatRatio, hazardSummary, headlineOf, headlineText } from '../../../lib/ui/headline';
import { record } from '../background/helpers';
import { hairband } from './helpers';

describe('hazard headline', () => {
  it('leads with the exceedance ratio computed from measured / limit', () => {
    const r = record(hairband);
    expect(headlineText(r, 'en')).toBe("DEHP (phthalate plasticiser) 270× the legal limit — Children's hairband");
    expect(hazardSummary(r, 'ko')).toBe('DEHP(프탈레이트 가소제) 기준치의 270배');
  });

  it('rounds ratios the way people say them', () => {
    expect(formatRatio(270.00000000000006, 'en')).toBe('270');
    expect(formatRatio(3.44, 'en')).toBe('3.4');
    expect(formatRatio(622.4, 'en')).toBe('622');
  });

  it('ignores chemicals within the limit or without both numbers', () => {
    expect(exceedanceRatio({ name: 'lead', measured: 50, limit: 90 })).toBeUndefined();
    expect(exceedanceRatio({ name: 'lead', measured: 50 })).toBeUndefined();
    expect(exceedanceRatio({ name: 'lead', measured: 5, limit: 0 })).toBeUndefined();
  });

  it('names the worst substance, localises metals, and counts the others', () => {
    const r = record({
      ref: 'X',
      chemicals: [
        { name: 'lead', measured: 340, limit: 100, unit: 'mg/kg' },
        { name: 'cadmium', measured: 300, limit: 100, unit: 'mg/kg' },
      ],
    });
    expect(hazardSummary(r, 'en')).toBe('Lead 3.4× the legal limit (+1 more substances)');
    expect(hazardSummary(r, 'ko')).toBe('납 기준치의 3.4배 (그 외 1개 물질)');
  });

  it('leads with specific risk types, then the hazard text in the UI language, then generic risks, then any text', () => {
    const r = record({
      ref: 'Y',
      riskTypes: ['CHOKING', 'STRANGULATION'],
      hazardText: [{ lang: 'en', text: 'Small parts can detach.' }],
    });
    expect(hazardSummary(r, 'en')).toBe('Choking and strangulation');
    const generic = record({
      ref: 'G',
      riskTypes: ['CHEMICAL'],
      hazardText: [{ lang: 'en', text: 'Harmful to health.' }],
    });
    expect(hazardSummary(generic, 'en')).toBe('Harmful to health.');
    expect(hazardSummary(generic, 'ko')).toBe('화학적 위해');
    expect(hazardSummary(r, 'ko')).toBe('질식(작은 부품 삼킴) 및 목 졸림');
    const textOnly = record({ ref: 'Z', hazardText: [{ lang: 'de', text: 'Erstickungsgefahr' }] });
    expect(hazardSummary(textOnly, 'ko')).toBe('Erstickungsgefahr');
    expect(hazardSummary(record({ ref: 'W' }), 'en')).toBe('Hazard reported');
  });

  it('names a substance reported without numbers, and a stated multiple of the limit, in the reader language', () => {
    const found = record({ ref: 'S', riskTypes: ['CHEMICAL'], chemicals: [{ name: 'DEHP' }, { name: 'lead' }] });
    expect(hazardSummary(found, 'ko')).toBe('DEHP(프탈레이트 가소제) 및 납 검출');
    expect(hazardSummary(found, 'en')).toBe('DEHP (phthalate plasticiser) and Lead found');
    const multiple = record({ ref: 'M', riskTypes: ['CHEMICAL'], chemicals: [{ name: 'DEHP', timesLimit: 9 }] });
    expect(hazardSummary(multiple, 'ko')).toBe('DEHP(프탈레이트 가소제) 기준치의 9배');
    expect(hazardSummary(multiple, 'en')).toBe('DEHP (phthalate plasticiser) 9× the legal limit');
  });

  it('shows the product as recorded, in the UI language when the record has it', () => {
    const r = record({
      ref: 'V',
      product: {
        names: [
          { lang: 'en', text: 'Hairband' },
          { lang: 'ko', text: '머리띠' },
        ],
      },
    });
    expect(headlineOf(r, 'ko').product).toBe('머리띠');
    expect(headlineOf(r, 'en').product).toBe('Hairband');
  });
});
