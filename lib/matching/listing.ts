/**
 * A listing read once into everything the matcher looks up: token windows as brand keys and as code keys
 * (so "HK W003", "HK-W003" and "HKW003" all meet the key HKW003), GTINs, product-type concepts, age words,
 * Hangul words as consonant skeletons (brands written in Hangul), and the model-like codes it states.
 */
import type { ListingQuery } from './types';
import { findConcepts, TYPE_WORDS, type ConceptHit } from './concepts';
import { hangulSkeleton, MIN_SKELETON_LENGTH } from './hangul';
import { codeKey, listingKeyOf, modelShape, usableGtin, type ModelShape } from '../identifiers';
import { ADULT_WORDS, CHILD_WORDS, GENERIC_BRANDS, GENERIC_WORDS, isChildToken, STOP_WORDS } from './lexicon';
import { isTightGap, Memo, tokenize, type Token } from './text';
import { hangulPhoneticKey, latinPhoneticKey, latinPhoneticKeys, MIN_PHONETIC_LENGTH } from './phonetic';

export interface TokenWindow {
  key: string;
  /** Token span [from, to). */
  from: number;
  to: number;
  /** Set when the window is not over the title's tokens (seller name). */
  raw?: string;
}

export interface ListingCode {
  key: string;
  raw: string;
  shape: ModelShape;
  /** Letter/digit pattern: "HQ3040" → "LLDDDD". */
  signature: string;
  from: number;
  to: number;
}

export interface ListingAnalysis {
  title: string;
  tokens: readonly Token[];
  /** Singularised and plain forms of every token. */
  words: Set<string>;
  /** Words the title only writes as what the product is free of ("Lead-Free", "BPA free"). */
  freeOf: Set<string>;
  brandWindows: TokenWindow[];
  /** Brand windows read from an "<X> Official Store" seller name. */
  sellerBrandWindows: TokenWindow[];
  codeWindows: TokenWindow[];
  gtins: { gtin: string; raw: string }[];
  /** Identifiers the page stated outside the title (KC numbers, other codes). */
  statedCodes: { key: string; raw: string; kind: 'gtin' | 'kc' | 'other' }[];
  concepts: Map<string, ConceptHit>;
  typeTokens: Set<number>;
  child: boolean;
  adult: boolean;
  /** Most words are Hangul: the title shares few words with English records. */
  mostlyKorean: boolean;
  skeletons: { skeleton: string; raw: string; from: number }[];
  /** Every Hangul word's consonant skeleton → the first word with it (Latin words written in Hangul). */
  hangulBySkeleton: Map<string, string>;
  /** Hangul words near the start as brand sounds (phonetic.ts): loanword spellings of Latin brands. */
  phonetics: { key: string; raw: string; from: number }[];
  /** Leading Latin words as brand sounds, for records that write their brand in Hangul. */
  latinSounds: { key: string; raw: string; from: number }[];
  /** Model-like codes in the title, for "the listing names a different model" checks. */
  codes: ListingCode[];
  /** A brand-like word in capitals leading the title ("LOVELYKIDS"): the listing names its own brand. */
  leadingBrandWord?: string;
  listingKeys: string[];
}

const MAX_BRAND_WINDOW = 4;
const MAX_CODE_WINDOW = 3;
const BARCODE_CUE = /^(?:ean|ean13|ean8|upc|gtin|jan|barcode|바코드)$/;

