/**
 * Everything one listing–record pair says, computed once: exact identifiers, codes and models the
 * listing repeats, the brand found (and how, and where it stands), shared product types, name coverage,
 * the store the record names, and the conflicts (age, another model, another brand or product). Rules
 * (rules.ts) only read these. The costlier readings (name coverage, similarity, "names another product",
 * the seller) are computed on first use.
 */
import { modelShape } from '../identifiers';
import { conceptsOfWord, findConcepts, isBroadConcept, isUsedWith, TYPE_WORDS, type ConceptHit } from './concepts';
import { latinSkeleton } from './hangul';
import { hangulPhoneticKey, latinPhoneticKey, latinPhoneticKeys, samePhonetic } from './phonetic';
import {
  ADULT_WORDS,
  CHILD_WORDS,
  FEMALE_WORDS,
  FITS_AFTER,
  FITS_BEFORE,
  GENERIC_WORDS,
  RETAILER_BRANDS,
  LOOK_WORDS,
  MALE_WORDS,
  PACK_WORDS,
  STOP_WORDS,
} from './lexicon';
import {
  hangulBySound,
  hangulSoundPairs,
  isOrdinaryToken,
  latinBySound,
  windowText,
  type ListingAnalysis,
  type TokenWindow,
} from './listing';
import { COLOUR_OF, ENGLISH_OF_KOREAN, FOREIGN_NAME_WORDS, KOREAN_FORMS } from './name-words';
import { FEATURE, FLAG, RECORD } from './profile';
import { sellerSignal, type SellerSignal } from './seller';
import { editDistance, Memo, tokenize, type Token } from './text';
import type { Evidence } from './types';
import type { DecideContext, RecordView, Segment } from './view';

/** A model key shared by more records than this is a family name or filler, not an identifier. */
const MAX_MODEL_DF = 8;
/** A brand word used as a plain name word by this many other records is an everyday word. */
const COMMON_WORD_DF = 2;
/** A leading name word read as a brand must be rare (real brands lead few notices) or stated as a brand by some notice. */
const MAX_LEADING_BRAND_DF = 3;
/** Brands sellers state lead the title; quantities ("2pcs") may come first. */
const LEADING_POSITION = 2;
const NAME_COVERAGE = 0.6;
const LOOSE_NAME_COVERAGE = 0.6;
const LOOSE_NAME_MIN_WORDS = 3;
const SIMILAR_TOKEN_SIMILARITY = 0.3;
/**
 * Four to six digits, not a round quantity (10000, 20000 are capacities, not article numbers) and not a year
 * (model years are written the same way; only a few records sharing the number keeps it an article number).
 */
const RARE_NUMBER = /^(?!\d*000$)(?!(?:19|20)\d\d$)\d{4,6}$/;
const MAX_NUMBER_DF = 2;

export interface BrandEvidence {
  key: string;
  implicit: boolean;
  /** Written first in the title (after quantities at most), where a seller names the maker. */
  leads: boolean;
  /** Segment the brand belongs to, or -1 for every segment. */
  segment: number;
  evidence: Evidence;
  rank: number;
}

export interface ModelHit {
  evidence: Evidence;
  /** Specific enough to name the product without a brand (letters and digits, rare). */
  strong: boolean;
  /** A long article number only one or two records state ("783921"): specific with the product type. */
  rareNumber: boolean;
}

export interface Coverage {
  ratio: number;
  evidence: Evidence;
  /** The whole name is ordinary words ("Bear Lamp"): as weak as brand + type, so the brand must lead. */
  generic: boolean;
  /**
   * The listing writes a word of the name's own ("Starlit") as the record does, not only ordinary and kind
   * words, nor only a translation or a sound of it.
   */
  namesOwnWord: boolean;
  /** The name's own words the listing repeats are bare numbers ("01" of "Kaius 01"). */
  numbersOnly: boolean;
}

export interface Similarity {
  score: number;
  evidence: Evidence[];
}

export class Signals {
  readonly curated: boolean;
  /** Listing ID, GTIN or KC number named by the record. */
  readonly exact: Evidence[];
  /** Distinctive codes (not models) the record states and the listing repeats. */
  readonly codeHits: Evidence[];
  readonly modelHits: ModelHit[];
  readonly brand: BrandEvidence | null;
  /** The brand stands where sellers state theirs and is spelt right. */
  readonly brandStated: boolean;
  /** The brand is a chain's own name, on its products of every kind. */
  readonly retailerBrand: boolean;
  readonly sharedTypes: string[];
  readonly sharedSpecificTypes: string[];

  private ageConflictMemo: boolean | undefined;
  private modelConflictMemo: boolean | undefined;
  private otherKindMemo: boolean | undefined;
  private coverageMemo: Coverage | null | undefined;
  private unbrandedCoverageMemo: { value: Coverage | null } | undefined;
  private similarityMemo: Similarity | null | undefined;
  private namesAnotherMemo: boolean | undefined;
  private sellerMemo: SellerSignal | null | undefined;
  private gluedMemo: Evidence | null | undefined;

  constructor(
    readonly ctx: DecideContext,
    readonly view: RecordView,
  ) {
    const { listing } = ctx;
    this.curated = (view.flags & RECORD.curated) !== 0;
    this.exact = exactHits(ctx, view);
    this.codeHits = codeHits(ctx, view);
    this.modelHits = modelHits(ctx, view);
    this.brand = bestBrand(ctx, view);
    this.brandStated = this.brand !== null && this.brand.leads && this.brand.evidence.how !== 'fuzzy';
    this.retailerBrand = this.brand !== null && RETAILER_BRANDS.has(this.brand.key);
    this.sharedTypes = view.types.length === 0 ? view.types : view.types.filter((t) => listing.concepts.has(t));
    this.sharedSpecificTypes =
      this.sharedTypes.length === 0 ? this.sharedTypes : this.sharedTypes.filter((t) => !isBroadConcept(t));
  }

  /** A children's record against an adult listing, or the reverse. */
  get ageConflict(): boolean {
    this.ageConflictMemo ??= conflictingAge(this.view, this.ctx.listing);
    return this.ageConflictMemo;
  }

  /** The record lists its barcodes and the listing states only others: another product of the maker. */
  get otherBarcode(): boolean {
    const stated = this.ctx.listing.gtins;
    return this.view.gtins.length > 0 && stated.length > 0 && !stated.some((g) => this.view.gtins.includes(g.gtin));
  }

  /** The record names a version for women (or men) and the listing only the other. */
  get genderConflict(): boolean {
    const record = gendersOf(this.view.names.map((n) => n.word));
    if (record.female === record.male) return false;
    const listing = gendersOf(
      this.ctx.listing.tokens
        .filter((t) => !(t.norm === 'man' && t.gapBefore === '-'))
        .flatMap((t) => [t.norm, t.folded]),
    );
    return record.female ? listing.male && !listing.female : listing.female && !listing.male;
  }

  /** No model of the record is in the listing, which names another of the same shape. */
  get modelConflict(): boolean {
    this.modelConflictMemo ??= this.modelHits.length === 0 && conflictingModel(this.view, this.ctx.listing, this.brand);
    return this.modelConflictMemo;
  }

  /** The only model hits are product-line words, and the listing is another kind of product. */
  get otherKind(): boolean {
    if (this.otherKindMemo === undefined) {
      const { view, ctx } = this;
      // A model that is a word ("Enfinigy") names a product line, which a brand makes in several kinds:
      // with it, a listing of another kind (a kettle, not the recalled grill) is not this product. So does a
      // short code a notice writes with a space ("GR 450"), read from its prose rather than a model field.
      const lineOnly = this.modelHits.every((m) => /^(?:[A-Za-z]+|[A-Z]{2,3} \d{2,4})$/.test(m.evidence.recordValue));
      this.otherKindMemo =
        lineOnly &&
        this.sharedSpecificTypes.length === 0 &&
        view.types.some((t) => !isBroadConcept(t)) &&
        [...ctx.listing.concepts.keys()].some((t) => !isBroadConcept(t));
    }
    return this.otherKindMemo;
  }

  /**
   * A Consumer24 name glued into one long Hangul word (brand and product together) that the listing
   * repeats whole, written with or without spaces.
   */
  get gluedNameRepeated(): Evidence | null {
    if (this.gluedMemo === undefined) {
      this.gluedMemo = null;
      if (this.ctx.store.sourceKind(this.view.index) === 'consumer24') {
        const runs = hangulRuns(this.ctx.listing);
        for (const segment of this.view.segments) {
          const glued = segment.all.find((w) => w.length >= MIN_GLUED_NAME && HANGUL_WORD.test(w));
          const run = glued && runs.find((r) => r.joined.includes(glued));
          if (run) {
            this.gluedMemo = { kind: 'title', listingValue: run.text, recordValue: glued, how: 'normalised' };
            break;
          }
        }
      }
    }
    return this.gluedMemo;
  }

