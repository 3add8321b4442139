/**
 * Hand-made hazard records for matching tests. Brands, models and listing IDs are invented; the shapes
 * follow how each source names products (EU: brand/type/description fields; CPSC: "<Brand> <what>" names
 * with models from the description; KR: brand, model and a Korean product type; curated: a listing ID).
 */
import { hazardRecordSchema, type HazardRecord, type HazardRecordInput } from '../../../lib/hazards/schema';

type Product = Partial<HazardRecordInput['product']> & { name?: string };

export function record(
  source: HazardRecord['source'],
  ref: string,
  product: Product,
  extra: Partial<Omit<HazardRecordInput, 'product'>> = {},
): HazardRecord {
  const { name, ...rest } = product;
  const kind = (
    {
      'eu-safety-gate': 'safety-gate-export',
      'us-cpsc': 'cpsc-api',
      'kr-safetykorea': 'safetykorea',
      'ca-health-canada': 'health-canada',
      curated: 'curated',
      'au-accc': 'accc',
      community: 'curated',
      'kr-consumer24': 'consumer24',
    } as const
  )[source];
  return hazardRecordSchema.parse({
    id: `${source}:${ref}`,
    source,
    sourceKind: kind,
    ref,
    authority: 'Test authority',
    jurisdiction:
      source === 'kr-safetykorea' || source === 'kr-consumer24' || source === 'curated'
        ? 'KR'
        : source === 'us-cpsc'
          ? 'US'
          : source === 'au-accc'
            ? 'AU'
            : 'EU',
    ...extra,
    product: { names: [{ lang: 'en', text: name ?? rest.type ?? 'Product' }], ...rest },
  });
}

/** A small corpus with the traps the matcher must survive. */
export function corpus(): HazardRecord[] {
  return [
    record('eu-safety-gate', 'SR/00001/25', {
      name: 'Foam puzzle mat',
      type: 'Puzzle play mat',
      brands: ['ZORVEX'],
      models: ['ZX-W204'],
      category: 'toys',
      forChildren: true,
    }),
    record('eu-safety-gate', 'SR/00002/25', {
      name: '120W Charger, Type-c CHARGER',
      type: 'USB charger',
      brands: ['Type-c'],
      category: 'chargers',
    }),
    record('eu-safety-gate', 'SR/00003/25', {
      name: 'Magnetic building sticks',
      type: 'Magnetic toy',
      brands: ['3D'],
      category: 'toys',
    }),
    record('eu-safety-gate', 'SR/00004/25', {
      name: 'Autumn Leaf pacifier clip',
      type: 'Soother holder',
      brands: ['Mellowbee'],
      category: 'childcare',
      forChildren: true,
    }),
    record('eu-safety-gate', 'SR/00005/25', {
      name: 'Fast charger',
      type: 'USB charger',
      brands: ['Voltrana'],
      gtins: ['06971410558167'],
      category: 'chargers',
    }),
    record('eu-safety-gate', 'SR/00006/25', {
      name: '14 Her',
      type: 'Eau de toilette',
      brands: ['Lumessa'],
      category: 'cosmetics',
    }),
    record('eu-safety-gate', 'SR/00007/25', {
      name: '16 Her',
      type: 'Perfume',
      brands: ['Lumessa'],
      category: 'cosmetics',
    }),
    record('us-cpsc', '26901', {
      name: 'Brevik Adult Bike Helmets',
      brands: ['Brevik'],
      models: ['KY-550'],
      category: 'sports',
    }),
    record('us-cpsc', '26902', {
      name: 'Quintaro Pull String Teething Toys',
      category: 'childcare',
      forChildren: true,
    }),
    record('us-cpsc', '26903', {
      name: 'Nimbrook Children\u2019s Bicycle Helmets',
      category: 'sports',
      forChildren: true,
    }),
    record('kr-safetykorea', '901', {
      name: '완구 (자동차)',
      type: '완구 (자동차)',
      brands: ['Rollmax'],
      models: ['RM3040-1'],
      category: 'toys',
      forChildren: true,
    }),
    record('kr-safetykorea', '902', {
      name: '충전기',
      type: '충전기',
      brands: ['Kelvo'],
      models: ['K026'],
      certNumbers: ['XU071234-12001'],
      category: 'chargers',
    }),
    record(
      'curated',
      'KR-TEST-0001',
      { name: 'Kids Rain Boots PVC Waterproof Cartoon Boots', category: 'kids-clothing', forChildren: true },
      {
        marketplaces: [{ platform: 'temu', listingId: '601099000000001' }],
      },
    ),
    record(
      'curated',
      'KR-TEST-0002',
      { name: 'Glitter Hair Clips Set for Girls', category: 'jewellery', forChildren: true },
      {
        marketplaces: [{ platform: 'aliexpress', listingId: '1005000000000002' }],
      },
    ),
  ];
}
