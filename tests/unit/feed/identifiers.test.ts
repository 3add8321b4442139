import { describe, expect, it } from 'vitest';
import {
  extractBarcodes,
  extractFccIds,
  extractIdentifiers,
  extractKcNumbers,
  extractMarketplaces,
  extractModels,
  extractUncuedModels,
  parseListingReference,
  splitCodeField,
  splitModelField,
} from '../../../lib/feed/identifiers';
import { isModelLike } from '../../../lib/identifiers';

describe('extractModels', () => {
  it.each([
    [
      'This recall involves Small Fish Montessori Busy Board toys, model 2512JX02. The busy board has six panels.',
      ['2512JX02'],
    ],
    [
      'the Lomi Roll-On Waxing Kit, model numbers LOMB2003PK and LOMB2004PK. The recalled boxed kits included a warmer.',
      ['LOMB2003PK', 'LOMB2004PK'],
    ],
    [
      '"Brand: Honlyne," "Product Name: Glow Party Supplies" and "Mo. Number: HON-302HE" are printed on the back.',
      ['HON-302HE'],
    ],
    [
      'the Bella Pro Series Steam Espresso Maker, Model 90195 and Cooks Steam Espresso Makers, Model 22395. The machines are black.',
      ['90195', '22395'],
    ],
    [
      '"VIVITAR," "Description: Blender Bottle," "ITEM: ES15-BB-TA" and "MID #5220824" are printed on a sticker.',
      ['ES15-BB-TA'],
    ],
    ['Model numbers: MH730JZC040 MH730JZC045', ['MH730JZC040', 'MH730JZC045']],
    ['SKU: 2TLWPROJACK; batch numbers follow', ['2TLWPROJACK']],
    ['Ref. JM1000/1001/1002/1003', ['JM1000', 'JM1001', 'JM1002', 'JM1003']],
    ['Item number KB-1700 is on the base; type HK-W003 on the box.', ['KB-1700', 'HK-W003']],
    // After a cue, three letters and digits, letters first, are a model too; ", and" continues the list.
    ['Quillet Model Q-4K and Q-4W toasters', ['Q-4K', 'Q-4W']],
    ['Velmora models R20, RX20, and R45 rowing machines', ['R20', 'RX20', 'R45']],
  ])('finds the models in %j', (text, models) => {
    expect(extractModels(text)).toEqual(models);
  });

  it.each([
    'The charger model is rated 120V and 5000mAh.',
    'model year 2023, sold in 2024',
    'Model 12 x 20 cm, 1.5 kg',
    'The date of manufacture "2023.DEC.02" is printed next to model 12/05/2024.',
    'This type of toy is sold with a Type-C cable.',
    'model 5V2A adapter, model 65W',
    'item no. 20-inch frame, model 3rd edition',
    'Models without any number: model Classic, model Deluxe',
    'model 5kg, type 3A battery, style no. 5',
  ])('finds nothing in %j', (text) => {
    expect(extractModels(text)).toEqual([]);
  });

  it('rejects short, digitless, unit and date tokens', () => {
    expect(isModelLike('A12')).toBe(false);
    expect(isModelLike('ABCDEF')).toBe(false);
    expect(isModelLike('120V')).toBe(false);
    expect(isModelLike('5000mAh')).toBe(false);
    expect(isModelLike('2024')).toBe(false);
    expect(isModelLike('10x20cm')).toBe(false);
    expect(isModelLike('4.5')).toBe(false);
    expect(isModelLike('8437026061708')).toBe(false); // a barcode, not a model
    expect(isModelLike('HK-W003')).toBe(true);
    expect(isModelLike('90195')).toBe(true);
  });
});

describe('extractUncuedModels', () => {
  it.each([
    [
      'The lights were sold with the following models: Quorvant 900 Lumen (QV-808) and Tail light (QV818).',
      ['QV-808', 'QV818'],
    ],
    ['This recall involves the ZTB-20 Olympic dumbbell handles.', ['ZTB-20']],
    ['The recall involves the K34 BL and K360 BL carabiners.', ['K360']],
    ['Wall mounts LF228-B1 are affected.', ['LF228-B1']],
  ])('finds the models in %j', (text, models) => {
    expect(extractUncuedModels(text)).toEqual(models);
  });

  it.each([
    'The helmets do not comply with ASTM F1447-18 or EN 1078.',
    'Batteries are CR2032 and LR44 coin cells; the mask is FFP2 with UV400 lenses.',
    'Sold in 2024 for $25 at 120V and 1500W, about 18650 units, 30x20cm.',
    'The toys violate 16 CFR 1500 and the UL94 flammability test.',
  ])('finds nothing in %j', (text) => {
    expect(extractUncuedModels(text)).toEqual([]);
  });
});

describe('model fields', () => {
  it('splits packed model fields but keeps parenthesised lists together', () => {
    expect(splitModelField('53113-000-0|1030051; ENFINIGY ')).toEqual(['53113-000-0', '1030051', 'ENFINIGY']);
    expect(splitModelField('LF228-B1, SLF2')).toEqual(['LF228-B1', 'SLF2']);
    expect(splitModelField('BR-7781 / BR-7782')).toEqual(['BR-7781', 'BR-7782']);
    expect(splitModelField('CX(CX1, CX2)')).toEqual(['CX(CX1, CX2)']);
    expect(splitModelField('JM1000/1001/1002/1003')).toEqual(['JM1000', 'JM1001', 'JM1002', 'JM1003']);
    expect(splitModelField('None')).toEqual([]);
  });
});