  /** A car or motorcycle recall against a listing of another kind: a part or accessory made for that model. */
  get madeForTheVehicle(): boolean {
    // "완구 (자동차)" is a toy car: a toy record is never the vehicle itself.
    if (!this.view.types.includes('motor-vehicle') || this.view.types.includes('toy')) return false;
    // 자동차 is read as a toy car too: that reading is the vehicle again, not another kind.
    for (const concept of this.ctx.listing.concepts.keys())
      if (concept !== 'motor-vehicle' && concept !== 'toy-vehicle') return true;
    return false;
  }

  /**
   * The record's name gives its size ("7-cup", "6-quart", "2-slice") and the listing states the same measure
   * with other numbers only: another size of the line.
   */
  get otherSize(): boolean {
    const record = new Map<string, Set<string>>();
    for (const segment of this.view.segments) addSizes(record, segment.all);
    if (record.size === 0) return false;
    for (const [unit, numbers] of listingSizes(this.ctx.listing)) {
      const named = record.get(unit);
      if (named && ![...numbers].some((n) => named.has(n))) return true;
    }
    return false;
  }

  /** The record names its colours and the listing states only other ones: another variant of the line. */
  get otherColour(): boolean {
    const listed = new Set<string>();
    for (const word of this.ctx.listing.words) {
      const colour = COLOUR_OF.get(word);
      if (colour) listed.add(colour);
    }
    if (listed.size === 0) return false;
    let named = false;
    for (const { word } of this.view.names) {
      const colour = COLOUR_OF.get(word);
      if (!colour) continue;
      if (listed.has(colour)) return false;
      named = true;
    }
    return named;
  }

  /**
   * The listing is the thing the record's product is for: a name whose last kind is the product and whose
   * earlier kind says what it is used with ("inline skating helmets"), against a listing of that earlier
   * kind (skates) that never names the last one.
   */
  get namesWhatItIsFor(): boolean {
    const concepts = this.ctx.listing.concepts;
    // English puts the product's kind last; other alert languages put it first ("casque pour patins").
    if (concepts.size === 0 || !ENGLISH_NAMED.has(this.ctx.store.sourceKind(this.view.index))) return false;
    let forOther = false;
    for (const segment of this.view.segments) {
      const kinds = kindsOf(segment);
      const head = kinds.at(-1);
      if (head === undefined) continue;
      if (concepts.has(head)) return false;
      forOther ||= !isBroadConcept(head) && kinds.slice(0, -1).some((k) => k !== head && concepts.has(k));
    }
    return forOther;
  }

  /**
   * The listing is another kind of product made for the record's: it names its own kind first and the
   * record's only after "for", "fits" or "compatible" ("<Brand> pannier bag for folding bike").
   */
  get madeForIt(): boolean {
    const { listing } = this.ctx;
    if (this.sharedTypes.length === 0) return false;
    const cue = listing.tokens.findIndex((t, i) => i > 0 && FITS_BEFORE.has(t.norm));
    if (cue < 0) return false;
    if (this.sharedTypes.some((t) => listing.concepts.get(t)!.at < cue)) return false;
    for (const [concept, hit] of listing.concepts)
      if (hit.at < cue && !isBroadConcept(concept) && !this.view.types.includes(concept)) return true;
    return false;
  }

  /**
   * A Korean title keeps a product's own names (line, model) in Latin letters and translates the rest: when
   * every Latin word it holds is the record's, the brand's, a measure or a describing word, and the word after
   * the brand is no name of its own, it names no product beside the brand and kind. Only for a record whose
   * names each say a kind, so that their other words describe it.
   */
  get koreanTitleNamesNoOther(): boolean {
    const { listing } = this.ctx;
    if (!listing.mostlyKorean || this.brand === null) return false;
    // Every kind the title names is the record's: "자전거 전조등" is a light for a bicycle, not the bicycle.
    // Or what the record's kind is used with: "자전거 헬멧" is the helmet.
    for (const [concept, hit] of listing.concepts)
      if (
        !isBroadConcept(concept) &&
        !this.view.types.includes(concept) &&
        !this.view.types.some((kind) => isUsedWith(kind, concept)) &&
        !onlyDescribes(listing, hit, this.view.types)
      )
        return false;
    // A name of its own without a kind ("Velmi Rosso") is the product's name, which a title must repeat.
    if (this.view.segments.some((segment) => segment.specific.length > 0 && kindsOf(segment).length === 0))
      return false;
    const recordWords = new Set(this.view.segments.flatMap((segment) => segment.all));
    const brandKeys = this.view.brands.map((b) => b.key);
    if (!knownWordAfterBrand(listing.tokens, this.brand.evidence.listingValue, [...recordWords, ...brandKeys]))
      return false;
    return listing.tokens.every(
      (t) =>
        t.hangul ||
        recordWords.has(t.norm) ||
        brandKeys.some((k) => k.includes(t.norm)) ||
        (/\d/.test(t.norm) ? modelShape(t.norm) === 'none' : !/^[a-z]+$/.test(t.norm)) ||
        t.norm.length <= 2 ||
        isDescribingToken(t),
    );
  }

  /**
   * The word after the brand in a Latin title is a name of its own that the record never writes ("Velmora
   * Sorrel steam cleaner" against "Velmora Brisa steam cleaners"): the listing names another of the brand's
   * lines. Kinds and filler between them are skipped; a word the record writes there is its own line.
   */
  get namesOtherLine(): boolean {
    const { listing } = this.ctx;
    if (this.brand === null || this.brand.evidence.kind !== 'brand' || listing.mostlyKorean) return false;
    // Joined forms too: "T-Line" is one name word of the record's, written "tline" by a title's token.
    const recordWords = new Set(this.view.names.flatMap((n) => [n.word, n.word.replace(/[^\p{L}\p{N}]/gu, '')]));
    // "seven models of Velmora child bicycle trailers": the notice covers several of the brand's lines.
    if (recordWords.has('model') && [...recordWords].some((w) => SEVERAL_WORDS.has(w) || /^\d$/.test(w))) return false;
    const brandKeys = this.view.brands.map((b) => b.key);
    return otherNameAfterBrand(listing.tokens, this.brand.evidence, recordWords, brandKeys);
  }

  /**
   * A Korean title keeps the record's own line name in Latin letters ("벨 TORVIK 스키 바인딩" for "Velkor Torvik
   * Ski Bindings"): a word of the record's name, rare among the records, four letters or more, and no other
   * Latin word in the title that the record does not write (a measure, a short code or a describing word
   * aside). The brand may be spelt in Hangul too short to hear, or left out.
   */
  get koreanLineWord(): Evidence | null {
    const { listing, store } = this.ctx;
    if (!listing.mostlyKorean) return null;
    // "… 호환 필터": the line is what the listing fits, unless the notice is for such a part itself.
    const fits = listing.tokens.some(
      (t) => FITS_AFTER.has(t.norm) || FITS_BEFORE.has(t.norm) || t.norm.startsWith('호환'),
    );
    if (fits && !noticeIsForAPart(this.view)) return null;
    const specific = new Set(this.view.segments.flatMap((segment) => segment.specific));
    const recordWords = new Set(this.view.names.map((n) => n.word));
    const brandKeys = this.view.brands.map((b) => b.key);
    let line: Token | null = null;
    for (const t of listing.tokens) {
      if (t.hangul) continue;
      const rare =
        specific.has(t.norm) &&
        /^[a-z]{4,}$/.test(t.norm) &&
        !isCommonWord(this.ctx, t.norm) &&
        store.df(store.lookup(`${FEATURE.name}${t.norm}`)) <= MAX_LINE_WORD_DF;
      if (rare) line ??= t;
      else if (
        !recordWords.has(t.norm) &&
        !brandKeys.some((k) => k.includes(t.norm)) &&
        (/\d/.test(t.norm) ? modelShape(t.norm) !== 'none' : /^[a-z]+$/.test(t.norm)) &&
        t.norm.length > 2 &&
        !isDescribingToken(t)
      )
        return null;
    }
    return line && { kind: 'title', listingValue: line.raw, recordValue: line.norm, how: 'normalised' };
  }

  get strongModelHits(): ModelHit[] {
    return this.modelHits.length === 0 ? this.modelHits : this.modelHits.filter((m) => m.strong);
  }

  get rareNumberHits(): ModelHit[] {
    if (this.modelHits.length === 0) return this.modelHits;
    // Four digits are shared by more products than five or six: they count with the record's brand, or in a
    // title that does not start with a name of its own. A record that states no brand cannot be told from
    // the name a title starts with: that name may be its maker's.
    const short =
      this.brand === null && this.view.brands.some((b) => !b.implicit) && !leadsWithOrdinaryWord(this.ctx.listing);
    return this.modelHits.filter(
      (m) => m.rareNumber && !(short && m.evidence.recordValue.replace(/\D/g, '').length < 5),
    );
  }

