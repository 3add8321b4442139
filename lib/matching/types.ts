import type { HazardRecord, SourceFamily, SourceKind } from '../hazards/schema';
import type { Site } from '../sites/types';

import type { MatchTier } from './tiers';

export type { MatchTier } from './tiers';

export type EvidenceKind =
  | 'listing-id'
  | 'gtin'
  | 'kc-cert'
  | 'brand'
  | 'model'
  | 'product-type'
  | 'title'
  | 'store'
  | 'user-rule'
  /** Sold by the store the notice names (lib/matching/seller.ts). */
  | 'seller';

/** One matched signal, in words the UI can show: which field, what value, how it matched. */
export interface Evidence {
  kind: EvidenceKind;
  /** The value on the listing (as written there). */
  listingValue: string;
  /** The value in the record. */
  recordValue: string;
  /** `exact`, `normalised` (case/spacing/dashes/width), `fuzzy`, `translated`. */
  how: 'exact' | 'normalised' | 'fuzzy' | 'translated';
}

export interface Match {
  recordId: string;
  source: SourceFamily;
  sourceKind: SourceKind;
  ref: string;
  tier: MatchTier;
  /** 0..1, higher is closer. */
  score: number;
  evidence: Evidence[];
  /** The id of the matching rule that made this match (lib/matching/rules.ts), or of the feature that did. */
  rule: string;
  /**
   * Other records of the same brand the listing named but that are not this product: "other products of
   * this brand were reported" beside the record that agrees.
   */
  otherRecordsOfBrand?: number;
}

/** The listing as the matcher sees it: from a product page, a search card, or the CLI. */
export interface ListingQuery {
  site: Site;
  itemId?: string;
  globalItemId?: string;
  title?: string;
  seller?: string;
  storeId?: string;
  brand?: string;
  models?: string[];
  identifiers?: { kind: 'gtin' | 'kc' | 'other'; value: string }[];
}

export interface MatchEngine {
  match(query: ListingQuery): Match[];
}

export type RecordLookup = (id: string) => HazardRecord | undefined;