export function analyseListing(query: ListingQuery): ListingAnalysis {
  const title = [query.title, query.brand, ...(query.models ?? [])].filter(Boolean).join(' ; ');
  const tokens = tokenize(title);
  const words = new Set<string>();
  for (const t of tokens) words.add(t.norm).add(t.folded);
  const freeOf = new Set<string>();
  const named = new Set<string>();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (next?.norm === 'free' && /^[-\s]+$/.test(next.gapBefore)) freeOf.add(t.norm);
    else named.add(t.norm);
  });
  for (const word of named) freeOf.delete(word);

  const gtins: { gtin: string; raw: string }[] = [];
  tokens.forEach((t, i) => {
    const cued = i > 0 && BARCODE_CUE.test(tokens[i - 1]!.norm);
    // A bare 8-digit run is usually a date or an order number; after a barcode cue it is an EAN-8.
    const gtin = usableGtin(t.folded, { allowGtin8: cued });
    if (gtin) gtins.push({ gtin, raw: t.raw });
  });
  const statedCodes: ListingAnalysis['statedCodes'] = [];
  for (const identifier of query.identifiers ?? []) {
    if (identifier.kind === 'gtin') {
      const gtin = usableGtin(identifier.value);
      if (gtin) gtins.push({ gtin, raw: identifier.value });
    } else statedCodes.push({ key: codeKey(identifier.value), raw: identifier.value, kind: identifier.kind });
  }

  const scan = findConcepts(tokens);
  const concepts = new Map<string, ConceptHit>();
  for (const hit of scan.hits) if (!concepts.has(hit.concept)) concepts.set(hit.concept, hit);

  const child = tokens.some((t) => isChildToken(t));
  const adult = tokens.some((t) => ADULT_WORDS.has(t.folded) || (t.hangul && t.norm.includes('성인')));

  const listingKeys = [query.globalItemId, query.itemId]
    .filter((id): id is string => !!id)
    .map((id) => listingKeyOf(query.site, id));

  return {
    title,
    tokens,
    words,
    freeOf,
    brandWindows: [
      ...windows(tokens, MAX_BRAND_WINDOW, false, (ts) => ts.map((t) => t.key).join(''), true),
      ...brandGluedToType(tokens),
    ],
    sellerBrandWindows: sellerWindows(query.seller),
    codeWindows: windows(tokens, MAX_CODE_WINDOW, true, (ts) =>
      ts
        .map((t) => t.key)
        .join('')
        .toUpperCase(),
    ),
    gtins,
    statedCodes,
    concepts,
    typeTokens: scan.typeTokens,
    child,
    adult,
    mostlyKorean: tokens.filter((t) => t.hangul).length > tokens.length / 2,
    skeletons: skeletons(tokens, scan.typeTokens),
    hangulBySkeleton: hangulBySkeleton(tokens),
    phonetics: phonetics(tokens, scan.typeTokens),
    latinSounds: latinSounds(tokens, scan.typeTokens),
    codes: codes(tokens),
    leadingBrandWord: leadingBrandWord(tokens, scan.typeTokens),
    listingKeys: [...new Set(listingKeys)],
  };
}

/** The first or second word when it is written in capitals and is no ordinary word: the seller's brand. */
function leadingBrandWord(tokens: readonly Token[], typeTokens: Set<number>): string | undefined {
  for (const [i, t] of tokens.slice(0, 2).entries()) {
    if (!t.shouted || t.key.length < 4 || !/[a-z]/.test(t.key) || typeTokens.has(i)) continue;
    if (GENERIC_WORDS.has(t.norm) || STOP_WORDS.has(t.norm) || TYPE_WORDS.has(t.norm) || GENERIC_BRANDS.has(t.key))
      continue;
    if (CHILD_WORDS.has(t.folded) || ADULT_WORDS.has(t.folded) || modelShape(t.key.toUpperCase()) === 'strong')
      continue;
    return t.key;
  }
  return undefined;
}

/**
 * Korean sellers glue the brand to the product type in the title's first word ("루미엘무드등" for 루미엘
 * 무드등): when that word ends in a type word, the two syllables or more before it are a brand window.
 */
function brandGluedToType(tokens: readonly Token[]): TokenWindow[] {
  const first = tokens[0];
  if (!first?.hangul || first.norm.length < 4 || first.norm !== first.raw) return [];
  for (let cut = 2; cut <= first.norm.length - 2; cut++) {
    const rest = first.norm.slice(cut);
    const names = findConcepts(tokenize(rest)).hits.some((hit) => hit.text.replace(/\s+/g, '') === rest);
    if (names) return [{ key: first.norm.slice(0, cut), from: 0, to: 1, raw: first.raw.slice(0, cut) }];
  }
  return [];
}

/** A Hangul syllable is a consonant and a vowel or more: two of them spell a brand as well as three letters. */
const TWO_SYLLABLES = /^[\uAC00-\uD7A3]{2}$/;

/** Words joined with no space ("Fisher-Price", "SUN&SPORT") are one name: a brand window never splits them. */
const JOINED = /^[-&._/+]$/;