  /** The record's product types are in the listing, or the record states none. */
  get typeAgrees(): boolean {
    return this.sharedTypes.length > 0 || this.view.types.length === 0;
  }

  /** How much of the record's specific name the listing repeats (with the brand's segment), if enough. */
  get nameCoverage(): Coverage | null {
    if (this.coverageMemo === undefined) {
      // An all-ordinary name ("Bear Lamp") is brand + kind again: only when the record names nothing more.
      // So is a name part that leads with the brand and says only the kind ("<Brand> ski boots"), whatever
      // the record's other parts name.
      const genericOk =
        this.brandStated && ((this.view.flags & RECORD.specificName) === 0 || (this.brand?.segment ?? -1) >= 0);
      this.coverageMemo =
        this.brand && this.typeAgrees
          ? nameCoverage(this.ctx, this.view, this.brand.segment, genericOk, {
              key: this.brand.key,
              listingValue: this.brand.evidence.listingValue,
            })
          : null;
    }
    return this.coverageMemo;
  }

  /**
   * For a record whose kind of product the vocabulary does not know (or knows only as a broad family, such as
   * kitchen appliances), its own name (any segment) stands in for the kind: how much of it the listing
   * repeats, when enough.
   */
  get unbrandedNameCoverage(): Coverage | null {
    if (this.knowsKind) return null;
    this.unbrandedCoverageMemo ??= { value: nameCoverage(this.ctx, this.view, -1, true) };
    return this.unbrandedCoverageMemo.value;
  }

  /**
   * The vocabulary knows the record's kind: a specific type, and in an English name the word it ends with
   * ("Bicycle Brake Levers" is a brake lever, whatever "bicycle" says).
   */
  get knowsKind(): boolean {
    if (!this.view.types.some((type) => !isBroadConcept(type))) return false;
    if (!ENGLISH_NAMED.has(this.ctx.store.sourceKind(this.view.index))) return true;
    return this.view.segments.some((segment) => {
      const head = segment.all.at(-1);
      return head !== undefined && TYPE_WORDS.has(head);
    });
  }

  /** The record names nothing beyond brand and kind: no specific name words, no model unless the notice names it by brand and kind. */
  get namesNothingMore(): boolean {
    const flags = this.view.flags;
    return (
      (flags & RECORD.specificName) === 0 && ((flags & RECORD.anyModel) === 0 || (flags & RECORD.brandInName) !== 0)
    );
  }

  /**
   * Every specific type the record's own name asks for is in the listing. An English name asks only for
   * the kind each of its parts ends with: "bicycle/multi-purpose helmets" asks for a helmet, not a bicycle.
   */
  get nameTypesPresent(): boolean {
    const concepts = this.ctx.listing.concepts;
    const heads = ENGLISH_NAMED.has(this.ctx.store.sourceKind(this.view.index))
      ? new Set(this.view.segments.map((segment) => kindsOf(segment).at(-1)))
      : null;
    return this.view.nameTypes.every((t) => isBroadConcept(t) || concepts.has(t) || (heads !== null && !heads.has(t)));
  }

  /**
   * The record's name leads with a word of its own that is not the brand the listing names, a product line
   * ("Breeze kids' bike helmets" by Corvella), and the listing does not repeat it.
   */
  get lineNameMissing(): boolean {
    const brandKey = this.brand?.key;
    if (brandKey === undefined) return false;
    // A name that leads with the brand itself names a co-brand beside it ("<Brand> and <Other> mattresses").
    const ownParts = this.view.brands
      .filter((b) => b.key === brandKey && b.flags & FLAG.fromName)
      .map((b) => segmentOf(b.flags));
    return this.view.brands.some(
      (b) =>
        isOtherLeadingWord(b, brandKey) &&
        !ownParts.includes(segmentOf(b.flags)) &&
        !this.view.brands.some((other) => !other.implicit && other.key === b.key) &&
        findWord(this.ctx, b.key, undefined, undefined, true) === null,
    );
  }

  /** The listing states its own brand or a model number the record does not have. */
  get namesAnotherProduct(): boolean {
    if (this.namesAnotherMemo === undefined)
      this.namesAnotherMemo = namesAnotherProduct(this.ctx, this.view, this.curated ? null : this.brand);
    return this.namesAnotherMemo;
  }

  /** Same kind of product and a similar name (age not considered: that is a veto). */
  get similarity(): Similarity | null {
    if (this.similarityMemo === undefined) this.similarityMemo = similarity(this.ctx, this.view);
    return this.similarityMemo;
  }

  /** The listing is sold by a store the record names (and whether it is the same kind of product). */
  get seller(): SellerSignal | null {
    if (this.sellerMemo === undefined) {
      const { view, ctx } = this;
      this.sellerMemo =
        view.sellers.length > 0 && ctx.sellerKeys?.length
          ? sellerSignal({
              recordSellers: view.sellers,
              listingSellers: ctx.sellerKeys,
              recordTypes: view.types,
              listingTypes: [...ctx.listing.concepts.keys()],
              recordWords: view.names.map((n) => n.word),
              listingWords: ctx.listing.words,
            })
          : null;
    }
    return this.sellerMemo;
  }

  typeEvidence(concepts: string[]): Evidence[] {
    return concepts.slice(0, 2).map((concept) => {
      const hit = this.ctx.listing.concepts.get(concept)!;
      return {
        kind: 'product-type',
        listingValue: hit.text,
        recordValue: concept,
        how: hit.translated ? 'translated' : 'normalised',
      };
    });
  }
}

// ---- identifiers -------------------------------------------------------------------------------

function exactHits(ctx: DecideContext, view: RecordView): Evidence[] {
  const { listing, store } = ctx;
  const exact: Evidence[] = [];
  for (const key of view.listingKeys) {
    if (listing.listingKeys.includes(key))
      exact.push({ kind: 'listing-id', listingValue: key, recordValue: key, how: 'exact' });
  }
  for (const gtin of view.gtins) {
    const hit = listing.gtins.find((g) => g.gtin === gtin);
    if (hit)
      exact.push({
        kind: 'gtin',
        listingValue: hit.raw,
        recordValue: gtin.replace(/^0+(?=\d{8})/, ''),
        how: hit.raw === gtin ? 'exact' : 'normalised',
      });
  }
  for (const cert of view.certs) {
    const window = ctx.codeWindows.get(cert.key)?.[0];
    const stated = listing.statedCodes.find((c) => c.key === cert.key);
    if (window || stated) {
      const listingValue = window ? textOf(listing, window) : stated!.raw;
      exact.push({ kind: 'kc-cert', listingValue, recordValue: store.display(cert.id) ?? cert.key, how: 'normalised' });
    }
  }
  return exact;
}

function codeHits(ctx: DecideContext, view: RecordView): Evidence[] {
  const { listing, store } = ctx;
  const hits: Evidence[] = [];
  for (const code of view.codes) {
    const window = ctx.codeWindows.get(code.key)?.[0];
    const stated = listing.statedCodes.find((c) => c.key === code.key);
    if (window || stated) {
      hits.push({
        kind: 'model',
        listingValue: window ? textOf(listing, window) : stated!.raw,
        recordValue: store.display(code.id) ?? code.key,
        how: 'normalised',
      });
    }
  }
  return hits;
}

function modelHits(ctx: DecideContext, view: RecordView): ModelHit[] {
  const { listing, store } = ctx;
  const hits: ModelHit[] = [];
  for (const model of view.models) {
    // "Set", "Mini", "Lampe": an ordinary word recorded as a model names no product; a model must look like one.
    if (model.shape === 'weak' && /^[A-Z]+$/.test(model.key) && isCommonWord(ctx, model.key.toLowerCase())) continue;
    const window = ctx.codeWindows.get(model.key)?.[0];
    // "Carburetor for <Brand> MB200", "MB200 호환 필터": the model is what the listing fits.
    if (window && codeNamesWhatItFits(ctx, window, view)) continue;
    if (!window) {
      // A model that is a word may be written in Hangul (아크로바트 for Acrobats).
      const word = /^[A-Z]{4,}$/.test(model.key) ? translatedWord(listing, model.key.toLowerCase()) : null;
      if (word) {
        hits.push({
          evidence: {
            kind: 'model',
            listingValue: word,
            recordValue: store.display(model.id) ?? model.key,
            how: 'translated',
          },
          strong: false,
          rareNumber: false,
        });
      }
      continue;
    }
    const recordValue = store.display(model.id) ?? model.key;
    const listingValue = textOf(listing, window);
    hits.push({
      evidence: {
        kind: 'model',
        listingValue,
        recordValue,
        how: listingValue === recordValue ? 'exact' : 'normalised',
      },
      strong: model.shape === 'strong' && store.df(model.id) <= MAX_MODEL_DF,
      rareNumber: model.shape === 'weak' && RARE_NUMBER.test(model.key) && store.df(model.id) <= MAX_NUMBER_DF,
    });
  }
  return hits;
}

