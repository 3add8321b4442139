/**
 * The match engine. Candidates come only from index lookups — identifier maps (listing ID, GTIN, KC
 * number, model, code), brand keys, Hangul brand skeletons, and the rarest shared name words — so a
 * listing is compared with a few dozen records however many are loaded. Each candidate is then decided
 * by `decide` (tier + evidence).
 */
import type { HazardRecord } from '../hazards/schema';
import { TYPE_WORDS } from './concepts';
import { GENERIC_WORDS } from './lexicon';
import { decide } from './decide';
import { viewOf, wordMemo, type DecideContext } from './view';
import { analyseListing, type ListingAnalysis, type TokenWindow } from './listing';
import { FEATURE } from './profile';
import { searchRecords, type SearchHit } from './search';
import { listingSellerKeys } from './seller';
import { ProfileStore, type SerializedIndex } from './store';
import { profileOfRow } from './stored-profile';
import { clearMemos } from './text';
import { compareTiers, isWarningTier } from './tiers';
import type { ListingQuery, Match, MatchEngine } from './types';

export interface Engine extends MatchEngine {
  /** Matches for one listing: warnings (exact, strong) first, then at most a few `similar` notes. */
  match(query: ListingQuery): Match[];
  /** Record IDs for the popup's database search (name, brand, model; Korean or English), best first. */
  search(text: string, limit: number): string[];
  searchDetailed(text: string, limit: number): SearchHit[];
  /** Adds or replaces records (by ID); a stored row's profile is reused (see stored-profile.ts). */
  upsert(records: readonly (HazardRecord & { profile?: unknown })[]): void;
  remove(ids: string[]): void;
  /** Compact, structured-clone-friendly form (typed arrays + strings) for IndexedDB or a file. */
  serialize(): SerializedIndex;
  readonly size: number;
}

const MAX_SIMILAR = 3;
/** Name words shared by more records than this are too common to pick candidates. */
const NAME_CANDIDATE_MAX_DF_SHARE = 0.02;
const NAME_CANDIDATE_MIN_MAX_DF = 50;
/** …and never more than this: the per-listing cost must not grow with the database. */
const NAME_CANDIDATE_MAX_DF = 400;
const NAME_CANDIDATES = 16;
const NAME_CANDIDATE_SHARE_OF_BEST = 0.5;
/** A brand with more records than this picks candidates by its first ones only (models still find the rest). */
const BRAND_POSTING_LIMIT = 200;
const MAX_IMPLICIT_BRAND_DF = 20;
const TYPE_CANDIDATES = 40;
/** Brands sellers state lead the title (see decide.ts). */
const LEADING_WINDOW = 2;
/** Rebuild the compact base once this share of records sits in the overlay. */
const COMPACT_RATIO = 0.1;

export function buildEngine(records: readonly (HazardRecord & { profile?: unknown })[]): Engine {
  const engine = new HazardEngine(ProfileStore.fromProfiles(records.map(profileOfRow)));
  clearMemos();
  return engine;
}

export function engineFromSerialized(data: SerializedIndex): Engine {
  return new HazardEngine(ProfileStore.fromSerialized(data));
}

export const fromSerialized = engineFromSerialized;

class HazardEngine implements Engine {
  private readonly memo = wordMemo();
  private scratch = new Float64Array(0);

  constructor(private readonly store: ProfileStore) {}

  private changed(): void {
    for (const memo of Object.values(this.memo)) memo.clear();
    if (this.store.overlayRatio > COMPACT_RATIO) this.store.compact();
  }

  get size(): number {
    return this.store.liveCount;
  }

