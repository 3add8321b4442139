/**
 * A record reduced to what matching needs: identifier keys, brand keys (given, or read from the way recall
 * notices name products), model keys, product-type concepts, age group, and the name words that tell one
 * product of a brand from another ("specific" words). Pure function of the record, so the index can be
 * rebuilt or updated one record at a time.
 */
import type { HazardRecord, SourceFamily, SourceKind } from '../hazards/schema';
import { findConcepts, type ConceptScan } from './concepts';
import { latinSkeleton, MIN_SKELETON_LENGTH } from './hangul';
import {
  codeKey,
  isDistinctiveCode,
  isRefusedGtin,
  isModelLike,
  isStandardLike,
  isUnitLike,
  listingInText,
  modelShape,
  recordModelKey,
  splitModels,
  UNIT_LIMITS,
  usableGtin,
} from '../identifiers';
import { hangulPhoneticKey, latinPhoneticKey, latinPhoneticKeys, MIN_PHONETIC_LENGTH } from './phonetic';
import {
  ADULT_WORDS,
  AUTHORITY_NAMES,
  CHILD_WORDS,
  BRAND_PLACE_SUFFIXES,
  COMPANY_SUFFIXES,
  CORPORATE_FORMS,
  KOREAN_TRADE_SUFFIXES,
  GENERIC_BRANDS,
  ANIMAL_WORDS,
  GENERIC_WORDS,
  isChildToken,
  PLACE_WORDS,
  SPEC_CONNECTORS,
  PRODUCT_PARTICIPLES,
  STOP_WORDS,
} from './lexicon';
import { foldText, Memo, singular, tokenize, type Token } from './text';
import { TYPE_WORDS } from './concepts';
import { recordSellerKeys, SELLER_FEATURE } from './seller';

/** One-letter kind prefixes of feature keys. */
export const FEATURE = {
  listing: 'L',
  gtin: 'G',
  cert: 'C',
  model: 'M',
  code: 'O',
  brand: 'B',
  implicitBrand: 'I',
  skeleton: 'K',
  /** A brand's sound (phonetic.ts), for brands written in Hangul. */
  phonetic: 'P',
  /** The sound of a brand a record writes in Hangul, for listings that write it in Latin letters. */
  hangulSound: 'Q',
  name: 'N',
  type: 'T',
  seller: SELLER_FEATURE,
} as const;

/** Feature flag bits (kept below 1 << 7 so they fit beside a vocabulary id). */
export const FLAG = {
  /** N: a word that tells this product from others of its kind. */
  specific: 1,
  /** N: a word of the record's own brand or model (not evidence of a matching name). */
  ownWord: 2,
  /** N: a word of a name that only repeats the product type ("Novelty lighter"). */
  typeName: 4,
  /** T: named by the product name (not only by the type field). I: the leading word of a product name. */
  fromName: 1,
  /** I: a company named as recaller, seller or importer. */
  firm: 2,
  segmentShift: 3,
  segmentMask: 7,
  /** N: a model year ("2014 <Brand> …", "2013 through 2016"): it counts when a title repeats it, and is not asked for. */
  modelYear: 64,
} as const;

/**
 * A model of letters, a number of three or more digits and a two-letter colour or finish code ("WH",
 * "SX"); a single letter is often another version ("QS870J"), so it is not dropped.
 */
const MODEL_FAMILY = /^([A-Z]+\d{3,})[A-Z]{2}$/;

/** Record-level flag bits. */
export const RECORD = {
  child: 1,
  adult: 2,
  curated: 4,
  strongModel: 8,
  anyModel: 16,
  specificName: 32,
  /** A product name states the brand ("Acme Widget Lamps"): brand + kind is how the notice names it. */
  brandInName: 64,
} as const;

export interface ProfileFeature {
  key: string;
  flags: number;
  /** The value as the record wrote it, for evidence. */
  display?: string;
}

export interface RecordProfile {
  id: string;
  source: SourceFamily;
  sourceKind: SourceKind;
  ref: string;
  flags: number;
  features: ProfileFeature[];
}

const MAX_SEGMENTS = 8;
const MAX_NAME_TOKENS = 40;

/** Nouns a notice counts its variants with ("17 styles of …", "3 models"). */
const VARIANT_COUNT_NOUNS: ReadonlySet<string> = new Set([
  'style',
  'model',
  'colour',
  'color',
  'size',
  'design',
  'version',
  'pattern',
  'variety',
]);

/**
 * "17 styles of …", "100% cotton", "50 LB", "12oz": a number that counts variants, gives a share or a
 * measure, and the unit after it, name no product.
 */
function isCountOrShare(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (isUnitLike(token.norm)) return true;
  if (UNIT_LIMITS[token.norm] !== undefined && /^\d+$/.test(tokens[i - 1]?.norm ?? '')) return true;
  if (!/^\d+$/.test(token.norm)) return false;
  const next = tokens[i + 1];
  return (
    next !== undefined &&
    (next.gapBefore.trimStart().startsWith('%') ||
      VARIANT_COUNT_NOUNS.has(next.norm) ||
      UNIT_LIMITS[next.norm] !== undefined)
  );
}

const YEAR = /^(?:19[5-9]\d|20[0-3]\d)$/;

/**
 * A model year: at the head of a name ("2014 Velmora Speedster"), after "model year", or in a range
 * ("2013 through 2016", "2019-2021"). It says when rather than which product, and listings give it or not.
 */
function isModelYear(tokens: readonly Token[], i: number): boolean {
  if (!YEAR.test(tokens[i]!.norm)) return false;
  if (i === 0) return true;
  const previous = tokens[i - 1]!.norm;
  if (previous === 'year' || previous === 'my') return true;
  const before = tokens[i - 2]?.norm ?? '';
  const after = tokens[i + 2]?.norm ?? '';
  const joins = (t: Token | undefined) => t !== undefined && /^(?:through|thru|to|and)$/.test(t.norm);
  return (
    ((joins(tokens[i - 1]) || tokens[i]!.gapBefore.trim() === '-') && YEAR.test(before)) ||
    ((joins(tokens[i + 1]) || tokens[i + 1]?.gapBefore.trim() === '-') &&
      YEAR.test(joins(tokens[i + 1]) ? after : (tokens[i + 1]?.norm ?? '')))
  );
}