/** The listing states its own brand (in capitals, first) or a model number the record does not have. */
function namesAnotherProduct(ctx: DecideContext, view: RecordView, brand: BrandEvidence | null): boolean {
  const { listing, leadingBrands } = ctx;
  const models = new Set(view.models.map((m) => m.key));
  if (listing.codes.some((c) => c.shape === 'strong' && !models.has(c.key) && c.key !== brand?.key.toUpperCase()))
    return true;
  const word = listing.leadingBrandWord;
  if (word !== undefined && !view.brands.some((b) => b.key === word || b.key.startsWith(word))) return true;
  return [...leadingBrands].some((key) => !view.brands.some((b) => b.key === key));
}

function textOf(listing: ListingAnalysis, window: TokenWindow): string {
  return window.raw ?? windowText(listing.tokens, window);
}

// ---- brands ------------------------------------------------------------------------------------

function bestBrand(ctx: DecideContext, view: RecordView): BrandEvidence | null {
  const { store, listing } = ctx;
  let best: BrandEvidence | null = null;
  const consider = (candidate: BrandEvidence) => {
    if (!best || candidate.rank > best.rank) best = candidate;
  };
  for (const brand of view.brands) {
    const windows = ctx.brandWindows.get(brand.key);
    const inSeller = listing.sellerBrandWindows.some((w) => w.key === brand.key);
    const fuzzyPossible =
      !brand.implicit &&
      brand.key.length >= 6 &&
      ctx.leadingWindowKeys.some((k) => k[0] === brand.key[0] && Math.abs(k.length - brand.key.length) <= 1);
    // Most candidates' brands appear nowhere in the listing: nothing more to check for them.
    if (!windows && !inSeller && !fuzzyPossible) continue;
    const recordValue = store.display(brand.id) ?? brand.key;
    const segment = brand.implicit && brand.flags & FLAG.fromName ? segmentOf(brand.flags) : -1;
    const common =
      isCommonWord(ctx, brand.key) ||
      (brand.implicit && brand.flags & FLAG.fromName ? !rareLeadingWord(ctx, brand.key) : false);
    // A brand made of ordinary words counts where a title starts with it.
    const descriptive = !common && describesProduct(ctx, brand.key, recordValue);
    for (const window of windows ?? []) {
      if (descriptive && window.from !== 0) continue;
      if (describesLook(listing, window, view) || namesWhatItFits(listing, window, view)) continue;
      // A brand the record states (its brand field, or the firm a notice names), not one guessed from a name.
      const stated = !brand.implicit || (brand.flags & FLAG.firm) !== 0;
      const lineNext = stated && namesLineNext(view, listing, window);
      if (!brandPlacementOk(listing, window, brand.key, brand.implicit, common, lineNext)) continue;
      const listingValue = textOf(listing, window);
      const how = listingValue === recordValue ? 'exact' : 'normalised';
      consider({
        key: brand.key,
        implicit: brand.implicit,
        leads: leadsTitle(listing, window),
        segment,
        rank: brand.implicit ? 3 : 4,
        evidence: { kind: 'brand', listingValue, recordValue, how },
      });
    }
    for (const window of listing.sellerBrandWindows) {
      if (window.key !== brand.key || common || descriptive) continue;
      consider({
        key: brand.key,
        implicit: brand.implicit,
        leads: false,
        segment,
        rank: 2,
        evidence: { kind: 'store', listingValue: textOf(listing, window), recordValue, how: 'normalised' },
      });
    }
    // A misspelt brand: one edit away, long enough that one edit cannot turn one name into another.
    if (fuzzyPossible && /^[a-z]+$/.test(brand.key) && !common) {
      for (const window of listing.brandWindows) {
        if (window.from > LEADING_POSITION) break;
        if (window.key === brand.key) continue;
        if (Math.abs(window.key.length - brand.key.length) > 1 || window.key[0] !== brand.key[0]) continue;
        if (editDistance(window.key, brand.key, 1) <= 1 && !namesWhatItFits(listing, window, view)) {
          consider({
            key: brand.key,
            implicit: false,
            leads: leadsTitle(listing, window),
            segment,
            rank: 1,
            evidence: { kind: 'brand', listingValue: textOf(listing, window), recordValue, how: 'fuzzy' },
          });
        }
      }
    }
  }
  /** A brand found by sound across scripts: the record's brand if it has one, else the sound itself. */
  const considerSound = (
    word: { from: number; raw: string },
    sound: { id: number; key: string },
    brand: { key: string; implicit: boolean } | undefined,
    segment: number,
  ) =>
    !namesWhatItFits(listing, { key: sound.key, from: word.from, to: word.from + 1 }, view) &&
    consider({
      key: brand?.key ?? sound.key,
      implicit: brand?.implicit ?? false,
      leads: word.from === 0,
      segment,
      rank: 1.6,
      evidence: {
        kind: 'brand',
        listingValue: word.raw,
        recordValue: store.display(sound.id) ?? sound.key,
        how: 'translated',
      },
    });
  // Brands written in Hangul, compared by sound (romanised; phonetic.ts).
  for (const sound of view.phonetics) {
    for (const word of listing.phonetics) {
      if (word.from > LEADING_POSITION || !samePhonetic(word.key, sound.key)) continue;
      const brand = view.brands.find(
        (b) => /^[a-z]+$/.test(b.key) && soundsOfBrand.get(b.key, latinPhoneticKeys).includes(sound.key),
      );
      if (brand && isCommonWord(ctx, brand.key)) continue;
      const segment = brand && brand.implicit && brand.flags & FLAG.fromName ? segmentOf(brand.flags) : -1;
      considerSound(word, sound, brand, segment);
    }
  }
  // A brand the record writes in Hangul, written in Latin letters by the listing.
  for (const sound of view.hangulSounds) {
    for (const word of listing.latinSounds) {
      if (word.from > LEADING_POSITION || !samePhonetic(word.key, sound.key)) continue;
      const brand = view.brands.find((b) => hangulPhoneticKey(b.key) === sound.key);
      if (brand && isCommonWord(ctx, brand.key)) continue;
      considerSound(word, sound, brand, -1);
    }
  }
  // Brands written in Hangul, compared by consonant skeleton.
  for (const skeleton of view.skeletons) {
    for (const word of listing.skeletons) {
      if (word.skeleton !== skeleton.key || word.from > LEADING_POSITION) continue;
      const recordValue = store.display(skeleton.id) ?? skeleton.key;
      const brand = view.brands.find((b) => latinSkeleton(b.key) === skeleton.key);
      if (brand && isCommonWord(ctx, brand.key)) continue;
      consider({
        key: brand?.key ?? skeleton.key,
        implicit: brand?.implicit ?? false,
        leads: word.from === 0,
        segment: brand && brand.implicit && brand.flags & FLAG.fromName ? segmentOf(brand.flags) : -1,
        rank: 1.5,
        evidence: { kind: 'brand', listingValue: word.raw, recordValue, how: 'translated' },
      });
    }
  }
  return best;
}

/**
 * Where a seller names the maker: first in the title (after quantities such as "2pcs" at most), in
 * capitals, or as a Latin word in a Korean title, where it stands apart from the Korean words around it.
 */
function leadsTitle(listing: ListingAnalysis, window: TokenWindow): boolean {
  if (appendedToTitle(listing, window)) return true;
  const before = listing.tokens.slice(0, window.from);
  if (before.every((t) => /\d/.test(t.norm) || PACK_WORDS.has(t.norm))) return true;
  const span = listing.tokens.slice(window.from, window.to);
  if (span.every((t) => t.shouted) && span.map((t) => t.norm).join('').length >= 4) return true;
  return listing.mostlyKorean && span.every((t) => !t.hangul);
}

/** "Alien Shape", "Unicorn Style": the word before a look word says what the product looks like, not who made it. */
function describesLook(listing: ListingAnalysis, window: TokenWindow, view: RecordView): boolean {
  const next = listing.tokens[window.to];
  // "Zibo Patterned Soother Chain": the look word starts the record's own product name.
  return next !== undefined && LOOK_WORDS.has(next.norm) && !view.names.some((n) => n.word === next.norm);
}

/** A notice for a part ("<Brand> 공기청정기 호환필터") names what it fits the way a listing does: then it is the name. */
function noticeIsForAPart(view: RecordView): boolean {
  return view.names.some((n) => FITS_AFTER.has(n.word) || n.word.startsWith('호환'));
}

/**
 * "Filter for Dyson", "Compatible with Bosch", "Dyson compatible", "샤오미 … 호환 필터": the brand is the
 * product the listing fits (an accessory or spare part), not the listing's maker.
 */
