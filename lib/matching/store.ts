/**
 * Compact storage for record profiles: a sorted vocabulary of feature keys, every record's features as
 * integers in one flat array (CSR), and the inverted index (feature → records) derived from it. Typed
 * arrays keep 100,000 records in tens of megabytes and clone into IndexedDB in one piece; records added
 * later sit in a small overlay until the next compaction.
 */
import { SOURCE_FAMILIES, SOURCE_KINDS, type SourceFamily, type SourceKind } from '../hazards/schema';
import { modelShape, type ModelShape } from '../identifiers';
import type { RecordProfile } from './profile';

const FLAG_SHIFT = 24;
const ID_MASK = (1 << FLAG_SHIFT) - 1;

const SHAPES: readonly ModelShape[] = ['strong', 'weak', 'none'];

export const featureId = (packed: number) => packed & ID_MASK;
export const featureFlags = (packed: number) => packed >>> FLAG_SHIFT;

export interface SerializedIndex {
  format: 'hazard-check-index';
  version: number;
  /** Sorted feature keys joined by "\n". */
  vocab: string;
  /** Record IDs joined by "\n". */
  ids: string;
  sources: Uint8Array;
  kinds: Uint8Array;
  flags: Uint8Array;
  featureStart: Int32Array;
  features: Int32Array;
  /** Display values: feature id → value as the record wrote it (only where it differs from the key). */
  displayIds: Int32Array;
  displays: string;
  /** Records whose ref is not the ID minus its source prefix. */
  refIds: Int32Array;
  refs: string;
  /** Open-addressing hash table over the vocabulary (vocab id + 1, 0 = empty), so loading needs no Map. */
  vocabTable: Int32Array;
  /** The inverted index, so loading does not recompute it. */
  postingStart?: Int32Array;
  postings?: Int32Array;
}

