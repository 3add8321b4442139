import { describe, expect, it } from 'vitest';
import { brandKey, linkRecords, mergeById, modelKey, normaliseUrl } from '../../../lib/feed/link';
import type { HazardRecord, HazardRecordInput } from '../../../lib/hazards/schema';
import { record } from './helpers';

function make(
  id: string,
  source: HazardRecord['source'],
  product: Partial<HazardRecordInput['product']>,
  extra: Partial<HazardRecordInput> = {},
) {
  const [, ref] = id.split(/:(.*)/);
  return record(ref!, {
    id,
    source,
    sourceKind:
      source === 'us-cpsc'
        ? 'cpsc-api'
        : source === 'eu-safety-gate'
          ? 'safety-gate-api'
          : source === 'ca-health-canada'
            ? 'health-canada'
            : source === 'kr-safetykorea'
              ? 'safetykorea'
              : 'curated',
    product: { names: [{ lang: 'en', text: `Product ${ref}` }], ...product },
    ...extra,
  });
}
const linked = (records: HazardRecord[], id: string) => records.find((r) => r.id === id)!.linkedIds;

describe('merging rows of the same notice', () => {
  it('keeps one record per ID, first values first, united lists and the longer text', () => {
    const first = make(
      'us-cpsc:26579',
      'us-cpsc',
      { names: [{ lang: 'en', text: 'Busy Board' }], models: ['2512JX02'] },
      {
        hazardText: [{ lang: 'en', text: 'The magnets can detach…' }],
      },
    );
    const second = make(
      'us-cpsc:26579',
      'us-cpsc',
      { names: [{ lang: 'en', text: 'Montessori Busy Board Toys' }], models: ['2512JX03'], originCountry: 'CN' },
      {
        url: 'https://www.cpsc.gov/Recalls/2026/x',
        hazardText: [{ lang: 'en', text: 'The magnets can detach, posing an ingestion hazard.' }],
      },
    );
    const { records, mergedDuplicates } = mergeById([
      { record: first, linkUrls: [] },
      { record: second, linkUrls: ['https://a.example/1'] },
    ]);
    expect(mergedDuplicates).toBe(1);
    expect(records).toHaveLength(1);
    const merged = records[0]!;
    expect(merged.record.product.names.map((n) => n.text)).toEqual(['Busy Board', 'Montessori Busy Board Toys']);
    expect(merged.record.product.models).toEqual(['2512JX02', '2512JX03']);
    expect(merged.record.product.originCountry).toBe('CN');
    expect(merged.record.url).toBe('https://www.cpsc.gov/Recalls/2026/x');
    expect(merged.record.hazardText).toEqual([
      { lang: 'en', text: 'The magnets can detach, posing an ingestion hazard.' },
    ]);
    expect(merged.linkUrls).toEqual(['https://a.example/1']);
  });
});

