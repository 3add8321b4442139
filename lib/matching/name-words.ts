/**
 * Describing words of product names in the languages Safety Gate alerts are written in (French, German,
 * Spanish, Italian, Dutch, Polish, Portuguese), each with its English word, so an alert that names its
 * product in its own language ("Peinture lavable, primaire") can be checked against an English listing
 * ("washable primary paint"). Only common words that describe any product (colours, materials, qualities,
 * shapes, everyday nouns), written without accents as the tokenizer folds them; general vocabulary,
 * nothing taken from any listing. Product types live in lexicon.ts, not here. A form that is also an English
 * word ("rose", "violet", "long", "main") is left out: in an English name it means itself.
 */
import { REGISTER_KOREAN_NAME_WORDS } from './korean-name-words';
import { singular } from './text';

/** English word ← its foreign forms (all as the tokenizer folds them: lower case, no accents). */
const NAME_WORDS: Record<string, readonly string[]> = {
  // colours
  black: ['schwarze', 'nera', 'czarna', 'preto'],
  white: ['weisse', 'bianca', 'biala', 'branco'],
  red: ['rote', 'rossa', 'czerwona', 'vermelho'],
  blue: ['blaue', 'blu', 'niebieska'],
  green: ['grune', 'zielona'],
  yellow: ['gelbe', 'zolta', 'amarelo'],
  pink: ['rozowa'],
  grey: ['grau', 'grigio', 'grijs', 'szary', 'szara', 'cinza'],
  gray: ['grau', 'grigio', 'grijs', 'szary', 'szara', 'cinza'],
  brown: ['marrone', 'bruin', 'brazowy'],
  purple: ['violette', 'viola', 'paars', 'fioletowy', 'roxo'],
  orange: ['arancione', 'oranje', 'pomaranczowy', 'laranja'],
  gold: ['doree', 'dorado', 'dorato', 'goud', 'zloty', 'zlota', 'dourado'],
  silver: ['argent', 'silber', 'plata', 'plateado', 'argento', 'zilver', 'srebrny', 'prata'],
  transparent: ['transparente', 'trasparente', 'przezroczysty'],
  colour: ['farben', 'colore', 'colori', 'kleur'],
  color: ['farben', 'colore', 'colori', 'kleur'],
  // materials
  wood: ['drewno', 'madeira'],
  wooden: ['holzern', 'houten', 'drewniana', 'madeira'],
  plastic: ['plastik'],
  metal: ['metall', 'metallo', 'metaal', 'metalowy'],
  steel: ['acier', 'stahl', 'acero', 'acciaio', 'staal', 'stal', 'aco'],
  stainless: ['inox', 'inoxydable', 'edelstahl', 'inoxidable', 'rvs', 'nierdzewna'],
  glass: ['verre', 'glas', 'vidrio', 'vetro', 'szklo', 'vidro'],
  cotton: ['algodao'],
  leather: ['cuir', 'leder', 'cuero', 'pelle', 'skora', 'couro'],
  silicone: ['silikon', 'silicona', 'siliconen'],
  felt: ['feutre', 'filz', 'fieltro', 'feltro', 'vilt', 'filc'],
  rubber: ['caoutchouc', 'gummi', 'caucho', 'gomma', 'guma', 'borracha'],
  paper: ['papier', 'papel', 'carta'],
  ceramic: ['ceramique', 'keramik', 'ceramica', 'keramiek', 'ceramiczny'],
  bamboo: ['bambou', 'bambus', 'bambu', 'bamboe'],
  crystal: ['cristal', 'kristall', 'cristallo', 'kristal', 'krysztal'],
  // qualities
  soft: [
    'doux',
    'douce',
    'weich',
    'weiche',
    'weicher',
    'weiches',
    'suave',
    'blando',
    'morbido',
    'morbida',
    'zacht',
    'miekki',
    'miekka',
    'macio',
  ],
  washable: [
    'lavable',
    'abwaschbar',
    'waschbar',
    'lavabile',
    'afwasbaar',
    'wasbaar',
    'zmywalny',
    'zmywalna',
    'lavavel',
  ],
  bold: ['audacieux', 'audacieuse', 'kraftig', 'kraftige', 'intenso', 'intensa', 'gedurfd'],
  primary: ['primaire', 'primar', 'primario', 'primaria', 'podstawowy'],
  bright: ['vif', 'vive', 'leuchtend', 'brillante', 'vivace', 'helder', 'jasny'],
  magic: ['magique', 'magisch', 'magico', 'magica', 'magiczny', 'magiczna'],
  musical: ['musicale', 'musikalisch', 'muzikaal', 'muzyczny'],
  electric: ['elettrica', 'eletrico'],
  rechargeable: ['oplaadbaar', 'recarregavel'],
  portable: ['portatile', 'draagbaar'],
  foldable: ['klappbar', 'opvouwbaar'],
  rotating: [
    'rotatif',
    'rotative',
    'pivotant',
    'drehbar',
    'giratorio',
    'giratoria',
    'girevole',
    'draaibaar',
    'obrotowy',
    'rotativo',
  ],
  switch: ['interrupteur', 'schalter', 'interruptor', 'interruttore', 'schakelaar', 'przelacznik'],
  adjustable: ['reglable', 'verstellbar', 'ajustable', 'regolabile', 'verstelbaar', 'regulowany'],
  waterproof: ['waterdicht'],
  wireless: ['sans fil', 'senza fili'],
  automatic: ['automatique', 'automatisch', 'automatico', 'automatica', 'automatyczny'],
  luminous: ['lumineux', 'lumineuse', 'leuchtende', 'luminoso', 'luminosa', 'lichtgevend', 'swiecacy'],
  sensory: ['sensoriel', 'sensorielle', 'sensorisch', 'sensorial', 'sensoriale', 'sensoryczny', 'sensoryczna'],
  educational: [
    'educatif',
    'educative',
    'lehrreich',
    'educativo',
    'educativa',
    'educatief',
    'edukacyjny',
    'edukacyjna',
  ],
  interactive: ['interactif', 'interaktiv', 'interactivo', 'interattivo', 'interactief', 'interaktywny'],
  big: ['duza'],
  large: ['duza'],
  small: ['piccola', 'mala'],
  long: ['lang', 'lange', 'largo', 'larga', 'lungo', 'lunga', 'dlugi', 'dluga'],
  round: ['rond', 'ronde', 'rund', 'runde', 'redondo', 'redonda', 'rotondo', 'okragly'],
  square: ['carre', 'carree', 'quadratisch', 'cuadrado', 'quadrato', 'vierkant', 'kwadratowy'],
  star: ['ster', 'estrela'],
  starry: ['sternenhimmel', 'estrellado', 'stellato', 'sterrenhemel', 'gwiazdzisty'],
  sky: ['ciel', 'himmel', 'cielo', 'hemel', 'niebo', 'ceu'],
  heart: ['coracao'],
  animal: ['animale', 'dier', 'zwierze'],
  // everyday nouns of product names
  book: ['livre', 'buch', 'libro', 'boek', 'ksiazka', 'livro'],
  game: ['jeu', 'spiel', 'gioco', 'spel', 'gra', 'jogo'],
  set: ['coffret'],
  kit: ['trousse', 'bausatz'],
  drawing: ['dessin', 'zeichnung', 'zeichnen', 'dibujo', 'disegno', 'tekening', 'rysunek', 'desenho'],
  painting: ['peinture', 'malen', 'pintura', 'pittura', 'schilderen', 'malowanie'],
  paint: ['peinture', 'pintura', 'vernice', 'verf', 'farba', 'tinta'],
  finger: ['doigt', 'dedo', 'dito', 'vinger', 'palec'],
  water: ['eau', 'wasser', 'agua', 'acqua', 'woda'],
  light: ['lumiere', 'licht', 'luz', 'luce', 'swiatlo'],
  night: ['nuit', 'nacht', 'noche', 'notte', 'noc', 'noite'],
  music: ['musique', 'musik', 'musica', 'muziek', 'muzyka'],
  bag: ['sac', 'tasche', 'bolsa', 'borsa', 'torba'],
  box: ['boite', 'kasten', 'caja', 'scatola', 'doos', 'pudelko', 'caixa'],
  bottle: ['bouteille', 'flasche', 'botella', 'bottiglia', 'fles', 'butelka', 'garrafa'],
  cup: ['tasse', 'taza', 'tazza', 'kop', 'kubek', 'copo'],
  ball: ['balle', 'ballon', 'pelota', 'palla', 'pilka', 'bola'],
  car: ['voiture', 'coche', 'macchina', 'samochod', 'carro'],
  house: ['maison', 'haus', 'casa', 'huis'],
  garden: ['jardin', 'garten', 'giardino', 'tuin', 'ogrod', 'jardim'],
  kitchen: ['cuisine', 'kuche', 'cocina', 'cucina', 'keuken', 'kuchnia', 'cozinha'],
  bath: ['bain', 'bano', 'bagno', 'kapiel', 'banho'],
  hair: ['cheveux', 'haar', 'haare', 'cabello', 'pelo', 'capelli', 'wlosy', 'cabelo'],
  skin: ['peau', 'haut', 'piel', 'pelle', 'huid', 'skora', 'pele'],
  face: ['visage', 'gesicht', 'cara', 'rostro', 'viso', 'gezicht', 'twarz', 'rosto'],
  body: ['corps', 'korper', 'cuerpo', 'corpo', 'lichaam', 'cialo'],
  hand: ['mano', 'reka', 'mao'],
  year: ['jahr', 'jahre', 'jahren', 'ano', 'anos', 'anno', 'anni', 'jaar', 'rok'],
  month: ['mois', 'monat', 'monate', 'monaten', 'meses', 'mese', 'mesi', 'maand', 'maanden', 'miesiac', 'miesiecy'],
  new: ['nuova', 'nowa', 'novo', 'nova'],
};

