/**
 * Text normalisation and tokenisation shared by records and listings, so both sides are cut the same way.
 * Sellers write full-width letters, accents, glued Korean/Latin, "Kid's" vs "Kids", plurals; all of that
 * is folded here and nowhere else.
 */

const HANGUL = /[\uAC00-\uD7A3]/;

const ASCII = /^\p{ASCII}*$/u;

/** NFKC (full-width → ASCII), accents stripped from Latin letters, lower case, trademark signs dropped. */
export function foldText(raw: string): string {
  // Most titles are plain ASCII: skip the (slow) Unicode normalisation for them.
  if (ASCII.test(raw)) return raw.toLowerCase().replace(ELISION, '$1 ').replace(/['`]/g, '');
  // Trademark signs go first: NFKD spells ™ and ℠ out as letters ("Football™" would read "footballtm").
  return raw
    .replace(/[®™©℠]/g, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(ELISION, '$1 ')
    .replace(/[’'`´]/g, '');
}

/** French and Italian elision ("d'Hermès", "l'acqua"): the article is a word of its own, not glued on. */
const ELISION = /(?<![\p{L}\p{N}])(qu|[cdjlmnst])['’`´](?=\p{L})/gu;

export interface Token {
  /** Folded and singularised: what indexes and comparisons use. */
  norm: string;
  /** Folded, decimal marks dropped: the piece of a brand or code key ("2.4a" → "24a"). */
  key: string;
  /** Folded but not singularised (`kids`, `helmets`). */
  folded: string;
  /** As written (original case), for evidence shown to the user. */
  raw: string;
  hangul: boolean;
  /** The separator text before this token ('' for the first). */
  gapBefore: string;
  /** True when the token was written in capitals in a title that is not all capitals. */
  shouted: boolean;
}

// Decimal numbers with a unit stay whole ("2.4a", "3.5mm"); otherwise Hangul runs and other letter/digit runs.
const TOKEN_PATTERN = /\d+(?:[.,]\d+)+[a-z]*|[\uAC00-\uD7A3]+|[^\s\p{P}\p{S}\uAC00-\uD7A3]+/gu;
const ASCII_TOKEN_PATTERN = /\d+(?:[.,]\d+)+[a-z]*|[a-z0-9]+/g;

const memos: Memo<unknown>[] = [];

/** Drops every memo: they speed up a bulk build and are not worth keeping in memory after it. */
export function clearMemos(): void {
  for (const memo of memos) memo.clear();
}

/** A bounded memo: feeds repeat type names, brands and phrasing across thousands of records. */
export class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly capacity: number) {
    memos.push(this as Memo<unknown>);
  }

  clear(): void {
    this.map.clear();
  }

  get(key: string, compute: (key: string) => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (this.map.size >= this.capacity) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}

const tokenMemo = new Memo<readonly Token[]>(10_000);

/**
 * Splits text into tokens, remembering the separators between them (model numbers span "HK W003").
 * Results are shared between callers (memoised): treat them as read-only.
 */
export function tokenize(raw: string): readonly Token[] {
  // Only short texts (types, brands, models) repeat across records; long names rarely do.
  return raw.length > 64 ? tokenizeText(raw) : tokenMemo.get(raw, tokenizeText);
}

function tokenizeText(raw: string): Token[] {
  const folded = foldText(raw);
  // Folding keeps string length for almost everything; when it does not, case detection just switches off.
  const sameLength = folded.length === raw.length;
  const allCaps = sameLength && raw === raw.toUpperCase();
  const tokens: Token[] = [];
  let last = 0;
  const ascii = ASCII.test(folded);
  for (const match of folded.matchAll(ascii ? ASCII_TOKEN_PATTERN : TOKEN_PATTERN)) {
    const start = match.index ?? 0;
    const text = match[0];
    const rawText = sameLength ? raw.slice(start, start + text.length) : text;
    const hangul = !ascii && HANGUL.test(text);
    tokens.push({
      norm: hangul ? text : singular(text),
      key: text.includes('.') || text.includes(',') ? text.replace(/[.,]/g, '') : text,
      folded: text,
      raw: rawText,
      hangul,
      gapBefore: folded.slice(last, start),
      shouted: !allCaps && sameLength && rawText !== text && rawText === rawText.toUpperCase(),
    });
    last = start + text.length;
  }
  return tokens;
}

/** English plural → singular for plain words, so "helmets" meets "helmet". Leaves codes and short words. */
export function singular(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular) return irregular;
  if (KEPT_PLURALS.has(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses|zes)$/.test(word)) return word.slice(0, -2);
  // "toys", "keys", "trays" lose their s; "analysis", "bus", "glass" keep it.
  if (/[aeo]ys$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('s') && !/(?:ss|us|is|ys)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** English plurals no suffix rule undoes ("Fillet Knives", "Wall Shelves"); words for people are left to the age words. */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['knives', 'knife'],
  ['shelves', 'shelf'],
  ['leaves', 'leaf'],
  ['halves', 'half'],
  ['wolves', 'wolf'],
  ['loaves', 'loaf'],
  ['scarves', 'scarf'],
  ['calves', 'calf'],
  ['hooves', 'hoof'],
  ['teeth', 'tooth'],
  ['feet', 'foot'],
  ['mice', 'mouse'],
  ['geese', 'goose'],
]);

/**
 * Plurals that name another thing than their singular, kept as written: shorts are trousers, "short" is a
 * length; glasses are eyewear, "glass" a material; a "jean jacket" is no jeans.
 */
const KEPT_PLURALS: ReadonlySet<string> = new Set([
  'shorts',
  'tights',
  'briefs',
  'overalls',
  'jeans',
  'glasses',
  'checkers',
  'goods',
]);

/** A separator that may sit inside one identifier or brand ("HK-W003", "HK W003", "SUN & SPORT"). */
export function isTightGap(gap: string): boolean {
  return gap.length <= 3 && /^[\s\-_./&+]*$/.test(gap);
}

/** Lower-case letters and digits only: the comparison key for brands ("Fisher-Price" → "fisherprice"). */
export function compactKey(raw: string): string {
  return foldText(raw).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Upper-case letters and digits only: the comparison key for model numbers and codes. */

export function isHangulText(text: string): boolean {
  return HANGUL.test(text);
}

/** Damerau–Levenshtein distance, stopping early above `max` (returns max + 1). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const current = new Array<number>(cols).fill(0);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = current;
  }
  return Math.min(prev[cols - 1]!, max + 1);
}
