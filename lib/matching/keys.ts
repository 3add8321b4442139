/**
 * The identifier keys the match engine derives from a record, grouped by kind: what the identifier
 * contract test compares with keys read off a page. Listing keys and listing IDs in URLs come from the
 * identifier module (`lib/identifiers`).
 */
import type { HazardRecord } from '../hazards/schema';
import { buildProfile, FEATURE } from './profile';

export interface IndexKeys {
  listingKeys: string[];
  gtinKeys: string[];
  modelKeys: string[];
  brandKeys: string[];
  certKeys: string[];
}

/** A record's identifier keys, with the match engine's own normalisation. */
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