describe('barcodes', () => {
  it('accepts check-digit-valid GTINs after a cue and pads them to 14 digits', () => {
    expect(extractBarcodes('Doll, EAN 4003402150003').gtins).toEqual(['04003402150003']);
    expect(extractBarcodes('UPC: 0 73123 45678 8 on the box').gtins).toEqual(['00073123456788']);
    expect(extractBarcodes('Ref. 093619 Barcode: 8433384936191').gtins).toEqual(['08433384936191']);
  });

  it('keeps barcode-shaped strings with a wrong check digit as other codes', () => {
    expect(extractBarcodes('EAN 4003402150004')).toEqual({ gtins: [], otherCodes: ['4003402150004'] });
  });

  it('picks valid GTINs from run-together tables once the text names barcodes', () => {
    const text = 'UPC CodesModel NumbersAmbiano Coffee Maker4061464174788, 4061464174801, 4061464174849';
    expect(extractBarcodes(text).gtins).toEqual(['04061464174788', '04061464174801', '04061464174849']);
    expect(extractBarcodes('Order 4061464174788 shipped').gtins).toEqual([]);
  });

  it('splits barcode fields into GTINs and other codes, and drops GS1 example codes', () => {
    expect(splitCodeField('8437026061708')).toEqual({ gtins: ['08437026061708'], otherCodes: [] });
    expect(splitCodeField('BCD25042500206593')).toEqual({ gtins: [], otherCodes: ['BCD25042500206593'] });
    expect(splitCodeField('5904073 066299')).toEqual({ gtins: ['05904073066299'], otherCodes: [] });
    expect(splitCodeField('X001N2FNJP')).toEqual({ gtins: [], otherCodes: ['X001N2FNJP'] });
    expect(splitCodeField('6912345678902')).toEqual({ gtins: [], otherCodes: ['6912345678902'] });
    expect(splitCodeField('4006381333931; 8401204820784').gtins).toEqual(['08401204820784']);
  });
});

describe('other identifiers', () => {
  it('reads FCC IDs', () => {
    expect(extractFccIds('The FCC ID "2ANDL-XR3" and the date of manufacture are printed on the bottom.')).toEqual([
      '2ANDL-XR3',
    ]);
    expect(extractFccIds('FCC ID: 2AXYZ-VX65')).toEqual(['2AXYZ-VX65']);
  });

  it('reads KC certificate numbers from a field or after a KC cue', () => {
    expect(extractKcNumbers('CB063R1234-5001, YU07123-12001', true)).toEqual(['CB063R1234-5001', 'YU07123-12001']);
    expect(extractKcNumbers('KC 인증번호: CB063R1234-5001 확인')).toEqual(['CB063R1234-5001']);
    expect(extractKcNumbers('KC mark missing')).toEqual([]);
  });

  it('puts FCC IDs in other codes, not models', () => {
    const found = extractIdentifiers('Treatlife detectors, FCC ID 2ANDL-XR3, model TL-5012.');
    expect(found.models).toEqual(['TL-5012']);
    expect(found.otherCodes).toEqual(['2ANDL-XR3']);
  });
});

describe('marketplaces', () => {
  it('reads "sold on <platform> by <seller>" phrases', () => {
    expect(extractMarketplaces('Toy Sets Recalled Due to Choking; Sold Exclusively on Temu.com by DMITOY')).toEqual([
      { platform: 'temu', shopName: 'DMITOY', raw: 'Sold Exclusively on Temu.com by DMITOY' },
    ]);
    expect(extractMarketplaces('Busy Board Toys Recalled; Sold on Amazon by Small Fish')[0]).toMatchObject({
      platform: 'amazon',
      shopName: 'Small Fish',
    });
    expect(extractMarketplaces('Hair clips. Sold on AliExpress from May 2024 for about $3.')[0]).toMatchObject({
      platform: 'aliexpress',
    });
    expect(extractMarketplaces('Online at Amazon.com from November 2025 through April 2026 for about $40.')).toEqual([
      { platform: 'amazon', raw: 'Online at Amazon.com' },
    ]);
    expect(extractMarketplaces('Sold at Target stores nationwide')).toEqual([]);
  });

  it('parses listing URLs and identifiers loosely', () => {
    expect(parseListingReference('ASIN B0D9HWSB1J ', 'Amazon')).toEqual({
      platform: 'amazon',
      listingId: 'B0D9HWSB1J',
      raw: 'ASIN B0D9HWSB1J',
    });
    expect(parseListingReference('https://www.aliexpress.com/item/1005006113315011.html?spm=x')).toMatchObject({
      platform: 'aliexpress',
      listingId: '1005006113315011',
    });
    expect(parseListingReference('https://www.temu.com/kr-en/kids-toy-g-601099512345678.html')).toMatchObject({
      platform: 'temu',
      listingId: '601099512345678',
    });
    expect(parseListingReference('see /item/1005004572734540.html')).toMatchObject({
      platform: 'aliexpress',
      listingId: '1005004572734540',
    });
    expect(parseListingReference('1005006113315011')).toMatchObject({
      platform: 'aliexpress',
      listingId: '1005006113315011',
    });
    expect(parseListingReference('601099512345678', 'Temu')).toMatchObject({
      platform: 'temu',
      listingId: '601099512345678',
    });
    expect(parseListingReference('TIKTOK shop', 'Other')).toEqual({ platform: 'tiktok', raw: 'TIKTOK shop' });
    expect(parseListingReference('https://www.mamaloes.nl', 'Other')).toMatchObject({
      platform: 'other',
      url: 'https://www.mamaloes.nl/',
    });
    expect(parseListingReference('', 'Other')).toBeUndefined();
  });
});
