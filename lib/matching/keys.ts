/**
 * Lookup keys: listing keys (`aliexpress:1005…`), item IDs in marketplace URLs, and the index keys the
 * sync code stores beside each record in IndexedDB (StoredHazard).
 */
import type { HazardRecord, Platform } from '../hazards/schema';
import type { StoredHazard } from '../hazards/db';
import { buildProfile, FEATURE } from './profile';

export function listingKeyOf(site: Platform | string, itemId: string): string {
  return `${site.toLowerCase()}:${itemId.trim()}`;
}

/**
 * The item ID in a listing URL: AliExpress `/item/<id>.html` (any subdomain), Temu `…-g-<id>.html` or
 * `goods_id=<id>`. Only the ID is read; the Temu slug is machine-written from the title and never used.
 */
export function itemIdFromUrl(url: string): { site: 'aliexpress' | 'temu'; itemId: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  if (/(^|\.)aliexpress\.[a-z.]+$/.test(host)) {
    const id = /\/item\/(?:[^/]*\/)?(\d{6,20})\.html/.exec(parsed.pathname)?.[1];
    return id ? { site: 'aliexpress', itemId: id } : null;
  }
  if (/(^|\.)temu\.com$/.test(host)) {
    const id = /-g-(\d{6,20})\.html$/.exec(parsed.pathname)?.[1] ?? parsed.searchParams.get('goods_id');
    return id && /^\d{6,20}$/.test(id) ? { site: 'temu', itemId: id } : null;
  }
  return null;
}

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
