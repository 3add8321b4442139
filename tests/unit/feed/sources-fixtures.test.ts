/** Every source kind on our own hand-written samples (tests/fixtures/sources). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HazardRecord, SourceKind } from '../../../lib/hazards/schema';
import { adapterFor, runAdapter, type AdapterOptions } from '../../../lib/feed/sources';
import { fixture } from './helpers';

function run(kind: SourceKind, file: string, options?: AdapterOptions) {
  return runAdapter(adapterFor(kind, options), readFileSync(fixture(file), 'utf8'), file);
}
const byRef = (records: { record: HazardRecord }[], ref: string) => records.find((r) => r.record.ref === ref)!.record;

describe('safety-gate-api', () => {
  const result = run('safety-gate-api', 'safety-gate-api.json');

  it('builds the good notifications and reports the one without a reference', () => {
    expect(result.rows.map((r) => r.record.id)).toEqual(['eu-safety-gate:SR/00001/26', 'eu-safety-gate:A11/00002/26']);
    expect(result.bad).toEqual([{ row: 3, reason: 'missing reference (alert number)' }]);
  });

  it('keeps link, dates, actions, risk and chemicals with measured values', () => {
    const doll = byRef(result.rows, 'SR/00001/26');
    expect(doll).toMatchObject({
      url: 'https://ec.europa.eu/safety-gate-alerts/screen/webReport/alertDetail/90000001',
      refs: ['90000001'],
      jurisdiction: 'EU',
      publishedAt: '2026-01-09',
      actions: ['marketplace_removal', 'withdrawal'],
      riskTypes: ['CHEMICAL'],
      riskLevel: 'serious',
      chemicals: [{ name: 'DEHP', measured: 12.5, unit: '% by weight', law: 'REACH Regulation' }],
    });
    expect(byRef(result.rows, 'A11/00002/26')).toMatchObject({
      riskLevel: 'unknown',
      actions: ['border_rejection'],
      riskTypes: ['ELECTRIC_SHOCK', 'FIRE'],
    });
  });

  it('reads names in every language, brands without placeholders, models, codes, images, origin', () => {
    const { product } = byRef(result.rows, 'SR/00001/26');
    expect(product.names).toEqual([
      { lang: 'und', text: 'Poupée souple à paillettes' },
      { lang: 'en', text: 'Plastic doll' },
    ]);
    expect(product).toMatchObject({
      type: 'Plastic doll',
      category: 'toys',
      forChildren: true,
      brands: ['Lumikids'],
      originCountry: 'CN',
    });
    expect(product.models).toEqual(['LK-2291', 'LK-2292']);
    expect(product.gtins).toEqual(['04801234500016']);
    // A non-GTIN code and a barcode with a wrong check digit stay as other codes, next to the batch.
    expect(product.otherCodes).toEqual(['BCD2026010900001', '2001234500019', 'B2025-11']);
    expect(product.images[0]).toBe('https://ec.europa.eu/safety-gate-alerts/public/api/notification/image/91000002');
    expect(byRef(result.rows, 'A11/00002/26').product.names).toContainEqual({ lang: 'de', text: 'USB-Ladegerät' });
  });

  it('turns online trader references into marketplace listings', () => {
    expect(byRef(result.rows, 'SR/00001/26').marketplaces.map((m) => [m.platform, m.listingId])).toEqual([
      ['aliexpress', '1005001234567890'],
      ['temu', '601099000000001'],
      ['amazon', 'B0TEST1234'],
    ]);
  });
});

describe('safety-gate-export', () => {
  it('reads the portal CSV with its column names, multi-line fields and d/m/y dates', () => {
    const result = run('safety-gate-export', 'safety-gate-export.csv');
    expect(result.rows.map((r) => r.record.ref)).toEqual(['A12/00101/25', 'A12/00102/25']);
    expect(result.bad).toEqual([{ row: 3, reason: 'missing alert number' }]);
    const bracelet = byRef(result.rows, 'A12/00101/25');
    expect(bracelet).toMatchObject({ publishedAt: '2025-03-12', actions: ['withdrawal'], riskLevel: 'serious' });
    expect(bracelet.product).toMatchObject({
      brands: [],
      models: ['BR-7781', 'BR-7782'],
      gtins: ['04801234500030'],
      category: 'jewellery',
      forChildren: true,
    });
    expect(bracelet.chemicals.map((c) => [c.name, c.measured])).toEqual([
      ['lead', 0.45],
      ['cadmium', 0.03],
    ]);
    expect(byRef(result.rows, 'A12/00102/25').product.names[0]).toEqual({
      lang: 'und',
      text: 'Ribbon pacifier clip "Bunny"',
    });
  });

  it('reads the TIS2024 shape: product_name is the type, product_description the specific name', () => {
    const result = run('safety-gate-export', 'safety-gate-export-tis.json');
    expect(result.bad).toEqual([]);
    const magnets = byRef(result.rows, 'A12/00201/24');
    expect(magnets.product).toMatchObject({
      type: 'Magnetic toy',
      brands: ['Magbuild'],
      originCountry: 'CN',
      gtins: [],
      otherCodes: [],
    });
    expect(magnets.product.names[0]).toEqual({ lang: 'und', text: 'Rainbow magnetic sticks 64 pcs' });
    expect(magnets.actions).toEqual(['sales_ban']);
    const cream = byRef(result.rows, 'A11/00202/24');
    expect(cream.product).toMatchObject({ brands: [], originCountry: 'KR', category: 'cosmetics' });
    expect(cream.riskTypes).toEqual(['HEALTH_RISK_OTHER']);
  });
});

describe('cpsc-api', () => {
  const result = run('cpsc-api', 'cpsc-api.json');

  it('builds recalls with dashless recall numbers and counts the one without a number', () => {
    expect(result.rows.map((r) => r.record.id)).toEqual(['us-cpsc:26901', 'us-cpsc:26902']);
    expect(result.bad).toEqual([{ row: 3, reason: 'missing recall number' }]);
  });

  it('finds models, brands, barcodes, FCC IDs and sellers in the prose', () => {
    const doll = byRef(result.rows, '26901');
    expect(doll).toMatchObject({
      url: 'https://www.cpsc.gov/Recalls/2026/Example-Glitter-Dolls-Recalled-Lead',
      publishedAt: '2026-01-15',
      updatedAt: '2026-01-16',
      actions: ['recall'],
    });
    expect(doll.product).toMatchObject({
      brands: ['Lumikids'],
      models: ['LK-2291'],
      gtins: ['00800123450009'],
      originCountry: 'CN',
      category: 'toys',
      forChildren: true,
    });
    expect(doll.marketplaces).toEqual([
      {
        platform: 'temu',
        shopName: 'Lumikids Official Store',
        raw: 'Sold Exclusively on Temu.com by Lumikids Official Store',
      },
    ]);
    expect(doll.chemicals.map((c) => c.name)).toEqual(['lead']);
    expect(result.rows[0]!.linkUrls).toEqual([
      'https://recalls-rappels.canada.ca/en/alert-recall/example-glitter-dolls-recalled',
    ]);

    const charger = byRef(result.rows, '26902');
    expect(charger.product.models).toEqual(['VX-65W2', 'VX-100W']);
    expect(charger.product.gtins).toEqual(['00073123456788']);
    expect(charger.product.otherCodes).toEqual(['12345', '2AXYZ-VX65']);
    expect(charger.riskTypes).toEqual(['FIRE', 'BURNS', 'ELECTRIC_SHOCK']);
    expect(charger.marketplaces[0]).toMatchObject({ platform: 'amazon', shopName: 'Voltix Direct' });
  });
});

describe('cpsc-csv', () => {
  it('reads the cpsc.gov export: BOM, quoted multi-line fields, entities, warnings, malformed rows', () => {
    const result = run('cpsc-csv', 'cpsc-export.csv');
    expect(result.rows.map((r) => r.record.id)).toEqual(['us-cpsc:24901', 'us-cpsc:25W01']);
    expect(result.bad).toEqual([
      { row: 3, reason: 'malformed CSV row: 24 fields, header has 22' },
      { row: 4, reason: 'missing recall number' },
    ]);
    const kettle = byRef(result.rows, '24901');
    expect(kettle).toMatchObject({ sourceKind: 'cpsc-csv', publishedAt: '2024-03-07', riskTypes: ['BURNS'] });
    expect(kettle.product).toMatchObject({ models: ['KB-1700'], category: 'kitchen', originCountry: 'CN' });
    expect(kettle.marketplaces).toEqual([{ platform: 'aliexpress', raw: 'Online at AliExpress.com' }]);
    expect(byRef(result.rows, '25W01')).toMatchObject({ actions: ['warning'], publishedAt: '2025-02-02' });
  });

  it('reads a model the product name states after a cue', () => {
    const csv =
      'recall_number,title,product_name,recall_date\n' +
      '24-901,Quillet Recalls Kettles,"Quillet Kettles, Model QK-17023 and QK-17024",2024-03-07\n';
    const [row] = runAdapter(adapterFor('cpsc-csv'), csv, 'names.csv').rows;
    expect(row?.record.product.models).toEqual(['QK-17023', 'QK-17024']);
  });

  it('refuses a file that is not a CPSC export as a whole', () => {
    const result = runAdapter(adapterFor('cpsc-csv'), 'a,b\n1,2\n', 'x');
    expect(result.fileError).toMatch(/not a CPSC recalls CSV/);
    expect(result.rows).toEqual([]);
  });
});

describe('health-canada', () => {
  it('keeps consumer products, skips other organisations and counts rows without NID', () => {
    const result = run('health-canada', 'health-canada.json');
    expect(result.rows.map((r) => r.record.id)).toEqual(['ca-health-canada:90001']);
    expect(result.skipped).toEqual({ 'not a consumer product (Organization: Medical devices)': 1 });
    expect(result.bad).toEqual([{ row: 3, reason: 'missing NID' }]);
    const dolls = result.rows[0]!.record;
    expect(dolls).toMatchObject({
      jurisdiction: 'CA',
      updatedAt: '2026-01-16',
      riskLevel: 'serious',
      riskTypes: ['CHEMICAL'],
    });
    expect(dolls.product).toMatchObject({
      brands: ['Lumikids'],
      models: ['LK-2291'],
      gtins: ['04801234500016'],
      otherCodes: ['B2025-11'],
      category: 'toys',
    });
  });

  it('reads the CSV file too, and every organisation when asked', () => {
    expect(run('health-canada', 'health-canada.csv').rows.map((r) => r.record.product.category)).toEqual([
      'kids-clothing',
    ]);
    const all = run('health-canada', 'health-canada.csv', { healthCanadaAllOrganizations: true });
    expect(all.rows.map((r) => r.record.ref)).toEqual(['90003', '90004']);
    expect(all.skipped).toEqual({});
  });
});

describe('safetykorea', () => {
  it('reads foreign recalls: UID refs, origin link, Korean chemical findings, barcodes hidden in the model', () => {
    const result = run('safetykorea', 'safetykorea-foreign.json');
    expect(result.rows.map((r) => r.record.id)).toEqual(['kr-safetykorea:9001', 'kr-safetykorea:9002']);
    expect(result.bad).toEqual([{ row: 3, ref: '9003', reason: 'empty row (no product, model or brand)' }]);
    const doll = byRef(result.rows, '9001');
    expect(doll).toMatchObject({ jurisdiction: 'KR', publishedAt: '2026-01-20', actions: ['recall'] });
    expect(doll.authority).toContain('foreign recall: CPSC');
    expect(doll.chemicals).toEqual([{ name: 'lead', measured: 270, limit: 90, unit: 'mg/kg' }]);
    expect(doll.product).toMatchObject({
      brands: ['Lumikids'],
      models: ['LK-2291'],
      originCountry: 'CN',
      forChildren: true,
    });
    expect(result.rows[0]!.linkUrls).toEqual([
      'https://www.cpsc.gov/Recalls/2026/Example-Glitter-Dolls-Recalled-Lead/',
    ]);
    const car = byRef(result.rows, '9002');
    expect(car.product).toMatchObject({
      models: [],
      gtins: ['04801234500030', '04801234500023'],
      brands: ['Speedies'],
      originCountry: 'DE',
      category: 'toys',
    });
    expect(car.publishedAt).toBe('2025-03-14');
  });

  it('reads domestic recalls in a nested envelope: KC numbers, barcodes, categories', () => {
    const result = run('safetykorea', 'safetykorea-domestic.json');
    expect(result.rows.map((r) => r.record.ref)).toEqual(['D501', 'D502']);
    const hairband = byRef(result.rows, 'D501');
    expect(hairband.product).toMatchObject({
      certNumbers: ['CB063R1234-5001'],
      gtins: ['08801234567893'],
      categoryRaw: '어린이>장신구',
      category: 'jewellery',
      forChildren: true,
      brands: ['Shenzhen Example Accessories Co., Ltd.'],
    });
    expect(hairband.chemicals).toEqual([{ name: 'DEHP', measured: 27, limit: 0.1, unit: '%' }]);
    expect(byRef(result.rows, 'D502')).toMatchObject({ riskTypes: ['DROWNING'] });
  });

  it('reads the legacy ibtk capture and reports an error envelope as a file error', () => {
    const legacy = run('safetykorea', 'safetykorea-legacy.json');
    expect(legacy.rows.map((r) => r.record.ref)).toEqual(['7001']);
    expect(legacy.rows[0]!.record.product).toMatchObject({ brands: ['BallCo'], models: ['No.7788'] });
    expect(legacy.bad).toHaveLength(1);
    expect(run('safetykorea', 'safetykorea-error.json').fileError).toBe(
      'SafetyKorea error 9999: 인증키가 유효하지 않습니다',
    );
  });
});

describe('curated', () => {
  const result = run('curated', 'curated.jsonl');

  it('builds listing-ID records and reports broken lines without stopping', () => {
    expect(result.rows.map((r) => r.record.id)).toEqual(['curated:T-0001', 'curated:T-0002']);
    expect(result.bad.map((b) => [b.ref, b.reason.replace(/ at position \d+.*/, '')])).toEqual([
      [undefined, 'Unterminated string in JSON'],
      ['T-0004', 'listingId "B0TEST" is not a valid aliexpress item ID'],
      ['T-0005', 'missing hazard'],
      ['T-0006', 'unknown platform "wish"'],
      ['T-0007', 'shopId "mall id?" is not a store ID'],
    ]);
  });

  it('names the marketplace listing and keeps the authority, date and hazard', () => {
    const doll = byRef(result.rows, 'T-0001');
    expect(doll.marketplaces).toEqual([
      {
        platform: 'aliexpress',
        listingId: '1005001234567890',
        url: 'https://www.aliexpress.com/item/1005001234567890.html',
        raw: 'Glitter Doll for Girls 20cm Princess Toy',
      },
    ]);
    expect(doll).toMatchObject({
      jurisdiction: 'KR',
      publishedAt: '2024-05-09',
      actions: ['platform_block'],
      riskTypes: ['CHEMICAL'],
    });
    expect(doll.product).toMatchObject({
      brands: ['Lumikids'],
      models: ['LK-2291'],
      forChildren: true,
      category: 'toys',
    });
    const tube = byRef(result.rows, 'T-0002');
    expect(tube.product.names).toEqual([{ lang: 'ko', text: '어린이 물놀이 튜브 SP-200' }]);
    expect(tube.marketplaces[0]).toMatchObject({
      platform: 'temu',
      shopName: 'Example Splash Store',
      shopId: '634418200',
    });
    expect(tube.hazardText[0]!.lang).toBe('ko');
  });
});