function windows(
  tokens: readonly Token[],
  maxLength: number,
  latinOnly: boolean,
  keyOf: (ts: Token[]) => string,
  whole = false,
): TokenWindow[] {
  const out: TokenWindow[] = [];
  for (let from = 0; from < tokens.length; from++) {
    if (whole && JOINED.test(tokens[from]!.gapBefore)) continue;
    for (let to = from + 1; to <= Math.min(tokens.length, from + maxLength); to++) {
      const last = tokens[to - 1]!;
      if (latinOnly && last.hangul) break;
      if (to > from + 1 && !isTightGap(last.gapBefore)) break;
      if (whole && to < tokens.length && JOINED.test(tokens[to]!.gapBefore)) continue;
      const span = tokens.slice(from, to);
      const key = keyOf(span);
      if ((key.length >= 3 || TWO_SYLLABLES.test(key)) && key.length <= 40) out.push({ key, from, to });
    }
  }
  return out;
}

/** "EARLDOM Official Store" names its brand; an ordinary shop name does not. */
function sellerWindows(seller: string | undefined): TokenWindow[] {
  if (!seller) return [];
  const m = /^(.{2,60}?)\s+(?:official|flagship)(?:\s+(?:store|shop))?\s*$/i.exec(seller.trim());
  if (!m) return [];
  const tokens = tokenize(m[1]!);
  return windows(tokens, MAX_BRAND_WINDOW, false, (ts) => ts.map((t) => t.key).join(''), true)
    .filter((w) => w.from === 0)
    .map((w) => ({ ...w, raw: windowText(tokens, w) }));
}

function skeletons(tokens: readonly Token[], typeTokens: Set<number>): ListingAnalysis['skeletons'] {
  const out: ListingAnalysis['skeletons'] = [];
  for (let from = 0; from < tokens.length; from++) {
    for (let to = from + 1; to <= Math.min(tokens.length, from + 3); to++) {
      const span = tokens.slice(from, to);
      if (span.some((t, i) => !t.hangul || typeTokens.has(from + i))) break;
      const text = span.map((t) => t.norm).join('');
      if (text.length < 2) continue;
      const skeleton = hangulSkeleton(text);
      if (skeleton.length >= MIN_SKELETON_LENGTH) out.push({ skeleton, raw: joinRaw(span), from });
    }
  }
  return out;
}

function hangulBySkeleton(tokens: readonly Token[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const token of tokens) {
    if (!token.hangul || token.norm.length < 2) continue;
    const skeleton = hangulSkeleton(token.norm);
    if (!out.has(skeleton)) out.set(skeleton, token.raw);
  }
  return out;
}

function computeHangulBySound(tokens: readonly Token[], typeTokens: Set<number>): Map<string, string> {
  const out = new Map<string, string>();
  tokens.forEach((token, i) => {
    if (!token.hangul || token.norm.length < 2 || typeTokens.has(i)) return;
    const key = hangulPhoneticKey(token.norm);
    if (key.length >= MIN_PHONETIC_LENGTH && !out.has(key)) out.set(key, token.raw);
  });
  return out;
}

/** Where a Korean title states its brand: the first few words. */
const PHONETIC_WINDOW_START = 3;

function phonetics(tokens: readonly Token[], typeTokens: Set<number>): ListingAnalysis['phonetics'] {
  const out: ListingAnalysis['phonetics'] = [];
  for (let from = 0; from <= Math.min(PHONETIC_WINDOW_START, tokens.length - 1); from++) {
    for (let to = from + 1; to <= Math.min(tokens.length, from + 2); to++) {
      const span = tokens.slice(from, to);
      if (span.some((t, i) => !t.hangul || typeTokens.has(from + i) || isChildToken(t))) break;
      const key = hangulPhoneticKey(span.map((t) => t.norm).join(''));
      if (key.length >= MIN_PHONETIC_LENGTH) out.push({ key, raw: joinRaw(span), from });
    }
    const token = tokens[from]!;
    if (token.hangul && !typeTokens.has(from)) out.push(...gluedBrandSounds(token, from));
    // A long word that holds a kind may be a name made with it ("매트리스월드" is a brand, MattressWorld);
    // leading the title, a shorter one may too ("슈퍼점퍼", Super Jumper).
    const minSyllables = from === 0 ? MIN_LEADING_NAMED_KIND_SYLLABLES : MIN_NAMED_KIND_SYLLABLES;
    if (token.hangul && typeTokens.has(from) && token.norm.length >= minSyllables) {
      const key = hangulPhoneticKey(token.norm);
      if (key.length >= MIN_PHONETIC_LENGTH) out.push({ key, raw: token.raw, from });
    }
  }
  return out;
}