/**
 * Bump whenever what `buildProfile` derives from a record changes (vocabularies, normalisation, name
 * rules): an index saved by an older release then no longer loads and is rebuilt from the records.
 * 2: product-type names are not specific; more product types; plurals in -ys.
 * 3: brand sounds (phonetic keys of Latin brands and romanised Hangul).
 * 4: stores named in notices (seller keys).
 * 5: Korean two-word product types found whether written with the space or without it.
 * 6: product types for more kinds (clothing, kitchen, chemical products, tools…) and in more languages.
 * 7: themes and animals in the alerts' languages are not specific name words.
 * 8: function and age words of more alert languages.
 * 9: the smaller goods' types (music boxes, bicycle lights, cases…) in the alerts' languages.
 * 10: the leading Hangul word of a Korean notice's product name as a brand; Korean sales words generic.
 * 11: Korean makers' names without their trade ("한별제약" → 한별) and two-syllable Hangul brands as brand keys.
 * 12: a Korean name's leading "더 <brand>" also read as the bare brand.
 * 13: no leading brand from KATS names, from a Korean modifier (-용, -형, -의) or after " - ".
 * 14: ™ and ℠ dropped before Unicode normalisation; no leading brand before a function word or a
 *     participle; catalogue cues stripped from model fields; bulb, battery and rating codes not models;
 *     "purpose" an ordinary word; headlamps and lanterns are kinds apart from flashlights; model
 *     suffix lists in parentheses expanded; a model without its two-letter colour code; a second
 *     brand after "<Brand> and"; "No.", "N.", "Nr." before a number are cues, not part of a code;
 *     "<Line> by <Maker>" brand fields give both names; brand sounds: "ay"/"ai" as 에, "ch" as ㅊ.
 * 15: hair-styling products (styling gel, pomade, mousse…) are hair care.
 * 16: a Korean notice's product name that leads with a Latin word gives that word as a brand.
 * 17: describing words (handmade, deluxe, scented, reusable…) are generic.
 * 18: finger paint, watercolour and poster paint in the alerts' languages.
 * 19: several words without a digit in the model field are a name, not a model.
 * 20: a Korean notice's leading Latin brand in capitals may be two or three words.
 * 21: an animal that leads a notice's product name ("Giraffe and Zebra Plush Toys") is not its brand.
 * 22: a Latin word's closing "le" sounds as a bare l; a Korean name's bare brand (without "더") has a sound.
 * 23: the container a notice names after the product (bottle, jar…) is not a specific name word.
 * 24: leaf blowers and TV mounts are kinds; desks are furniture; bed rails in Korean.
 * 25: brand sounds: 어 after 이 or 에 is a silent r.
 * 26: toy and ink stamp sets are a kind.
 * 27: Korean descaler and glass-cleaner words are cleaning products.
 * 28: activity cubes and board games are kinds; charging stands are chargers; Czech hair dye.
 * 29: brand sounds: "au" keyed as o; the 이 after a closing sh, ch or dge.
 * 30: "branded" is not a specific name word.
 * 31: a garbled n° cue before a model; a size list in the model field is no model; KATS category nouns
 *     (섬유제품, 조명기구…) are not specific name words.
 * 32: wipes are a kind; building toy sets are blocks.
 * 33: brand sounds: a closing "er" after a consonant is 어, "all" is 올.
 * 34: a brand glued to its legal form also drops the company words glued before it.
 * 35: mini, twinkle, balloon and party lights are light strings.
 * 36: a long number with an hour or tonne letter is an article number, not a measurement.
 * 37: chairs are a kind; elliptical and cross trainers are fitness equipment.
 * 38: a Korean sentence in the model field is a name with its codes as models; "CX(CX1, CX2)" lists models.
 * 39: brand sounds: soft c, gu and qu before a vowel, a closing silent e and the long vowel before it.
 * 40: toothpaste is a kind.
 * 41: a French or Italian elided article ("d'Hermès") is a word of its own.
 * 42: tea kettles, dressers, baby loungers, essential oils, espresso machines and ice crushers are kinds;
 *     Korean bed-rail and hair-tonic words; "submersible" in Korean.
 * 43: cars and motorcycles are a kind of their own (motor-vehicle).
 * 44: a number counting styles or giving a share ("100% cotton"), sleeves and "designed for consumer use"
 *     are not specific name words.
 * 45: a spreadsheet's ".0" after a model number is dropped.
 * 46: a measure and its unit in a name ("50 LB", "12oz") are not specific name words.
 * 47–55: brand sounds and brand keys (see the history of profile.ts and phonetic.ts).
 * 56: brand sounds: "oa" and "aw" are 오, a stressed "ir" or "ur" is 어.
 * 57: what a firm trades in ("Housewares", "Sporting Goods") is not its brand; "Star Trading" keeps its whole name.
 * 58: the registers' common kitchen, household, sports and bicycle-part kinds are kinds of their own.
 * 59: a firm a notice title names "recalled by" ends where the hazard begins.
 * 60: "Sports", "Bicycles", "eBikes" after a firm's name are what it trades in.
 * 61: Korean bicycle, hoverboard, lacrosse-stick and quick-release words; self-balancing scooters.
 * 62: units written out (volt, watt, ounce, quart, gallon, liter, mph) are measures too.
 * 63: "marketed", "distributed", "certain", "various", "select" and "number" are not name words.
 * 64: a brand with a g before e, i or y offers its soft-g sound too.
 * 65: brand sounds: the t of "stle" is silent.
 * 66: a gas grill (가스 그릴) is an outdoor grill.
 * 67: a firm's legal form or trade word left in a name is not a specific name word.
 * 68: feet written out are a measure; "combo" is not a name word.
 * 69: brand sounds: "igh" is 아이, a closing "th" is 스.
 * 70: pool cleaners and juice extractors are kinds; "Houseware" after a firm's name is its trade.
 * 71: brand sounds: a w before a vowel may be v, as German and Polish names read it.
 * 72: brand sounds: a first i before a consonant and vowel may be long, 아이.
 * 73: espresso and cappuccino machines are a kind of their own, not drip coffee makers.
 * 74: a basketball set is a hoop.
 * 75: brand sounds: a closing e after a consonant may be spoken (Stokke → 스토케).
 * 76: Korean words for food processors (푸드프로세서) and permanent-makeup pigments.
 * 77: brand sounds: Italian cc as ch, a European er as 에르.
 * 78: brand sounds: a long first i and a spoken closing e together (Nike → 나이키).
 * 79: a model a notice writes with a space ("BR 800") is a model.
 * 80: the permanent-makeup words of 76 are withdrawn.
 */