describe('accc', () => {
  const result = run('accc', 'accc.json');

  it('builds recalls keyed on the page slug and reports rows without a reference or a title', () => {
    expect(result.rows.map((r) => r.record.id)).toEqual([
      'au-accc:lumikids-glitter-doll',
      'au-accc:example-arborist-rope',
    ]);
    expect(result.bad).toEqual([
      { row: 3, reason: 'missing reference (recall page slug)' },
      { row: 4, ref: 'no-title', reason: 'no product title' },
    ]);
  });

  it('reads the page sections without their headings or trailing link text', () => {
    const doll = byRef(result.rows, 'lumikids-glitter-doll');
    expect(doll).toMatchObject({
      url: 'https://www.productsafety.gov.au/search-consumer-product-recalls/lumikids-glitter-doll',
      jurisdiction: 'AU',
      publishedAt: '2026-02-02',
      actions: ['recall'],
      riskTypes: ['CHEMICAL'],
      remedyText: [{ lang: 'en', text: 'Stop using the doll and return it for a refund.' }],
    });
    expect(doll.hazardText[0]!.text).toMatch(/^The doll's plastic contains DEHP/);
    expect(doll.chemicals[0]).toMatchObject({ name: 'DEHP', limit: 0.1 });
    expect(doll.product).toMatchObject({
      names: [{ lang: 'en', text: 'Lumikids glitter doll' }],
      brands: ['Lumikids'],
      models: ['LK-2291', 'LK-2292'],
      gtins: ['04801234500016'],
      category: 'toys',
      forChildren: true,
      originCountry: 'CN',
      images: ['https://www.productsafety.gov.au/system/files/example-doll.jpg'],
    });
    expect(doll.marketplaces[0]).toMatchObject({ platform: 'temu', shopName: 'Example Store' });
  });

  it('takes the category from the description when the site files the product under a broad area', () => {
    const rope = byRef(result.rows, 'example-arborist-rope');
    expect(rope.product).toMatchObject({ category: 'sports', forChildren: false, brands: [], originCountry: 'FR' });
    expect(rope.riskLevel).toBe('serious');
  });
});

describe('cpsc-api descriptions', () => {
  it('give the models they state without a cue, but not the standards they cite', () => {
    const row = {
      RecallNumber: '26999',
      Title: 'Quorvant Recalls Dumbbell Handles Due to Impact Hazard',
      Products: [{ Name: 'Olympic Dumbbell Handles' }],
      Description:
        'This recall involves the QTB-20 Olympic dumbbell handles and the QTB-25 bar. They fail ASTM F2216-13.',
    };
    const result = runAdapter(adapterFor('cpsc-api'), JSON.stringify([row]), 'inline.json');
    expect(result.rows[0]!.record.product.models).toEqual(['QTB-20', 'QTB-25']);
  });

  it('name the product the recall involves, when the title names only its kind', () => {
    const row = {
      RecallNumber: '26998',
      Title: 'Velmora Recalls Rechargeable Lanterns Due to Overheating',
      Products: [{ Name: '' }],
      Description:
        'This recall involves the Velmora® Large Power Indicator Lantern. The lantern is cone-shaped with an opaque lens.',
    };
    const result = runAdapter(adapterFor('cpsc-api'), JSON.stringify([row]), 'inline.json');
    expect(result.rows[0]!.record.product.names.map((n) => n.text)).toEqual([
      'Rechargeable Lanterns',
      'Velmora Large Power Indicator Lantern',
    ]);
  });
});
