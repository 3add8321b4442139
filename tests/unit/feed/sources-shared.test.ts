/**
 * The adapters on the real third-party files in ../shared/data (read in place, never copied).
 * Each test is skipped, with the file it needs in its name, when ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HazardRecord, SourceKind } from '../../../lib/hazards/schema';
import { mergeById } from '../../../lib/feed/link';
import { adapterFor, runAdapter, type AdapterOptions } from '../../../lib/feed/sources';
import { missing, sharedFile } from './helpers';

const EU_API = sharedFile('data/eu-safety-gate/safety-gate-public-api-notifications-sample.json');
const EU_EXPORT = sharedFile('data/eu-safety-gate/safety-gate-xml-export-tis2024.json');
const CPSC_API = sharedFile('data/us-cpsc/cpsc-recalls-api-sample.json');
const CPSC_SECOND_LOOK = sharedFile('data/us-cpsc-extra/cpsc-api-shape_from-second-look.json');
const CPSC_SCANNER = sharedFile('data/us-cpsc-extra/cpsc-api-shape_from-scanner.json');
const CPSC_CSV = sharedFile('data/us-cpsc-extra/appliance-manager_cpsc-recalls-export.csv');
const HC = sharedFile('data/health-canada/hc-recalls-open-data-sample.json');
const KR_SHAPED = sharedFile('data/korea-kats-recall/safetykorea-fRecallList-shape_from-ibtk-2012.json');
const KR_LEGACY = sharedFile('data/korea-kats-recall/kats-ibtk-recall-api-2012-sample.json');
const CURATED = sharedFile('eval/dev/curated.jsonl');
const ACCC = sharedFile('data/australia-accc/accc-product-safety-recalls-sample.json');

const run = (kind: SourceKind, file: string, options?: AdapterOptions) =>
  runAdapter(adapterFor(kind, options), readFileSync(file, 'utf8'), file);
const find = (rows: { record: HazardRecord }[], ref: string) => rows.find((r) => r.record.ref === ref)?.record;

describe('EU Safety Gate', () => {
  it.skipIf(missing(EU_API))(
    'API sample: 6 notices, the puzzle play mat with EAN and ASIN (needs ../shared/data/eu-safety-gate)',
    () => {
      const result = run('safety-gate-api', EU_API);
      expect(result.rows).toHaveLength(6);
      expect(result.bad).toEqual([]);
      expect(result.rows.map((r) => r.record.ref).sort()).toEqual([
        'SR/01920/26',
        'SR/01942/26',
        'SR/01943/26',
        'SR/01948/26',
        'SR/01949/26',
        'SR/01950/26',
      ]);
      const mat = find(result.rows, 'SR/01943/26')!;
      expect(mat.id).toBe('eu-safety-gate:SR/01943/26');
      expect(mat.url).toBe('https://ec.europa.eu/safety-gate-alerts/screen/webReport/alertDetail/10099438');
      expect(mat.product).toMatchObject({
        brands: ['ASENME'],
        models: ['HK-W003'],
        gtins: ['08437026061708'],
        category: 'toys',
        forChildren: true,
        originCountry: 'CN',
      });
      expect(mat.marketplaces).toEqual([{ platform: 'amazon', listingId: 'B0D9HWSB1J', raw: 'ASIN B0D9HWSB1J' }]);
      expect(mat.actions).toEqual(['marketplace_removal']);

      const projector = find(result.rows, 'SR/01950/26')!;
      expect(projector.product.gtins).toEqual([]);
      expect(projector.product.otherCodes).toEqual(['BCD25042500206593', 'S24061300040000101']);
      expect(projector.marketplaces).toEqual([{ platform: 'tiktok', raw: 'TIKTOK shop' }]);
      expect(find(result.rows, 'SR/01942/26')!.product.models).toEqual(['53113-000-0', '1030051', 'ENFINIGY']);
    },
  );

  it.skipIf(missing(EU_EXPORT))(
    'TIS2024 export: 478 alerts, alert-number refs, barcodes split by check digit (needs ../shared/data/eu-safety-gate)',
    () => {
      const result = run('safety-gate-export', EU_EXPORT);
      expect(result.rows).toHaveLength(478);
      expect(result.bad).toEqual([]);
      for (const { record } of result.rows) expect(record.ref).toMatch(/^(A1[12]|SR|OR|INFO|EM)\/\d{4,5}\/\d{2}$/);
      const charger = find(result.rows, 'A11/00163/24')!;
      expect(charger.product).toMatchObject({
        brands: ['KeKe', 'XinHua Electronics'],
        gtins: ['06902022111839'],
        category: 'chargers',
        type: 'USB charger',
      });
      expect(charger.product.names[0]).toEqual({ lang: 'und', text: 'Fast charger' });
      expect(find(result.rows, 'A12/03436/24')!.product.otherCodes).toContain('X001N2FNJP');
      expect(find(result.rows, 'A12/01390/23')!.chemicals.map((c) => c.name)).toEqual([
        'methylisothiazolinone',
        'methylchloroisothiazolinone',
        'formaldehyde',
      ]);
      // The GS1 example code passes the check digit but is not kept as a GTIN.
      expect(result.rows.some((r) => r.record.product.gtins.includes('06912345678902'))).toBe(false);
      const withGtin = result.rows.filter((r) => r.record.product.gtins.length > 0).length;
      expect(withGtin).toBeGreaterThanOrEqual(85);
      expect(withGtin).toBeLessThanOrEqual(102);
      const fromChina = result.rows.filter((r) => r.record.product.originCountry === 'CN').length;
      expect(fromChina).toBe(124);
    },
  );
});

describe('US CPSC', () => {
  it.skipIf(missing(CPSC_API))(
    'API sample: 8 recalls, models from Description, sellers, Health Canada links (needs ../shared/data/us-cpsc)',
    () => {
      const result = run('cpsc-api', CPSC_API);
      expect(result.rows).toHaveLength(8);
      const busyBoard = find(result.rows, '26579')!;
      expect(busyBoard.product.models).toEqual(['2512JX02']);
      expect(busyBoard.marketplaces[0]).toMatchObject({ platform: 'amazon', shopName: 'Small Fish' });
      expect(busyBoard.url).toMatch(/^https:\/\/www\.cpsc\.gov\/Recalls\//);
      expect(find(result.rows, '26576')!.product.models).toEqual(['LOMB2003PK', 'LOMB2004PK']);
      expect(find(result.rows, '26580')!.product).toMatchObject({ brands: ['Honlyne'], models: ['HON-302HE'] });
      expect(find(result.rows, '26582')!.product.otherCodes).toContain('2ANDL-XR3');
      expect(result.rows.filter((r) => r.linkUrls.some((u) => u.includes('recalls-rappels.canada.ca')))).toHaveLength(
        2,
      );
    },
  );

  it.skipIf(missing(CPSC_SECOND_LOOK) || missing(CPSC_SCANNER))(
    'reshaped API files: 885 + 289 rows, 25 shared recalls merged (needs ../shared/data/us-cpsc-extra)',
    () => {
      const secondLook = run('cpsc-api', CPSC_SECOND_LOOK);
      const scanner = run('cpsc-api', CPSC_SCANNER);
      expect([secondLook.rows.length, secondLook.bad.length]).toEqual([885, 0]);
      expect([scanner.rows.length, scanner.bad.length]).toEqual([289, 0]);
      const merged = mergeById([...secondLook.rows, ...scanner.rows]);
      expect(merged.mergedDuplicates).toBe(25);
      expect(find(secondLook.rows, '22107')!.product.names[0]!.text).toBe("Ninebot Children's Bicycle Helmets");
      expect(find(secondLook.rows, '24351')!.product.brands).toEqual(['Fisher-Price']);
      expect(find(scanner.rows, '26094')!.marketplaces[0]!.platform).toBe('aliexpress');
    },
  );

  it.skipIf(missing(CPSC_CSV))(
    'cpsc.gov CSV export: 376 rows, 373 recalls, dashless refs and real EANs (needs ../shared/data/us-cpsc-extra)',
    () => {
      const result = run('cpsc-csv', CPSC_CSV);
      expect(result.rows).toHaveLength(376);
      expect(result.bad).toEqual([]);
      expect(mergeById(result.rows).records).toHaveLength(373);
      const blender = find(result.rows, '24069')!;
      expect(blender).toMatchObject({ id: 'us-cpsc:24069', sourceKind: 'cpsc-csv', publishedAt: '2023-12-28' });
      expect(blender.product.brands).toEqual(['BlendJet']);
      expect(find(result.rows, '24341')!.product.gtins).toContain('04061464174788');
      // Recall numbers lose their dash; one old number keeps its letter suffix (01-155b → 01155b).
      expect(result.rows.every((r) => /^\d+[a-z]?$/.test(r.record.ref))).toBe(true);
      expect(find(result.rows, '01155b')).toBeDefined();
    },
  );
});

describe('Health Canada', () => {
  it.skipIf(missing(HC))(
    'open-data sample: both rows are medical devices and are skipped, yet readable (needs ../shared/data/health-canada)',
    () => {
      const result = run('health-canada', HC);
      expect(result.rows).toEqual([]);
      expect(result.skipped).toEqual({ 'not a consumer product (Organization: Medical devices)': 2 });
      const all = run('health-canada', HC, { healthCanadaAllOrganizations: true });
      expect(all.rows.map((r) => r.record.id)).toEqual(['ca-health-canada:82280', 'ca-health-canada:82279']);
      expect(all.rows[0]!.record.product.models).toEqual(['475630', '475635', '475620']);
      expect(all.rows[0]!.record.updatedAt).toBe('2026-07-03');
    },
  );
});

describe('SafetyKorea', () => {
  it.skipIf(missing(KR_SHAPED))(
    'fRecallList shape: 98 recalls with UID refs, 2 empty rows counted (needs ../shared/data/korea-kats-recall)',
    () => {
      const result = run('safetykorea', KR_SHAPED);
      expect(result.rows).toHaveLength(98);
      expect(result.bad.map((b) => b.ref).sort()).toEqual(['5794', '5795']);
      expect(mergeById(result.rows).records).toHaveLength(97); // UID 127 appears twice
      expect(find(result.rows, '60')!.product).toMatchObject({
        models: [],
        gtins: ['04003402150003'],
        brands: ['Bauer'],
        originCountry: 'DE',
      });
      expect(find(result.rows, '44')!.product).toMatchObject({
        brands: ['Trousselier'],
        models: ['Acrobats'],
        originCountry: 'CN',
        category: 'toys',
      });
      expect(find(result.rows, '111')!.product).toMatchObject({ brands: ['G9000'], models: ['No.4608'] });
      expect(find(result.rows, '49')!.product.models).toEqual(['JM1000', 'JM1001', 'JM1002', 'JM1003']);
      expect(find(result.rows, '44')!.publishedAt).toBe('2012-06-11');
    },
  );

  it.skipIf(missing(KR_LEGACY))(
    'legacy ibtk capture gives the same records (needs ../shared/data/korea-kats-recall)',
    () => {
      const result = run('safetykorea', KR_LEGACY);
      expect(result.rows).toHaveLength(98);
      expect(find(result.rows, '60')!.product.gtins).toEqual(['04003402150003']);
      expect(find(result.rows, '44')!.authority).toContain('foreign recall');
    },
  );
});

describe('curated', () => {
  it.skipIf(missing(CURATED))('dev curated list: 8 listing-ID records (needs ../shared/eval/dev/curated.jsonl)', () => {
    const result = run('curated', CURATED);
    expect(result.rows).toHaveLength(8);
    expect(result.bad).toEqual([]);
    for (const { record } of result.rows) {
      expect(record.marketplaces).toHaveLength(1);
      expect(record.marketplaces[0]!.listingId).toMatch(/^\d+$/);
      expect(['aliexpress', 'temu']).toContain(record.marketplaces[0]!.platform);
    }
  });
});

describe('ACCC Product Safety Australia', () => {
  it.skipIf(missing(ACCC))(
    'recall pages: 3 recalls keyed on their slugs, brands and models from the sections (needs ../shared/data/australia-accc)',
    () => {
      const result = run('accc', ACCC);
      expect(result.bad).toEqual([]);
      expect(result.rows.map((r) => r.record.ref)).toEqual([
        '12-lcd-writing-tablet',
        '2-ton-low-profile-fiernero-branded-hydraulic-trolley-jack',
        'courant-kalimba-arborist-rope-range',
      ]);
      const tablet = find(result.rows, '12-lcd-writing-tablet')!;
      expect(tablet).toMatchObject({ jurisdiction: 'AU', publishedAt: '2026-07-03', riskLevel: 'serious' });
      expect(tablet.product).toMatchObject({
        brands: ['Fidget & Co.'],
        category: 'toys',
        forChildren: true,
        originCountry: 'CN',
      });
      expect(tablet.riskTypes).toContain('CHOKING');
      expect(find(result.rows, '2-ton-low-profile-fiernero-branded-hydraulic-trolley-jack')!.product).toMatchObject({
        brands: ['Fiernero'],
      });
      expect(find(result.rows, '2-ton-low-profile-fiernero-branded-hydraulic-trolley-jack')!.product.models).toContain(
        'OY1052L',
      );
      const rope = find(result.rows, 'courant-kalimba-arborist-rope-range')!;
      expect(rope.product).toMatchObject({ brands: ['Courant'], originCountry: 'FR', category: 'sports' });
      expect(rope.product.models).toHaveLength(8);
      expect(rope.remedyText[0]!.text).not.toMatch(/Details to help identify/);
    },
  );
});