export const INDEX_FORMAT_VERSION = 110;

/**
 * Many strings kept as one newline-joined text plus start offsets: loading is one scan instead of
 * hundreds of thousands of string objects, and lookups compare in place.
 */
export class StringColumn {
  readonly starts: Int32Array;

  constructor(readonly text: string) {
    let count = text.length === 0 ? 0 : 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    this.starts = new Int32Array(count + 1);
    let at = 0;
    for (let n = 0; n < count; n++) {
      this.starts[n] = at;
      const end = text.indexOf('\n', at);
      at = end < 0 ? text.length + 1 : end + 1;
    }
    this.starts[count] = text.length + 1;
  }

  static from(values: readonly string[]): StringColumn {
    return new StringColumn(values.join('\n'));
  }

  get length(): number {
    return this.starts.length - 1;
  }

  get(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** The i-th value without its first `skip` characters (one string, not two). */
  getFrom(i: number, skip: number): string {
    return this.text.slice(this.starts[i]! + skip, this.starts[i + 1]! - 1);
  }

  firstChar(i: number): string {
    return this.text[this.starts[i]!] ?? '';
  }

  equals(i: number, key: string): boolean {
    const start = this.starts[i]!;
    return this.starts[i + 1]! - 1 - start === key.length && this.text.startsWith(key, start);
  }

  startsWith(i: number, prefix: string): boolean {
    return this.starts[i + 1]! - 1 - this.starts[i]! >= prefix.length && this.text.startsWith(prefix, this.starts[i]!);
  }
}

/**
 * Strings for a few of many integer keys (display values, refs): the sorted keys beside one StringColumn,
 * found by binary search, so loading an index builds no map of a hundred thousand entries.
 */
export class SparseStrings {
  constructor(
    readonly keys: Int32Array,
    private readonly values: StringColumn,
  ) {}

  static from(map: ReadonlyMap<number, string>): SparseStrings {
    const keys = Int32Array.from([...map.keys()].sort((x, y) => x - y));
    return new SparseStrings(keys, StringColumn.from([...keys].map((key) => map.get(key)!)));
  }

  get size(): number {
    return this.keys.length;
  }

  get(key: number): string | undefined {
    let low = 0;
    let high = this.keys.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const found = this.keys[mid]!;
      if (found === key) return mid < this.values.length ? this.values.get(mid) : '';
      if (found < key) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }

  /** Every value in key order, joined as the index file keeps them. */
  joined(): string {
    return this.values.text;
  }
}

/** Immutable bulk part: built once from profiles or loaded from a serialized index. */
class BaseStore {
  constructor(
    readonly vocab: StringColumn,
    readonly ids: StringColumn,
    readonly sources: Uint8Array,
    readonly kinds: Uint8Array,
    readonly flags: Uint8Array,
    readonly featureStart: Int32Array,
    readonly features: Int32Array,
    readonly postingStart: Int32Array,
    readonly postings: Int32Array,
    readonly displays: SparseStrings,
    readonly refs: SparseStrings,
    readonly table: Int32Array = hashTable(vocab),
  ) {}
}

/** Whether the IDs are in `Array.prototype.sort` order (UTF-16 code units), as the feed's index lists them. */
function isSorted(ids: StringColumn): boolean {
  let previous = ids.length > 0 ? ids.get(0) : '';
  for (let i = 1; i < ids.length; i++) {
    const id = ids.get(i);
    if (id <= previous) return false;
    previous = id;
  }
  return true;
}

/** FNV-1a over UTF-16 code units. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function hashTable(vocab: StringColumn): Int32Array {
  let size = 1024;
  while (size < vocab.length * 2) size *= 2;
  const table = new Int32Array(size);
  const mask = size - 1;
  for (let id = 0; id < vocab.length; id++) {
    let slot = hashOf(vocab.get(id)) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = id + 1;
  }
  return table;
}

export class ProfileStore {
  private base: BaseStore;
  // Overlay: records added after the base was built.
  private extraVocab = new Map<string, number>();
  private extraVocabList: string[] = [];
  private extraRecords: {
    id: string;
    source: number;
    kind: number;
    flags: number;
    ref?: string;
    features: number[];
  }[] = [];
  private extraPostings = new Map<number, number[]>();
  private extraDisplays = new Map<number, string>();
  private removed = new Set<number>();
  /** Record ID → slot of records added after the base was built. */
  private extraById = new Map<string, number>();
  /**
   * Finding a base record by ID (updates only, so loading does not pay for it): a binary search when the
   * base lists IDs in order, as the feed's index does; else a map built on first use.
   */
  private baseSorted: boolean | undefined;
  private baseById: Map<string, number> | null = null;
  /** Model shapes by feature id (0 = not read yet): a key's shape never changes, and every candidate reads it. */
  private shapes = new Uint8Array(0);