/** Folded, singularised foreign word → the English words it may be written as. */
export const FOREIGN_NAME_WORDS: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [english, forms] of Object.entries(NAME_WORDS)) {
    for (const form of forms) {
      if (form.includes(' ')) continue; // multi-word forms are not single name words
      const key = singular(form);
      if (key === english) continue;
      const list = out.get(key) ?? [];
      list.push(singular(english));
      out.set(key, list);
    }
  }
  return out;
})();

export { NAME_WORDS };

/**
 * The same describing words as Korean titles write them (translated or in loanword spelling), for records
 * named in English or, through the table above, in an alert's language. Whole Hangul words only.
 */
const CORE_KOREAN_NAME_WORDS: Record<string, readonly string[]> = {
  black: ['블랙', '검정', '검은색', '검정색'],
  white: ['화이트', '흰색', '하얀'],
  red: ['레드', '빨간', '빨강', '빨간색'],
  blue: ['블루', '파란', '파랑', '파란색'],
  green: ['그린', '초록', '초록색', '녹색'],
  yellow: ['옐로우', '노란', '노랑', '노란색'],
  pink: ['핑크', '분홍', '분홍색'],
  grey: ['그레이', '회색'],
  gray: ['그레이', '회색'],
  brown: ['브라운', '갈색'],
  purple: ['퍼플', '보라', '보라색'],
  gold: ['골드', '금색'],
  silver: ['실버', '은색'],
  wood: ['원목', '나무'],
  wooden: ['원목', '나무'],
  plastic: ['플라스틱'],
  steel: ['스틸', '강철'],
  stainless: ['스테인리스', '스텐'],
  glass: ['유리'],
  cotton: ['코튼', '면'],
  leather: ['가죽', '레더'],
  silicone: ['실리콘'],
  felt: ['펠트'],
  bamboo: ['대나무', '뱀부'],
  crystal: ['크리스탈'],
  soft: ['소프트', '부드러운', '말랑'],
  washable: ['워셔블', '세탁가능', '물세탁'],
  bold: ['볼드'],
  magic: ['매직', '마법'],
  musical: ['뮤지컬', '음악'],
  rechargeable: ['충전식'],
  portable: ['휴대용', '포터블'],
  submersible: ['수중', '수중용'],
  underwater: ['수중', '수중용'],
  foldable: ['접이식', '폴더블'],
  waterproof: ['방수'],
  wireless: ['무선'],
  automatic: ['자동'],
  luminous: ['야광'],
  glow: ['야광'],
  rotating: ['회전', '회전식'],
  star: ['별', '스타'],
  starry: ['별빛', '별밤'],
  sky: ['하늘', '스카이'],
  space: ['우주', '스페이스'],
  astronaut: ['우주비행사', '우주인', '아스트로넛'],
  moon: ['달', '문'],
  planet: ['행성'],
  galaxy: ['은하', '은하수', '갤럭시'],
  ocean: ['바다', '오션'],
  heart: ['하트'],
  flower: ['꽃', '플라워'],
  rainbow: ['무지개', '레인보우'],
  dinosaur: ['공룡'],
  unicorn: ['유니콘'],
  book: ['책', '북'],
  game: ['게임'],
  drawing: ['그림', '드로잉'],
  painting: ['페인팅', '그림'],
  finger: ['손가락', '핑거'],
  light: ['라이트', '조명'],
  night: ['나이트', '야간', '밤'],
  music: ['음악', '뮤직'],
  bag: ['가방', '백'],
  box: ['박스', '상자'],
  bottle: ['보틀', '병'],
  ball: ['공', '볼'],
  car: ['자동차', '카'],
  kitchen: ['주방', '키친'],
  bath: ['목욕', '바스'],
  hair: ['헤어', '머리'],
  magnet: ['자석', '마그네틱'],
  magnetic: ['자석', '마그네틱'],
  bathroom: ['욕실', '화장실'],
  shower: ['샤워'],
  toy: ['장난감', '완구', '토이'],
  face: ['얼굴', '페이스'],
  body: ['바디'],
  hand: ['핸드', '손'],
  soccer: ['축구'],
  football: ['축구'],
  cleaning: ['클리닝', '청소'],
  paste: ['페이스트'],
  spray: ['스프레이'],
  cream: ['크림'],
};