const isKoreanProse = (text: string) => /[\uAC00-\uD7A3]/.test(text) && text.trim().split(/\s+/).length >= 3;

/** Sources whose notices name products as "<Brand> <what it is>" and carry no brand field. */
const PROSE_NAMED: ReadonlySet<SourceKind> = new Set(['cpsc-api', 'cpsc-csv', 'health-canada']);
/**
 * Korean sources whose product names lead with the brand ("<브랜드> <제품명>") while their maker field names
 * the company behind it (another name), or nothing. (KATS names the kind of product, "가정용 섬유제품
 * (의류)", and states the brand in its own field.)
 */
const KOREAN_NAMED: ReadonlySet<SourceKind> = new Set(['consumer24']);

export function buildProfile(record: HazardRecord): RecordProfile {
  const features = new FeatureList();
  const curated = record.sourceKind === 'curated';
  let flags = curated ? RECORD.curated : 0;

  for (const market of record.marketplaces) {
    const id = market.listingId ?? listingInText(market.url ?? market.raw ?? '')?.listingId;
    if (id) features.add(`${FEATURE.listing}${market.platform}:${id}`, 0);
  }
  for (const seller of recordSellerKeys(record.marketplaces))
    features.add(`${FEATURE.seller}${seller.key}`, 0, seller.display);
  for (const gtin of record.product.gtins) features.add(`${FEATURE.gtin}${gtin}`, 0);
  for (const cert of record.product.certNumbers) {
    const key = codeKey(cert);
    if (key.length >= 6) features.add(`${FEATURE.cert}${key}`, 0, cert);
  }
  for (const code of record.product.otherCodes) addCode(features, code);

  // Brands the record states.
  const brandWords = new Set<string>();
  for (const raw of record.product.brands) {
    for (const key of brandKeys(raw)) {
      features.add(`${FEATURE.brand}${key}`, 0, raw);
      addSkeleton(features, key, raw);
    }
    addAndSound(features, raw);
    for (const t of tokenize(raw)) brandWords.add(t.norm);
  }

  // Names, cut to the product they describe; companies named around it become implicit brands.
  const segments: { text: string; tokens: readonly Token[] }[] = [];
  const prose = !curated && PROSE_NAMED.has(record.sourceKind);
  const texts = record.product.names.slice(0, 4).map((n) => ({ text: n.text, products: true }));
  // A CPSC notice URL is its title as a slug ("Acme-Recalls-Widget-Lamps-Due-to-…"): companies only.
  if (prose && record.url) texts.push({ text: titleFromNoticeUrl(record.url), products: false });
  const common = prose ? commonNounsOf(record.product.names.map((n) => n.text)) : EMPTY_SET;
  // "Black & Decker® Spacemaker™ Coffeemakers": a trademark sign follows a brand or line name.
  if (prose) {
    for (const name of record.product.names.slice(0, 4)) {
      for (const marked of markedNames(name.text)) {
        for (const key of brandKeys(marked)) {
          features.add(`${FEATURE.implicitBrand}${key}`, FLAG.firm, marked);
          addSkeleton(features, key, marked);
        }
        addAndSound(features, marked);
        // Names joined by "&" or "+" are one company's ("Black & Decker®"): brand words, not the product's
        // name. Otherwise the words stay name words: a marked line name ("Kompact™") tells products apart.
        if (/[&+]/.test(marked)) for (const t of tokenize(marked)) brandWords.add(t.norm);
      }
    }
  }
  const brandLike = (leading: ReturnType<typeof leadingBrand>) =>
    leading && !common.has(leading.tokens[0]!.norm) ? leading : null;
  for (const name of texts) {
    if (!name.text) continue;
    const reading = readName(name.text, prose);
    for (const firm of reading.firms) {
      for (const key of brandKeys(firm)) {
        features.add(`${FEATURE.implicitBrand}${key}`, FLAG.firm, firm);
        addSkeleton(features, key, firm);
      }
      addAndSound(features, firm);
      for (const t of tokenize(firm)) brandWords.add(t.norm);
    }
    // "<Firm> Recalls <Brand> <Product> Due to …": the brand on the product leads the notice title's product part.
    if (!name.products) {
      const leading = reading.products[0] ? brandLike(leadingBrand(tokenize(reading.products[0]))) : null;
      if (leading) {
        features.add(`${FEATURE.implicitBrand}${leading.key}`, FLAG.fromName, leading.raw);
        addSkeleton(features, leading.key, leading.raw);
        addTwoWordBrand(features, tokenize(reading.products[0]!), leading, FLAG.fromName);
        for (const t of leading.tokens) brandWords.add(t.norm);
      }
    }
    for (const part of name.products ? reading.products : []) {
      if (segments.length >= MAX_SEGMENTS) break;
      const all = tokenize(part);
      const tokens = all.length > MAX_NAME_TOKENS ? all.slice(0, MAX_NAME_TOKENS) : all;
      if (tokens.length > 0) segments.push({ text: part, tokens });
    }
  }
  if (prose || KOREAN_NAMED.has(record.sourceKind)) {
    for (const [index, { tokens }] of segments.entries()) {
      // A Korean notice names its product first; what follows " - " is the defect.
      if (!prose && index > 0) break;
      const leading = prose
        ? brandLike(leadingBrand(tokens))
        : (leadingHangulBrand(tokens) ?? leadingLatinBrand(tokens));
      if (!leading) continue;
      features.add(`${FEATURE.implicitBrand}${leading.key}`, FLAG.fromName | (index << FLAG.segmentShift), leading.raw);
      addSkeleton(features, leading.key, leading.raw);
      if (prose) addTwoWordBrand(features, tokens, leading, FLAG.fromName | (index << FLAG.segmentShift));
      for (const t of leading.tokens) brandWords.add(t.norm);
      // "더 루미엘" is also sold as plain "루미엘".
      const bare =
        leading.tokens.length === 2 && leading.tokens[0]!.norm === KOREAN_ARTICLE ? leading.tokens[1]! : null;
      if (bare && bare.key.length >= 3) {
        features.add(`${FEATURE.implicitBrand}${bare.key}`, FLAG.fromName | (index << FLAG.segmentShift), bare.raw);
        addSkeleton(features, bare.key, bare.raw);
      }
      // "Zentra and Lumo Chrome Dumbbells": a second brand joined to the first by "and".
      const second = prose ? secondBrand(tokens, leading.tokens.length) : null;
      if (second) {
        features.add(`${FEATURE.implicitBrand}${second.key}`, FLAG.fromName | (index << FLAG.segmentShift), second.raw);
        brandWords.add(second.norm);
      }
    }
  }

  // "Rell Tovana bicycle helmet", Rell being the brand the record states or its firm: Korean titles write
  // the brand and the line after it (렐 토바나), and their joined sound tells the product apart where the
  // brand's sound alone is too short to count.
  const knownBrands = new Set(
    features.list
      .filter((f) => f.key[0] === FEATURE.brand || f.key[0] === FEATURE.implicitBrand)
      .map((f) => f.key.slice(1)),
  );
  for (const { tokens } of curated ? [] : segments) {
    const pair = tokens[0] && !tokens[0].hangul && knownBrands.has(tokens[0].key) ? brandAndNextName(tokens, 1) : null;
    if (pair) addBrandAndLineSound(features, pair);
  }

  // Models: the model field, then model-shaped codes written in the names.
  const modelWords = new Set<string>();
  // "GT사 제조 아발란셰 4.0 2012년 모델": a Korean sentence in the model field is a name, and the
  // model-shaped codes in it are the models.
  const singles = record.product.models
    .flatMap((raw) => splitModels(raw))
    .flatMap((single) => (isKoreanProse(single) ? [single, ...single.split(/\s+/).filter(isModelLike)] : [single]));
  for (const single of singles) {
    // "Adaptador Giratorio Con Interruptor": words without a digit are a name written in the model
    // field, read as the name (a model must look like one).
    const words = tokenize(single);
    if (isKoreanProse(single) || (words.length >= 2 && !/\d/.test(single))) {
      if (segments.length < MAX_SEGMENTS && !segments.some((s) => s.text.trim() === single.trim()))
        segments.push({ text: single, tokens: words });
      continue;
    }
    const key = recordModelKey(single);
    const gtin = usableGtin(key);
    if (gtin) {
      features.add(`${FEATURE.gtin}${gtin}`, 0);
      continue;
    }
    if (isRefusedGtin(key) || !usableModelKey(key)) continue;
    features.add(`${FEATURE.model}${key}`, 0, single.trim());
    for (const t of tokenize(single)) modelWords.add(t.norm);
    // "QK1722SX", "QK1722ER": a colour or finish code after the number; sellers list the model without it.
    const family = MODEL_FAMILY.exec(key)?.[1];
    if (family && modelShape(family) === 'strong') features.add(`${FEATURE.model}${family}`, 0, family);
  }
  if (!curated) {
    for (const { tokens } of segments) {
      for (const compound of [...compounds(tokens), ...spacedCodes(tokens)]) {
        const key = recordModelKey(compound.raw);
        if (modelShape(key) !== 'strong') continue;
        features.add(`${FEATURE.model}${key}`, 0, compound.raw);
        for (const t of compound.tokens) modelWords.add(t.norm);
      }
    }
  }

  // Product type and age group.
  const typeText = [record.product.type, record.product.categoryRaw].filter(Boolean).join(' ; ');
  const typeTokens = tokenize(typeText);
  for (const hit of conceptMemo.get(typeText, () => findConcepts(typeTokens)).hits)
    features.add(`${FEATURE.type}${hit.concept}`, 0);
  for (const concept of CATEGORY_CONCEPTS[record.product.category] ?? []) features.add(`${FEATURE.type}${concept}`, 0);
  // Age comes from the words only: `forChildren` is also set for child-resistant packaging and the like.
  if (typeTokens.some(isChildWord)) flags |= RECORD.child;

  // Name words: every word is indexed (for similarity and search); words naming the type, the brand, a
  // model, an age or nothing at all are not "specific".
  // A name that repeats the record's product type ("Tattoo ink", beside "Luxe Ready ASH") is its kind, not
  // what tells it from other products of that kind.
  const typeWords = new Set(record.product.type ? tokenize(record.product.type).map((t) => t.norm) : []);
  for (let index = 0; index < segments.length; index++) {
    const { text, tokens } = segments[index]!;
    const namesType = typeWords.size > 0 && tokens.every((t) => typeWords.has(t.norm));
    const scan = text.length > 64 ? findConcepts(tokens) : conceptMemo.get(text, () => findConcepts(tokens));
    // A repeated type is the type: its concepts are not ones the product's own name asks the listing for.
    for (const hit of scan.hits) features.add(`${FEATURE.type}${hit.concept}`, namesType ? 0 : FLAG.fromName);
    for (let i = 0; i < tokens.length; i++) {
      const letterLine = letterJoinedWord(tokens, i, scan.typeTokens);
      if (letterLine) {
        // "T-Line", "Q-Series": one name, which a title must repeat whole ("C Line" is another line).
        features.add(`${FEATURE.name}${letterLine}`, FLAG.specific | (index << FLAG.segmentShift));
        flags |= RECORD.specificName;
        i++;
        continue;
      }
      const token = tokens[i]!;
      if (token.norm.length < 2 && !/\d/.test(token.norm)) continue;
      if (STOP_WORDS.has(token.norm) || STOP_WORDS.has(token.folded)) continue;
      if (isChildWord(token)) flags |= RECORD.child;
      if (ADULT_WORDS.has(token.folded)) flags |= RECORD.adult;
      const specific =
        !namesType &&
        !isCountOrShare(tokens, i) &&
        !scan.typeTokens.has(i) &&
        !brandWords.has(token.norm) &&
        !modelWords.has(token.norm) &&
        !GENERIC_WORDS.has(token.norm) &&
        !GENERIC_WORDS.has(token.folded) &&
        // A firm's legal form or trade left in a name ("<Brand> Snowboards Co") tells no product apart.
        !COMPANY_SUFFIXES.has(token.norm) &&
        !isChildWord(token) &&
        !ADULT_WORDS.has(token.folded);
      const own = brandWords.has(token.norm) || modelWords.has(token.norm) ? FLAG.ownWord : 0;
      const typeName = namesType ? FLAG.typeName : 0;
      const year = isModelYear(tokens, i) ? FLAG.modelYear : 0;
      features.add(
        `${FEATURE.name}${token.norm}`,
        (specific ? FLAG.specific : 0) | own | typeName | year | (index << FLAG.segmentShift),
      );
      if (specific) flags |= RECORD.specificName;
    }
  }

  const brandSet = new Set<string>();
  for (const feature of features.list) {
    if (feature.key[0] === FEATURE.brand || feature.key[0] === FEATURE.implicitBrand)
      brandSet.add(feature.key.slice(1));
    if (feature.key[0] !== FEATURE.model) continue;
    flags |= RECORD.anyModel;
    const key = feature.key.slice(1);
    if (modelShape(key) === 'strong') flags |= RECORD.strongModel;
    // A model that is a word ("Acrobats") is the product's name.
    if (/^[A-Z]+$/.test(key)) flags |= RECORD.specificName;
  }
  if (brandSet.size > 0 && segments.some((segment) => namesBrand(segment.tokens, brandSet)))
    flags |= RECORD.brandInName;

  return {
    id: record.id,
    source: record.source,
    sourceKind: record.sourceKind,
    ref: record.ref,
    flags,
    features: features.list,
  };
}

