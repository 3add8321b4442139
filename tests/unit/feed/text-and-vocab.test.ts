import { describe, expect, it } from 'vitest';
import { brandsFromProse, brandsMentioned, cpscRecord, productFromDescription } from '../../../lib/feed/sources/cpsc';
import { extractChemicals } from '../../../lib/feed/chemicals';
import { parseCsv, parseCsvRows } from '../../../lib/feed/csv';
import { clean, isPlaceholderBrand, parseDate } from '../../../lib/feed/text';
import { countryToIso2, mapCategory, riskTypeFromLabel, riskTypesFromText } from '../../../lib/feed/vocab';

describe('chemicals', () => {
  it('reads substances with measured values from Safety Gate prose, in order', () => {
    const text =
      'The plastic material of the placemat has an excessive concentration of dibutyl phthalate (DBP) and bis(2-ethylhexyl) phthalate (DEHP) (measured values: 0.2% and 9.1% by weight, respectively). These phthalates may harm the health. The product does not comply with the REACH Regulation.';
    expect(extractChemicals(text)).toEqual([
      { name: 'DBP', measured: 0.2, unit: '% by weight', law: 'REACH Regulation' },
      { name: 'DEHP', measured: 9.1, unit: '% by weight', law: 'REACH Regulation' },
    ]);
  });

  it('handles several measured-value phrases in one sentence and other units', () => {
    expect(
      extractChemicals(
        'excessive concentration of lead (measured value: 0.45% by weight) and cadmium (measured value: 0.03% by weight).',
      ),
    ).toEqual([
      { name: 'lead', measured: 0.45, unit: '% by weight' },
      { name: 'cadmium', measured: 0.03, unit: '% by weight' },
    ]);
    expect(extractChemicals('The rate of nickel release is too high (measured value up to: 1.1µg/cm2/week).')).toEqual([
      { name: 'nickel', measured: 1.1, unit: 'µg/cm²/week' },
    ]);
  });

  it('does not mistake "lead to" or non-chemical measurements for findings', () => {
    expect(extractChemicals('Loose fittings may lead to a fire.')).toEqual([]);
    expect(extractChemicals('The laser beam is too powerful (measured value up to 4.4 mW).')).toEqual([]);
  });

  it('reads Korean findings with limits and multiples', () => {
    expect(extractChemicals('프탈레이트계 가소제(DEHP) 기준치(0.1%)의 270배 검출')).toEqual([
      { name: 'DEHP', measured: 27, limit: 0.1, unit: '%' },
    ]);
    expect(extractChemicals('카드뮴 검출량 215.3mg/kg (기준 75mg/kg)')).toEqual([
      { name: 'cadmium', measured: 215.3, limit: 75, unit: 'mg/kg' },
    ]);
    expect(extractChemicals('수납함 뚜껑 파손')).toEqual([]);
  });

  it('keeps "N times the limit" as the ratio when the text gives no values', () => {
    expect(extractChemicals('Phthalate plasticiser (DEHP) at 9 times the limit.')).toEqual([
      { name: 'DEHP', timesLimit: 9 },
    ]);
    expect(extractChemicals('Lead found at 3.5 times the legal limit in the paint.')).toEqual([
      { name: 'lead', timesLimit: 3.5 },
    ]);
    expect(extractChemicals('납 기준치의 12배 검출')).toEqual([{ name: 'lead', timesLimit: 12 }]);
    // Two substances, one ratio: whose it is is not said, so neither gets it.
    expect(extractChemicals('DBP and DEHP at 9 times the limit.')).toEqual([{ name: 'DBP' }, { name: 'DEHP' }]);
  });
});