  match(query: ListingQuery): Match[] {
    const listing = analyseListing(query);
    const ctx: DecideContext = {
      store: this.store,
      listing,
      brandWindows: byKey([...listing.brandWindows]),
      codeWindows: byKey(listing.codeWindows),
      total: Math.max(1, this.store.liveCount),
      leadingBrands: this.leadingBrands(listing),
      memo: this.memo,
      leadingWindowKeys: listing.brandWindows.filter((w) => w.from <= LEADING_WINDOW).map((w) => w.key),
      sellerKeys: listingSellerKeys(query),
    };
    const matches: Match[] = [];
    const brands: (string | undefined)[] = [];
    const brandAndKindOnly: boolean[] = [];
    const otherProducts = new Map<string, number>();
    const otherProductOfBrand = (key: string) => otherProducts.set(key, (otherProducts.get(key) ?? 0) + 1);
    for (const index of this.candidates(listing, ctx)) {
      // Decoded afresh each time: cached views outlived minor GCs, which then copied and promoted them
      // and paused 5–10× longer than decoding costs (the p95 per listing was GC pauses).
      const decision = decide(ctx, viewOf(this.store, index), otherProductOfBrand);
      if (!decision) continue;
      brands.push(decision.brandKey);
      brandAndKindOnly.push(decision.brandAndKindOnly === true);
      matches.push({
        recordId: this.store.recordId(index),
        source: this.store.source(index),
        sourceKind: this.store.sourceKind(index),
        ref: this.store.ref(index),
        tier: decision.tier,
        score: decision.score,
        evidence: decision.evidence,
        rule: decision.rule,
      });
    }
    // A record of the brand that the listing names more closely (its line, its model) is the one to cite; the
    // brand's records matched on brand and kind alone are counted among its other products instead.
    const namedClosely = new Set(
      matches.flatMap((m, i) => (brands[i] && isWarningTier(m.tier) && !brandAndKindOnly[i] ? [brands[i]!] : [])),
    );
    for (let i = matches.length - 1; i >= 0 && namedClosely.size > 0; i--) {
      const brand = brands[i];
      if (!brand || !brandAndKindOnly[i] || !namedClosely.has(brand)) continue;
      matches.splice(i, 1);
      brands.splice(i, 1);
      otherProductOfBrand(brand);
    }
    if (otherProducts.size > 0) {
      matches.forEach((match, i) => {
        const others = brands[i] === undefined ? undefined : otherProducts.get(brands[i]!);
        if (others && isWarningTier(match.tier)) match.otherRecordsOfBrand = others;
      });
    }
    matches.sort((a, b) => compareTiers(a.tier, b.tier) || b.score - a.score || a.recordId.localeCompare(b.recordId));
    const warnings = matches.filter((m) => isWarningTier(m.tier));
    const similar = matches.filter((m) => !isWarningTier(m.tier)).slice(0, MAX_SIMILAR);
    return [...warnings, ...similar];
  }

  search(text: string, limit: number): string[] {
    return this.searchDetailed(text, limit).map((hit) => hit.recordId);
  }

  searchDetailed(text: string, limit: number): SearchHit[] {
    return searchRecords(this.store, text, limit);
  }

  upsert(records: readonly (HazardRecord & { profile?: unknown })[]): void {
    for (const record of records) this.store.add(profileOfRow(record));
    clearMemos();
    this.changed();
  }

  remove(ids: string[]): void {
    for (const id of ids) this.store.remove(id);
    this.changed();
  }

  serialize(): SerializedIndex {
    return this.store.serialize();
  }

  /** Brand keys of any record that the listing's first words spell (rare ones: a real brand, not a word). */
  private leadingBrands(listing: ListingAnalysis): Set<string> {
    const found = new Set<string>();
    for (const window of listing.brandWindows) {
      if (window.from > 1) continue;
      const explicit = this.store.df(this.store.lookup(`${FEATURE.brand}${window.key}`));
      const implicit = this.store.df(this.store.lookup(`${FEATURE.implicitBrand}${window.key}`));
      const asWord = this.store.df(this.store.lookup(`${FEATURE.name}${window.key}`));
      if (
        explicit + implicit > 0 &&
        asWord <= explicit + implicit &&
        !GENERIC_WORDS.has(window.key) &&
        !TYPE_WORDS.has(window.key)
      ) {
        found.add(window.key);
      }
    }
    return found;
  }