  private constructor(base: BaseStore) {
    this.base = base;
  }

  /** The live slot of a record ID, if any. */
  private slotOf(recordId: string): number | undefined {
    const extra = this.extraById.get(recordId);
    if (extra !== undefined) return extra;
    const slot = this.baseSlot(recordId);
    return slot !== undefined && !this.removed.has(slot) ? slot : undefined;
  }

  private baseSlot(recordId: string): number | undefined {
    const ids = this.base.ids;
    this.baseSorted ??= isSorted(ids);
    if (this.baseSorted) {
      let low = 0;
      let high = ids.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const id = ids.get(mid);
        if (id === recordId) return mid;
        if (id < recordId) low = mid + 1;
        else high = mid - 1;
      }
      return undefined;
    }
    if (!this.baseById) {
      this.baseById = new Map();
      for (let i = 0; i < ids.length; i++) this.baseById.set(ids.get(i), i);
    }
    return this.baseById.get(recordId);
  }

  static fromProfiles(profiles: RecordProfile[]): ProfileStore {
    return new ProfileStore(buildBase(profiles));
  }

  static fromSerialized(data: SerializedIndex): ProfileStore {
    if (data.format !== 'hazard-check-index' || data.version !== INDEX_FORMAT_VERSION) {
      throw new Error(`unsupported index format ${data.format} v${data.version}`);
    }
    const vocab = new StringColumn(data.vocab);
    const ids = new StringColumn(data.ids);
    const displays = new SparseStrings(data.displayIds, new StringColumn(data.displays));
    const refs = new SparseStrings(data.refIds, new StringColumn(data.refs));
    const { postingStart, postings } =
      data.postingStart && data.postings
        ? { postingStart: data.postingStart, postings: data.postings }
        : invert(vocab.length, data.featureStart, data.features);
    const table = data.vocabTable?.length ? data.vocabTable : hashTable(vocab);
    return new ProfileStore(
      new BaseStore(
        vocab,
        ids,
        data.sources,
        data.kinds,
        data.flags,
        data.featureStart,
        data.features,
        postingStart,
        postings,
        displays,
        refs,
        table,
      ),
    );
  }

  /** Folds the overlay and removals into a fresh base (called before serializing, or when the overlay grows). */
  compact(): void {
    if (this.extraRecords.length === 0 && this.removed.size === 0) return;
    const profiles: RecordProfile[] = [];
    for (let i = 0; i < this.size; i++) if (!this.removed.has(i)) profiles.push(this.profileAt(i));
    this.base = buildBase(profiles);
    this.extraVocab.clear();
    this.extraVocabList = [];
    this.extraRecords = [];
    this.extraPostings.clear();
    this.extraDisplays.clear();
    this.removed.clear();
    this.shapes = new Uint8Array(0);
    this.reindexIds();
  }

  serialize(): SerializedIndex {
    this.compact();
    const b = this.base;
    return {
      format: 'hazard-check-index',
      version: INDEX_FORMAT_VERSION,
      vocab: b.vocab.text,
      ids: b.ids.text,
      sources: b.sources,
      kinds: b.kinds,
      flags: b.flags,
      featureStart: b.featureStart,
      features: b.features,
      displayIds: b.displays.keys,
      displays: b.displays.joined(),
      refIds: b.refs.keys,
      refs: b.refs.joined(),
      vocabTable: b.table,
      postingStart: b.postingStart,
      postings: b.postings,
    };
  }

  /** Record slots, including removed ones (check `isLive`). */
  get size(): number {
    return this.base.ids.length + this.extraRecords.length;
  }

  get liveCount(): number {
    return this.size - this.removed.size;
  }

  isLive(index: number): boolean {
    return !this.removed.has(index);
  }

  indexOf(recordId: string): number | undefined {
    return this.slotOf(recordId);
  }

  add(profile: RecordProfile): void {
    const existing = this.slotOf(profile.id);
    if (existing !== undefined) this.removed.add(existing);
    const index = this.size;
    const features = profile.features.map((f) => {
      const id = this.intern(f.key);
      if (f.display !== undefined && f.display !== f.key.slice(1) && !this.display(id))
        this.extraDisplays.set(id, f.display);
      const list = this.extraPostings.get(id);
      if (list) {
        if (list[list.length - 1] !== index) list.push(index);
      } else this.extraPostings.set(id, [index]);
      return (f.flags << FLAG_SHIFT) | id;
    });
    this.extraRecords.push({
      id: profile.id,
      source: SOURCE_FAMILIES.indexOf(profile.source),
      kind: SOURCE_KINDS.indexOf(profile.sourceKind),
      flags: profile.flags,
      ref: profile.ref,
      features,
    });
    this.extraById.set(profile.id, index);
  }

  remove(recordId: string): boolean {
    const index = this.slotOf(recordId);
    if (index === undefined) return false;
    this.removed.add(index);
    this.extraById.delete(recordId);
    return true;
  }

  /** Overlay size relative to the base: past a point, lookups pay for the Map-based overlay. */
  get overlayRatio(): number {
    return (this.extraRecords.length + this.removed.size) / Math.max(1, this.base.ids.length);
  }

  // ---- vocabulary ------------------------------------------------------------------------------

  lookup(key: string): number {
    const { vocab, table } = this.base;
    const mask = table.length - 1;
    let slot = hashOf(key) & mask;
    for (let entry = table[slot]!; entry !== 0; entry = table[slot]!) {
      if (vocab.equals(entry - 1, key)) return entry - 1;
      slot = (slot + 1) & mask;
    }
    return this.extraVocab.size > 0 ? (this.extraVocab.get(key) ?? -1) : -1;
  }

  key(id: number): string {
    return id < this.base.vocab.length ? this.base.vocab.get(id) : this.extraVocabList[id - this.base.vocab.length]!;
  }

  /** A feature key's kind letter (`FEATURE`) and its value, read without building the whole key. */
  kindOf(id: number): string {
    return id < this.base.vocab.length
      ? this.base.vocab.firstChar(id)
      : this.extraVocabList[id - this.base.vocab.length]![0]!;
  }

  /** The kind letter's char code: no string is made, for loops that skip most features. */
  kindCodeOf(id: number): number {
    return id < this.base.vocab.length
      ? this.base.vocab.text.charCodeAt(this.base.vocab.starts[id]!)
      : this.extraVocabList[id - this.base.vocab.length]!.charCodeAt(0);
  }

  valueOf(id: number): string {
    return id < this.base.vocab.length
      ? this.base.vocab.getFrom(id, 1)
      : this.extraVocabList[id - this.base.vocab.length]!.slice(1);
  }

  /** Feature ids whose key starts with `prefix` (sorted base first), for search-as-you-type. */
  idsWithPrefix(prefix: string, limit: number): number[] {
    const vocab = this.base.vocab;
    let lo = 0;
    let hi = vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (vocab.get(mid) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < vocab.length && out.length < limit && vocab.startsWith(i, prefix); i++) out.push(i);
    for (const [key, id] of this.extraVocab) {
      if (out.length >= limit) break;
      if (key.startsWith(prefix)) out.push(id);
    }
    return out;
  }

  /** `modelShape` of a model feature's value, computed once per feature. */
  modelShapeOf(id: number): ModelShape {
    if (id >= this.shapes.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.base.vocab.length + this.extraVocabList.length));
      grown.set(this.shapes);
      this.shapes = grown;
    }
    const known = this.shapes[id]!;
    if (known !== 0) return SHAPES[known - 1]!;
    const shape = modelShape(this.valueOf(id));
    this.shapes[id] = SHAPES.indexOf(shape) + 1;
    return shape;
  }

  display(id: number): string | undefined {
    return this.base.displays.get(id) ?? this.extraDisplays.get(id);
  }

  private intern(key: string): number {
    const found = this.lookup(key);
    if (found >= 0) return found;
    const id = this.base.vocab.length + this.extraVocabList.length;
    this.extraVocab.set(key, id);
    this.extraVocabList.push(key);
    return id;
  }

  // ---- postings and records --------------------------------------------------------------------

  /** Number of record slots holding the feature (a document frequency; removed slots still count). */
  df(id: number): number {
    if (id < 0) return 0;
    const b = this.base;
    const inBase = id < b.vocab.length ? b.postingStart[id + 1]! - b.postingStart[id]! : 0;
    return inBase + (this.extraPostings.get(id)?.length ?? 0);
  }

  /** Calls `visit` for every live record holding the feature, up to `limit` records. */
  forEachPosting(id: number, visit: (index: number) => void, limit = Infinity): void {
    if (id < 0) return;
    const b = this.base;
    let seen = 0;
    if (id < b.vocab.length) {
      for (let p = b.postingStart[id]!; p < b.postingStart[id + 1]! && seen < limit; p++) {
        const index = b.postings[p]!;
        if (!this.removed.has(index)) {
          visit(index);
          seen++;
        }
      }
    }
    for (const index of this.extraPostings.get(id) ?? []) {
      if (seen >= limit) break;
      if (!this.removed.has(index)) {
        visit(index);
        seen++;
      }
    }
  }

  /** Adds every live record holding the feature to `into`, up to `limit` records (a loop, no callback). */
  collectPostings(id: number, into: Set<number>, limit = Infinity): void {
    if (id < 0) return;
    const b = this.base;
    const removed = this.removed.size > 0 ? this.removed : null;
    let seen = 0;
    if (id < b.vocab.length) {
      const end = b.postingStart[id + 1]!;
      for (let p = b.postingStart[id]!; p < end && seen < limit; p++) {
        const index = b.postings[p]!;
        if (removed?.has(index)) continue;
        into.add(index);
        seen++;
      }
    }
    for (const index of this.extraPostings.get(id) ?? []) {
      if (seen >= limit) break;
      if (this.removed.has(index)) continue;
      into.add(index);
      seen++;
    }
  }

  /**
   * Adds `weight` to `scores[index]` of every live record holding the feature; records scored for the
   * first time (score 0) are pushed to `touched`.
   */
  addPostingScores(id: number, weight: number, scores: Float64Array, touched: number[]): void {
    if (id < 0) return;
    const b = this.base;
    const removed = this.removed.size > 0 ? this.removed : null;
    if (id < b.vocab.length) {
      const end = b.postingStart[id + 1]!;
      for (let p = b.postingStart[id]!; p < end; p++) {
        const index = b.postings[p]!;
        if (removed?.has(index)) continue;
        if (scores[index] === 0) touched.push(index);
        scores[index] = scores[index]! + weight;
      }
    }
    for (const index of this.extraPostings.get(id) ?? []) {
      if (this.removed.has(index)) continue;
      if (scores[index] === 0) touched.push(index);
      scores[index] = scores[index]! + weight;
    }
  }

  featuresOf(index: number): ArrayLike<number> {
    const b = this.base;
    if (index < b.ids.length) return b.features.subarray(b.featureStart[index]!, b.featureStart[index + 1]!);
    return this.extraRecords[index - b.ids.length]!.features;
  }

  recordId(index: number): string {
    const b = this.base;
    return index < b.ids.length ? b.ids.get(index) : this.extraRecords[index - b.ids.length]!.id;
  }

  source(index: number): SourceFamily {
    const b = this.base;
    const n = index < b.ids.length ? b.sources[index]! : this.extraRecords[index - b.ids.length]!.source;
    return SOURCE_FAMILIES[n]!;
  }

  sourceKind(index: number): SourceKind {
    const b = this.base;
    const n = index < b.ids.length ? b.kinds[index]! : this.extraRecords[index - b.ids.length]!.kind;
    return SOURCE_KINDS[n]!;
  }

  recordFlags(index: number): number {
    const b = this.base;
    return index < b.ids.length ? b.flags[index]! : this.extraRecords[index - b.ids.length]!.flags;
  }

  ref(index: number): string {
    const b = this.base;
    if (index >= b.ids.length) return this.extraRecords[index - b.ids.length]!.ref ?? '';
    return b.refs.get(index) ?? refFromId(b.ids.get(index), this.source(index));
  }

  /** The profile stored for a slot (used to rebuild the base). */
  private profileAt(index: number): RecordProfile {
    const packed = this.featuresOf(index);
    const features = Array.from(packed, (p) => {
      const id = featureId(p);
      const display = this.display(id);
      return { key: this.key(id), flags: featureFlags(p), ...(display !== undefined ? { display } : {}) };
    });
    return {
      id: this.recordId(index),
      source: this.source(index),
      sourceKind: this.sourceKind(index),
      ref: this.ref(index),
      flags: this.recordFlags(index),
      features,
    };
  }

  private reindexIds(): void {
    this.extraById = new Map();
    this.baseSorted = undefined;
    this.baseById = null;
  }
}

