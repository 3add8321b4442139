import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { productCodes } from '../../../lib/sites/identifiers';
import { cleanField, cleanText, cleanTitle, MAX_TITLE_LENGTH, parsePrice } from '../../../lib/sites/text';
import { readCsv, sharedPath } from './helpers';

describe('cleanTitle', () => {
  it.each([
    ['Ymeiton DDR5 memory - AliExpress 7', 'Ymeiton DDR5 memory'],
    ['5/10pcs Juice Bottles - AliExpress ', '5/10pcs Juice Bottles'],
    ['Bubble machine | Temu', 'Bubble machine'],
    ['Bubble machine - Temu', 'Bubble machine'],
    ['【IN STOCK】 Kids Bubble Machine', 'Kids Bubble Machine'],
    ['Kids Bubble Machine【Free Shipping】', 'Kids Bubble Machine'],
    ['Top pick25/170/366pcs Bamboo Sticks Open in new tab.', '25/170/366pcs Bamboo Sticks'],
    ['Top pickModern Minimalist Wall Clock', 'Modern Minimalist Wall Clock'],
    ['Compact M3 Speaker - Steel Gun Design', 'Compact M3 Speaker - Steel Gun Design'],
    ['어린이 비눗방울 장난감 - AliExpress', '어린이 비눗방울 장난감'],
  ])('%s', (raw, clean) => {
    expect(cleanTitle(raw)).toBe(clean);
  });

  it('removes markup, zero-width and bidi characters and widens nothing', () => {
    expect(cleanTitle('Toy <b>robot</b><img src=x onerror=alert(1)>')).toBe('Toy robot');
    expect(cleanTitle('Kids <Bubble> Machine <3 years')).toBe('Kids <Bubble> Machine <3 years');
    expect(cleanTitle('Toy</script><SCRIPT src=//x>robot')).toBe('Toy robot');
    expect(cleanTitle('Ro\u200Bbot\u200D \u202Etoy\u202C \u2066set\u2069\uFEFF')).toBe('Robot toy set');
    expect(cleanTitle('\u202B\u200Fلعبة أطفال\u200F')).toBe('لعبة أطفال');
    expect(cleanTitle('ＬＥＤ　ＴＯＹ　１２３ 아기 장난감')).toBe('LED TOY 123 아기 장난감');
    expect(cleanTitle('line\nbreak\ttab\u0000nul')).toBe('line break tab nul');
  });

  it('caps very long titles on a word boundary (its cost is in `npm run bench`)', () => {
    const huge = 'Bubble machine '.repeat(80_000);
    const title = cleanTitle(huge);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title.length).toBeGreaterThan(MAX_TITLE_LENGTH * 0.8);
    expect(title.endsWith('machine') || title.endsWith('Bubble')).toBe(true);
  });

  it('never splits a surrogate pair when cutting', () => {
    const emoji = '🧸'.repeat(MAX_TITLE_LENGTH);
    const title = cleanTitle(emoji);
    expect(title.length % 2).toBe(0);
    expect(/[\uD800-\uDBFF]$/.test(title)).toBe(false);
  });

  const csv = sharedPath('listings/temu_pk-en_home-decor_search_NaumanRafique12.csv');
  const combined = sharedPath('listings/combined_listings.csv');
  it.skipIf(!existsSync(csv) || !existsSync(combined))(
    'strips the "Top pick" / "Open in new tab." card-text artefacts of real Temu titles (needs ../shared/listings)',
    () => {
      const clean = new Map(
        readCsv(combined)
          .filter((row) => row.source === 'temu_pk-en_home-decor_search_NaumanRafique12.csv')
          .map((row) => [row.item_id, row.title]),
      );
      const raw = readCsv(csv).filter((row) => row['Product ID']);
      const withArtefacts = raw.filter((row) => /Top pick|Open in new tab/.test(row.Title ?? ''));
      expect(withArtefacts.length).toBeGreaterThan(30);
      for (const row of raw) {
        expect(cleanTitle(row.Title), row['Product ID']).toBe(cleanText(clean.get(row['Product ID'] ?? ''), 1000));
      }
    },
  );
});