/** Syllables a word needs beyond a short kind word to be read as a name made with it. */
const MIN_NAMED_KIND_SYLLABLES = 5;
const MIN_LEADING_NAMED_KIND_SYLLABLES = 4;

/**
 * Korean titles glue a brand to the word after it ("<brand>비치", "<brand>주서기"): a long Hangul word
 * also offers its leading syllables as a brand, three or more with two or more left over. Only a sound
 * long enough to be told from other names counts.
 */
function gluedBrandSounds(token: Token, from: number): ListingAnalysis['phonetics'] {
  const out: ListingAnalysis['phonetics'] = [];
  const syllables = [...token.norm];
  for (let end = MIN_GLUED_BRAND_SYLLABLES; end <= syllables.length - MIN_GLUED_REST_SYLLABLES; end++) {
    const head = syllables.slice(0, end).join('');
    const key = hangulPhoneticKey(head);
    if (key.length >= MIN_GLUED_BRAND_SOUND) out.push({ key, raw: head, from });
  }
  return out;
}

const MIN_GLUED_BRAND_SYLLABLES = 3;
const MIN_GLUED_REST_SYLLABLES = 2;
const MIN_GLUED_BRAND_SOUND = 6;

/** A title's words recur from listing to listing: their sounds are worked out once. */
const spanSoundsMemo = new Memo<string[]>(20_000);

function latinSounds(tokens: readonly Token[], typeTokens: Set<number>): ListingAnalysis['latinSounds'] {
  const out: ListingAnalysis['latinSounds'] = [];
  for (let from = 0; from <= Math.min(PHONETIC_WINDOW_START, tokens.length - 1); from++) {
    for (let to = from + 1; to <= Math.min(tokens.length, from + 3); to++) {
      const span = tokens.slice(from, to);
      if (span.some((t, i) => t.hangul || !/^[a-z]+$/.test(t.norm) || typeTokens.has(from + i))) break;
      if (to > from + 1 && !isTightGap(span[span.length - 1]!.gapBefore)) break;
      // An ordinary word alone is no brand; a brand may be made of them ("The Pink Stuff" as 더 핑크스터프)
      // when the words together sound long enough to be told from other names.
      const min = span.some(isOrdinaryToken) ? MIN_ORDINARY_BRAND_SOUND : MIN_PHONETIC_LENGTH;
      if (span.length === 1 && isOrdinaryToken(span[0]!)) continue;
      // Every reading the spelling leaves open (a soft g: GEX → 젝스), as on the record's side.
      for (const key of spanSoundsMemo.get(span.map((t) => t.norm).join(''), latinPhoneticKeys))
        if (key.length >= min) out.push({ key, raw: joinRaw(span), from });
    }
  }
  return out;
}

/** Sound length a brand of ordinary words needs: two or three words, eight sounds or more. */
const MIN_ORDINARY_BRAND_SOUND = 8;

/**
 * Every Latin word's sound, and each two neighbours' together → the words: a record that names its
 * product in Hangul as it sounds ("미라클 클리닝") against a title in Latin letters.
 */
function computeLatinBySound(tokens: readonly Token[], typeTokens: Set<number>): Map<string, string> {
  const out = new Map<string, string>();
  tokens.forEach((token, i) => {
    if (token.hangul || !/^[a-z]{3,}$/.test(token.norm) || typeTokens.has(i)) return;
    const key = latinPhoneticKey(token.norm);
    if (key.length >= MIN_PHONETIC_LENGTH && !out.has(key)) out.set(key, token.raw);
  });
  return out;
}

/** An everyday word: generic, a stop word, a kind, or saying who the product is for. */
export function isOrdinaryToken(t: Token): boolean {
  return (
    GENERIC_WORDS.has(t.norm) ||
    STOP_WORDS.has(t.norm) ||
    TYPE_WORDS.has(t.norm) ||
    isChildToken(t) ||
    ADULT_WORDS.has(t.folded)
  );
}

