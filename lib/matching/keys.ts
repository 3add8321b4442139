/**
 * The index keys the sync code stores beside each record in IndexedDB (StoredHazard). Listing keys and
 * listing IDs in URLs come from the identifier module (`lib/identifiers`).
 */
import type { HazardRecord } from '../hazards/schema';
import type { StoredHazard } from '../hazards/db';
import { buildProfile, FEATURE } from './profile';

export type IndexKeys = Omit<StoredHazard, keyof HazardRecord>;

/** The keys a stored record is indexed under in IndexedDB (same normalisation as the match engine). */
export function indexKeysOf(record: HazardRecord): IndexKeys {
  const keys: IndexKeys = { listingKeys: [], gtinKeys: [], modelKeys: [], brandKeys: [], certKeys: [] };
  for (const feature of buildProfile(record).features) {
    const value = feature.key.slice(1);
    switch (feature.key[0]) {
      case FEATURE.listing:
        keys.listingKeys.push(value);
        break;
      case FEATURE.gtin:
        keys.gtinKeys.push(value);
        break;
      case FEATURE.model:
      case FEATURE.code:
        keys.modelKeys.push(value);
        break;
      case FEATURE.brand:
      case FEATURE.implicitBrand:
        keys.brandKeys.push(value);
        break;
      case FEATURE.cert:
        keys.certKeys.push(value);
        break;
    }
  }
  for (const list of Object.values(keys)) {
    const unique = [...new Set(list)];
    list.length = 0;
    list.push(...unique);
  }
  return keys;
}
