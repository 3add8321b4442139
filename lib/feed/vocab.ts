/**
 * Maps each source's words onto our shared vocabularies: Safety Gate risk types, actions, our coarse
 * categories with a children's-product flag, and ISO 3166 alpha-2 countries.
 */
import { RISK_TYPES, type Action, type Category, type RiskType } from '../hazards/schema';
import { clean, uniqueStrings } from './text';

const RISK_TYPE_SET = new Set<string>(RISK_TYPES);

/** Safety Gate's own labels ("Electric shock", "Health risk / other", "DAMAGE_TO_SIGHT") → enum values. */
export function riskTypeFromLabel(label: string): RiskType | undefined {
  const key = label
    .trim()
    .toUpperCase()
    .replace(/\s*\/\s*OTHER$/, '_OTHER')
    .replace(/[^A-Z]+/g, '_')
    .replace(/^_|_$/g, '');
  if (RISK_TYPE_SET.has(key)) return key as RiskType;
  if (key === 'HEALTH_RISK' || key === 'HEALTH_RISK_OTHER') return 'HEALTH_RISK_OTHER';
  if (key === 'ELECTROMAGNETIC_DISTURBANCES') return 'ELECTROMAGNETIC_DISTURBANCE';
  return undefined;
}

/** Keyword rules for prose (CPSC hazards, Health Canada issues, Korean harm descriptions). */
const RISK_RULES: [RegExp, RiskType][] = [
  [/chok|small parts?|small ball|aspirat|삼킴|질식|작은 ?부품/i, 'CHOKING'],
  [/suffocat|asphyx/i, 'SUFFOCATION'],
  [/strangulat|교살|끈 ?조임/i, 'STRANGULATION'],
  [/entrap|끼임/i, 'ENTRAPMENT'],
  [/drown|익사/i, 'DROWNING'],
  [/\bfire\b|flammab|ignit|overheat|화재|발화|발열/i, 'FIRE'],
  [/\bburns?\b|scald|화상/i, 'BURNS'],
  [/electr(?:ic(?:al)? shock|ocut)|shock hazard|live parts|감전/i, 'ELECTRIC_SHOCK'],
  [/lacerat|\bcuts?\b|sharp (?:edge|point)|베임/i, 'CUTS'],
  [
    /poison|toxic|chemical|\blead (?:content|paint|levels?)|(?:levels?|concentration|amount|content) of lead|cadmium|phthalat|dehp|formaldehyde|nickel|boron|carbon monoxide|유해물질|프탈레이트|(?<!수)납(?![품기부입])|카드뮴|폼알데하이드|니켈|붕소|중금속|함유금지물질|isothiazolinone|이소티아졸리논|\bCMIT\b/i,
    'CHEMICAL',
  ],
  [/hearing|noise level|청력/i, 'DAMAGE_TO_HEARING'],
  [/\bsight\b|\beyes?\b|laser|시력/i, 'DAMAGE_TO_SIGHT'],
  [/microb|bacteri|mould|mold\b|fung|세균|미생물/i, 'MICROBIOLOGICAL'],
  [
    /\binjur|(?:battery|batteries|magnets?|button cell|coin cell) ingestion|ingestion hazard|fall hazard|\bfalls?\b|tip-?over|crash|impact|부상|상해|전도/i,
    'INJURIES',
  ],
];

export function riskTypesFromText(...texts: (string | undefined)[]): RiskType[] {
  const text = texts.filter(Boolean).join(' \n ');
  if (!text) return [];
  return RISK_RULES.filter(([pattern]) => pattern.test(text)).map(([, type]) => type);
}

const ACTION_RULES: [RegExp, Action][] = [
  [/online[ _]marketplace|removal[ _]of[ _](?:the[ _])?listing|delist/i, 'marketplace_removal'],
  [/recall|리콜|회수/i, 'recall'],
  [/withdraw/i, 'withdrawal'],
  [/stop[ _]of[ _]sales|sales?[ _]ban|ban[ _]on|marketing[ _]ban|prohibit|판매[ _]?금지|판매[ _]?중지/i, 'sales_ban'],
  [/border|import[ _]rejected|reject(?:ed|ion)[ _]at|customs/i, 'border_rejection'],
  [/warning|warn|advisory|주의/i, 'warning'],
  [/block/i, 'platform_block'],
  [/test[ _]fail|failed[ _](?:a[ _])?(?:safety[ _])?test|부적합/i, 'test_failure'],
];

export function actionsFromText(...texts: (string | undefined)[]): Action[] {
  const text = texts.filter(Boolean).join(' \n ');
  return ACTION_RULES.filter(([pattern]) => pattern.test(text)).map(([, action]) => action);
}