/** Single tokens and "-"/"."/"/"-joined runs that look like model numbers (they hold a digit). */
const NUMBER_CUES: ReadonlySet<string> = new Set(['no', 'n', 'nr', 'nº']);

function codes(tokens: readonly Token[]): ListingCode[] {
  const out: ListingCode[] = [];
  const push = (from: number, to: number) => {
    const span = tokens.slice(from, to);
    if (!span.some((t) => /\d/.test(t.key))) return;
    const key = span
      .map((t) => t.key)
      .join('')
      .toUpperCase();
    const shape = modelShape(key);
    if (shape !== 'none' && !/^\d{12,14}$/.test(key)) {
      out.push({ key, raw: joinRaw(span), shape, signature: key.replace(/[A-Z]/g, 'L').replace(/\d/g, 'D'), from, to });
    }
  };
  let runStart = -1;
  tokens.forEach((t, i) => {
    // "No.2680", "N.2680", "Nr. 2680": the number, not a code that starts with the cue.
    if (
      NUMBER_CUES.has(t.norm) &&
      /^[.#:]\s*$/.test(tokens[i + 1]?.gapBefore ?? '') &&
      /^\d+$/.test(tokens[i + 1]!.key)
    ) {
      if (runStart >= 0 && i - runStart > 1) push(runStart, i);
      runStart = -1;
      return;
    }
    if (t.hangul) {
      if (runStart >= 0 && i - runStart > 1) push(runStart, i);
      runStart = -1;
      return;
    }
    push(i, i + 1);
    const joined = runStart >= 0 && /^[-./_]$/.test(t.gapBefore);
    if (!joined) {
      if (runStart >= 0 && i - runStart > 1) push(runStart, i);
      runStart = i;
    }
  });
  if (runStart >= 0 && tokens.length - runStart > 1) push(runStart, tokens.length);
  return out;
}

/** The words of a window as the listing wrote them. */
export function windowText(tokens: readonly Token[], window: { from: number; to: number }): string {
  return joinRaw(tokens.slice(window.from, window.to));
}

function joinRaw(span: readonly Token[]): string {
  return span.map((t, i) => (i === 0 ? t.raw : `${t.gapBefore.trim() ? t.gapBefore.trim() : ' '}${t.raw}`)).join('');
}

/**
 * The sound maps are read only when a record word crosses scripts, rarely per page: they are made on
 * first use per listing, not for every card title.
 */
const soundMaps = new WeakMap<
  ListingAnalysis,
  { hangul?: Map<string, string>; latin?: Map<string, string>; pairs?: Map<string, [string, string]> }
>();

/** Every Hangul word's sound (phonetic.ts) → the word: Latin name words written in Hangul ("루나로사"). */
export function hangulBySound(listing: ListingAnalysis): Map<string, string> {
  const maps = soundMaps.get(listing) ?? {};
  soundMaps.set(listing, maps);
  return (maps.hangul ??= computeHangulBySound(listing.tokens, listing.typeTokens));
}

/**
 * Every two neighbouring Hangul words' sounds, "<first> <second>" → the two words: a record's two-word name
 * spelt in Hangul word by word ("벨라 루나" for "Vella Luna"), where each word alone is too short to be sure of.
 */
export function hangulSoundPairs(listing: ListingAnalysis): Map<string, [string, string]> {
  const maps = soundMaps.get(listing) ?? {};
  soundMaps.set(listing, maps);
  if (maps.pairs) return maps.pairs;
  const pairs = new Map<string, [string, string]>();
  const { tokens } = listing;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [first, second] = [tokens[i]!, tokens[i + 1]!];
    if (!first.hangul || !second.hangul) continue;
    const key = `${hangulPhoneticKey(first.norm)} ${hangulPhoneticKey(second.norm)}`;
    if (!pairs.has(key)) pairs.set(key, [first.raw, second.raw]);
  }
  maps.pairs = pairs;
  return pairs;
}

/** Every Latin word's sound (phonetic.ts) → the word: Hangul name words of a record in a Latin title. */
export function latinBySound(listing: ListingAnalysis): Map<string, string> {
  const maps = soundMaps.get(listing) ?? {};
  soundMaps.set(listing, maps);
  return (maps.latin ??= computeLatinBySound(listing.tokens, listing.typeTokens));
}