function refFromId(id: string, source: string): string {
  return id.startsWith(`${source}:`) ? id.slice(source.length + 1) : id;
}

function buildBase(profiles: RecordProfile[]): BaseStore {
  // Vocabulary: every distinct key, sorted so lookups can binary-search without a Map.
  const keySet = new Set<string>();
  for (const p of profiles) for (const f of p.features) keySet.add(f.key);
  const vocab = [...keySet].sort();
  const idOf = new Map<string, number>();
  vocab.forEach((key, i) => idOf.set(key, i));

  const n = profiles.length;
  const featureStart = new Int32Array(n + 1);
  let total = 0;
  profiles.forEach((p, i) => {
    featureStart[i] = total;
    total += p.features.length;
  });
  featureStart[n] = total;
  const features = new Int32Array(total);
  const sources = new Uint8Array(n);
  const kinds = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const ids: string[] = new Array(n);
  const displays = new Map<number, string>();
  const refs = new Map<number, string>();
  profiles.forEach((p, i) => {
    ids[i] = p.id;
    sources[i] = SOURCE_FAMILIES.indexOf(p.source);
    kinds[i] = SOURCE_KINDS.indexOf(p.sourceKind);
    flags[i] = p.flags;
    if (refFromId(p.id, p.source) !== p.ref) refs.set(i, p.ref);
    let at = featureStart[i]!;
    for (const f of p.features) {
      const id = idOf.get(f.key)!;
      features[at++] = (f.flags << FLAG_SHIFT) | id;
      if (f.display !== undefined && f.display !== f.key.slice(1) && !displays.has(id)) displays.set(id, f.display);
    }
  });
  const { postingStart, postings } = invert(vocab.length, featureStart, features);
  return new BaseStore(
    StringColumn.from(vocab),
    StringColumn.from(ids),
    sources,
    kinds,
    flags,
    featureStart,
    features,
    postingStart,
    postings,
    SparseStrings.from(displays),
    SparseStrings.from(refs),
  );
}