function namesWhatItFits(listing: ListingAnalysis, window: TokenWindow, view: RecordView): boolean {
  if (noticeIsForAPart(view)) return false;
  const tokens = listing.tokens;
  const before = tokens[window.from - 1]?.norm;
  if (before !== undefined && FITS_BEFORE.has(before)) return true;
  if (before === 'with' && FITS_BEFORE.has(tokens[window.from - 2]?.norm ?? '')) return true;
  const after = tokens[window.to]?.norm;
  if (after !== undefined && FITS_AFTER.has(after)) return true;
  return tokens.slice(window.to).some((token) => token.hangul && token.norm.startsWith('호환'));
}

/**
 * A model number the listing says it fits: a fits word ("for", "fits", "compatible with") up to three
 * words before it, or "compatible" or 호환 right after it ("CB-0217 replacement battery" is the battery's
 * own number). A notice for such a part names the model the same way: then it is the name.
 */
function codeNamesWhatItFits(ctx: DecideContext, window: TokenWindow, view: RecordView): boolean {
  if (noticeIsForAPart(view)) return false;
  // The record's own brand in the listing: both are that brand's part for the model ("<Brand> harness for
  // <vehicle> XP1000" against the brand's notice for harnesses fitting XP1000).
  if (view.brands.some((b) => !b.implicit && ctx.brandWindows.has(b.key))) return false;
  const tokens = ctx.listing.tokens;
  for (let i = Math.max(0, window.from - FITS_LOOKBACK); i < window.from; i++) {
    if (!FITS_BEFORE.has(tokens[i]!.norm) || tokens[i]!.norm === 'replacement') continue;
    // "Bed rail for elderly adults ZX-14": for whom, not for what.
    const between = tokens.slice(i + 1, window.from);
    if (!between.some((t) => CHILD_WORDS.has(t.folded) || ADULT_WORDS.has(t.folded))) return true;
  }
  const after = tokens[window.to];
  return after !== undefined && (after.norm === 'compatible' || (after.hangul && after.norm.startsWith('호환')));
}

/** Words between a fits word and the model it names: "for <Brand> <Line> MB200". */
const FITS_LOOKBACK = 3;

/** "… waterproof cover - Zentra", "… | ZENTRA": sellers also state the brand as the title's last part. */
function appendedToTitle(listing: ListingAnalysis, window: TokenWindow): boolean {
  return (
    window.from > 0 &&
    window.to === listing.tokens.length &&
    /^\s*[-–—|]\s*$/.test(listing.tokens[window.from]!.gapBefore) &&
    /\s|\|/.test(listing.tokens[window.from]!.gapBefore)
  );
}

function brandPlacementOk(
  listing: ListingAnalysis,
  window: TokenWindow,
  key: string,
  implicit: boolean,
  common: boolean,
  lineNext = false,
): boolean {
  const leading = window.from <= LEADING_POSITION;
  const span = listing.tokens.slice(window.from, window.to);
  const shouted = key.length >= 4 && span.every((t) => t.shouted);
  // An everyday word is a brand only where and how sellers write brands: first, in capitals, or first and
  // followed by the record's own line ("Razor Icon electric scooter").
  if (common) return leading && (shouted || (lineNext && window.from === 0));
  if (implicit) return leading || appendedToTitle(listing, window);
  if (key.length <= 3) return leading || shouted;
  return true;
}

/** The word after the window is one of the record's own line words: a specific name word or a line read as a brand. */
function namesLineNext(view: RecordView, listing: ListingAnalysis, window: TokenWindow): boolean {
  const next = listing.tokens[window.to];
  if (next === undefined || next.hangul || !/^[a-z][a-z0-9]{2,}$/.test(next.norm)) return false;
  return (
    view.segments.some((segment) => segment.specific.includes(next.norm)) ||
    view.brands.some((b) => b.implicit && (b.flags & FLAG.fromName) !== 0 && b.key === next.norm)
  );
}

/** A brand key that is also an everyday word: in our vocabularies, or a plain name word of other records. */
function isCommonWord(ctx: DecideContext, key: string): boolean {
  const known = ctx.memo.common.get(key);
  if (known !== undefined) return known;
  const common = computeCommonWord(ctx, key);
  ctx.memo.common.set(key, common);
  return common;
}

function computeCommonWord(ctx: DecideContext, key: string): boolean {
  if (
    GENERIC_WORDS.has(key) ||
    TYPE_WORDS.has(key) ||
    STOP_WORDS.has(key) ||
    CHILD_WORDS.has(key) ||
    ADULT_WORDS.has(key)
  ) {
    return true;
  }
  const { store } = ctx;
  const asWord = store.df(store.lookup(`${FEATURE.name}${key}`));
  const asBrand =
    store.df(store.lookup(`${FEATURE.brand}${key}`)) + store.df(store.lookup(`${FEATURE.implicitBrand}${key}`));
  return asWord - asBrand >= COMMON_WORD_DF;
}

/** A brand made only of ordinary words ("Kitchen Toys", "New Brand") reads like a description. */
function describesProduct(ctx: DecideContext, key: string, written: string): boolean {
  const known = ctx.memo.describes.get(key);
  if (known !== undefined) return known;
  const words = tokenize(written);
  const ordinary = (w: string) =>
    GENERIC_WORDS.has(w) || TYPE_WORDS.has(w) || STOP_WORDS.has(w) || CHILD_WORDS.has(w) || ADULT_WORDS.has(w);
  const describes = words.length >= 2 && words.every((t) => ordinary(t.norm) || ordinary(t.folded));
  ctx.memo.describes.set(key, describes);
  return describes;
}

/** A word that leads a notice's product name is read as a brand only if it is rare and used for nothing else. */
function rareLeadingWord(ctx: DecideContext, key: string): boolean {
  const known = ctx.memo.rareLeading.get(key);
  if (known !== undefined) return known;
  const { store } = ctx;
  const asLeading = store.df(store.lookup(`${FEATURE.implicitBrand}${key}`));
  const asWord = store.df(store.lookup(`${FEATURE.name}${key}`));
  const stated = store.df(store.lookup(`${FEATURE.brand}${key}`));
  // A maker with many recalls leads many notices; one that a notice gives as its brand is a brand.
  const rare = (asLeading <= MAX_LEADING_BRAND_DF || stated > 0) && asWord <= asLeading + stated;
  ctx.memo.rareLeading.set(key, rare);
  return rare;
}

// ---- conflicts ---------------------------------------------------------------------------------

function gendersOf(words: readonly string[]): { female: boolean; male: boolean } {
  return { female: words.some((w) => FEMALE_WORDS.has(w)), male: words.some((w) => MALE_WORDS.has(w)) };
}

function conflictingAge(view: RecordView, listing: ListingAnalysis): boolean {
  const recordChild = (view.flags & RECORD.child) !== 0;
  const recordAdult = (view.flags & RECORD.adult) !== 0;
  if (recordChild && !recordAdult && listing.adult && !listing.child) return true;
  if (recordAdult && !recordChild && listing.child && !listing.adult) return true;
  return false;
}

/** The record names models and the listing names another one of the same kind. */
function conflictingModel(view: RecordView, listing: ListingAnalysis, brand: BrandEvidence | null): boolean {
  if (view.models.length === 0) return false;
  const recordStrong = view.models.some((m) => m.shape === 'strong');
  const signatures = new Set(view.models.map((m) => signature(m.key)));
  const brandKey = brand?.key.toUpperCase();
  return listing.codes.some((code) => {
    if (code.key === brandKey || view.brands.some((b) => b.key.toUpperCase() === code.key)) return false;
    if (code.shape === 'strong' && recordStrong) return true;
    return signatures.has(code.signature);
  });
}

/** Letter/digit pattern of a code: "HQ3040" → "LLDDDD". */
function signature(key: string): string {
  return key.replace(/[A-Z]/g, 'L').replace(/\d/g, 'D');
}

// ---- sizes -------------------------------------------------------------------------------------

/** Measures that tell one size of a line from another, by their spellings. */
const SIZE_UNITS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    cup: ['cup', 'cups', '컵'],
    quart: ['quart', 'quarts', 'qt', '쿼트'],
    oz: ['oz', 'ounce', 'ounces'],
    liter: ['liter', 'liters', 'litre', 'litres', 'l', '리터'],
    gallon: ['gallon', 'gallons', 'gal'],
    slice: ['slice', 'slices'],
    burner: ['burner', 'burners'],
    drawer: ['drawer', 'drawers'],
    inch: ['inch', 'inches', '인치'],
    foot: ['foot', 'feet', 'ft', '피트'],
    volt: ['volt', 'volts', 'v'],
    speed: ['speed', 'speeds'],
  }).flatMap(([unit, spellings]) => spellings.map((s) => [s, unit] as const)),
);

