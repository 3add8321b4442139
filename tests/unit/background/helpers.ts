import { validateRecord, type HazardRecord, type HazardRecordInput } from '../../../lib/hazards/schema';
import type { Match } from '../../../lib/matching/types';

export function record(input: Partial<HazardRecordInput> & { ref: string }): HazardRecord {
  const result = validateRecord({
    id: `curated:${input.ref}`,
    source: 'curated',
    sourceKind: 'curated',
    authority: 'Test Authority',
    jurisdiction: 'KR',
    publishedAt: '2024-05-09',
    product: { names: [{ lang: 'en', text: 'Test product' }] },
    ...input,
  });
  if (!result.ok) throw new Error(result.error);
  return result.record;
}

export function match(r: HazardRecord, tier: Match['tier'], score = 1): Match {
  return {
    recordId: r.id,
    source: r.source,
    sourceKind: r.sourceKind,
    ref: r.ref,
    tier,
    score,
    rule: 'exact-identifier',
    evidence: [{ kind: 'listing-id', listingValue: 'x', recordValue: 'x', how: 'exact' }],
  };
}
