/**
 * Hand-made seed records for the benchmark when ../shared/data is absent: one of each source's shapes,
 * with invented brands and models. The generator varies them into thousands of records.
 */
import type { HazardRecord } from '../../lib/hazards/schema';
import { record } from '../unit/matching/fixtures';

export function seedRecords(): HazardRecord[] {
  return [
    record('eu-safety-gate', 'A12/00001/24', {
      name: 'Foam puzzle mat 16 pieces',
      type: 'Puzzle play mat',
      brands: ['Zorvex'],
      models: ['ZX-W204'],
      category: 'toys',
      forChildren: true,
    }),
    record('eu-safety-gate', 'A12/00002/24', {
      name: 'Fast charger',
      type: 'USB charger',
      brands: ['Voltrana'],
      gtins: ['06971410558167'],
      category: 'chargers',
    }),
    record('eu-safety-gate', 'A12/00003/24', {
      name: 'Autumn Leaf pacifier clip',
      type: 'Soother holder',
      brands: ['Mellowbee'],
      category: 'childcare',
      forChildren: true,
    }),
    record('eu-safety-gate', 'A12/00004/24', {
      name: 'Princess fashion doll',
      type: 'Doll',
      brands: ['Dollaria'],
      category: 'toys',
      forChildren: true,
    }),
    record('eu-safety-gate', 'A12/00005/24', {
      name: 'Lipstick set for girls',
      type: 'Cosmetic set',
      brands: ['Glamino'],
      category: 'cosmetics',
    }),
    record('eu-safety-gate', 'A12/00006/24', {
      name: 'LED decoration lights 100L',
      type: 'Lighting chain',
      brands: ['Lumora'],
      category: 'lighting',
    }),
    record('us-cpsc', '26001', {
      name: 'Brevik Adult Bike Helmets',
      brands: ['Brevik'],
      models: ['KY-550'],
      category: 'sports',
    }),
    record('us-cpsc', '26002', {
      name: 'Quintaro Pull String Teething Toys',
      category: 'childcare',
      forChildren: true,
    }),
    record('us-cpsc', '26003', { name: 'Nimbrook Mini Power Banks', models: ['NB-103'], category: 'chargers' }),
    record('us-cpsc', '26004', { name: 'Solvane Portable Blenders', category: 'kitchen' }),
    record('kr-safetykorea', '1001', {
      name: '완구 (자동차)',
      type: '완구 (자동차)',
      brands: ['Rollmax'],
      models: ['RM3040-1'],
      category: 'toys',
      forChildren: true,
    }),
    record('kr-safetykorea', '1002', {
      name: '충전기',
      type: '충전기',
      brands: ['Kelvo'],
      models: ['K026'],
      certNumbers: ['XU071234-12001'],
      category: 'chargers',
    }),
    record(
      'curated',
      'KR-SEED-0001',
      { name: 'Kids Rain Boots PVC Waterproof Cartoon Boots', category: 'kids-clothing', forChildren: true },
      {
        marketplaces: [{ platform: 'temu', listingId: '601099000000001' }],
      },
    ),
  ];
}
