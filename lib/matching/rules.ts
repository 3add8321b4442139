/**
 * Decisions as data: an ordered table of rules and a table of vetoes over the signals of one
 * listing–record pair (signals.ts). The first rule that holds, and that no veto blocks, decides the tier;
 * the match carries the rule's id. Every rule states why it is safe and shows, with invented brands, a
 * listing it matches and one it must not (tests/unit/matching/rules.test.ts runs them all).
 */
import { TYPE_WORDS } from './concepts';
import { GENERIC_WORDS } from './lexicon';
import type { Coverage, Signals } from './signals';
import { tokenize } from './text';
import type { Evidence, MatchTier } from './types';

/** A record as the examples write it: the fields a hazard notice gives. */
export interface ExampleRecord {
  source?: 'eu-safety-gate' | 'us-cpsc' | 'kr-safetykorea' | 'kr-consumer24' | 'curated';
  name: string;
  /** More names of the same product, in the name's language (CPSC titles name it twice or more). */
  alsoNamed?: string[];
  /** The name's language, when not English. */
  lang?: string;
  type?: string;
  brands?: string[];
  models?: string[];
  gtins?: string[];
  otherCodes?: string[];
  certNumbers?: string[];
  forChildren?: boolean;
  /** A marketplace listing the record names (curated lists). */
  listing?: { platform: 'aliexpress' | 'temu'; id: string };
  /** The store the record names, on the listing's platform (AliExpress when no listing is given). */
  shopName?: string;
  shopId?: string;
}

export interface RuleExample {
  /** The listing title; `itemId` is its marketplace ID when the example needs one (AliExpress). */
  title: string;
  itemId?: string;
  /** The listing's store: its shown name and its store ID. */
  seller?: string;
  storeId?: string;
  record: ExampleRecord;
}

export interface RuleExamples {
  match: RuleExample[];
  noMatch: RuleExample[];
}

export interface Rule {
  id: string;
  tier: MatchTier;
  score: number | ((s: Signals) => number);
  when: (s: Signals) => boolean;
  evidence: (s: Signals) => Evidence[];
  why: string;
  examples: RuleExamples;
  /** Vetoes that do not apply to this rule, because what they rule out is not what the rule claims. */
  exemptFrom?: readonly string[];
  /**
   * The match rests on the brand and the kind alone. When the same listing names another record of that
   * brand more closely (its line, its model), that record is the one to cite, and this one is counted among
   * the brand's other reported products (engine.ts).
   */
  brandAndKindOnly?: (s: Signals) => boolean;
}

export interface Veto {
  id: string;
  /** The tiers the veto stops; a rule of another tier still decides. */
  blocks: readonly MatchTier[];
  when: (s: Signals) => boolean;
  why: string;
  /** `noMatch`: the veto stops a blocked tier; `match`: the same listing without the conflict is not stopped. */
  examples: RuleExamples;
}

/** A record whose name says a kind with describing words Korean titles translate. */
const heatedGloves: ExampleRecord = { source: 'us-cpsc', name: 'Velcora Frostline heated gloves', brands: ['Velcora'] };
const blender: ExampleRecord = { source: 'us-cpsc', name: 'Velcora Aurel blenders', brands: ['Velcora'] };
const voiceScooter: ExampleRecord = {
  source: 'us-cpsc',
  name: 'Velcora Voice-Controlled Electric Scooters',
  brands: ['Velcora'],
};

const gluedPaste: ExampleRecord = { source: 'kr-consumer24', name: '퀴벨로미백실버치약', brands: ['(주)다온제약'] };
const paintPen: ExampleRecord = {
  source: 'curated',
  name: 'Glimmerwave car paint pen',
  shopName: 'Nordhaven Craft Store',
  listing: { platform: 'aliexpress', id: '1005000000000999' },
};
const lamp: ExampleRecord = {
  source: 'eu-safety-gate',
  name: 'Night lamp',
  type: 'Night light',
  brands: ['Zorblin'],
  models: ['ZB-4410'],
};

