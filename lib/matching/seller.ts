/**
 * Sellers named in notices. A store that had a listing blocked is where a re-listing appears first, so a
 * record that names its seller is matched on the store too:
 *
 *   strong  same platform, same store (store ID, or the same store name once legal forms and spacing are
 *           normalised) AND the same kind of product as the record: "sold by the store named in the notice"
 *   similar same store, another or unknown kind of product: never a warning, only a note that this store
 *           had a listing blocked (the popup shows it; with similar-product notes on it is a soft note)
 *
 * Pure: store keys for records and listings, and the signal of one pair (signals.ts reads it once); the
 * rules themselves and their examples (invented stores) are in the rule table, rules.ts.
 */
import type { MarketplaceRef } from '../hazards/schema';
import { isBroadConcept } from './concepts';
import { GENERIC_WORDS, STOP_WORDS } from './lexicon';
import { foldText, singular } from './text';
import { isWarningTier } from './tiers';
import type { Evidence, ListingQuery, MatchTier } from './types';

/** Feature prefix of seller keys in the record index (one letter, like the other feature kinds). */
export const SELLER_FEATURE = 'S';

/** Legal forms that do not tell one store from another ("Example Works Co., Ltd." = "Example Works"). */
const LEGAL_FORMS = new Set([
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'plc',
  'pty',
  'gmbh',
  '주식회사',
  '유한회사',
  '주',
  '有限公司',
  '有限责任公司',
]);
/** Names shorter than this (after normalising) say too little to identify a store. */
const MIN_NAME_KEY = 4;
/** Shared name words that make "the same kind of product" when no product type is recognised. */
const MIN_SHARED_KIND_WORDS = 2;

/** "Example Works Co., Ltd." and "EXAMPLE-WORKS co ltd" → "exampleworks". */
export function storeNameKey(name: string): string | undefined {
  const words = foldText(name.replace(/[™℠]/g, ' ').normalize('NFKC'))
    .toLowerCase()
    .replace(/[()（）[\]]/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !LEGAL_FORMS.has(w));
  const key = words.join('');
  return key.length >= MIN_NAME_KEY ? key : undefined;
}

const idKey = (platform: string, id: string) => `${platform}:id:${id.toLowerCase()}`;
const nameKey = (platform: string, key: string) => `${platform}:name:${key}`;

/** Keys of the stores a record names (its marketplaces with a shop name or shop ID). */
export function recordSellerKeys(marketplaces: readonly MarketplaceRef[]): { key: string; display: string }[] {
  const keys: { key: string; display: string }[] = [];
  for (const market of marketplaces) {
    if (market.platform === 'other') continue;
    if (market.shopId)
      keys.push({ key: idKey(market.platform, market.shopId), display: market.shopName ?? market.shopId });
    const name = market.shopName ? storeNameKey(market.shopName) : undefined;
    if (name) keys.push({ key: nameKey(market.platform, name), display: market.shopName! });
  }
  return keys;
}

/** Keys of the store a listing is sold by (store ID from the page or URL, the seller's shown name). */
export function listingSellerKeys(
  query: Pick<ListingQuery, 'site' | 'seller' | 'storeId'>,
): { key: string; display: string }[] {
  const keys: { key: string; display: string }[] = [];
  if (query.storeId) keys.push({ key: idKey(query.site, query.storeId), display: query.seller ?? query.storeId });
  const name = query.seller ? storeNameKey(query.seller) : undefined;
  if (name) keys.push({ key: nameKey(query.site, name), display: query.seller! });
  return keys;
}

/** What the seller signal reads about the candidate record and the listing. */
export interface SellerInput {
  recordSellers: readonly { key: string; display: string }[];
  listingSellers: readonly { key: string; display: string }[];
  /** Product-type concepts of the record and of the listing. */
  recordTypes: readonly string[];
  listingTypes: readonly string[];
  /** The record's product-name words and the listing title's words (normalised). */
  recordWords: readonly string[];
  listingWords: ReadonlySet<string>;
}

/** The listing is sold by a store the record names; `kind` says whether it is the same kind of product. */
export interface SellerSignal {
  store: Evidence;
  /** The product type (or shared product words) both name, or null for another or unknown kind. */
  kind: Evidence | null;
}

/** Words that name a kind of product: no stop words, colours, sizes or numbers. */
function kindWords(words: readonly string[]): string[] {
  return words.filter((w) => w.length >= 3 && !/\d/.test(w) && !STOP_WORDS.has(w) && !GENERIC_WORDS.has(w));
}

/**
 * Same kind of product: a specific product type both name, or (when no type is recognised) at least two
 * product words of the record's name in the title ("paint pen", "air freshener").
 */
export function sameKind(
  input: Pick<SellerInput, 'recordTypes' | 'listingTypes' | 'recordWords' | 'listingWords'>,
): string[] {
  const listingTypes = new Set(input.listingTypes);
  const types = input.recordTypes.filter((t) => !isBroadConcept(t) && listingTypes.has(t));
  if (types.length > 0) return types;
  const shared = [...new Set(kindWords(input.recordWords.map(singular)))].filter((w) => input.listingWords.has(w));
  return shared.length >= MIN_SHARED_KIND_WORDS ? [shared.join(' ')] : [];
}

export function sellerSignal(input: SellerInput): SellerSignal | null {
  const store = input.recordSellers.find((r) => input.listingSellers.some((l) => l.key === r.key));
  if (!store) return null;
  const listing = input.listingSellers.find((l) => l.key === store.key)!;
  const kinds = sameKind(input);
  return {
    store: {
      kind: 'seller',
      listingValue: listing.display,
      recordValue: store.display,
      how: listing.display === store.display ? 'exact' : 'normalised',
    },
    kind:
      kinds.length > 0
        ? { kind: 'product-type', listingValue: kinds[0]!, recordValue: kinds[0]!, how: 'normalised' }
        : null,
  };
}

/** A seller-only match: the store had a listing blocked, this listing is not known to be that product. */
export function isStoreNote(match: { tier: MatchTier; evidence: readonly Evidence[] }): boolean {
  return !isWarningTier(match.tier) && match.evidence.some((e) => e.kind === 'seller');
}