/** Whether one to three neighbouring words of a name spell one of the brand keys. */
function namesBrand(tokens: readonly Token[], brands: Set<string>): boolean {
  for (let i = 0; i < tokens.length; i++) {
    let key = '';
    for (let n = 0; n < 3 && i + n < tokens.length; n++) {
      key += tokens[i + n]!.key;
      if (brands.has(key)) return true;
    }
  }
  return false;
}

class FeatureList {
  readonly list: ProfileFeature[] = [];
  private readonly seen = new Map<string, ProfileFeature>();

  add(key: string, flags: number, display?: string): void {
    const id = `${key}\u0000${flags}`;
    if (this.seen.has(id)) return;
    // Displays are stored newline-joined: a line break inside one becomes a space.
    const feature: ProfileFeature =
      display === undefined ? { key, flags } : { key, flags, display: display.replace(/[\r\n]+/g, ' ') };
    this.seen.set(id, feature);
    this.list.push(feature);
  }
}

function addCode(features: FeatureList, raw: string): void {
  const key = codeKey(raw);
  const gtin = usableGtin(key);
  if (gtin) features.add(`${FEATURE.gtin}${gtin}`, 0);
  // A placeholder or coupon barcode names no product, as a barcode or as any other code.
  else if (isDistinctiveCode(key) && !isRefusedGtin(key)) features.add(`${FEATURE.code}${key}`, 0, raw);
}

