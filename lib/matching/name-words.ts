/**
 * Describing words of product names in the languages Safety Gate alerts are written in (French, German,
 * Spanish, Italian, Dutch, Polish, Portuguese), each with its English word, so an alert that names its
 * product in its own language ("Peinture lavable, primaire") can be checked against an English listing
 * ("washable primary paint"). Only common words that describe any product (colours, materials, qualities,
 * shapes, everyday nouns), written without accents as the tokenizer folds them; general vocabulary,
 * nothing taken from any listing. Product types live in lexicon.ts, not here. A form that is also an English
 * word ("rose", "violet", "long", "main") is left out: in an English name it means itself.
 */
import { singular } from './text';

/** English word ← its foreign forms (all as the tokenizer folds them: lower case, no accents). */
const NAME_WORDS: Record<string, readonly string[]> = {
  // colours
  black: [
    'noir',
    'noire',
    'schwarz',
    'schwarze',
    'negro',
    'negra',
    'nero',
    'nera',
    'zwart',
    'czarny',
    'czarna',
    'preto',
  ],
  white: ['blanc', 'blanche', 'weiss', 'weisse', 'blanco', 'blanca', 'bianco', 'bianca', 'bialy', 'biala', 'branco'],
  red: ['rouge', 'rote', 'rojo', 'roja', 'rosso', 'rossa', 'czerwony', 'czerwona', 'vermelho'],
  blue: ['bleu', 'bleue', 'blau', 'blaue', 'azul', 'blu', 'blauw', 'niebieski', 'niebieska'],
  green: ['vert', 'verte', 'grun', 'grune', 'verde', 'groen', 'zielony', 'zielona'],
  yellow: ['jaune', 'gelb', 'gelbe', 'amarillo', 'giallo', 'geel', 'zolty', 'zolta', 'amarelo'],
  pink: ['rosa', 'roze', 'rozowy', 'rozowa'],
  grey: ['gris', 'grau', 'grigio', 'grijs', 'szary', 'szara', 'cinza'],
  gray: ['gris', 'grau', 'grigio', 'grijs', 'szary', 'szara', 'cinza'],
  brown: ['marron', 'braun', 'marrone', 'bruin', 'brazowy'],
  purple: ['violette', 'lila', 'morado', 'viola', 'paars', 'fioletowy', 'roxo'],
  orange: ['arancione', 'oranje', 'pomaranczowy', 'laranja'],
  gold: ['dore', 'doree', 'golden', 'dorado', 'dorato', 'goud', 'zloty', 'zlota', 'dourado'],
  silver: ['argent', 'argente', 'silber', 'plata', 'plateado', 'argento', 'zilver', 'srebrny', 'prata'],
  transparent: ['transparente', 'trasparente', 'przezroczysty'],
  colour: ['couleur', 'farbe', 'farben', 'colore', 'colori', 'kleur', 'kolor'],
  color: ['couleur', 'farbe', 'farben', 'colore', 'colori', 'kleur', 'kolor'],
  // materials
  wood: ['bois', 'holz', 'madera', 'legno', 'hout', 'drewno', 'madeira'],
  wooden: ['bois', 'holz', 'holzern', 'madera', 'legno', 'houten', 'drewniany', 'drewniana', 'madeira'],
  plastic: ['plastique', 'kunststoff', 'plastico', 'plastica', 'plastik'],
  metal: ['metall', 'metallo', 'metaal', 'metalowy'],
  steel: ['acier', 'stahl', 'acero', 'acciaio', 'staal', 'stal', 'aco'],
  stainless: ['inox', 'inoxydable', 'edelstahl', 'inoxidable', 'rvs', 'nierdzewna'],
  glass: ['verre', 'glas', 'vidrio', 'vetro', 'szklo', 'vidro'],
  cotton: ['coton', 'baumwolle', 'algodon', 'cotone', 'katoen', 'bawelna', 'algodao'],
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
  electric: ['electrique', 'elektrisch', 'electrico', 'electrica', 'elettrico', 'elettrica', 'elektryczny', 'eletrico'],
  rechargeable: ['wiederaufladbar', 'recargable', 'ricaricabile', 'oplaadbaar', 'recarregavel'],
  portable: ['tragbar', 'portatil', 'portatile', 'draagbaar', 'przenosny'],
  foldable: ['pliable', 'klappbar', 'faltbar', 'plegable', 'pieghevole', 'opvouwbaar', 'skladany'],
  adjustable: ['reglable', 'verstellbar', 'ajustable', 'regolabile', 'verstelbaar', 'regulowany'],
  waterproof: ['etanche', 'wasserdicht', 'impermeable', 'impermeabile', 'waterdicht', 'wodoodporny'],
  wireless: ['sans fil', 'kabellos', 'inalambrico', 'senza fili', 'draadloos', 'bezprzewodowy'],
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
  big: ['grande', 'grosse', 'groot', 'duzy', 'duza'],
  large: ['grande', 'grosse', 'groot', 'duzy', 'duza'],
  small: ['petit', 'petite', 'klein', 'kleine', 'pequeno', 'pequena', 'piccolo', 'piccola', 'maly', 'mala'],
  long: ['lang', 'lange', 'largo', 'larga', 'lungo', 'lunga', 'dlugi', 'dluga'],
  round: ['rond', 'ronde', 'rund', 'runde', 'redondo', 'redonda', 'rotondo', 'okragly'],
  square: ['carre', 'carree', 'quadratisch', 'cuadrado', 'quadrato', 'vierkant', 'kwadratowy'],
  star: ['etoile', 'stern', 'sterne', 'estrella', 'stella', 'ster', 'gwiazda', 'estrela'],
  starry: ['etoile', 'sternenhimmel', 'estrellado', 'stellato', 'sterrenhemel', 'gwiazdzisty'],
  sky: ['ciel', 'himmel', 'cielo', 'hemel', 'niebo', 'ceu'],
  heart: ['coeur', 'herz', 'corazon', 'cuore', 'serce', 'coracao'],
  flower: ['fleur', 'blume', 'flor', 'fiore', 'bloem', 'kwiat'],
  animal: ['tiere', 'animale', 'dier', 'zwierze'],
  // everyday nouns of product names
  book: ['livre', 'buch', 'libro', 'boek', 'ksiazka', 'livro'],
  game: ['jeu', 'spiel', 'juego', 'gioco', 'spel', 'gra', 'jogo'],
  set: ['ensemble', 'coffret', 'juego', 'zestaw', 'conjunto'],
  kit: ['trousse', 'bausatz', 'zestaw'],
  drawing: ['dessin', 'zeichnung', 'zeichnen', 'dibujo', 'disegno', 'tekening', 'rysunek', 'desenho'],
  painting: ['peinture', 'malen', 'pintura', 'pittura', 'schilderen', 'malowanie'],
  paint: ['peinture', 'farbe', 'pintura', 'vernice', 'verf', 'farba', 'tinta'],
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
  new: [
    'nouveau',
    'nouvelle',
    'neu',
    'neue',
    'nuevo',
    'nueva',
    'nuovo',
    'nuova',
    'nieuw',
    'nowy',
    'nowa',
    'novo',
    'nova',
  ],
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