describe('vocabularies', () => {
  it('maps Safety Gate labels and prose onto the risk-type enum', () => {
    expect(riskTypeFromLabel('Electric shock')).toBe('ELECTRIC_SHOCK');
    expect(riskTypeFromLabel('Health risk / other')).toBe('HEALTH_RISK_OTHER');
    expect(riskTypeFromLabel('DAMAGE_TO_SIGHT')).toBe('DAMAGE_TO_SIGHT');
    expect(riskTypesFromText('The magnets can detach, posing a choking and magnet ingestion hazard.')).toEqual([
      'CHOKING',
      'INJURIES',
    ]);
    expect(riskTypesFromText('납 기준치 초과, 화재 위험')).toEqual(['FIRE', 'CHEMICAL']);
  });

  it('maps countries in English, Korean paths and ISO codes', () => {
    expect(countryToIso2("People's Republic of China")).toBe('CN');
    expect(countryToIso2('Peoples Republic of China')).toBe('CN');
    expect(countryToIso2('국외>유럽지역>독일')).toBe('DE');
    expect(countryToIso2('국외>아시아지역>중국')).toBe('CN');
    expect(countryToIso2('Türkiye')).toBe('TR');
    expect(countryToIso2('The Netherlands')).toBe('NL');
    expect(countryToIso2('Unknown')).toBeUndefined();
    expect(countryToIso2('국외>그 밖의 지역>기타')).toBeUndefined();
  });

  it('chooses our category from type, source category and name, flagging children’s products', () => {
    expect(mapCategory({ type: 'USB charger', rawCategory: 'Electrical appliances and equipment' })).toEqual({
      category: 'chargers',
      forChildren: false,
    });
    expect(mapCategory({ type: 'Soother holder', rawCategory: "Childcare articles and children's equipment" })).toEqual(
      { category: 'childcare', forChildren: true },
    );
    expect(mapCategory({ type: "Children's hoodie", rawCategory: 'Clothing, textiles and fashion items' })).toEqual({
      category: 'kids-clothing',
      forChildren: true,
    });
    expect(mapCategory({ type: '완구 (자동차)' })).toEqual({ category: 'toys', forChildren: true });
    expect(mapCategory({ type: 'Passenger car', rawCategory: 'Motor vehicles' })).toEqual({
      category: 'vehicles',
      forChildren: false,
    });
  });
});

describe('text helpers', () => {
  it('cleans entities, whitespace and "None" placeholders', () => {
    expect(clean('  Quiet&nbsp;Book  ')).toBe('Quiet Book');
    expect(clean('None')).toBeUndefined();
    expect(clean('La Grande R&eacute;cr&eacute;')).toBe('La Grande Récré');
  });

  it('puts back the cp1252 characters a Latin-1 reading or a "&#153;" leaves as C1 controls', () => {
    expect(clean('Velmora\u0099 Kettles')).toBe('Velmora™ Kettles');
    expect(clean('Velmora&#153; Kettles &#150; 1.7 L')).toBe('Velmora™ Kettles – 1.7 L');
    expect(clean('\u0093Quiet\u0094 Book\u0081')).toBe('“Quiet” Book');
  });

  it('recognises placeholder brands', () => {
    for (const brand of ['None', 'Unknown', 'no brand', 'NO-BRAND', '회사정보없음', 'Unbranded'])
      expect(isPlaceholderBrand(brand)).toBe(true);
    expect(isPlaceholderBrand('Lumikids')).toBe(false);
  });

  it('parses the date shapes the sources use', () => {
    expect(parseDate('2026-07-01T12:46:08.935Z')).toBe('2026-07-01');
    expect(parseDate('April 03, 2025')).toBe('2025-04-03');
    expect(parseDate('20240509')).toBe('2024-05-09');
    expect(parseDate('6/11/12 15:38', 'mdy')).toBe('2012-06-11');
    expect(parseDate('12/09/2022', 'dmy')).toBe('2022-09-12');
    expect(parseDate('31/02/2024')).toBeUndefined();
  });
});

describe('CSV', () => {
  it('reads quoted fields with doubled quotes, commas and line breaks, CRLF and a BOM', () => {
    const text = '\uFEFFa,b,c\r\n1,"two, ""2""\nlines",3\r\n\r\n4,,6\n';
    expect(parseCsvRows(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'two, "2"\nlines', '3'],
      ['4', '', '6'],
    ]);
    const table = parseCsv(text);
    expect(table.header).toEqual(['a', 'b', 'c']);
    expect(table.records[0]).toEqual({ a: '1', b: 'two, "2"\nlines', c: '3' });
  });

  it('marks rows with the wrong number of fields and fails on an unclosed quote', () => {
    expect(parseCsv('a,b\n1,2,3\n').records[0]?.__fieldCountMismatch).toBe('3 fields, header has 2');
    expect(() => parseCsvRows('a,b\n"open,2\n')).toThrow(/quoted field/);
  });

  it('detects semicolon-separated files', () => {
    expect(parseCsv('a;b\n1;2\n').records).toEqual([{ a: '1', b: '2' }]);
  });
});