function addSkeleton(features: FeatureList, key: string, display: string): void {
  if (/^[\uAC00-\uD7A3]+$/.test(key)) {
    const sound = phoneticMemo.get(key, hangulPhoneticKey);
    if (sound.length >= MIN_PHONETIC_LENGTH) features.add(`${FEATURE.hangulSound}${sound}`, 0, display);
    return;
  }
  if (!/^[a-z]+$/.test(key)) return;
  for (const sound of phoneticKeysMemo.get(key, latinPhoneticKeys))
    if (sound.length >= MIN_PHONETIC_LENGTH) features.add(`${FEATURE.phonetic}${sound}`, 0, display);
  const skeleton = skeletonMemo.get(key, latinSkeleton);
  if (skeleton.length >= MIN_SKELETON_LENGTH) features.add(`${FEATURE.skeleton}${skeleton}`, 0, display);
}

/**
 * Korean reads a brand's "&" or "+" as 앤, with no d (Black & Decker → 블랙앤데커): the sound of the name
 * with "an" in its place is offered too.
 */
function addAndSound(features: FeatureList, raw: string): void {
  if (!/[&+]/.test(raw)) return;
  const spoken = foldText(raw)
    .replace(/\s*[&+]\s*/g, 'an')
    .replace(/[^a-z]/g, '');
  if (spoken.length < 6) return;
  const sound = phoneticMemo.get(spoken, latinPhoneticKey);
  if (sound.length >= MIN_PHONETIC_LENGTH) features.add(`${FEATURE.phonetic}${sound}`, 0, raw);
}

/** A model key worth indexing: not a measurement, and not an ordinary word. */
function usableModelKey(key: string): boolean {
  const shape = modelShape(key);
  if (shape === 'none') return false;
  if (shape === 'weak' && /^[A-Z]+$/.test(key)) {
    const lower = key.toLowerCase();
    return !GENERIC_WORDS.has(lower) && !STOP_WORDS.has(lower) && !TYPE_WORDS.has(lower);
  }
  return true;
}

const isChildWord = isChildToken;

/**
 * Compact brand keys for one brand field: "KeKe, XinHua Electronics" → keke, xinhua; "Torch.hu" → torch;
 * "SusanandAladinTM" → susanandaladin. Generic and too-short keys are dropped.
 */
export function brandKeys(raw: string): readonly string[] {
  return brandKeyMemo.get(raw, computeBrandKeys);
}

const brandKeyMemo = new Memo<readonly string[]>(20_000);
const readNameMemo = new Memo<NameReading>(20_000);
const skeletonMemo = new Memo<string>(20_000);
const phoneticMemo = new Memo<string>(20_000);
const phoneticKeysMemo = new Memo<string[]>(20_000);
const conceptMemo = new Memo<ConceptScan>(20_000);