/** The core list with the registers' own words (korean-name-words.ts); a word in both has every form. */
const KOREAN_NAME_WORDS: Record<string, readonly string[]> = { ...REGISTER_KOREAN_NAME_WORDS };
for (const [english, forms] of Object.entries(CORE_KOREAN_NAME_WORDS))
  KOREAN_NAME_WORDS[english] = [...new Set([...forms, ...(KOREAN_NAME_WORDS[english] ?? [])])];

export const KOREAN_FORMS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(KOREAN_NAME_WORDS));

/** The other way: a Korean form → its English words (a record named in Korean, a title in English). */
export const ENGLISH_OF_KOREAN: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [english, forms] of Object.entries(KOREAN_NAME_WORDS)) {
    for (const form of forms) out.set(form, [...(out.get(form) ?? []), english]);
  }
  return out;
})();
export { KOREAN_NAME_WORDS };

/** The colour names above; grey and gray are one colour. */
const COLOURS: Readonly<Record<string, string>> = {
  black: 'black',
  white: 'white',
  red: 'red',
  blue: 'blue',
  green: 'green',
  yellow: 'yellow',
  pink: 'pink',
  grey: 'grey',
  gray: 'grey',
  brown: 'brown',
  purple: 'purple',
  orange: 'orange',
  gold: 'gold',
  silver: 'silver',
};

/** Any form of a colour (English, an alert language's, Korean) → the colour. */
export const COLOUR_OF: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const [english, colour] of Object.entries(COLOURS)) {
    out.set(english, colour);
    for (const form of [...(NAME_WORDS[english] ?? []), ...(KOREAN_NAME_WORDS[english] ?? [])])
      out.set(singular(form), colour);
  }
  return out;
})();