/** Numbers written just before a size unit, a run of them ("7 and 11 cup") included: unit → numbers. */
function addSizes(into: Map<string, Set<string>>, words: readonly string[]): void {
  words.forEach((word, i) => {
    const glued = /^(\d+(?:\.\d+)?)(\D+)$/.exec(word);
    const unit = SIZE_UNITS.get(glued ? glued[2]! : word);
    if (!unit) return;
    const numbers = into.get(unit) ?? new Set<string>();
    if (glued) numbers.add(glued[1]!);
    else for (let j = i - 1; j >= 0 && /^\d+(?:\.\d+)?$/.test(words[j]!); j--) numbers.add(words[j]!);
    if (numbers.size > 0) into.set(unit, numbers);
  });
}

/** The listing's sizes, read once per listing however many candidates ask. */
function listingSizes(listing: ListingAnalysis): Map<string, Set<string>> {
  let sizes = sizesOfListing.get(listing);
  if (!sizes) {
    sizes = new Map();
    addSizes(
      sizes,
      listing.tokens.map((t) => t.norm),
    );
    sizesOfListing.set(listing, sizes);
  }
  return sizes;
}

const sizesOfListing = new WeakMap<ListingAnalysis, Map<string, Set<string>>>();

// ---- names -------------------------------------------------------------------------------------

/**
 * How much of the record's name (beyond brand, type and filler words) the listing repeats. A segment
 * counts when most of its specific words are there, or, for names in another language, when most of all
 * its words are.
 */
/** Syllables a glued Consumer24 name needs before it holds a brand as well as the product. */
const MIN_GLUED_NAME = 7;

/** The listing's runs of Hangul words written one after another, joined without their spaces. */
function hangulRuns(listing: ListingAnalysis): { joined: string; text: string }[] {
  const runs: { joined: string; text: string }[] = [];
  let current: Token[] = [];
  const close = () => {
    if (current.length > 0)
      runs.push({ joined: current.map((t) => t.norm).join(''), text: current.map((t) => t.raw).join(' ') });
    current = [];
  };
  for (const token of listing.tokens) {
    if (token.hangul && (current.length === 0 || /^\s+$/.test(token.gapBefore))) current.push(token);
    else {
      close();
      if (token.hangul) current.push(token);
    }
  }
  close();
  return runs;
}

/** Sources that name products in English only. */
const ENGLISH_NAMED: ReadonlySet<string> = new Set(['cpsc-api', 'cpsc-csv', 'accc']);

/** The kinds a name's words state, in the order they stand (in English the last is what the product is). */
function kindsOf(segment: Segment): string[] {
  return segmentKindsMemo.get(segment.all.join(' '), (words) =>
    findConcepts(tokenize(words)).hits.map((h) => h.concept),
  );
}

const segmentKindsMemo = new Memo<string[]>(20_000);

function nameCoverage(
  ctx: DecideContext,
  view: RecordView,
  brandSegment: number,
  allowGeneric: boolean,
  brand?: { key: string; listingValue: string },
): Coverage | null {
  if (statesAnotherNumber(ctx, view)) return null;
  const brandKey = brand?.key;
  let best: Coverage | null = null;
  view.segments.forEach((whole, index) => {
    // "Vitus 14 and Vitus 16 Kids Bikes": each part the brand leads is one of its products.
    if (brandSegment >= 0 && index !== brandSegment && !ledBy(view, brandKey, index)) return;
    const named = withLeadingName(ctx, view, whole, index, brandKey);
    for (const segment of scriptParts(named)) best = betterCoverage(ctx, segment, allowGeneric, best, brand);
  });
  return best;
}

/**
 * The record's name gives its model as a number ("model 963", "Model 100"; not a year) that the listing does
 * not repeat, and the listing states a code of its own: a long one, or one of the same shape ("Model 200").
 */
function statesAnotherNumber(ctx: DecideContext, view: RecordView): boolean {
  const { listing } = ctx;
  if (listing.codes.length === 0) return false;
  const numbers = view.segments.flatMap((s) => s.specific).filter((w) => /\d/.test(w) && modelShape(w) !== 'none');
  if (numbers.length === 0 || numbers.some((w) => listing.words.has(w) || ctx.codeWindows.has(w.toUpperCase())))
    return false;
  const shapes = new Set(numbers.map((w) => signature(w.toUpperCase())));
  return listing.codes.some((c) => c.shape === 'strong' || shapes.has(c.signature));
}

/** The part of the record's names a brand feature was read from. */
const segmentOf = (flags: number) => (flags >> FLAG.segmentShift) & FLAG.segmentMask;

/** The brand was read from the lead of this part of the record's names. */
const ledBy = (view: RecordView, brandKey: string | undefined, index: number) =>
  brandKey !== undefined &&
  view.brands.some((b) => b.key === brandKey && (b.flags & FLAG.fromName) !== 0 && segmentOf(b.flags) === index);

/** A word leading a part of the record's names, read as a brand, that is not the brand the listing names. */
function isOtherLeadingWord(b: RecordView['brands'][number], brandKey: string): boolean {
  return (
    b.implicit &&
    (b.flags & FLAG.fromName) !== 0 &&
    !b.key.includes(brandKey) &&
    !brandKey.includes(b.key) &&
    /^[a-z]{3,}$/.test(b.key)
  );
}

/**
 * A name's first word is read as a brand ("Spark Inline Skates"), and a brand's words are left out of its
 * name. When the listing's brand is another of the record's ("<Firm> Recalls Spark Inline Skates"), that
 * first word was the product's own name after all, and counts as one when the listing repeats it. Only
 * then: a first word that is neither ("different <Brand>-branded toys") must not ask for more.
 */
function withLeadingName(
  ctx: DecideContext,
  view: RecordView,
  segment: Segment,
  index: number,
  brandKey: string | undefined,
): Segment {
  if (brandKey === undefined) return segment;
  const leading = view.brands.find(
    (b) =>
      isOtherLeadingWord(b, brandKey) &&
      segmentOf(b.flags) === index &&
      findWord(ctx, b.key, undefined, undefined, true) !== null,
  );
  if (!leading || segment.all.includes(leading.key)) return segment;
  return { ...segment, specific: [leading.key, ...segment.specific], all: [leading.key, ...segment.all] };
}

/**
 * A Korean notice may name the product twice, in Latin letters and in Hangul ("Grout Pen(줄눈 펜)"): a
 * title in either script repeats only half the words, so each script's words also count as the whole name.
 */
function scriptParts(segment: Segment): Segment[] {
  const hangul = segment.all.filter((w) => HANGUL_WORD.test(w)).length;
  if (hangul < 2 || segment.all.length - hangul < 2) return [segment];
  const part = (keep: (word: string) => boolean): Segment => ({
    specific: segment.specific.filter(keep),
    all: segment.all.filter(keep),
    typeName: segment.typeName,
  });
  return [segment, part((w) => HANGUL_WORD.test(w)), part((w) => !HANGUL_WORD.test(w))];
}

/** The segment's coverage when it beats `best`, else `best`. */
function betterCoverage(
  ctx: DecideContext,
  named: Segment,
  allowGeneric: boolean,
  best: Coverage | null,
  brand?: { key: string; listingValue: string },
): Coverage | null {
  const matched = new Map<string, { listing: string; how: Evidence['how'] }>();
  let written = 0;
  const specific = new Set(named.specific);
  for (const [i, word] of named.all.entries()) {
    // Only a specific word is looked up in English: a translated type word would pad the loose count.
    const found =
      findWord(ctx, word, named.all[i + 1], named.all[i - 1], specific.has(word)) ?? brandPiece(word, brand);
    // A kind's other word completes an all-ordinary name but must not pad the loose count either.
    const hit = found ?? kindWord(ctx, word);
    if (hit) matched.set(word, hit);
    if (found) written++;
  }
  // A model year the listing does not repeat is not asked for.
  const years = named.modelYears;
  const unasked = (w: string) => years !== undefined && !matched.has(w) && years.includes(w);
  const segment = years
    ? { ...named, specific: named.specific.filter((w) => !unasked(w)), all: named.all.filter((w) => !unasked(w)) }
    : named;
  const specificHits = segment.specific.filter((w) => matched.has(w));
  // A coded word of the name ("Ortex SD7 rim brakes") tells the product apart as a model does: it weighs twice.
  const weight = (words: string[]) => words.reduce((sum, w) => sum + (isCodeWord(w) ? 2 : 1), 0);
  const specificRatio = segment.specific.length > 0 ? weight(specificHits) / weight(segment.specific) : 0;
  let ratio = 0;
  // A name of ordinary words only counts when the listing repeats all of them.
  const generic =
    allowGeneric &&
    !segment.typeName &&
    segment.specific.length === 0 &&
    segment.all.length >= 2 &&
    matched.size === segment.all.length;
  if (generic) {
    ratio = 1;
  } else if (specificRatio >= NAME_COVERAGE) {
    ratio = specificRatio;
  } else if (
    segment.specific.length > 0 &&
    written >= LOOSE_NAME_MIN_WORDS &&
    written / segment.all.length >= LOOSE_NAME_COVERAGE
  ) {
    ratio = written / segment.all.length;
  }
  if (ratio === 0 || (best && best.ratio >= ratio)) return best;
  const shown = (specificHits.length > 0 ? specificHits : [...matched.keys()]).slice(0, 6);
  const fuzzy = shown.some((w) => matched.get(w)!.how !== 'normalised');
  return {
    ratio,
    generic,
    namesOwnWord: specificHits.some((w) => matched.get(w)!.how !== 'translated'),
    numbersOnly: specificHits.length > 0 && specificHits.every((w) => /^\d+$/.test(w)),
    evidence: {
      kind: 'title',
      listingValue: shown.map((w) => matched.get(w)!.listing).join(' '),
      recordValue: shown.join(' '),
      how: fuzzy ? (shown.some((w) => matched.get(w)!.how === 'translated') ? 'translated' : 'fuzzy') : 'normalised',
    },
  };
}