function computeBrandKeys(raw: string): string[] {
  const keys = new Set<string>();
  const cleaned = withoutCorporateForms(raw)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:of|in)\s+[A-Z][\w\s,.]*$/u, ' ');
  // "Retailer - Brand", "Retailer – Brand", "Line by Maker": each side is a name the products may carry.
  const parts = cleaned.split(/\s*(?:[,;|]|\s\/\s|\s[-–—]\s|\sby\s|\bd\/?b\/?a\b|\bdoing business as\b)\s*/i);
  for (let part of parts) {
    if (/^of[A-Z]/.test(part)) continue;
    part = part.replace(/(?<=[a-z0-9])TM$/, '').replace(/\.(?:com|net|org|co|[a-z]{2})$/i, '');
    const words = foldText(part)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    // "Velmora Co., Ltd": the legal form after the comma is no name.
    if (words.every((w) => COMPANY_SUFFIXES.has(w))) continue;
    const written = words.join('');
    while (words.length > 1 && COMPANY_SUFFIXES.has(words[words.length - 1]!)) words.pop();
    // "Star Trading": when the name left is an ordinary word, the firm is named by the whole of it.
    if (words.join('') !== written) addBrandKey(keys, written);
    while (words.length > 1 && (PLACE_WORDS.has(words[0]!) || AUTHORITY_NAMES.has(words[0]!))) words.shift();
    // "Brand Paris", "Brand Germany": a city or country after the name is how the brand is styled, not part of it.
    if (words.length > 1 && BRAND_PLACE_SUFFIXES.has(words[words.length - 1]!)) {
      const bare = words.slice(0, -1);
      while (bare.length > 1 && COMPANY_SUFFIXES.has(bare[bare.length - 1]!)) bare.pop();
      addBrandKey(keys, bare.join(''));
    }
    if (words.length === 0 || (words[0] === 'of' && words.length > 1)) continue;
    const full = words.join('');
    addBrandKey(keys, full);
    // A brand field that runs on into the kind of product or a standard ("Lumetta Kids FFP2 Maske"): the
    // name before it is the brand.
    const kindAt = words.findIndex((w, i) => i > 0 && (TYPE_WORDS.has(singular(w)) || isStandardLike(w)));
    if (kindAt > 0) addBrandKey(keys, words.slice(0, kindAt).join(''));
    // A glued legal suffix ("MartinsPressLLC") or a trailing descriptor word is dropped as a variant.
    const unglued = full.replace(/(?:llc|ltd|inc|gmbh|corp|coltd)$/, '');
    if (unglued !== full) {
      addBrandKey(keys, unglued);
      // "VelrockCompaniesInc": the company words glued before the legal form go too, read at the capitals.
      const spaced = foldText(part.replace(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu, ' '))
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      while (spaced.length > 1 && COMPANY_SUFFIXES.has(spaced[spaced.length - 1]!)) spaced.pop();
      addBrandKey(keys, spaced.join(''));
    }
    const trade = [...KOREAN_TRADE_SUFFIXES].find((t) => full.endsWith(t) && full.length >= t.length + 2);
    if (trade && HANGUL_ONLY.test(full)) addBrandKey(keys, full.slice(0, -trade.length));
  }
  return [...keys];
}

/** Legal forms written without spaces in CJK and Korean company names ("某某有限公司", "(주)…"). */
function withoutCorporateForms(raw: string): string {
  // NFKC first: "㈜" is written as one sign or as "(주)".
  let text = raw.replace(/[™℠]/g, ' ').normalize('NFKC'); // NFKC would spell ™ out as "TM".
  for (const form of CORPORATE_FORMS) text = text.split(form).join(' ');
  return text;
}

const HANGUL_ONLY = /^[\uAC00-\uD7A3]+$/;

function addBrandKey(keys: Set<string>, key: string): void {
  // Two Hangul syllables spell a name as well as three letters do.
  if ((key.length < 3 && !(key.length === 2 && HANGUL_ONLY.test(key))) || GENERIC_BRANDS.has(key) || /^\d+$/.test(key))
    return;
  keys.add(key);
}

interface NameReading {
  /** The product designations in the name (split where it lists several). */
  products: string[];
  /** Companies the name mentions as recaller, seller, importer, or "<X>-branded". */
  firms: string[];
}

/**
 * Recall notices name things as "Acme Recalls Widget Lamps Due to Fire Hazard; Sold on Amazon by Foo":
 * the product is "Widget Lamps", the companies Acme and Foo. Plain product names pass through.
 */
export function readName(text: string, prose: boolean): NameReading {
  return text.length > 64
    ? computeReadName(text, prose)
    : readNameMemo.get(`${prose ? 'p' : 'n'}${text}`, () => computeReadName(text, prose));
}

function computeReadName(text: string, prose: boolean): NameReading {
  const firms: string[] = [];
  let product = text.trim();
  if (product.includes('-branded')) {
    for (const m of product.matchAll(/([A-Z][\w'&+.]*(?:(?: &)?[ -][A-Z][\w'&+.]*){0,2})-branded\b/g))
      firms.push(m[1]!);
  }
  if (/brand\s*[:：]/i.test(product)) {
    for (const m of product.matchAll(/\bbrand\s*[:：]\s*["“]?([^,;"”)]{2,40})/gi)) firms.push(m[1]!.trim());
  }
  if (prose && / by |recall/i.test(product)) {
    // "… Recalled Due to Crash Hazard; Imported by <Firm> (Recall Alert)": the label is no part of the title.
    product = product.replace(/\s+recall alert$/i, '');
    for (const m of product.matchAll(
      /\b(?:sold|imported|distributed|manufactured|made|marketed)(?:\s+exclusively)?(?:\s+(?:on|at|online at|through)\s+[\w.]+)?\s+by\s+([^;,.]+)/gi,
    )) {
      firms.push(m[1]!.trim());
    }
    // A notice URL's title runs on into the hazard: "… Recalled by <Firm> Due to Crash Hazard", and the slug
    // drops the semicolon before a sentence about it ("… by <Firm> Pedals Can Break Causing …").
    for (const m of product.matchAll(
      /\brecall(?:ed)?\s+by\s+(.+?)(?=\s+(?:due\s+to|because|after)\b|(?:\s+\S+)?\s+(?:can|could|may|might|will|pose[sd]?|posing|caus(?:e[sd]?|ing))\b|[;,.]|$)/gi,
    ))
      firms.push(m[1]!.trim());
    // Older titles put the authority first and the verb in the plural: "CPSC, <Firm> Recall <Product>",
    // "CPSC and <Firm> Announce <Product> Recall".
    const recalls =
      /^(.{2,80}?)\s+(?:(?:voluntarily\s+)?recalls?|expands recall of|announces? recall (?:of|to (?:(?:inspect|repair|replace|refund|retrofit)(?: and | or |, )?)+)|announces?|issues recall of|recall of)\s+(?!by\b)(.+)$/i.exec(
        product,
      );
    // A firm is named before its verb; "<Product> Recalled Due to …" holds none.
    if (recalls && !/\brecalled\b|\bdue to\b/i.test(recalls[1]!)) {
      firms.push(recalls[1]!.replace(/^(?:the\s+)?(?:U\.?S\.?\s+)?CPSC,?\s+(?:and\s+)?/i, ''));
      product = recalls[2]!.replace(/\s+recall$/i, '');
    }
    product = product.split(
      /\s+(?:are being\s+|is being\s+)?recalled\b|\s+recall\s+by\b|\s+due to\b|\s+because\b|\s+that\s+(?:may\s+)?pose\b|;|\s+sold\s+(?:exclusively\s+)?(?:on|at|by)\b/i,
    )[0]!;
  }
  const products = product
    .split(/\s*(?:;|\|| \/ |\s+-\s+)\s*/)
    .flatMap((piece) => shareKind(splitListedProducts(piece).flatMap((p) => splitAnd(p))))
    .map((p) => p.trim().replace(/,$/, ''))
    .filter((p) => p.length > 0);
  return { products, firms: firms.filter((f) => f.length >= 2 && f.length <= 80) };
}