/** Feature → records, by counting sort over the flat feature array (records stay in ascending order). */
function invert(
  vocabSize: number,
  featureStart: Int32Array,
  features: Int32Array,
): { postingStart: Int32Array; postings: Int32Array } {
  const counts = new Int32Array(vocabSize + 1);
  // A record can hold one key twice with different flags; it is posted once.
  const lastRecord = new Int32Array(vocabSize).fill(-1);
  const records = featureStart.length - 1;
  for (let r = 0; r < records; r++) {
    const end = featureStart[r + 1]!;
    for (let p = featureStart[r]!; p < end; p++) {
      const id = features[p]! & ID_MASK;
      if (lastRecord[id] === r) continue;
      lastRecord[id] = r;
      counts[id + 1] = counts[id + 1]! + 1;
    }
  }
  for (let i = 0; i < vocabSize; i++) counts[i + 1] = counts[i + 1]! + counts[i]!;
  const postingStart = counts.slice();
  const cursor = counts.slice(0, vocabSize);
  const postings = new Int32Array(postingStart[vocabSize]!);
  lastRecord.fill(-1);
  for (let r = 0; r < records; r++) {
    const end = featureStart[r + 1]!;
    for (let p = featureStart[r]!; p < end; p++) {
      const id = features[p]! & ID_MASK;
      if (lastRecord[id] === r) continue;
      lastRecord[id] = r;
      postings[cursor[id]!] = r;
      cursor[id] = cursor[id]! + 1;
    }
  }
  return { postingStart, postings };
}