/** Ordered: the first matching rule wins, so specific products come before broad families. */
const CATEGORY_RULES: [RegExp, Category][] = [
  [/charger|power ?bank|power adapt|plug adapt|travel adapt|usb adapt|adaptador|충전기|어댑터|보조배터리/i, 'chargers'],
  [/lighting chain|light(?:ing)? string|fairy light|christmas light|decoration lights|light chain|조명/i, 'lighting'],
  [
    /childcare|child care|soother|pacifier|dummy|teether|teething|stroller|pushchair|pram\b|buggy|\bcot\b|crib|high ?chair|baby (?:walker|carrier|bath|bouncer|gate|monitor|sling)|changing|nursing|feeding bottle|유모차|유아용 ?(?:침대|의자|보호)|유아보호|젖꼭지|보행기/i,
    'childcare',
  ],
  [
    /\btoys?\b|\bdolls?\b|puzzle|playset|play set|play ?mat|slime|water beads?|plush|soft toy|rattle|teddy|balloon|fidget|building blocks?|magnetic (?:balls?|sticks|blocks|tiles)|toy|완구|장난감|인형|딸랑이|놀이/i,
    'toys',
  ],
  [/motor vehicle|passenger car|motorcycle|\btruck\b|\bvan\b|trailer(?! hitch)|(?<!완구.*)자동차/i, 'vehicles'],
  [
    /jewel|earring|necklace|bracelet|pendant|anklet|brooch|hair ?clip|barrette|hairpin|장신구|귀걸이|목걸이|팔찌/i,
    'jewellery',
  ],
  [
    /cosmetic|make-?up|concealer|perfume|eau de|aftershave|lotion|cream|shampoo|nail polish|lipstick|eyeshadow|tattoo|화장품/i,
    'cosmetics',
  ],
  [
    /helmet|bicycle|\bbike|scooter|skate|trampoline|fitness|treadmill|swim|life ?jacket|kayak|climbing|sport|hobby\/sports|자전거|헬스|운동/i,
    'sports',
  ],
  [
    /protective (?:equipment|gear)|personal protective|\bppe\b|safety (?:glasses|goggles|gloves)|respirator|mask\b|high-visibility/i,
    'protective-equipment',
  ],
  [
    /cloth|textile|garment|hoodie|sweatshirt|jacket|pyjama|pajama|sleepwear|loungewear|dress\b|costume|shoe|boot|sandal|sneaker|slipper|swimsuit|섬유|의류|신발|드레스|운동화|룸 ?웨어|바지/i,
    'clothing',
  ],
  [
    /kitchen|cooking|cookware|blender|coffee|kettle|grill|oven|range\b|toaster|fryer|cooker|microwave|dishwasher|refrigerator|freezer|espresso|냉장고|오븐|토스터|그릴/i,
    'kitchen',
  ],
  [/food[- ]contact|tableware|cutlery|utensil|drinking (?:cup|bottle)|lunch ?box|straw|식기/i, 'food-contact'],
  [
    /furniture|\bchair\b|dresser|drawer|\btable\b|\bbed\b|mattress|shelf|cabinet|stool|가구|의자|매트리스|난간/i,
    'furniture',
  ],
  [
    /chemical product|detergent|bleach|cleaner|adhesive|glue|paint|lighter fluid|생활화학|표백제|세정제/i,
    'chemical-products',
  ],
  [/gadget|laser|lighter|stationery|hobby|craft|model kit|drone|라이터|문구/i, 'hobby'],
  [
    /head ?phones?|ear ?phones?|earbuds?|headset|speaker|smart ?watch|\bphones?\b|tablet|camera|console|keyboard|이어폰|헤드폰|스마트워치/i,
    'electrical',
  ],
  [/lamp|torch|flashlight|light\b|\bled\b|lighting|bulb|랜턴/i, 'lighting'],
  [
    /electric|appliance|hair ?dryer|heater|\bfan\b|extension (?:lead|cord)|power strip|socket|멀티탭|히터|전기|가습기|제습기|공기청정기|청소기|battery|배터리/i,
    'electrical',
  ],
];