/**
 * "Velmora Lizard Helmets, Quillet Sketch Helmets and …": a comma after a plural kind, before a
 * capitalised name, ends one named product and starts the next. A comma inside one product's list
 * ("Sirrus, Sirrus X and Sirrus Sport Bicycles") or before its model ("Coffeemakers, Model DL 10") does not.
 */
function splitListedProducts(text: string): string[] {
  const parts = text.split(/,\s+/);
  if (parts.length < 2) return [text];
  const out = [parts[0]!];
  for (const part of parts.slice(1)) {
    const before = tokenize(out[out.length - 1]!);
    const last = before[before.length - 1];
    const first = tokenize(part)[0];
    const endsKind = !!last && before.length >= 2 && /s$/i.test(last.raw) && TYPE_WORDS.has(last.norm);
    const startsName =
      !!first &&
      !first.hangul &&
      /^[A-Z]/.test(first.raw) &&
      !GENERIC_WORDS.has(first.norm) &&
      !STOP_WORDS.has(first.norm) &&
      !TYPE_WORDS.has(first.norm) &&
      !/^models?$/i.test(first.raw);
    if (endsKind && startsName) out.push(part);
    else out[out.length - 1] += `, ${part}`;
  }
  return out;
}

/**
 * "Velmora Astra Sit and Corvo Guide harnesses": the kind the list ends with is every listed product's, so a
 * part that names none takes it ("Velmora Astra Sit harnesses").
 */
function shareKind(parts: string[]): string[] {
  if (parts.length < 2) return parts;
  const last = tokenize(parts[parts.length - 1]!);
  const hit = findConcepts(last).hits.at(-1);
  // The kind must end the list, whole ("Slow Cookers", not "Cookers").
  if (!hit || hit.at + tokenize(hit.text).length !== last.length) return parts;
  return parts.map((part, i) =>
    i < parts.length - 1 && findConcepts(tokenize(part)).hits.length === 0 ? `${part} ${hit.text}` : part,
  );
}

/** "Somgem Pig and Yomin Toilet Lighters", "… or …": a second named product starts after the word with a name-like one. */
function splitAnd(text: string): string[] {
  const m = /^(\S+\s+\S.*?)\s+(?:and|or)\s+(\S+)(\s.*)?$/.exec(text);
  if (!m) return [text];
  const next = foldText(m[2]!);
  const nameLike = /^[A-Z]/.test(m[2]!) && !GENERIC_WORDS.has(next) && !TYPE_WORDS.has(next) && !STOP_WORDS.has(next);
  return nameLike && m[3] ? [m[1]!, `${m[2]}${m[3]}`] : [text];
}

/**
 * The first word of a product name (with words hyphen-joined to it: "Fisher-Price") when it can be a
 * brand: not a type, age, colour, filler or number word.
 */
function leadingBrand(tokens: readonly Token[]): { key: string; raw: string; tokens: readonly Token[] } | null {
  const first = tokens[0];
  if (!first || tokens.length < 2) return null;
  const word = first.norm;
  if (first.hangul || word.length < 3 || !/[a-z]/.test(word) || /^\d/.test(word)) return null;
  if (GENERIC_WORDS.has(word) || GENERIC_WORDS.has(first.folded) || STOP_WORDS.has(word)) return null;
  if (TYPE_WORDS.has(word) || CHILD_WORDS.has(first.folded) || ADULT_WORDS.has(first.folded)) return null;
  if (ANIMAL_WORDS.has(word)) return null; // "Giraffe and Zebra Plush Toys": the product, not a brand
  let end = 1;
  while (end < tokens.length - 1 && /^[-&+]$/.test(tokens[end]!.gapBefore) && !tokens[end]!.hangul) end++;
  // "<Brand> <what>": a brand is followed by the product's words. "Snowpegs used for ice climbing" and
  // "Snowpegs products for climbers" start with the thing itself ("products" says nothing).
  let next = end;
  while (next < tokens.length && GENERIC_WORDS.has(tokens[next]!.norm)) next++;
  if (next < tokens.length && PRODUCT_PARTICIPLES.has(tokens[next]!.folded)) return null;
  const span = tokens.slice(0, end);
  const key = span.map((t) => t.key).join('');
  if (GENERIC_BRANDS.has(key)) return null;
  return { key, raw: span.map((t) => t.raw).join('-'), tokens: span };
}

const EMPTY_SET: ReadonlySet<string> = new Set();

/**
 * The names a trademark sign marks: up to three capitalised words before ®, ™ (also as the stray control
 * character a mis-decoded ™ becomes), (R) or (TM), joined by spaces, "&", "+" or "-" ("Mr. Coffee®",
 * "Black & Decker®").
 */