export const RULES: readonly Rule[] = [
  {
    id: 'exact-identifier',
    tier: 'exact',
    score: 1,
    when: (s) => s.exact.length > 0,
    evidence: (s) => s.exact,
    why: 'The listing is the one the record names (its marketplace ID), or carries the barcode or KC certification number the record states: identifiers name one product.',
    examples: {
      match: [
        {
          title: 'Fast charger 20W EAN 4012345678901',
          record: { name: 'Fast charger', type: 'USB charger', brands: ['Voltrana'], gtins: ['4012345678901'] },
        },
        {
          title: 'Kids rain boots',
          itemId: '1005000000000777',
          record: {
            source: 'curated',
            name: 'Kids rain boots',
            listing: { platform: 'aliexpress', id: '1005000000000777' },
          },
        },
      ],
      noMatch: [
        {
          title: 'Fast charger 20W EAN 4012345678918',
          record: { name: 'Fast charger', type: 'USB charger', brands: ['Voltrana'], gtins: ['4012345678901'] },
        },
      ],
    },
  },
  {
    id: 'store-named-same-kind',
    tier: 'strong',
    score: 0.85,
    when: (s) => s.seller !== null && s.seller.kind !== null,
    evidence: (s) => [s.seller!.store, s.seller!.kind!],
    why: 'A store that had a listing blocked is where the product is re-listed first: the same store (by store ID, or by name once legal forms and case are normalised) on the same platform selling the same kind of product is sold by the store named in the notice.',
    // A curated record names its store as well as its listing: the store is not a similar title.
    exemptFrom: ['curated-listing-only'],
    examples: {
      match: [
        { title: 'Scratch remover touch up paint pen for cars', seller: 'Nordhaven Craft Store', record: paintPen },
        {
          title: 'Vent clip air freshener for car',
          seller: 'VELLMORA TRADING CO LTD',
          record: {
            source: 'curated',
            name: 'Air freshener clip, lemon',
            shopName: 'Vellmora Trading Co., Ltd.',
            listing: { platform: 'aliexpress', id: '1005000000000998' },
          },
        },
        {
          title: 'Silicone baby teether ring',
          storeId: '912034',
          record: { source: 'kr-safetykorea', name: 'Teething ring', type: 'Teether', shopId: '912034' },
        },
      ],
      noMatch: [
        { title: 'Silicone phone case with stand', seller: 'Nordhaven Craft Store', record: paintPen },
        {
          title: 'Wooden incense holder',
          seller: 'Nordhaven Craft Store',
          record: { ...paintPen, name: 'Incense sticks sandalwood' },
        },
        {
          title: 'Car touch up paint pen',
          seller: 'Nordhaven Craft Store',
          record: { ...paintPen, listing: { platform: 'temu', id: '601099000000001' } },
        },
        { title: 'Car touch up paint pen', seller: 'Harrowgate Auto Parts Store', record: paintPen },
      ],
    },
  },
  {
    id: 'code',
    tier: 'strong',
    score: 0.9,
    when: (s) => s.codeHits.length > 0,
    evidence: (s) => [...s.codeHits, ...(s.brand ? [s.brand.evidence] : [])],
    why: 'A batch or article code of six or more letters and digits that the record states is specific to one product, whoever sells it.',
    examples: {
      match: [
        {
          title: 'Plush bear toy batch QT7731X',
          record: { name: 'Plush bear', type: 'Soft toy', otherCodes: ['QT7731X'] },
        },
      ],
      noMatch: [
        {
          title: 'Plush bear toy batch QT7732X',
          record: { name: 'Plush bear', type: 'Soft toy', otherCodes: ['QT7731X'] },
        },
      ],
    },
  },
  {
    id: 'brand-model',
    tier: 'strong',
    score: 0.93,
    when: (s) => s.brand !== null && s.modelHits.length > 0 && !s.otherKind,
    evidence: (s) => [s.brand!.evidence, ...s.modelHits.map((m) => m.evidence)],
    why: 'The brand and one of its model numbers together name one product; a product-line word as the model needs the same kind of product.',
    examples: {
      match: [{ title: 'Zorblin ZB4410 LED night lamp', record: lamp }],
      noMatch: [
        { title: 'Zorblin ZB4411 LED night lamp', record: lamp },
        // "Aurora" is a product line the brand makes in several kinds: a kettle is not the recalled grill.
        {
          title: 'Velmora Aurora electric kettle',
          record: { name: 'Contact grill', type: 'Contact grill', brands: ['Velmora'], models: ['Aurora'] },
        },
      ],
    },
  },
  {
    id: 'model-type',
    tier: 'strong',
    score: 0.88,
    when: (s) => s.strongModelHits.length > 0 && s.sharedTypes.length > 0,
    evidence: (s) => [
      ...s.strongModelHits.map((m) => m.evidence),
      ...s.typeEvidence(s.sharedSpecificTypes.length > 0 ? s.sharedSpecificTypes : s.sharedTypes),
    ],
    why: 'A model number of letters and digits that few records share, on the same kind of product, names the product even without the brand; the kind may be named in another language (a Korean title, an alert in its own language).',
    examples: {
      match: [
        {
          title: 'QX-7731 USB charger 20W',
          record: { name: 'Charger', type: 'USB charger', brands: ['Pellomir'], models: ['QX7731'] },
        },
        {
          title: 'QX-7731 고속 충전기 20W',
          record: { name: 'Charger', type: 'USB charger', brands: ['Pellomir'], models: ['QX7731'] },
        },
        // "For" whom is not for what.
        {
          title: 'USB charger for kids tablets QX-7731 20W',
          record: { name: 'Charger', type: 'USB charger', brands: ['Pellomir'], models: ['QX7731'] },
        },
        {
          title: 'Ultrasonic cool mist humidifier HM-3318',
          record: { name: 'Párásító', lang: 'hu', type: 'Párásító', models: ['HM-3318'] },
        },
      ],
      noMatch: [
        {
          title: 'QX-7731 phone case',
          record: { name: 'Charger', type: 'USB charger', brands: ['Pellomir'], models: ['QX7731'] },
        },
        {
          title: 'QX-7731 휴대폰 케이스',
          record: { name: 'Charger', type: 'USB charger', brands: ['Pellomir'], models: ['QX7731'] },
        },
        // A part for the product: the model is what the listing fits, not what it is.
        {
          title: 'Replacement cable for Baxo QX-7731 USB charger',
          record: { name: 'Charger', type: 'USB charger', brands: ['Pellomir'], models: ['QX7731'] },
        },
        {
          title: 'QX-7731 호환 충전기 케이블',
          record: { name: 'Charger', type: 'USB charger', brands: ['Pellomir'], models: ['QX7731'] },
        },
        // "IP44" is a protection rating, not a model.
        {
          title: 'Outdoor string lights IP44 waterproof',
          record: { name: 'Lichterkette', lang: 'de', type: 'Lichterkette', models: ['IP44'] },
        },
      ],
    },
  },
  {
    id: 'model-name',
    tier: 'strong',
    score: 0.86,
    when: (s) => s.strongModelHits.length > 0 && s.unbrandedNameCoverage !== null,
    evidence: (s) => [...s.strongModelHits.map((m) => m.evidence), s.unbrandedNameCoverage!.evidence],
    why: 'When the vocabulary does not know the record\u2019s kind of product, its own name says what the product is: a model number that few records share plus that name is the same evidence as model plus type.',
    examples: {
      match: [
        {
          title: 'Gourd carving set GC-4471 autumn craft tools',
          record: { source: 'us-cpsc', name: 'Autumn Gourd Carving Sets', models: ['GC-4471'] },
        },
      ],
      noMatch: [
        {
          title: 'GC-4471 bicycle bell chrome',
          record: { source: 'us-cpsc', name: 'Autumn Gourd Carving Sets', models: ['GC-4471'] },
        },
      ],
    },
  },
  {
    id: 'number-type',
    tier: 'strong',
    score: 0.84,
    when: (s) => s.rareNumberHits.length > 0 && s.sharedSpecificTypes.length > 0 && !s.namesAnotherProduct,
    evidence: (s) => [...s.rareNumberHits.map((m) => m.evidence), ...s.typeEvidence(s.sharedSpecificTypes)],
    why: 'An article number (four to six digits, not a year or a round quantity) that only one or two records state, on the same specific kind of product and with no other brand or model named, is that article.',
    examples: {
      match: [
        {
          title: 'Wooden baby rattle 783921 natural beech',
          record: { name: 'Rattle', type: 'Baby rattle', brands: ['Holmvik'], models: ['783921'] },
        },
        {
          title: 'Wooden baby rattle 7839 natural beech',
          record: { name: 'Rattle', type: 'Baby rattle', brands: ['Holmvik'], models: ['7839'] },
        },
        // A record that states no brand: the name a title starts with may be its maker's.
        {
          title: 'Belkora 7839 wooden baby rattle natural beech',
          record: { name: 'Rattle', type: 'Baby rattle', models: ['7839'] },
        },
      ],
      noMatch: [
        {
          title: 'Wooden baby rattle 783922 natural beech',
          record: { name: 'Rattle', type: 'Baby rattle', brands: ['Holmvik'], models: ['783921'] },
        },
        {
          title: 'Wooden teether 783921',
          record: { name: 'Rattle', type: 'Baby rattle', brands: ['Holmvik'], models: ['783921'] },
        },
        // Four digits in a title that starts with a name of its own: another brand's article.
        {
          title: 'Belkora 7839 wooden baby rattle natural beech',
          record: { name: 'Rattle', type: 'Baby rattle', brands: ['Holmvik'], models: ['7839'] },
        },
        // A year is no article number.
        {
          title: 'Wooden baby rattle 2019 natural beech',
          record: { name: 'Rattle', type: 'Baby rattle', brands: ['Holmvik'], models: ['2019'] },
        },
      ],
    },
  },
  {
    id: 'number-name',
    tier: 'strong',
    score: 0.82,
    when: (s) => s.rareNumberHits.length > 0 && s.unbrandedNameCoverage !== null && !s.namesAnotherProduct,
    evidence: (s) => [...s.rareNumberHits.map((m) => m.evidence), s.unbrandedNameCoverage!.evidence],
    why: 'When the vocabulary does not know the record\u2019s kind (or only its broad family), its own name says what the product is: an article number that only one or two records state plus that name is the same evidence as number plus kind.',
    examples: {
      match: [
        {
          title: 'Pasta Maker 5 Blade Model 804317 noodle roller',
          record: { source: 'us-cpsc', name: 'Quillet Pasta Makers', models: ['804317'] },
        },
      ],
      noMatch: [
        {
          title: 'Pasta Maker 5 Blade Model 804318 noodle roller',
          record: { source: 'us-cpsc', name: 'Quillet Pasta Makers', models: ['804317'] },
        },
        {
          title: 'Bicycle bell 804317 chrome',
          record: { source: 'us-cpsc', name: 'Quillet Pasta Makers', models: ['804317'] },
        },
      ],
    },
  },
  {
    id: 'brand-name',
    tier: 'strong',
    brandAndKindOnly: (s) => !s.nameCoverage!.namesOwnWord,
    score: (s) => 0.8 + 0.1 * s.nameCoverage!.ratio,
    when: (s) =>
      s.brand !== null &&
      !s.modelConflict &&
      s.nameCoverage !== null &&
      !(s.nameCoverage.numbersOnly && s.lineNameMissing) &&
      !(s.namesOtherLine && thinName(s.nameCoverage)),
    evidence: (s) => [s.brand!.evidence, s.nameCoverage!.evidence, ...s.typeEvidence(s.sharedSpecificTypes)],
    why: 'The brand and most of the words that tell this product from the brand\u2019s others (its own name) are in the listing.',
    examples: {
      match: [
        {
          title: 'Velmora Starlit Dreamer night light projector',
          record: { name: 'Starlit Dreamer projector', type: 'Night light', brands: ['Velmora'] },
        },
        // A word that is a kind on its own is repeated by any word of that kind.
        {
          title: 'Zento climbing rope with carabiner 10m',
          record: { source: 'us-cpsc', name: 'Zento Climbing Ropes with Karabiners' },
        },
        // A coded word of the name weighs as a model does.
        {
          title: 'Ortex SD7 brake set front rear',
          record: { source: 'us-cpsc', name: 'Ortex SD7 mechanical brakes' },
        },
        // A brand that is an everyday word, stated by the record, counts first in the title before its line.
        {
          title: 'Ladder Vexa Electric Scooter 18 mph Foldable',
          record: { source: 'us-cpsc', name: 'Ladder Vexa electric scooters', brands: ['Ladder'] },
        },
        {
          title: 'Corvella T-Line folding bike 16 inch',
          record: { source: 'us-cpsc', name: 'Corvella T-Line Folding Bicycles' },
        },
        // Model years are not asked for: sellers give their own year or none.
        {
          title: 'Velmora Corsaro cyclocross bike 2015 aluminium',
          record: {
            source: 'us-cpsc',
            name: '2013 through 2016 Velmora Corsaro cyclocross bicycles',
            brands: ['Velmora'],
          },
        },
        // A small number written out is the same word as its digits.
        {
          title: 'Brisko 3 Wheel Kick Scooter for Kids',
          record: { source: 'us-cpsc', name: 'Brisko Three-Wheeled Kick Scooters', brands: ['Brisko'] },
        },
        // A piece of the brand left in the name is the brand, not a name word the listing must repeat.
        {
          title: 'WildOrtex Syncro climbing harness',
          record: { source: 'us-cpsc', name: 'Wild Ortex Syncro harnesses' },
        },
        // A line the record does not write is no other line when the listing shares a longer name with it.
        {
          title: 'Ortex Rova sand to trail wheel conversion kit',
          record: { source: 'us-cpsc', name: 'Ortex sand to trail wheel conversion kits', brands: ['Ortex'] },
        },
        // Unless the record says the same: "BPA-free" in both.
        {
          title: 'Velmora BPA Free Tritan Sports Bottle 1L',
          record: { source: 'us-cpsc', name: 'Velmora BPA-Free Tritan Bottles', brands: ['Velmora'] },
        },
        // Korean glues a name's words into one: a describing word's Korean form counts inside it.
        {
          title: '벨코라 산악자전거 27.5인치 21단 변속',
          record: { source: 'us-cpsc', name: 'Velcora Mountain Bicycles', brands: ['Velcora'] },
        },
        // Two short words of the name spelt in Hangul one by one, in turn, are the name.
        {
          title: '벨코라 루모 페라 자전거 라이트 충전식 USB',
          record: { source: 'us-cpsc', name: 'Velcora Lumo Fera bicycle lights', brands: ['Velcora'] },
        },
        // The part of the name that leads with the brand says only the kind.
        {
          title: 'Khoros Ski Touring Boots 27.5 Carbon Freeride',
          record: {
            source: 'us-cpsc',
            name: 'Khoros ski boots',
            alsoNamed: ['Model Dynamo ski boots'],
            brands: ['Velmora'],
          },
        },
      ],
      noMatch: [
        {
          title: 'Velmora Sunrise night light projector',
          record: { name: 'Starlit Dreamer projector', type: 'Night light', brands: ['Velmora'] },
        },
        {
          title: 'Aluminium Ladder Vexa Electric Scooter',
          record: { source: 'us-cpsc', name: 'Ladder Vexa electric scooters', brands: ['Ladder'] },
        },
        {
          title: 'Brisko Kick Scooter for Kids',
          record: { source: 'us-cpsc', name: 'Brisko Three-Wheeled Kick Scooters', brands: ['Brisko'] },
        },
        // A line's number repeated without the line's name ("Timeline 01") is another line's number.
        {
          title: 'Velmora 카이보 01 로드 자전거 경량 프레임',
          record: { source: 'us-cpsc', name: 'Timeline 01 bicycles', brands: ['Velmora'] },
        },
        // A letter hyphened to a word names one line ("T-Line"); another letter is another line.
        {
          title: 'Corvella C Line folding bike 16 inch',
          record: { source: 'us-cpsc', name: 'Corvella T-Line Folding Bicycles' },
        },
        // Past the brand the listing names a line of its own, and shares one ordinary word with the record.
        {
          title: 'Korvane Talon climbing treestand hunting',
          record: {
            source: 'us-cpsc',
            name: 'Climbing treestands',
            alsoNamed: ['Korvane Ranger lock-on climbing treestands'],
            brands: ['Korvane'],
          },
        },
        // The kind after the brand is skipped, even where the record writes it too.
        {
          title: 'Korvane Treestands Talon climbing treestand',
          record: {
            source: 'us-cpsc',
            name: 'Climbing treestands',
            alsoNamed: ['Korvane Treestands Ranger lock-on climbing treestands'],
            brands: ['Korvane'],
          },
        },
        // A form inside another loanword is no word of the name: "로드스터" (roadster) is no "road".
        {
          title: '벨코라 로드스터 자전거 클래식 7단',
          record: { source: 'us-cpsc', name: 'Velcora Road bicycles', brands: ['Velcora'] },
        },
        // What the listing is free of is no word of the record's name.
        {
          title: 'Velmora Lead-Free Glass Decanter 1L with Stopper',
          record: { source: 'us-cpsc', name: 'Velmora Lead Crystal Decanters', brands: ['Velmora'] },
        },
        // One short word alone may be any word that sounds like it.
        {
          title: '벨코라 루모 자전거 라이트 충전식 USB',
          record: { source: 'us-cpsc', name: 'Velcora Lumo Fera bicycle lights', brands: ['Velcora'] },
        },
        // The name's own number is missing and the listing states a model of its own.
        {
          title: 'Quillet XP3440 Bellaro Cappuccino Machine 15 bar',
          record: { source: 'us-cpsc', name: 'Quillet Bellaro Cappuccino Machines, model number 963' },
        },
      ],
    },
  },
  {
    id: 'brand-type',
    tier: 'strong',
    brandAndKindOnly: () => true,
    score: 0.78,
    when: (s) =>
      s.brand !== null &&
      !s.modelConflict &&
      s.namesNothingMore &&
      s.sharedSpecificTypes.length > 0 &&
      s.nameTypesPresent &&
      s.brandStated &&
      !s.retailerBrand &&
      !s.lineNameMissing &&
      !s.namesOtherLine,
    evidence: (s) => [s.brand!.evidence, ...s.typeEvidence(s.sharedSpecificTypes)],
    why: 'When a record names nothing but brand and kind, that is all a listing can repeat: the brand must stand where sellers state it, spelt right, not be a chain whose name is on its products of every kind, and not be followed by a line of the listing\u2019s own.',
    examples: {
      match: [
        {
          title: 'Quillet 1.7L electric kettle',
          record: { name: 'Kettle', type: 'Electric kettle', brands: ['Quillet'] },
        },
        // A letter hyphened to a describing word ("X-Large") describes; it names no line.
        {
          title: 'Corvella bike helmet adult road cycling',
          record: { source: 'us-cpsc', name: 'Corvella X-Large Bike Helmets', brands: ['Corvella'] },
        },
        // Two brands leading one name are co-brands, not a brand and its line.
        {
          title: 'Novira memory foam mattress queen 12 inch',
          record: {
            source: 'us-cpsc',
            name: 'Avelto and Novira Mattresses',
            alsoNamed: ['mattresses marketed by the Avelto and Novira brands'],
          },
        },
      ],
      noMatch: [
        { title: 'Quillet portable blender', record: { name: 'Kettle', type: 'Electric kettle', brands: ['Quillet'] } },
        // After the brand the listing names a line of its own: another of the brand's kettles.
        {
          title: 'Quillet Aurora Glass Electric Kettle 1.7L',
          record: { name: 'Kettle', type: 'Electric kettle', brands: ['Quillet'] },
        },
        // The name leads with a product line of the brand's: another line of the same kind is not it.
        {
          title: 'Corvella Gust toddler bike helmet',
          record: { source: 'us-cpsc', name: "Breeze kid's bike helmets", brands: ['Corvella'] },
        },
      ],
    },
  },
  {
    id: 'korean-brand-type',
    tier: 'strong',
    brandAndKindOnly: () => true,
    score: 0.76,
    when: (s) =>
      s.brand !== null &&
      s.brandStated &&
      !s.modelConflict &&
      s.sharedSpecificTypes.length > 0 &&
      s.nameTypesPresent &&
      !s.retailerBrand &&
      s.koreanTitleNamesNoOther,
    evidence: (s) => [s.brand!.evidence, ...s.typeEvidence(s.sharedSpecificTypes)],
    why: 'A Korean title translates a product\u2019s describing words and keeps its own names in Latin letters: leading with the brand (in Hangul or Latin letters), of the same kind, naming nothing in Latin letters the record does not and no line of its own after the brand, it is the product as far as a Korean title can say. Only for records whose names each say a kind.',
    examples: {
      match: [
        { title: '벨코라 전동 킥보드 음성제어 성인용 접이식', record: voiceScooter },
        // The brand may keep its Latin letters too.
        { title: 'Velcora 전동 킥보드 음성제어 성인용 접이식', record: voiceScooter },
        // What the product is used with is not another kind: a helmet for bicycles and scooters is the helmet.
        {
          title: '벨코라 헬멧 킥보드 자전거 겸용 경량',
          record: { source: 'us-cpsc', name: "Velcora children's multi-sport helmets", brands: ['Velcora'] },
        },
        // A kind named before the record's describes it (Korean puts the head noun last), as a capacity does.
        { title: '벨코라 오토바이 장갑 발열 터치스크린', record: heatedGloves },
        { title: '벨코라 블렌더 12컵 대용량 믹서', record: blender },
      ],
      noMatch: [
        // The last kind is what the listing is: motorcycle gloves are gloves, not a motorcycle.
        { title: '벨코라 오토바이 장갑 겨울용', record: { ...heatedGloves, name: 'Velcora motorcycles' } },
        // Its own line, in Latin letters or in Hangul right after the brand.
        { title: '벨코라 Pulse 전동 킥보드 음성제어', record: voiceScooter },
        { title: '벨코라 아쿠아 전동 킥보드 음성제어', record: voiceScooter },
        // A line sounding like a record word only in its consonants ("Air Force" beside "Voice").
        { title: '벨코라 에어포스 전동 킥보드 음성제어', record: voiceScooter },
        // A kind the record does not name: a light for the scooter, not the scooter.
        { title: '벨코라 전동 킥보드 전조등 LED 라이트 음성제어', record: voiceScooter },
        // A title in Latin letters can repeat the record's words: it must.
        { title: 'Velcora electric scooter foldable adult', record: voiceScooter },
      ],
    },
  },
  {
    id: 'korean-line-type',
    tier: 'strong',
    score: 0.74,
    when: (s) =>
      s.koreanLineWord !== null &&
      !s.modelConflict &&
      s.sharedSpecificTypes.length > 0 &&
      s.nameTypesPresent &&
      !s.retailerBrand,
    evidence: (s) => [
      ...(s.brand ? [s.brand.evidence] : []),
      s.koreanLineWord!,
      ...s.typeEvidence(s.sharedSpecificTypes),
    ],
    why: 'A Korean title keeps a product\u2019s own line name in Latin letters: a rare word of the record\u2019s name, with the same kind and no other Latin name beside it, names the product even where the brand is spelt too short to hear.',
    examples: {
      match: [
        {
          title: '벨 TORVIK 스키 바인딩 알파인 성인용 블랙',
          record: { source: 'us-cpsc', name: 'Velkor Torvik Ski Bindings', brands: ['Velkor'] },
        },
      ],
      noMatch: [
        // Another Latin name beside it: another product that shares a word.
        {
          title: '벨 TORVIK ZX9 스키 바인딩 알파인 성인용',
          record: { source: 'us-cpsc', name: 'Velkor Torvik Ski Bindings', brands: ['Velkor'] },
        },
        // What the listing fits: a part for that line.
        {
          title: 'TORVIK 호환 스키 바인딩 브레이크 교체용',
          record: { source: 'us-cpsc', name: 'Velkor Torvik Ski Bindings', brands: ['Velkor'] },
        },
        // Another kind.
        {
          title: 'TORVIK 스키 헬멧 성인용',
          record: { source: 'us-cpsc', name: 'Velkor Torvik Ski Bindings', brands: ['Velkor'] },
        },
        // A title in Latin letters can say the brand: it must.
        {
          title: 'Torvik ski bindings alpine adult black',
          record: { source: 'us-cpsc', name: 'Velkor Torvik Ski Bindings', brands: ['Velkor'] },
        },
      ],
    },
  },
  {
    id: 'glued-name',
    tier: 'strong',
    score: 0.84,
    when: (s) => s.gluedNameRepeated !== null && s.typeAgrees && !s.namesAnotherProduct,
    evidence: (s) => [s.gluedNameRepeated!, ...s.typeEvidence(s.sharedTypes)],
    why: 'Consumer24 glues a product\u2019s brand and name into one long word ("폴벨로미백치약"); a Korean title that repeats all of it, spaced or not, repeats the brand with the name.',
    examples: {
      match: [
        { title: '퀴벨로 미백 실버 치약 120g 3개 세트', record: gluedPaste },
        { title: '퀴벨로미백실버치약 120g', record: gluedPaste },
      ],
      noMatch: [
        { title: '미백 실버 치약 120g 3개 세트', record: gluedPaste },
        { title: '퀴벨로 미백 실버 칫솔 세트', record: gluedPaste },
      ],
    },
  },
  {
    id: 'store-named-note',
    tier: 'similar',
    score: 0.5,
    when: (s) => s.seller !== null,
    evidence: (s) => [s.seller!.store],
    why: 'A store named in a notice selling another (or an unrecognised) kind of product is not the product: only a note that this store had a listing blocked, never a warning.',
    // The note is about the store, not the product: conflicts that tell two products apart do not hide it.
    exemptFrom: ['age-conflict', 'same-brand-other-product', 'other-model', 'other-product-named'],
    examples: {
      match: [
        { title: 'Silicone phone case with stand', seller: 'Nordhaven Craft Store', record: paintPen },
        {
          title: 'Wooden incense holder',
          seller: 'Nordhaven Craft Store',
          record: { ...paintPen, name: 'Incense sticks sandalwood' },
        },
        {
          title: 'Glitter hair clips for women adult',
          seller: 'Nordhaven Craft Store',
          record: { ...paintPen, name: 'Kids glitter hair clips', forChildren: true },
        },
      ],
      noMatch: [
        { title: 'Silicone phone case with stand', seller: 'Harrowgate Auto Parts Store', record: paintPen },
        {
          title: 'Silicone phone case with stand',
          seller: 'Nordhaven Craft Store',
          record: { ...paintPen, listing: { platform: 'temu', id: '601099000000001' } },
        },
      ],
    },
  },
  {
    id: 'similar-name',
    tier: 'similar',
    score: (s) => s.similarity!.score,
    when: (s) => s.similarity !== null,
    evidence: (s) => s.similarity!.evidence,
    why: 'The same kind of product with a similar name is worth a soft note, never a warning: nothing identifies the product.',
    examples: {
      match: [
        {
          title: 'Glow wand bubble machine for kids',
          record: { source: 'us-cpsc', name: 'Glow Wand Bubble Machines', type: 'Bubble machine' },
        },
      ],
      noMatch: [
        {
          title: 'Wooden puzzle for kids',
          record: { source: 'us-cpsc', name: 'Glow Wand Bubble Machines', type: 'Bubble machine' },
        },
      ],
    },
  },
];