/**
 * A word of the name that is a piece of the brand the listing names ("Country" of "Wild Country", "Crock" of
 * "Crock-Pot") is repeated by the brand, however the listing writes it: glued ("WildCountry") or in Hangul.
 */
function brandPiece(
  word: string,
  brand: { key: string; listingValue: string } | undefined,
): { listing: string; how: Evidence['how'] } | null {
  if (!brand || word.length < 3 || word.length >= brand.key.length || !/^[a-z]+$/.test(word)) return null;
  return brand.key.startsWith(word) || brand.key.endsWith(word)
    ? { listing: brand.listingValue, how: 'normalised' }
    : null;
}

/**
 * Korean titles put a product's line right after its brand: the first Hangul word there (past sizes) must be
 * a kind, an ordinary word, one of the record's describing words translated, or the sound of one of its own
 * words; not a name of its own ("코르바니 아쿠아 애프터쉐이브" names Korvani's Aqua line).
 */
function knownWordAfterBrand(tokens: readonly Token[], brandText: string, recordWords: string[]): boolean {
  const end = brandEnd(tokens, brandText);
  if (end < 0) return false;
  const next = tokens.slice(end + 1).find((t) => !/^\d/.test(t.norm));
  if (next === undefined || !next.hangul) return true;
  // A describing word there names the line ("아쿠아" for Aqua) unless the record's name says it too.
  if ((ENGLISH_OF_KOREAN.get(next.norm) ?? []).some((e) => recordWords.includes(e))) return true;
  if (isOrdinaryToken(next) || findConcepts([next]).hits.length > 0) return true;
  // Loanword spellings of a name vary in their vowels (카멜롯, 캐멀롯): the consonants are what they share,
  // starting the same way (에어포스, Air Force, is not "Face").
  const key = hangulPhoneticKey(next.norm);
  const sound = consonantsOf(key);
  return (
    sound.length >= 2 &&
    recordWords.some(
      (w) => /^[a-z]{3,}$/.test(w) && latinPhoneticKeys(w).some((k) => consonantsOf(k) === sound && k[0] === key[0]),
    )
  );
}

/**
 * A kind a Korean title names only to describe the product, not as what it is: right before the record's
 * kind (오토바이 장갑, gloves for motorcycles: Korean puts the head noun last), as a type suffix (건전지형,
 * battery-type; 충전식, the rechargeable kind) or as a capacity (12컵, twelve cups).
 */
function onlyDescribes(listing: ListingAnalysis, hit: ConceptHit, kinds: readonly string[]): boolean {
  const token = listing.tokens[hit.at];
  if (!token?.hangul) return false;
  const before = listing.tokens[hit.at - 1];
  if (/^\d/.test(token.norm) || (before && /^\d+$/.test(before.norm) && token.gapBefore === '')) return true;
  if (token.norm.length > hit.text.replace(/\s+/g, '').length && KOREAN_TYPE_SUFFIX.test(token.norm)) return true;
  const next = listing.tokens[hit.at + 1];
  return next?.hangul === true && findConcepts([next]).hits.some((h) => kinds.includes(h.concept));
}

const KOREAN_TYPE_SUFFIX = /[형식]$/;

/** Index of the title's last token of the brand as the evidence writes it, or -1 where it is not found. */
function brandEnd(tokens: readonly Token[], brandText: string): number {
  const start = tokens.findIndex((t) => brandText.startsWith(t.raw));
  if (start < 0) return -1;
  let end = start;
  let text = tokens[start]!.raw;
  while (end + 1 < tokens.length && text !== brandText && brandText.startsWith(text + tokens[end + 1]!.raw)) {
    end++;
    text += tokens[end]!.raw;
  }
  return end;
}

/** The first word after the brand that is not a kind or filler is a capitalised name the record does not write. */
function otherNameAfterBrand(
  tokens: readonly Token[],
  brand: Evidence,
  recordWords: ReadonlySet<string>,
  brandKeys: readonly string[],
): boolean {
  const brandText = brand.listingValue;
  // The brand as the record spells it, one letter off included ("Ashleh" for Ashley).
  const brandWords = tokenize(brand.recordValue).map((t) => t.norm);
  const end = brandEnd(tokens, brandText);
  if (end < 0) return false;
  for (let i = end + 1; i < Math.min(tokens.length, end + 1 + OTHER_NAME_LOOKAHEAD); i++) {
    const t = tokens[i]!;
    if (t.hangul) return false;
    if (TYPE_WORDS.has(t.norm) || GENERIC_WORDS.has(t.norm)) continue;
    if (recordWords.has(t.norm) || brandKeys.some((k) => k.includes(t.norm))) return false;
    // "T-Line": the word and the letter hyphened before it are one name.
    if (t.gapBefore === '-' && recordWords.has(tokens[i - 1]!.norm + t.norm)) return false;
    if (brandWords.some((w) => w.length >= 5 && editDistance(w, t.norm, 1) <= 1)) return false;
    if (!/^[A-Z]/.test(t.raw) || isDescribingToken(t) || STOP_WORDS.has(t.norm)) return false;
    // "Assisted", "Folding": a participle describes the product.
    if (/(?:ed|ing)$/.test(t.norm)) return false;
    const word = /^[a-z]{3,}$/.test(t.norm) && !isOrdinaryToken(t);
    const code = /\d/.test(t.norm) && /[a-z]/.test(t.norm) && modelShape(t.norm) !== 'none';
    return word || code;
  }
  return false;
}

/** Records a line word may name and still tell the product apart. */
const MAX_LINE_WORD_DF = 2;

/** Words that count a notice's models ("seven models of …"). */
const SEVERAL_WORDS: ReadonlySet<string> = new Set(
  'two three four five six seven eight nine ten eleven twelve several various multiple numerous all'.split(' '),
);

/** Words after the brand looked at for a name of the listing's own. */
const OTHER_NAME_LOOKAHEAD = 2;

/** A phonetic key without its vowel classes (a, e, o). */
const consonantsOf = (key: string) => key.replace(/[aeo]/g, '');

/** A word that describes a product rather than naming one: ordinary, a kind, a colour, a register's describing word. */
function isDescribingToken(t: Token): boolean {
  return isOrdinaryToken(t) || KOREAN_FORMS.has(t.norm) || COLOUR_OF.has(t.norm) || conceptsOfWord(t.norm).length > 0;
}

/** Small numbers written out, as product names do ("Three-Wheeled Scooters", "Two-Seat Trailers"). */
const NUMBER_OF_WORD: ReadonlyMap<string, string> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((w, i) => [
    w,
    String(i + 1),
  ]),
);
const WORD_OF_NUMBER: ReadonlyMap<string, string> = new Map([...NUMBER_OF_WORD].map(([w, n]) => [n, w]));

/** The title starts with an everyday word, a kind or a number, not with a name (a brand) of its own. */
function leadsWithOrdinaryWord(listing: ListingAnalysis): boolean {
  const first = listing.tokens[0];
  return (
    first === undefined || /^\d/.test(first.norm) || isOrdinaryToken(first) || findConcepts([first]).hits.length > 0
  );
}

const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;

/** Letters and digits together, and not a measure or standard: a code. */
function isCodeWord(word: string): boolean {
  return /\d/.test(word) && /[a-z]/.test(word) && modelShape(word) !== 'none';
}

/** A word of the name that is a kind of product on its own, named in the listing in any of that kind's words. */
function kindWord(ctx: DecideContext, word: string): { listing: string; how: Evidence['how'] } | null {
  if (!TYPE_WORDS.has(word)) return null;
  for (const concept of conceptsOfWord(word)) {
    const hit = ctx.listing.concepts.get(concept);
    if (hit && !isBroadConcept(concept))
      return { listing: hit.text, how: hit.translated ? 'translated' : 'normalised' };
  }
  return null;
}

/**
 * Finds a record name word in the listing: as a word, glued to the word after or before it (Korean
 * compounds are written with or without the space: "청소용 식초", "청소용식초"), split, one typo away, or in
 * Hangul; with `translate`, a describing word of an alert's language also by its English form.
 */