function markedNames(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(MARKED_NAME)) out.push(match[1]!.trim());
  return out;
}

const MARKED_NAME =
  /((?:[A-Z][\p{L}\p{N}'.]*(?:\s*[&+-]\s*|\s+)){0,2}[A-Z][\p{L}\p{N}'.]*)\s*(?:®|™|\u0099|\(R\)|\(TM\))/gu;

/**
 * Words a notice's own names write as common nouns: in a name written all in lower case ("Kayak Storage
 * Hanger", also named "kayak storage hangers"), or as a style ("Adirondack-style patio chairs"). Such a
 * word leading a name is the product, not a brand. A brand styled in lower case ("zumo Pocket Lamps") keeps
 * the capitals of the words around it.
 */
function commonNounsOf(names: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const text of names) {
    const tokens = tokenize(text);
    const lowerCase = /[a-z]/.test(text) && text === text.toLowerCase();
    for (const [i, token] of tokens.entries()) {
      const next = tokens[i + 1];
      if (lowerCase || (next?.norm === 'style' && /^[-\s]$/.test(next.gapBefore))) out.add(token.norm);
    }
  }
  return out;
}

/**
 * A notice's leading brand may be two capitalised words ("Quillet Harbor Juice Extractors"). The first
 * alone stays the brand key, as the second is as often the product's name; the two together are a brand
 * too ("Great Lakes", where the first alone is an ordinary word), and Korean writes them as one word
 * (퀼렛하버), so their joined sound is offered as well. The second word must be a name, not a kind or
 * filler, and more of the product's name must follow.
 */
function addTwoWordBrand(
  features: FeatureList,
  tokens: readonly Token[],
  leading: { tokens: readonly Token[] },
  flags: number,
): void {
  const pair = brandAndNextName(tokens, leading.tokens.length);
  if (!pair) return;
  features.add(`${FEATURE.implicitBrand}${pair.key}`, flags, pair.raw);
  addBrandAndLineSound(features, pair);
}

/** Korean hears a brand and the name after it as one word: their joined sound, for Hangul titles only. */
function addBrandAndLineSound(features: FeatureList, pair: { key: string; raw: string }): void {
  const sound = phoneticMemo.get(pair.key, latinPhoneticKey);
  if (sound.length >= MIN_PHONETIC_LENGTH) features.add(`${FEATURE.phonetic}${sound}`, 0, pair.raw);
}

/** A one-word brand and the name word after it: a capitalised name, not a kind or filler, with more to follow. */
function brandAndNextName(tokens: readonly Token[], end: number): { key: string; raw: string } | null {
  const second = tokens[end];
  if (end !== 1 || !second || end + 1 >= tokens.length || second.hangul || !/^[A-Z][a-z]/.test(second.raw)) return null;
  // Two names joined by "&" or "and" are two brands (secondBrand), not one.
  if (!/^\s+$/.test(second.gapBefore)) return null;
  const word = second.norm;
  if (word.length < 3 || !/^[a-z]+$/.test(word) || GENERIC_WORDS.has(word) || STOP_WORDS.has(word)) return null;
  if (TYPE_WORDS.has(word) || CHILD_WORDS.has(second.folded) || ADULT_WORDS.has(second.folded)) return null;
  const key = tokens[0]!.key + second.key;
  if (!/^[a-z]+$/.test(key)) return null;
  return { key, raw: `${tokens[0]!.raw} ${second.raw}` };
}

/** The capitalised name after "<Brand> and" / "<Brand> &", when more of the product's name follows it. */
function secondBrand(tokens: readonly Token[], end: number): { key: string; norm: string; raw: string } | null {
  const at = tokens[end]?.norm === 'and' ? end + 1 : /^\s+&\s+$/.test(tokens[end]?.gapBefore ?? '') ? end : -1;
  const word = tokens[at];
  if (at < 0 || !word || at + 1 >= tokens.length) return null;
  if (word.hangul || !/^[A-Z]/.test(word.raw) || word.norm.length < 3 || /\d/.test(word.norm)) return null;
  if (GENERIC_WORDS.has(word.norm) || TYPE_WORDS.has(word.norm) || STOP_WORDS.has(word.norm)) return null;
  if (CHILD_WORDS.has(word.folded) || ADULT_WORDS.has(word.folded) || GENERIC_BRANDS.has(word.key)) return null;
  if (ANIMAL_WORDS.has(word.norm)) return null;
  return { key: word.key, norm: word.norm, raw: word.raw };
}

/**
 * The first word of a Korean product name when it can be a brand ("루미엘 무드등 램프" → 루미엘): Hangul, two
 * syllables or more, followed by more name, and not a type, age, filler or descriptive word. A leading
 * "더" (the) belongs to the brand ("더 루미엘 …" → 더루미엘), as brands are written with it.
 */
function leadingHangulBrand(tokens: readonly Token[]): { key: string; raw: string; tokens: readonly Token[] } | null {
  const start = tokens[0]?.norm === KOREAN_ARTICLE && tokens.length > 2 ? 1 : 0;
  const first = tokens[start];
  if (!first || tokens.length < start + 2 || !first.hangul || first.norm.length < 2) return null;
  const word = first.norm;
  if (GENERIC_WORDS.has(word) || STOP_WORDS.has(word) || TYPE_WORDS.has(word) || CHILD_WORDS.has(word)) return null;
  if (ADULT_WORDS.has(word) || findConcepts([first]).hits.length > 0) return null;
  // "실내용" (for indoors), "벽걸이형" (wall-mounted type), "물의" (water's): modifiers, not names.
  if (KOREAN_MODIFIER_ENDING.test(word)) return null;
  const span = tokens.slice(0, start + 1);
  const key = span.map((t) => t.key).join('');
  if (GENERIC_BRANDS.has(key)) return null;
  return { key, raw: span.map((t) => t.raw).join(' '), tokens: span };
}

/**
 * A Korean notice may name an imported product as its seller does, Latin brand first ("Velmora Grout Pen
 * (줄눈 펜)", "KORVI LAB Nano Coating Spray"): the first word, or the run of words in capitals it starts,
 * counts as a brand under the same checks as a Hangul one (letters only, three or more, not a type, age or
 * filler word).
 */
