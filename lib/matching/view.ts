/**
 * A stored record profile decoded into the parts a decision reads, and the per-listing context every
 * decision shares. Decoded afresh per candidate (see engine.ts for why views are not cached).
 */
import { modelShape, type ModelShape } from '../identifiers';
import type { ListingAnalysis, TokenWindow } from './listing';
import { FEATURE, FLAG } from './profile';
import { featureFlags, featureId, type ProfileStore } from './store';

export interface Segment {
  specific: string[];
  /** Name words but the record's own brand or model words, which name coverage leaves out. */
  all: string[];
  /** The name only repeats the product type: it says nothing the type does not. */
  typeName: boolean;
}

/** The parts of a stored profile the decision reads. */
export interface RecordView {
  index: number;
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
  const view: RecordView = {
    index,
    flags: store.recordFlags(index),
    listingKeys: [],
    gtins: [],
    certs: [],
    codes: [],
    models: [],
    brands: [],
    skeletons: [],
    phonetics: [],
    hangulSounds: [],
    types: [],
    nameTypes: [],
    segments: [],
    names: [],
    sellers: [],
  };
  const packed = store.featuresOf(index);
  for (let i = 0; i < packed.length; i++) {
    const id = featureId(packed[i]!);
    const flags = featureFlags(packed[i]!);
    const key = store.valueOf(id);
    switch (store.kindOf(id)) {
      case FEATURE.listing:
        view.listingKeys.push(key);
        break;
      case FEATURE.gtin:
        view.gtins.push(key);
        break;
      case FEATURE.cert:
        view.certs.push({ key, id });
        break;
      case FEATURE.code:
        view.codes.push({ key, id });
        break;
      case FEATURE.model:
        view.models.push({ key, id, shape: modelShape(key) });
        break;
      case FEATURE.brand:
        view.brands.push({ key, id, implicit: false, flags });
        break;
      case FEATURE.implicitBrand:
        view.brands.push({ key, id, implicit: true, flags });
        break;
      case FEATURE.skeleton:
        view.skeletons.push({ key, id });
        break;
      case FEATURE.phonetic:
        view.phonetics.push({ key, id });
        break;
      case FEATURE.hangulSound:
        view.hangulSounds.push({ key, id });
        break;
      case FEATURE.seller:
        view.sellers.push({ key, display: store.display(id) ?? key });
        break;
      case FEATURE.type:
        if (!view.types.includes(key)) view.types.push(key);
        if (flags & FLAG.fromName && !view.nameTypes.includes(key)) view.nameTypes.push(key);
        break;
      case FEATURE.name: {
        const segmentIndex = (flags >> FLAG.segmentShift) & FLAG.segmentMask;
        while (view.segments.length <= segmentIndex) view.segments.push({ specific: [], all: [], typeName: false });
        const segment = view.segments[segmentIndex]!;
        if (!(flags & FLAG.ownWord) && !segment.all.includes(key)) segment.all.push(key);
        if (flags & FLAG.typeName) segment.typeName = true;
        if (flags & FLAG.specific && !segment.specific.includes(key)) segment.specific.push(key);
        if (!view.names.some((n) => n.word === key)) view.names.push({ word: key, id });
        break;
      }
    }
  }
  return view;
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
  memo: Map<string, boolean>;
  /** Keys of the brand windows at the start of the title (where a misspelt brand is looked for). */
  leadingWindowKeys: string[];
  /** The store the listing is sold by (seller.ts keys): its store ID and shown name. */
  sellerKeys?: { key: string; display: string }[];
}