const helmet: ExampleRecord = {
  name: 'Children\u2019s bicycle helmet',
  type: 'Bicycle helmet',
  brands: ['Trevolo'],
  models: ['TV-2210'],
  forChildren: true,
};
const curatedBoots: ExampleRecord = {
  source: 'curated',
  name: 'Plovik kids rain boots',
  type: 'Rain boots',
  brands: ['Plovik'],
  listing: { platform: 'aliexpress', id: '1005000000000777' },
};
const babyDoll: ExampleRecord = {
  name: 'Soft baby doll',
  type: 'Doll',
  brands: ['Lumetta'],
  gtins: ['5901234123457'],
};
const perfume: ExampleRecord = {
  name: 'Blue Harbour Woman',
  type: 'Eau de toilette',
  brands: ['Velmora'],
};
const paintBlue: ExampleRecord = { name: 'Touch Up Paint, blue', type: 'Touch up paint', brands: ['Quorvex'] };
const motorcycle: ExampleRecord = {
  name: 'Motorcycle KX500',
  type: 'Motorcycle',
  brands: ['Korvane'],
  models: ['KX500'],
};
const skateHelmet: ExampleRecord = {
  source: 'us-cpsc',
  name: 'Trevolo inline skating helmets',
  brands: ['Trevolo'],
  models: ['YQ-2190'],
};
const projector: ExampleRecord = { name: 'Starlit Dreamer projector', type: 'Night light', brands: ['Velmora'] };