function leadingLatinBrand(tokens: readonly Token[]): { key: string; raw: string; tokens: readonly Token[] } | null {
  const first = tokens[0];
  if (!first || tokens.length < 2 || first.hangul || !/^[a-z]{3,}$/.test(first.norm)) return null;
  const word = first.norm;
  if (GENERIC_WORDS.has(word) || GENERIC_WORDS.has(first.folded) || STOP_WORDS.has(word)) return null;
  if (TYPE_WORDS.has(word) || CHILD_WORDS.has(first.folded) || ADULT_WORDS.has(first.folded)) return null;
  if (findConcepts([first]).hits.length > 0 || GENERIC_BRANDS.has(first.key) || ANIMAL_WORDS.has(word)) return null;
  // A brand in capitals may be two or three words ("KORVI LAB Nano Spray"): the capitals are the brand.
  let end = 1;
  if (CAPITALS.test(first.raw)) {
    while (end < Math.min(tokens.length - 1, 3) && CAPITALS.test(tokens[end]!.raw) && !ordinaryWord(tokens[end]!))
      end++;
  }
  const span = tokens.slice(0, end);
  return { key: span.map((t) => t.key).join(''), raw: span.map((t) => t.raw).join(' '), tokens: span };
}

const CAPITALS = /^[A-Z]{2,}$/;

function ordinaryWord(t: Token): boolean {
  return (
    GENERIC_WORDS.has(t.norm) || STOP_WORDS.has(t.norm) || TYPE_WORDS.has(t.norm) || findConcepts([t]).hits.length > 0
  );
}

const KOREAN_ARTICLE = '더';
const KOREAN_MODIFIER_ENDING = /(?:용|형|의)$/;

/** Runs of tokens joined by "-", "." or "/" (no spaces) holding a digit: "HQ3040-1", "B066-40", "T400". */
function compounds(tokens: readonly Token[]): { raw: string; tokens: readonly Token[] }[] {
  const out: { raw: string; tokens: readonly Token[] }[] = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const next = tokens[i];
    const joined = next !== undefined && !next.hangul && !tokens[i - 1]!.hangul && /^[-./]$/.test(next.gapBefore);
    if (joined) continue;
    const run = tokens.slice(start, i);
    if (!run[0]!.hangul && run.some((t) => /\d/.test(t.key)) && !isSpecPhrase(run)) {
      out.push({ raw: run.map((t, k) => (k === 0 ? t.raw : `${t.gapBefore}${t.raw}`)).join(''), tokens: run });
    }
    start = i;
  }
  return out;
}

/**
 * A model a notice writes with a space, capitals then a number: "BR 800 Backpack Blowers", "TX 440 and TX 550
 * Treadmills"; sellers write it "BR800" or "BR-800". Not a size or a range ("REV 12-inch", "GO 2002-2005"),
 * a model year ("MY 2021"), a Roman numeral ("II 115 VAC") or a number with its unit after it.
 */
function spacedCodes(tokens: readonly Token[]): { raw: string; tokens: readonly Token[] }[] {
  const out: { raw: string; tokens: readonly Token[] }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const letters = tokens[i]!;
    const digits = tokens[i + 1]!;
    if (!/^[A-Z]{2,3}$/.test(letters.raw) || ROMAN_NUMERAL.test(letters.raw) || STOP_WORDS.has(letters.norm)) continue;
    if (!/^\d{2,4}$/.test(digits.raw) || !/^\s+$/.test(digits.gapBefore) || /^(?:19|20)\d\d$/.test(digits.raw))
      continue;
    const after = tokens[i + 2];
    if (
      after &&
      (/^[-/]/.test(after.gapBefore) || isUnitLike(`${digits.raw}${after.norm}`) || /^[A-Z]{2,3}$/.test(after.raw))
    )
      continue;
    out.push({ raw: `${letters.raw} ${digits.raw}`, tokens: [letters, digits] });
  }
  return out;
}

const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/**
 * "3-Wheel", "12-Pack", "2-in-1", "4-Piece": a small number joined to ordinary words describes the product
 * (how many wheels, pieces, uses), it does not identify it the way "KY-550" or "HK-W003" does.
 */
function isSpecPhrase(run: readonly Token[]): boolean {
  return run.every(
    (t) =>
      /^\d{1,3}$/.test(t.key) || SPEC_CONNECTORS.has(t.norm) || (/^[A-Za-z]{3,}$/.test(t.raw) && /[a-z]/.test(t.raw)),
  );
}

function titleFromNoticeUrl(url: string): string {
  const slug = /^https?:\/\/(?:www\.)?cpsc\.gov\/Recalls\/\d{4}\/([^/?#]+)/i.exec(url)?.[1];
  return slug ? decodeURIComponent(slug).replace(/-/g, ' ') : '';
}

/** Our coarse category as type concepts (broad ones only confirm a model number). */
const CATEGORY_CONCEPTS: Partial<Record<HazardRecord['product']['category'], string[]>> = {
  toys: ['toy'],
  chargers: ['charger'],
  lighting: ['lamp'],
  cosmetics: ['cosmetics'],
  jewellery: ['jewellery'],
  'kids-clothing': ['clothing'],
  clothing: ['clothing'],
};

/**
 * A single letter hyphened to a word that is neither a kind nor an ordinary describing word ("T-Line",
 * "C-Class"; not "T-Shirt", "E-Bicycles", "X-Large"): the two as one word, "tline".
 */
function letterJoinedWord(tokens: readonly Token[], i: number, typeTokens: ReadonlySet<number>): string | null {
  const letter = tokens[i]!;
  const word = tokens[i + 1];
  if (!word || !/^[a-z]$/.test(letter.norm) || word.gapBefore !== '-' || !/^[a-z]{3,}$/.test(word.norm)) return null;
  if (typeTokens.has(i) || typeTokens.has(i + 1) || TYPE_WORDS.has(word.norm) || GENERIC_WORDS.has(word.norm))
    return null;
  return letter.norm + word.norm;
}
