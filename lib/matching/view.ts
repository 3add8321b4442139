/**
 * A stored record profile decoded into the parts a decision reads, and the per-listing context every
 * decision shares. Decoded afresh per candidate (see engine.ts for why views are not cached); the name
 * words, most of a record's features, only when a signal reads them.
 */
import type { ModelShape } from '../identifiers';
import type { ListingAnalysis, TokenWindow } from './listing';
import { FEATURE, FLAG } from './profile';
import { featureFlags, featureId, type ProfileStore } from './store';

export interface Segment {
  specific: string[];
  /** Name words but the record's own brand or model words, which name coverage leaves out. */
  all: string[];
  /** The name only repeats the product type: it says nothing the type does not. */
  typeName: boolean;
  /** Specific words that are model years: they count when repeated, and are not asked for. */
  modelYears?: string[];
}

/** The parts of a stored profile the decision reads (read-only). */
export interface RecordView {
  readonly index: number;
  flags: number;
  listingKeys: string[];
  gtins: string[];
  certs: { key: string; id: number }[];
  codes: { key: string; id: number }[];
  models: { key: string; id: number; shape: ModelShape }[];
  brands: { key: string; id: number; implicit: boolean; flags: number }[];
  skeletons: { key: string; id: number }[];
  phonetics: { key: string; id: number }[];
  hangulSounds: { key: string; id: number }[];
  /** Few per record: arrays allocate less than sets for every candidate decoded. */
  types: string[];
  nameTypes: string[];
  segments: Segment[];
  names: { word: string; id: number }[];
  /** Stores the record names (seller.ts keys), with the name to show. */
  sellers: { key: string; display: string }[];
}

export function viewOf(store: ProfileStore, index: number): RecordView {
  return new LazyView(store, index);
}

/** Feature kinds as char codes: the switch below compares numbers, not strings. */
const KIND = Object.fromEntries(Object.entries(FEATURE).map(([kind, letter]) => [kind, letter.charCodeAt(0)])) as {
  [K in keyof typeof FEATURE]: number;
};
const NAME = KIND.name;

/**
 * Name words are most of a record's features but only a few candidates get as far as reading them: they
 * are decoded on first use, everything else at once.
 */
class LazyView implements RecordView {
  readonly flags: number;
  readonly listingKeys: string[] = [];
  readonly gtins: string[] = [];
  readonly certs: { key: string; id: number }[] = [];
  readonly codes: { key: string; id: number }[] = [];
  readonly models: { key: string; id: number; shape: ModelShape }[] = [];
  readonly brands: { key: string; id: number; implicit: boolean; flags: number }[] = [];
  readonly skeletons: { key: string; id: number }[] = [];
  readonly phonetics: { key: string; id: number }[] = [];
  readonly hangulSounds: { key: string; id: number }[] = [];
  readonly types: string[] = [];
  readonly nameTypes: string[] = [];
  readonly sellers: { key: string; display: string }[] = [];
  private nameParts: { segments: Segment[]; names: { word: string; id: number }[] } | null = null;

  constructor(
    private readonly store: ProfileStore,
    readonly index: number,
  ) {
    this.flags = store.recordFlags(index);
    const packed = store.featuresOf(index);
    for (let i = 0; i < packed.length; i++) {
      const id = featureId(packed[i]!);
      const kind = store.kindCodeOf(id);
      if (kind === NAME) continue;
      const flags = featureFlags(packed[i]!);
      const key = store.valueOf(id);
      switch (kind) {
        case KIND.listing:
          this.listingKeys.push(key);
          break;
        case KIND.gtin:
          this.gtins.push(key);
          break;
        case KIND.cert:
          this.certs.push({ key, id });
          break;
        case KIND.code:
          this.codes.push({ key, id });
          break;
        case KIND.model:
          this.models.push({ key, id, shape: store.modelShapeOf(id) });
          break;
        case KIND.brand:
          this.brands.push({ key, id, implicit: false, flags });
          break;
        case KIND.implicitBrand:
          this.brands.push({ key, id, implicit: true, flags });
          break;
        case KIND.skeleton:
          this.skeletons.push({ key, id });
          break;
        case KIND.phonetic:
          this.phonetics.push({ key, id });
          break;
        case KIND.hangulSound:
          this.hangulSounds.push({ key, id });
          break;
        case KIND.seller:
          this.sellers.push({ key, display: store.display(id) ?? key });
          break;
        case KIND.type:
          if (!this.types.includes(key)) this.types.push(key);
          if (flags & FLAG.fromName && !this.nameTypes.includes(key)) this.nameTypes.push(key);
          break;
      }
    }
  }

  get segments(): Segment[] {
    return (this.nameParts ??= this.readNames()).segments;
  }

  get names(): { word: string; id: number }[] {
    return (this.nameParts ??= this.readNames()).names;
  }

  private readNames(): { segments: Segment[]; names: { word: string; id: number }[] } {
    const segments: Segment[] = [];
    const names: { word: string; id: number }[] = [];
    const packed = this.store.featuresOf(this.index);
    for (let i = 0; i < packed.length; i++) {
      const id = featureId(packed[i]!);
      if (this.store.kindCodeOf(id) !== NAME) continue;
      const flags = featureFlags(packed[i]!);
      const key = this.store.valueOf(id);
      const segmentIndex = (flags >> FLAG.segmentShift) & FLAG.segmentMask;
      while (segments.length <= segmentIndex) segments.push({ specific: [], all: [], typeName: false });
      const segment = segments[segmentIndex]!;
      if (!(flags & FLAG.ownWord) && !segment.all.includes(key)) segment.all.push(key);
      if (flags & FLAG.typeName) segment.typeName = true;
      if (flags & FLAG.specific && !segment.specific.includes(key)) segment.specific.push(key);
      if (flags & FLAG.modelYear) (segment.modelYears ??= []).push(key);
      if (!names.some((n) => n.word === key)) names.push({ word: key, id });
    }
    return { segments, names };
  }
}

/** What signals.ts has read about a word from the whole index, one map per question. */
export interface WordMemo {
  common: Map<string, boolean>;
  describes: Map<string, boolean>;
  rareLeading: Map<string, boolean>;
}

export function wordMemo(): WordMemo {
  return { common: new Map(), describes: new Map(), rareLeading: new Map() };
}

export interface DecideContext {
  store: ProfileStore;
  listing: ListingAnalysis;
  /** Listing windows by key, built once per listing. */
  brandWindows: Map<string, TokenWindow[]>;
  codeWindows: Map<string, TokenWindow[]>;
  /** Total live records, for IDF. */
  total: number;
  /** Brands of any record written at the start of the listing: the listing names its own brand. */
  leadingBrands: Set<string>;
  /** Per-engine memo of word statistics (cleared whenever records change). */
  memo: WordMemo;
  /** Keys of the brand windows at the start of the title (where a misspelt brand is looked for). */
  leadingWindowKeys: string[];
  /** The store the listing is sold by (seller.ts keys): its store ID and shown name. */
  sellerKeys?: { key: string; display: string }[];
}
