/**
 * Interim engine used until the matching engine lands: exact listing-ID matches only.
 */
import type { HazardRecord } from '../hazards/schema';
import type { EngineLike } from './hazard-service';

export function indexKeysOf(record: HazardRecord) {
  return {
    listingKeys: record.marketplaces.filter((m) => m.listingId).map((m) => `${m.platform}:${m.listingId}`),
    gtinKeys: record.product.gtins,
    modelKeys: [],
    brandKeys: [],
    certKeys: record.product.certNumbers,
  };
}

export function createEngine(records: HazardRecord[]): EngineLike {
  const byListing = new Map<string, HazardRecord[]>();
  for (const record of records) {
    for (const key of indexKeysOf(record).listingKeys) byListing.set(key, [...(byListing.get(key) ?? []), record]);
  }
  return {
    match(query) {
      const ids = [query.globalItemId, query.itemId].filter(Boolean).map((id) => `${query.site}:${id}`);
      const hits = ids.flatMap((id) => byListing.get(id) ?? []);
      return hits.map((record) => ({
        recordId: record.id, source: record.source, sourceKind: record.sourceKind, ref: record.ref,
        tier: 'exact' as const, score: 1,
        evidence: [{ kind: 'listing-id' as const, listingValue: ids[0]!, recordValue: ids[0]!, how: 'exact' as const }],
      }));
    },
    search(text, limit) {
      const needle = text.toLowerCase();
      return records.filter((r) => r.product.names.some((n) => n.text.toLowerCase().includes(needle)))
        .slice(0, limit).map((r) => r.id);
    },
  };
}
