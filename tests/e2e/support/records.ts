/** Hand-written hazard records for browser tests (our own, illustrative; not real notices). */
import type { HazardRecordInput } from '../../../lib/hazards/schema';

export const ALI_FLAGGED_ID = '1005001111111111';
export const ALI_US_LOCAL_ID = '3256801111111111';
export const ALI_CLEAN_ID = '1005002222222222';
export const TEMU_FLAGGED_ID = '601099333333333';
export const TEMU_CLEAN_ID = '601099444444444';

export const hairbandRecord: HazardRecordInput = {
  id: 'curated:TEST-0001',
  source: 'curated',
  sourceKind: 'curated',
  ref: 'TEST-0001',
  url: 'https://example.org/notices/test-0001',
  authority: 'Test Safety Authority',
  jurisdiction: 'KR',
  publishedAt: '2024-05-09',
  actions: ['platform_block'],
  riskTypes: ['CHEMICAL'],
  riskLevel: 'serious',
  chemicals: [{ name: 'DEHP', measured: 27, limit: 0.1, unit: '% by weight' }],
  hazardText: [{ lang: 'en', text: 'DEHP 270× the legal limit' }],
  product: {
    names: [{ lang: 'en', text: "Children's glitter hairband" }],
    category: 'kids-clothing',
    forChildren: true,
  },
  marketplaces: [{ platform: 'aliexpress', listingId: ALI_FLAGGED_ID }],
};

export const waterBeadsRecord: HazardRecordInput = {
  id: 'curated:TEST-0002',
  source: 'curated',
  sourceKind: 'curated',
  ref: 'TEST-0002',
  url: 'https://example.org/notices/test-0002',
  authority: 'Test Safety Authority',
  jurisdiction: 'KR',
  publishedAt: '2024-08-21',
  actions: ['platform_block'],
  riskTypes: ['CHOKING'],
  hazardText: [{ lang: 'en', text: 'Water beads swell after swallowing and can block the intestine' }],
  product: { names: [{ lang: 'en', text: 'Water beads sensory toy' }], category: 'toys', forChildren: true },
  marketplaces: [{ platform: 'temu', listingId: TEMU_FLAGGED_ID }],
};

export const testRecords = [hairbandRecord, waterBeadsRecord];