const CHILD_CATEGORIES = new Set<Category>(['toys', 'childcare', 'kids-clothing']);
const CHILD_WORDS =
  /\b(?:child(?:ren)?'?s?|kids?'?s?|bab(?:y|ies)'?s?|infants?'?s?|toddlers?'?s?|juvenile|girls?'?s?|boys?'?s?|newborns?|nursery|school ?bag|montessori|toys?)\b|어린이|유아|아동|영유아|완구|키즈|아기/i;

export interface CategoryGuess {
  category: Category;
  forChildren: boolean;
}

/**
 * Picks our category from, in order, the product type, the source's own category, and the name.
 * Clothing for children becomes `kids-clothing`. Everything for children is flagged.
 */
export function mapCategory(parts: {
  type?: string;
  rawCategory?: string;
  names?: string[];
  extra?: string;
}): CategoryGuess {
  const candidates = [parts.type, parts.rawCategory, ...(parts.names ?? []), parts.extra].filter(
    (s): s is string => !!s,
  );
  let category: Category = 'other';
  outer: for (const text of candidates) {
    for (const [pattern, value] of CATEGORY_RULES) {
      if (pattern.test(text)) {
        category = value;
        break outer;
      }
    }
  }
  const childText = [parts.type, parts.rawCategory, ...(parts.names ?? [])].filter(Boolean).join(' ');
  const forChildren = CHILD_CATEGORIES.has(category) || CHILD_WORDS.test(childText);
  if (category === 'clothing' && forChildren) category = 'kids-clothing';
  return { category, forChildren };
}

// ---- countries ----------------------------------------------------------------------------------

const COUNTRY_ALIASES: Record<string, string> = {
  "people's republic of china": 'CN',
  'peoples republic of china': 'CN',
  'p.r. china': 'CN',
  prc: 'CN',
  'china (mainland)': 'CN',
  'mainland china': 'CN',
  'republic of korea': 'KR',
  korea: 'KR',
  'korea, republic of': 'KR',
  'south korea': 'KR',
  'the netherlands': 'NL',
  netherlands: 'NL',
  holland: 'NL',
  turkey: 'TR',
  türkiye: 'TR',
  'united states of america': 'US',
  usa: 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  'czech republic': 'CZ',
  vietnam: 'VN',
  'viet nam': 'VN',
  taiwan: 'TW',
  'chinese taipei': 'TW',
  'hong kong': 'HK',
  'hong kong sar': 'HK',
  macau: 'MO',
  russia: 'RU',
  'russian federation': 'RU',
  'north macedonia': 'MK',
  'bosnia and herzegovina': 'BA',
  미국: 'US',
  영국: 'GB',
  중국: 'CN',
  대만: 'TW',
  홍콩: 'HK',
  터키: 'TR',
  대한민국: 'KR',
  한국: 'KR',
  국내: 'KR',
  체코: 'CZ',
  베트남: 'VN',
  러시아: 'RU',
};

let countryTable: Map<string, string> | undefined;

/** Deprecated, grouping and private-use codes that ICU still names ("DD" → "Germany"). */
const NOT_ISO_COUNTRIES = new Set([
  'DD',
  'YU',
  'CS',
  'SU',
  'ZR',
  'BU',
  'TP',
  'FX',
  'NT',
  'AN',
  'QO',
  'EU',
  'EZ',
  'UN',
  'XA',
  'XB',
  'ZZ',
  'QU',
  'IC',
  'EA',
  'DG',
  'CP',
  'TA',
  'AC',
  'CQ',
]);

function buildCountryTable(): Map<string, string> {
  const table = new Map<string, string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const locale of ['en', 'ko', 'fr', 'de']) {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b;
        if (NOT_ISO_COUNTRIES.has(code)) continue;
        const name = names.of(code);
        if (name && name !== code && !table.has(name.toLowerCase())) table.set(name.toLowerCase(), code);
      }
    }
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) table.set(alias, code);
  return table;
}

const NOT_A_COUNTRY = new Set([
  'unknown',
  'other',
  'others',
  'various',
  '기타',
  '국외',
  '그 밖의 지역',
  'eu',
  'europe',
]);

/**
 * "People's Republic of China", "중국", "국외>아시아지역>중국" (last segment), "CN" → ISO alpha-2.
 * Unknown or regional values give undefined.
 */
export function countryToIso2(value: unknown): string | undefined {
  const text = clean(value);
  if (!text) return undefined;
  const last =
    text
      .split('>')
      .map((s) => s.trim())
      .filter(Boolean)
      .pop() ?? text;
  if (/^[A-Z]{2}$/.test(last)) return last === 'UK' ? 'GB' : last;
  const key = last.toLowerCase().replace(/\s+/g, ' ');
  if (NOT_A_COUNTRY.has(key)) return undefined;
  countryTable ??= buildCountryTable();
  return (
    countryTable.get(key) ??
    countryTable.get(key.replace(/^the /, '')) ??
    countryTable.get(key.replace(/\s*\(.*\)$/, ''))
  );
}

/** Languages for EU notifying countries, used only to tag untranslated names. */
export function languageOfCountry(iso2: string | undefined): string {
  const languages: Record<string, string> = {
    FR: 'fr',
    BE: 'fr',
    LU: 'fr',
    DE: 'de',
    AT: 'de',
    ES: 'es',
    IT: 'it',
    NL: 'nl',
    PL: 'pl',
    CZ: 'cs',
    SK: 'sk',
    HU: 'hu',
    RO: 'ro',
    BG: 'bg',
    PT: 'pt',
    SE: 'sv',
    FI: 'fi',
    DK: 'da',
    EE: 'et',
    LV: 'lv',
    LT: 'lt',
    SI: 'sl',
    HR: 'hr',
    GR: 'el',
    CY: 'el',
    MT: 'en',
    IE: 'en',
    IS: 'is',
    NO: 'no',
    KR: 'ko',
    US: 'en',
    CA: 'en',
    GB: 'en',
  };
  return (iso2 && languages[iso2]) || 'und';
}

export const joinTexts = (...texts: (string | undefined)[]) => uniqueStrings(texts).join(' \n ');