describe('linking notices about the same product', () => {
  it('follows notice URLs (CPSC Inconjunctions → Health Canada, SafetyKorea recallUrl → CPSC)', () => {
    const cpsc = make('us-cpsc:26901', 'us-cpsc', {}, { url: 'https://www.cpsc.gov/Recalls/2026/Example-Dolls' });
    const hc = make(
      'ca-health-canada:90001',
      'ca-health-canada',
      {},
      { url: 'https://recalls-rappels.canada.ca/en/alert-recall/example-dolls' },
    );
    const kr = make('kr-safetykorea:9001', 'kr-safetykorea', {});
    const { records, stats } = linkRecords([
      { record: cpsc, linkUrls: ['https://recalls-rappels.canada.ca/en/alert-recall/example-dolls/'] },
      { record: hc, linkUrls: [] },
      { record: kr, linkUrls: ['http://cpsc.gov/Recalls/2026/Example-Dolls?utm=x'] },
    ]);
    expect(linked(records, 'us-cpsc:26901')).toEqual(['ca-health-canada:90001', 'kr-safetykorea:9001']);
    expect(linked(records, 'ca-health-canada:90001')).toEqual(['us-cpsc:26901']);
    expect(linked(records, 'kr-safetykorea:9001')).toEqual(['us-cpsc:26901']);
    expect(stats.pairs.url).toBe(2);
    expect(stats.crossSourceRecords).toBe(3);
  });

  it('links identical valid GTINs and normalised brand + model, but not generic keys', () => {
    const eu = make('eu-safety-gate:SR/00001/26', 'eu-safety-gate', {
      brands: ['ASENME'],
      models: ['HK-W003'],
      gtins: ['08437026061708'],
    });
    const kr = make('kr-safetykorea:9002', 'kr-safetykorea', { gtins: ['08437026061708'] });
    const cpsc = make('us-cpsc:26999', 'us-cpsc', { brands: ['Asenme'], models: ['HK W003'] });
    const shortModel = make('us-cpsc:27000', 'us-cpsc', { brands: ['ASENME'], models: ['615'] });
    const other = make('eu-safety-gate:SR/00002/26', 'eu-safety-gate', { brands: ['ASENME'], models: ['615'] });
    const { records, stats } = linkRecords([eu, kr, cpsc, shortModel, other].map((r) => ({ record: r, linkUrls: [] })));
    expect(linked(records, 'eu-safety-gate:SR/00001/26')).toEqual(['kr-safetykorea:9002', 'us-cpsc:26999']);
    expect(linked(records, 'us-cpsc:27000')).toEqual([]);
    expect(stats.pairs).toMatchObject({ gtin: 1, brandModel: 1 });
  });

  it('ignores a GTIN shared by many records', () => {
    const many = Array.from({ length: 8 }, (_, i) => make(`curated:G${i}`, 'curated', { gtins: ['00012345678905'] }));
    expect(linkRecords(many.map((r) => ({ record: r, linkUrls: [] }))).stats.linkedRecords).toBe(0);
  });

  it('links brand + specific name across sources only, never on the generic type', () => {
    const eu = make('eu-safety-gate:A12/02685/24', 'eu-safety-gate', {
      brands: ['Fisher-Price'],
      type: 'Toy set',
      names: [
        { lang: 'und', text: 'Baby Biceps Gift Set' },
        { lang: 'en', text: 'Toy set' },
      ],
    });
    const cpsc = make('us-cpsc:24351', 'us-cpsc', {
      brands: ['Fisher Price'],
      names: [{ lang: 'en', text: 'Dumbbell toy sold with Baby Biceps Gift Set' }],
    });
    const sameSource = make('us-cpsc:24352', 'us-cpsc', {
      brands: ['Fisher-Price'],
      names: [{ lang: 'en', text: 'Baby Biceps Gift Set rattles' }],
    });
    const typeOnly = make('kr-safetykorea:1', 'kr-safetykorea', {
      brands: ['Fisher-Price'],
      type: 'Toy set',
      names: [{ lang: 'en', text: 'Toy set' }],
    });
    const { records } = linkRecords([eu, cpsc, sameSource, typeOnly].map((r) => ({ record: r, linkUrls: [] })));
    expect(linked(records, 'us-cpsc:24351')).toEqual(['eu-safety-gate:A12/02685/24']);
    expect(linked(records, 'eu-safety-gate:A12/02685/24')).toEqual(['us-cpsc:24351', 'us-cpsc:24352']);
    expect(linked(records, 'kr-safetykorea:1')).toEqual([]);
  });

  it('normalises keys', () => {
    expect(brandKey('Shenzhen Example Co., Ltd.')).toBe('shenzhenexample');
    expect(brandKey('NUMEROUS STAR ®')).toBe(brandKey('Numerous Star'));
    expect(modelKey('hk w-003')).toBe('HKW003');
    expect(normaliseUrl('https://www.cpsc.gov/Recalls/2026/X/?a=1#b')).toBe('cpsc.gov/recalls/2026/x');
  });
});