describe('brands in CPSC prose', () => {
  it('reads "<brand>-branded" with an ampersand as one brand', () => {
    expect(brandsFromProse('This recall involves Quill & Orvan-branded children’s pajama sets.')).toEqual([
      'Quill & Orvan',
    ]);
    expect(brandsFromProse('This recall involves Velmora-branded lamps.')).toEqual(['Velmora']);
  });

  it('reads the brand a description labels: "Brand:", "the brand (name) …"', () => {
    expect(brandsFromProse('The brand "ORVELLO" and "Street Kid" are printed on the frame.')).toEqual(['ORVELLO']);
    expect(brandsFromProse('They were sold under the brand names Avelto and Novira.')).toEqual(['Avelto', 'Novira']);
    expect(brandsFromProse('The brand name Quillet appears on the blades.')).toEqual(['Quillet']);
    // "Brand" in a product's own name labels nothing.
    expect(brandsFromProse('Quillet Brand "Steam Chef" Pressure Cooker')).toEqual([]);
  });

  it('reads brands named in passing: "<brand> brand", lists of them, and logos', () => {
    expect(brandsMentioned('This recall involves Quillet brand kettles.')).toEqual(['Quillet']);
    expect(brandsMentioned('This recall involves certain Brisko branded scooters.')).toEqual(['Brisko']);
    expect(brandsMentioned('Quillet Brand "Steam Chef" Pressure Cooker')).toEqual(['Quillet']);
    expect(brandsMentioned('It involves Avelto, Novira, and Tamsin & Rowe brand mattresses.')).toEqual([
      'Avelto',
      'Novira',
      'Tamsin & Rowe',
    ]);
    expect(
      brandsMentioned('Sold as Korvane and J.K. Orrel brand stands. Other Korvane brand stands are not included.'),
    ).toEqual(['Korvane', 'J.K. Orrel']);
    // A full stop ends the list: "Novira. The brand …" is no brand "Novira. The".
    expect(brandsMentioned('They were sold as Avelto and Novira. The brand name is on the base.')).toEqual([]);
    // A model number is not part of the brand before "brand".
    expect(brandsMentioned('This recall involves the Zentra X1 Glide brand of hoverboards.')).toEqual(['Glide']);
    expect(brandsMentioned('The front bears the Velmora logo and the "Brisko" logo.')).toEqual(['Velmora', 'Brisko']);
    expect(brandsMentioned('Two labels with "Orvel Tide" logo are printed on them.')).toEqual(['Orvel Tide']);
    // A quoted word printed on the product is as often its line as its brand.
    expect(brandsMentioned('"Tovana" is printed on the downtube.')).toEqual([]);
  });

  it('leaves a prose brand that the product name opens with to the name, whose next words are its line', () => {
    const row = (name: string) => ({
      RecallNumber: '26999',
      Title: 'Ski Bindings Recalled Due to Fall Hazard',
      Description: 'This recall involves ski bindings sold as Velmora Arlo brand and Quillet brand bindings.',
      Products: [{ Name: name }],
    });
    expect(cpscRecord(row('Velmora Arlo Ski Bindings'), 'cpsc-api').record.product.brands).toEqual(['Quillet']);
    expect(cpscRecord(row('Ski bindings'), 'cpsc-api').record.product.brands).toEqual(['Velmora Arlo', 'Quillet']);
  });
});

describe('the product a CPSC description opens with', () => {
  it('reads "This/The recall involves/includes …" up to the first clause', () => {
    expect(productFromDescription('This recall involves the Velmora® Arlo Lanterns. They are blue.')).toBe(
      'Velmora Arlo Lanterns',
    );
    expect(productFromDescription('The recall includes Quillet Tovi kettles sold in white.')).toBe(
      'Quillet Tovi kettles',
    );
  });

  it('reads "The recalled …" only where it names more than the kind', () => {
    expect(productFromDescription('The recalled Brisko Ultra Climbing Sticks have a serial number.')).toBe(
      'Brisko Ultra Climbing Sticks',
    );
    expect(productFromDescription('The recalled forks are black.')).toBeUndefined();
  });
});