describe('cleanField', () => {
  it('drops placeholder values shops use for "no brand"', () => {
    for (const value of ['None', 'NONE', 'Нет', 'NoEnName_Null', 'OEM', '-', '없음', 'Ninguno']) {
      expect(cleanField(value), value).toBeUndefined();
    }
    expect(cleanField(' FIGHTYU ')).toBe('FIGHTYU');
  });
});

describe('parsePrice', () => {
  it.each([
    ['US $4.99', { amount: 4.99, currency: 'USD' }],
    ['$5,355.81', { amount: 5355.81 }],
    ['MXN$1.986,69', { amount: 1986.69, currency: 'MXN' }],
    ['€7,99', { amount: 7.99, currency: 'EUR' }],
    ['₩12,900', { amount: 12900, currency: 'KRW' }],
    ['12,900원', { amount: 12900, currency: 'KRW' }],
    ['1 234,56 ₽', { amount: 1234.56, currency: 'RUB' }],
    ['₪149.41', { amount: 149.41, currency: 'ILS' }],
    ['Rs.390', { amount: 390, currency: 'PKR' }],
  ])('%s', (text, expected) => {
    expect(parsePrice(text)).toEqual(expected);
  });

  it('uses the default currency only when the text names none', () => {
    expect(parsePrice('$0.99', 'USD')).toEqual({ amount: 0.99, currency: 'USD' });
    expect(parsePrice('€1', 'USD')).toEqual({ amount: 1, currency: 'EUR' });
    expect(parsePrice('free')).toBeUndefined();
  });
});

describe('productCodes', () => {
  it('takes models only from labelled rows, in several languages', () => {
    const codes = productCodes({
      rows: [
        { name: 'Model Number', value: 'HGX 4KW' },
        { name: 'Número de modelo', value: 'UV-5R' },
        { name: '모델 번호', value: 'BM-40, BM-40S' },
        { name: 'Compatible Model 1', value: 'Galaxy S9' },
        { name: 'Brand Name', value: 'None' },
        { name: '브랜드', value: '버블킹' },
      ],
      title: 'Bubble machine BM-40 model X123',
    });
    expect(codes.models).toEqual(['HGX 4KW', 'UV-5R', 'BM-40', 'BM-40S']);
    expect(codes.brand).toBe('버블킹');
  });

  it('keeps GTINs with a valid check digit only, padded to 14 digits', () => {
    const codes = productCodes({
      rows: [
        { name: 'EAN', value: '8437026061708' },
        { name: 'Barcode', value: '8437026061709' },
        { name: '바코드', value: '4061464174788' },
      ],
      ldGtins: ['5060307678208', 'not-a-gtin', 12345],
      title: 'Toy EAN: 4003402150003 and a random 1234567890128',
    });
    expect(codes.identifiers).toEqual(
      expect.arrayContaining([
        { kind: 'gtin', value: '08437026061708' },
        { kind: 'gtin', value: '04061464174788' },
        { kind: 'gtin', value: '05060307678208' },
        { kind: 'gtin', value: '04003402150003' },
      ]),
    );
    expect(codes.identifiers).toHaveLength(4);
  });

  it('reads KC certification numbers of the documented shapes', () => {
    const codes = productCodes({
      rows: [{ name: 'KC 인증번호', value: 'cb063r1234-5001' }],
      title: '어린이 장난감 KC인증 YU07218-19001 R-R-ABC-XYZ123',
    });
    expect(codes.identifiers).toEqual([
      { kind: 'kc', value: 'CB063R1234-5001' },
      { kind: 'kc', value: 'YU07218-19001' },
      { kind: 'kc', value: 'R-R-ABC-XYZ123' },
    ]);
  });
});