export const VETOES: readonly Veto[] = [
  {
    id: 'age-conflict',
    blocks: ['strong', 'similar'],
    when: (s) => s.ageConflict,
    why: 'A children\u2019s product and an adult one of the same brand and kind are different products.',
    examples: {
      match: [{ title: 'Trevolo TV-2210 kids bicycle helmet', record: helmet }],
      noMatch: [{ title: 'Trevolo TV-2210 adult bicycle helmet', record: helmet }],
    },
  },
  {
    id: 'other-barcode',
    blocks: ['strong', 'similar'],
    when: (s) => s.otherBarcode,
    why: 'The record lists its barcodes and the listing states another: another product, often of the same maker.',
    examples: {
      match: [{ title: 'Lumetta soft baby doll 5901234123457', record: babyDoll }],
      noMatch: [{ title: 'Lumetta soft baby doll 5901234123464', record: babyDoll }],
    },
  },
  {
    id: 'gender-conflict',
    blocks: ['strong', 'similar'],
    when: (s) => s.genderConflict,
    why: 'A line made in versions for women and for men: the recalled version is not the other one.',
    examples: {
      match: [{ title: 'Velmora Blue Harbour Woman eau de toilette 50ml', record: perfume }],
      noMatch: [{ title: 'Velmora Blue Harbour Man eau de toilette 50ml', record: perfume }],
    },
  },
  {
    id: 'curated-listing-only',
    blocks: ['strong'],
    when: (s) => s.curated,
    why: 'A curated record names one listing; only that listing\u2019s ID makes it this product, never a similar title.',
    examples: {
      match: [
        {
          title: 'Plovik kids rain boots',
          itemId: '1005000000000778',
          record: { name: 'Plovik kids rain boots', type: 'Rain boots', brands: ['Plovik'] },
        },
      ],
      noMatch: [{ title: 'Plovik kids rain boots', itemId: '1005000000000778', record: curatedBoots }],
    },
  },
  {
    id: 'other-colour',
    blocks: ['strong'],
    when: (s) => !s.curated && s.modelHits.length === 0 && s.codeHits.length === 0 && s.otherColour,
    why: 'A notice for one colour of a line names it ("Touch Up Paint, blue"): a listing of the brand\u2019s line in other colours only, with no model number to tie them, is another variant.',
    examples: {
      match: [
        { title: 'Quorvex touch up paint pen blue car scratch repair', record: paintBlue },
        { title: 'Quorvex touch up paint pen car scratch repair', record: paintBlue },
        { title: 'Quorvex touch up paint pen black white blue', record: paintBlue },
      ],
      noMatch: [
        { title: 'Quorvex touch up paint pen grey car scratch repair', record: paintBlue },
        { title: 'Quorvex 터치업 페인트 그레이 자동차 붓펜', record: paintBlue },
      ],
    },
  },
  {
    id: 'made-for-the-vehicle',
    blocks: ['strong'],
    when: (s) => s.exact.length === 0 && s.madeForTheVehicle,
    why: 'Cars and motorcycles are not sold on the marketplaces; a listing that names a recalled vehicle\u2019s brand and model beside another kind of product (a phone holder, a cover) is made for that vehicle, not the recalled vehicle.',
    examples: {
      match: [{ title: 'Korvane KX500 motorcycle 2024', record: motorcycle }],
      noMatch: [{ title: 'Korvane KX500 phone holder for motorcycle handlebar', record: motorcycle }],
    },
  },
  {
    id: 'what-it-is-for',
    blocks: ['strong'],
    when: (s) => !s.curated && s.exact.length === 0 && s.namesWhatItIsFor,
    why: 'A notice for "inline skating helmets" is not about inline skates: a listing of the kind the product is used with, which never names the product\u2019s own kind, is another product of the brand.',
    examples: {
      match: [{ title: 'Trevolo inline skating helmet for adults', record: skateHelmet }],
      noMatch: [{ title: 'Trevolo Macroglide 80 inline skates', record: skateHelmet }],
    },
  },
  {
    id: 'other-size',
    blocks: ['strong'],
    when: (s) => !s.curated && s.exact.length === 0 && s.modelHits.length === 0 && s.otherSize,
    why: 'A notice for one size of a line names it ("7-cup food processors"): a listing of the brand\u2019s line that states another size only, with no model number to tie them, is another product.',
    examples: {
      match: [
        {
          title: 'Quillet 7-Cup Food Processor Chopper Stainless',
          record: { source: 'us-cpsc', name: 'Quillet 7-cup food processors' },
        },
      ],
      noMatch: [
        {
          title: 'Quillet 14-Cup Food Processor Chopper Stainless',
          record: { source: 'us-cpsc', name: 'Quillet 7-cup food processors' },
        },
        {
          title: 'Quillet Lockit 11 Speed Bike Chain Connector Link',
          record: {
            source: 'us-cpsc',
            name: '10-Speed Quillet Bicycle Chains with Lockit connector links',
            brands: ['Quillet'],
          },
        },
      ],
    },
  },
  {
    id: 'made-for-it',
    blocks: ['strong'],
    when: (s) => !s.curated && s.exact.length === 0 && s.madeForIt,
    why: 'A listing that names its own kind first and the record\u2019s only after "for" ("pannier bag for folding bike") is an accessory for the product, not the product.',
    examples: {
      match: [
        { title: 'Quillet folding bike 20 inch 7 speed', record: { name: 'Folding bicycles', brands: ['Quillet'] } },
      ],
      noMatch: [
        {
          title: 'Quillet pannier bag waterproof rear rack bag for folding bike',
          record: { name: 'Folding bicycles', brands: ['Quillet'] },
        },
      ],
    },
  },
  {
    id: 'same-brand-other-product',
    blocks: ['similar'],
    when: (s) => !s.curated && s.brand !== null,
    why: 'The brand is there but nothing else agrees: another product of that brand, not a similar one.',
    examples: {
      match: [{ title: 'Starlit dreamer night light projector', record: projector }],
      noMatch: [{ title: 'Velmora starlit night light', record: projector }],
    },
  },
  {
    id: 'other-model',
    blocks: ['similar'],
    when: (s) => !s.curated && s.modelConflict,
    why: 'The listing names a model of the same shape that the record does not list: another model.',
    examples: {
      match: [
        {
          title: 'Bubble machine for kids',
          record: { source: 'us-cpsc', name: 'Bubble Machines BM-2040', type: 'Bubble machine', models: ['BM-2040'] },
        },
      ],
      noMatch: [
        {
          title: 'BM-3050 bubble machine for kids',
          record: { source: 'us-cpsc', name: 'Bubble Machines BM-2040', type: 'Bubble machine', models: ['BM-2040'] },
        },
      ],
    },
  },
  {
    id: 'other-product-named',
    blocks: ['similar'],
    when: (s) => s.namesAnotherProduct,
    why: 'The listing states its own brand (first, in capitals) or a model number the record does not have.',
    examples: {
      match: [
        {
          title: 'Glow wand bubble machine for kids',
          record: { source: 'us-cpsc', name: 'Glow Wand Bubble Machines', type: 'Bubble machine' },
        },
      ],
      noMatch: [
        {
          title: 'KORVANI Glow wand bubble machine for kids',
          record: { source: 'us-cpsc', name: 'Glow Wand Bubble Machines', type: 'Bubble machine' },
        },
      ],
    },
  },
];

/**
 * The name the listing shares with the record is one ordinary word at most, no code or number of three
 * digits: "climbing" of "Korvane Ranger climbing treestands", not "sand to trail conversion".
 */
function thinName(coverage: Coverage): boolean {
  const words = tokenize(coverage.evidence.recordValue).filter(
    (t) => !TYPE_WORDS.has(t.norm) && !GENERIC_WORDS.has(t.norm),
  );
  if (words.some((t) => /\d{3}/.test(t.norm) || (/\d/.test(t.norm) && /[a-z]/.test(t.norm)))) return false;
  return words.filter((t) => !/^\d+$/.test(t.norm)).length <= 1;
}

export function scoreOf(rule: Rule, s: Signals): number {
  return typeof rule.score === 'number' ? rule.score : rule.score(s);
}
