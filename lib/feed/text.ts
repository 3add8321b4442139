/** Small text helpers shared by the source adapters: cleaning, placeholders, dates, language. */

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  reg: '®',
  trade: '™',
  deg: '°',
  micro: 'µ',
  hellip: '…',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Windows-1252 text read as Latin-1, or "&#153;" written for ™, leaves C1 control characters (U+0080 to
 * U+009F) where cp1252 has printable ones: "Spacemaker\u0099" is "Spacemaker™". Each is put back; the five
 * that cp1252 leaves undefined are dropped.
 */
const CP1252_C1 = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ';

export function repairCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => {
    const fixed = CP1252_C1[c.charCodeAt(0) - 0x80]!;
    return fixed === '\0' ? '' : fixed;
  });
}

/** Values sources write when they mean "nothing". */
const EMPTY_VALUES = new Set(['', 'none', 'null', 'undefined', 'n/a', 'na', '-', '--', '—', 'nil', '?']);

/** Trimmed text with entities decoded and whitespace collapsed, or undefined when empty/placeholder. */
export function clean(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = repairCp1252(decodeEntities(String(value)))
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
  return EMPTY_VALUES.has(text.toLowerCase()) ? undefined : text;
}

/** Like clean() but keeps line breaks (for prose that is split into sections later). */
export function cleanMultiline(value: unknown): string | undefined {
  if (typeof value !== 'string') return clean(value);
  const text = repairCp1252(decodeEntities(value))
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
  return EMPTY_VALUES.has(text.toLowerCase()) ? undefined : text;
}

const PLACEHOLDER_BRANDS = new Set([
  'unknown',
  'unknown brand',
  'no brand',
  'nobrand',
  'no-brand',
  'without brand',
  'unbranded',
  'no name',
  'noname',
  'no-name',
  'not known',
  'brand not known',
  'not specified',
  'unspecified',
  'not applicable',
  'generic',
  'none',
  'n/a',
  'na',
  'other',
  'various',
  'brand unknown',
  'no label',
  'nolabel',
  'not available',
  '회사정보없음',
  '정보없음',
  '없음',
  '미상',
  '해당없음',
  '브랜드없음',
  '無',
  'original',
]);

export function isPlaceholderBrand(brand: string): boolean {
  return PLACEHOLDER_BRANDS.has(
    brand
      .trim()
      .toLowerCase()
      .replace(/[.\s]+$/, ''),
  );
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function hasHangul(text: string): boolean {
  return /[\u3131-\u318e\uac00-\ud7a3]/.test(text);
}

/** Best-effort language tag for a name: `ko` for Hangul, otherwise the caller's guess. */
export function guessLang(text: string, fallback = 'und'): string {
  return hasHangul(text) ? 'ko' : fallback;
}

export function uniqueBy<T>(items: Iterable<T>, key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

export const uniqueStrings = (items: Iterable<string | undefined>): string[] =>
  uniqueBy(
    [...items].filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim()),
    (s) => s.toLowerCase(),
  );

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function isoFrom(year: number, month: number, day: number): string | undefined {
  if (year < 100) year += year >= 70 ? 1900 : 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Parses the date shapes the sources use into `YYYY-MM-DD`: ISO timestamps, `yyyyMMdd`, `yyyy.MM.dd`,
 * "Month DD, YYYY", and slashed or dotted day/month orders (`order` decides: EU writes d/m/y, the
 * legacy KATS capture m/d/yy).
 */
export function parseDate(value: unknown, order: 'dmy' | 'mdy' = 'dmy'): string | undefined {
  const text = clean(value);
  if (!text) return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m) return isoFrom(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return isoFrom(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})[./](\d{1,2})[./](\d{1,2})/.exec(text);
  if (m) return isoFrom(+m[1]!, +m[2]!, +m[3]!);
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(text);
  if (m) {
    const month = MONTHS[m[1]!.slice(0, 4).toLowerCase()] ?? MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    return month ? isoFrom(+m[3]!, month, +m[2]!) : undefined;
  }
  m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})/.exec(text);
  if (m) {
    const month = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    return month ? isoFrom(+m[3]!, month, +m[1]!) : undefined;
  }
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\b/.exec(text);
  if (m) {
    const [a, b, year] = [+m[1]!, +m[2]!, +m[3]!];
    return order === 'mdy' ? isoFrom(year, a, b) : isoFrom(year, b, a);
  }
  return undefined;
}

/** Reads a string field from an object by any of several key spellings. */
export function pick(row: Record<string, unknown>, ...keys: string[]): unknown {
  for (const key of keys) {
    if (row[key] !== undefined && row[key] !== null) return row[key];
  }
  return undefined;
}

export function isRecordObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}