function findWord(
  ctx: DecideContext,
  word: string,
  next: string | undefined,
  previous?: string,
  translate = false,
): { listing: string; how: Evidence['how'] } | null {
  const { listing } = ctx;
  // "Lead-Free" says the product has none: no "lead" of the record's, unless the record says it so too.
  if (listing.freeOf.has(word) && next !== 'free') return null;
  if (listing.words.has(word)) return { listing: word, how: 'normalised' };
  // "Three-Wheeled" is written "3 Wheel" as often as not, and the other way round.
  const number = NUMBER_OF_WORD.get(word) ?? WORD_OF_NUMBER.get(word);
  if (number && listing.words.has(number)) return { listing: number, how: 'normalised' };
  if (next && listing.words.has(word + next)) return { listing: word + next, how: 'normalised' };
  if (previous && listing.words.has(previous + word)) return { listing: previous + word, how: 'normalised' };
  // "myonlystyler" written "My Only Styler", "tline" (T-Line) written "T Line"; "헹굼식초" written "헹굼 식초".
  if (word.length >= 4 && ctx.brandWindows.has(word))
    return { listing: textOf(listing, ctx.brandWindows.get(word)![0]!), how: 'normalised' };
  if (/^[a-z]{5,}$/.test(word)) {
    for (const token of listing.tokens) {
      if (token.hangul || token.norm.length < 5 || token.norm[0] !== word[0]) continue;
      if (editDistance(token.norm, word, 1) <= 1) return { listing: token.raw, how: 'fuzzy' };
    }
  }
  if (/^[a-z]{4,}$/.test(word)) {
    const translated = translatedWord(listing, word);
    if (translated) return { listing: translated, how: 'translated' };
  }
  if (translate) {
    const translated = translatedName(listing, word);
    if (translated) return { listing: translated, how: 'translated' };
  }
  const sounded = soundedWord(listing, word, next, previous);
  if (sounded) return { listing: sounded, how: 'translated' };
  return null;
}

/**
 * A describing word of the record's name in the listing's words: an alert language's word in English
 * ("lavable" → "washable"), and either in Korean, translated or spelt as it sounds ("워셔블").
 */
function translatedName(listing: ListingAnalysis, word: string): string | null {
  for (const e of ENGLISH_OF_KOREAN.get(word) ?? []) if (listing.words.has(e)) return e;
  const english = FOREIGN_NAME_WORDS.get(word) ?? [];
  for (const e of english) if (listing.words.has(e)) return e;
  if (listing.hangulBySkeleton.size === 0) return null; // no Hangul word in the title
  for (const e of [word, ...english]) {
    for (const korean of KOREAN_FORMS.get(e) ?? []) {
      if (listing.words.has(korean)) return korean;
      if (korean.length >= 2 && listing.tokens.some((t) => t.hangul && gluedWith(t.norm, korean))) return korean;
    }
    if (e !== word) {
      const sounded = soundedWord(listing, e);
      if (sounded) return sounded;
    }
  }
  return null;
}

/**
 * Korean glues the words of a name into one ("산악자전거", mountain bicycle; "원격제어", remote control): the
 * form counts at either end of a longer word whose rest is a kind or another known word. Not inside another
 * loanword ("에어" in "에어포스" is no "air"): the rest must be a word of its own.
 */
function gluedWith(word: string, form: string): boolean {
  if (word.length <= form.length) return false;
  const rest = word.startsWith(form)
    ? word.slice(form.length)
    : word.endsWith(form)
      ? word.slice(0, -form.length)
      : null;
  if (rest === null) return false;
  return ENGLISH_OF_KOREAN.has(rest) || findConcepts(tokenize(rest)).hits.length > 0;
}

/**
 * A Latin name word written in Hangul as it sounds, alone or glued to its neighbour as Korean writes
 * two-word names ("Velmi Rosso" → "벨미로소"). Short single words collide, so alone it needs a longer sound.
 */
function soundedWord(listing: ListingAnalysis, word: string, next?: string, previous?: string): string | null {
  if (HANGUL_WORD.test(word)) {
    // A record naming its product in Hangul as it sounds ("미라클"), against a title in Latin letters.
    if (word.length < 2) return null;
    const sound = hangulSoundMemo.get(word, hangulPhoneticKey);
    return sound.length >= MIN_SOUNDED_WORD ? (latinBySound(listing).get(sound) ?? null) : null;
  }
  if (listing.hangulBySkeleton.size === 0 || !/^[a-z]{2,}$/.test(word)) return null;
  const sounds = hangulBySound(listing);
  if (word.length >= 3 && sounds.size > 0) {
    const alone = latinPhoneticKey(word);
    if (alone.length >= MIN_SOUNDED_WORD && sounds.has(alone)) return sounds.get(alone)!;
    for (const pair of [next && word + next, previous && previous + word]) {
      if (!pair || !/^[a-z]+$/.test(pair)) continue;
      const hit = sounds.get(latinPhoneticKey(pair));
      if (hit) return hit;
    }
  }
  // Two neighbouring words of the name spelt as two neighbouring Hangul words: together long enough to be sure.
  const pairs = hangulSoundPairs(listing);
  if (next && /^[a-z]{2,}$/.test(next)) {
    const hit = soundedPair(pairs, word, next);
    if (hit) return hit[0];
  }
  if (previous && /^[a-z]{2,}$/.test(previous)) {
    const hit = soundedPair(pairs, previous, word);
    if (hit) return hit[1];
  }
  return null;
}

/** The two Hangul words spelling two Latin words in turn, each heard in any of its readings. */
function soundedPair(pairs: Map<string, [string, string]>, first: string, second: string): [string, string] | null {
  if (pairs.size === 0) return null;
  for (const a of soundsOfWord.get(first, latinPhoneticKeys)) {
    for (const b of soundsOfWord.get(second, latinPhoneticKeys)) {
      if (a.length < 2 || b.length < 2 || a.length + b.length < MIN_SOUNDED_PAIR) continue;
      const hit = pairs.get(`${a} ${b}`);
      if (hit) return hit;
    }
  }
  return null;
}

const hangulSoundMemo = new Memo<string>(20_000);
const soundsOfBrand = new Memo<string[]>(20_000);
const soundsOfWord = new Memo<string[]>(20_000);

/** A single word's sound this long is rarely another word's. */
const MIN_SOUNDED_WORD = 5;
/** Two neighbouring words' sounds this long together, in the same order, are rarely two other words'. */
const MIN_SOUNDED_PAIR = 6;

/** A Hangul word in the listing spelling the Latin word (same consonant skeleton, three or more). */
function translatedWord(listing: ListingAnalysis, word: string): string | null {
  // Most listings hold no Hangul: then no record word needs its skeleton.
  if (listing.hangulBySkeleton.size === 0) return null;
  const skeleton = skeletonMemo.get(word, latinSkeleton);
  if (skeleton.length < 3) return null;
  return listing.hangulBySkeleton.get(skeleton) ?? null;
}

/** Record words recur across candidates and listings: their skeletons are read once. */
const skeletonMemo = new Memo<string>(20_000);

// ---- similar -----------------------------------------------------------------------------------

/** Same kind of product and a similar name: a soft "similar products were flagged" note. */
function similarity(ctx: DecideContext, view: RecordView): Similarity | null {
  const { listing, store } = ctx;
  const recordSpecificTypes = view.types.filter((t) => !isBroadConcept(t));
  const shared = recordSpecificTypes.filter((t) => listing.concepts.has(t));
  if (shared.length === 0) return null;
  let total = 0;
  let found = 0;
  const matchedWords: string[] = [];
  for (const name of view.names) {
    if (STOP_WORDS.has(name.word)) continue;
    const weight = Math.log(1 + ctx.total / Math.max(1, store.df(name.id)));
    total += weight;
    if (listing.words.has(name.word)) {
      found += weight;
      matchedWords.push(name.word);
    }
  }
  const tokenSimilarity = total > 0 ? found / total : 0;
  const conceptSimilarity = shared.length / recordSpecificTypes.length;
  const similar = tokenSimilarity >= SIMILAR_TOKEN_SIMILARITY || (listing.mostlyKorean && conceptSimilarity === 1);
  if (!similar) return null;
  const hit = listing.concepts.get(shared[0]!)!;
  const evidence: Evidence[] = [
    {
      kind: 'product-type',
      listingValue: hit.text,
      recordValue: shared[0]!,
      how: hit.translated ? 'translated' : 'normalised',
    },
  ];
  if (matchedWords.length > 0) {
    evidence.push({
      kind: 'title',
      listingValue: matchedWords.slice(0, 6).join(' '),
      recordValue: matchedWords.slice(0, 6).join(' '),
      how: 'normalised',
    });
  }
  const score = 0.3 + 0.3 * Math.max(tokenSimilarity, conceptSimilarity * 0.6);
  return { score: Math.round(score * 1000) / 1000, evidence };
}