  /** Record slots worth deciding for this listing. */
  private candidates(listing: ListingAnalysis, ctx: DecideContext): Set<number> {
    const store = this.store;
    const found = new Set<number>();
    const add = (key: string, limit = Infinity) => store.collectPostings(store.lookup(key), found, limit);

    for (const key of listing.listingKeys) add(`${FEATURE.listing}${key}`);
    for (const seller of ctx.sellerKeys ?? []) add(`${FEATURE.seller}${seller.key}`, BRAND_POSTING_LIMIT);
    for (const { gtin } of listing.gtins) add(`${FEATURE.gtin}${gtin}`);
    for (const code of listing.statedCodes) {
      add(`${FEATURE.cert}${code.key}`);
      add(`${FEATURE.code}${code.key}`);
      add(`${FEATURE.model}${code.key}`);
    }
    for (const key of ctx.codeWindows.keys()) {
      add(`${FEATURE.model}${key}`);
      // Codes and KC numbers are at least six characters long and hold a digit.
      if (key.length >= 6 && /\d/.test(key)) {
        add(`${FEATURE.code}${key}`);
        add(`${FEATURE.cert}${key}`);
      }
    }
    // A brand read from notices (not stated) that many notices share is an ordinary word: it picks no candidates.
    const addImplicit = (key: string) => {
      const id = store.lookup(`${FEATURE.implicitBrand}${key}`);
      if (store.df(id) <= MAX_IMPLICIT_BRAND_DF) store.collectPostings(id, found);
    };
    for (const key of ctx.brandWindows.keys()) {
      add(`${FEATURE.brand}${key}`, BRAND_POSTING_LIMIT);
      addImplicit(key);
    }
    for (const window of listing.sellerBrandWindows) {
      add(`${FEATURE.brand}${window.key}`, BRAND_POSTING_LIMIT);
      addImplicit(window.key);
    }
    for (const word of listing.skeletons) add(`${FEATURE.skeleton}${word.skeleton}`, BRAND_POSTING_LIMIT);
    for (const word of listing.phonetics) add(`${FEATURE.phonetic}${word.key}`, BRAND_POSTING_LIMIT);
    for (const word of listing.latinSounds) add(`${FEATURE.hangulSound}${word.key}`, BRAND_POSTING_LIMIT);

    // The records sharing the rarest name words: for misspelt brands and for `similar` notes.
    const total = Math.max(1, store.liveCount);
    const maxDf = Math.min(
      NAME_CANDIDATE_MAX_DF,
      Math.max(NAME_CANDIDATE_MIN_MAX_DF, Math.floor(total * NAME_CANDIDATE_MAX_DF_SHARE)),
    );
    // Scores accumulate in a reused array (no per-listing Map), and only the top few are kept.
    if (this.scratch.length < store.size) this.scratch = new Float64Array(Math.ceil(store.size * 1.25));
    const scratch = this.scratch;
    const touched: number[] = [];
    for (const word of new Set(listing.tokens.map((t) => t.norm))) {
      const id = store.lookup(`${FEATURE.name}${word}`);
      const df = store.df(id);
      if (df === 0 || df > maxDf) continue;
      store.addPostingScores(id, Math.log(1 + total / df), scratch, touched);
    }
    const top: number[] = [];
    for (const i of touched) {
      const score = scratch[i]!;
      if (top.length < NAME_CANDIDATES || score > scratch[top[top.length - 1]!]!) {
        let at = top.length;
        while (at > 0 && scratch[top[at - 1]!]! < score) at--;
        top.splice(at, 0, i);
        if (top.length > NAME_CANDIDATES) top.pop();
      }
    }
    const best = top.length > 0 ? scratch[top[0]!]! : 0;
    for (const i of top) if (scratch[i]! >= best * NAME_CANDIDATE_SHARE_OF_BEST) found.add(i);
    for (const i of touched) scratch[i] = 0;

    // Titles mostly in Korean share no words with English records: their product type picks candidates.
    if (listing.mostlyKorean) {
      for (const concept of listing.concepts.keys()) {
        const id = store.lookup(`${FEATURE.type}${concept}`);
        if (store.df(id) <= maxDf) store.collectPostings(id, found, TYPE_CANDIDATES);
      }
    }
    return found;
  }
}

function byKey(windows: TokenWindow[]): Map<string, TokenWindow[]> {
  const map = new Map<string, TokenWindow[]>();
  for (const window of windows) {
    const list = map.get(window.key);
    if (list) list.push(window);
    else map.set(window.key, [window]);
  }
  return map;
}
