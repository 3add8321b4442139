/**
 * Brand names written in Hangul (나인봇 for Ninebot, 트루슬리에 for Trousselier) follow Korean loanword
 * spelling. Vowels drift too much to compare, so both sides are reduced to a consonant skeleton:
 * classes of consonants in order, with the sounds Korean drops (h, w, y, an r after a vowel) removed.
 * A skeleton is only ever supporting evidence and only used when it is long enough to be distinctive.
 */

// Jamo indexes of a precomposed syllable: 19 initials, 21 medials, 28 finals.
const INITIAL_CLASS = ['K', 'K', 'N', 'T', 'T', 'L', 'M', 'P', 'P', 'S', 'S', '', 'J', 'J', 'J', 'K', 'T', 'P', ''];
const FINAL_CLASS = [
  '',
  'K',
  'K',
  'K',
  'N',
  'N',
  'N',
  'T',
  'L',
  'K',
  'M',
  'L',
  'L',
  'L',
  'P',
  'L',
  'M',
  'P',
  'P',
  'T',
  'T',
  'N',
  'T',
  'T',
  'K',
  'T',
  'P',
  'T',
];

export const MIN_SKELETON_LENGTH = 4;

/** 르 as a syllable index, and ㅇ, the initial that stands for no consonant. */
const REU = '르'.charCodeAt(0) - 0xac00;
const SILENT_INITIAL = 11;

const VOWEL_MARK = 'V';

/** Joins consonant classes; the same class twice with no vowel between is one sound ("ss", 슬리). */
function collapse(classes: string[]): string {
  let out = '';
  let previous = '';
  for (const c of classes) {
    if (!c) continue;
    if (c !== VOWEL_MARK && c !== previous) out += c;
    previous = c;
  }
  return out;
}

/** Consonant skeleton of a Hangul word: 나인봇 → NNPT. */
export function hangulSkeleton(word: string): string {
  const classes: string[] = [];
  const codes = [...word].map((char) => char.charCodeAt(0) - 0xac00).filter((code) => code >= 0 && code <= 11171);
  codes.forEach((code, i) => {
    const initial = Math.floor(code / 588);
    const final = code % 28;
    // 르 after an open syllable, with no vowel after it, is the r the Latin skeleton drops (Mercedes → 메르세데스).
    const next = codes[i + 1];
    const previous = codes[i - 1];
    if (
      code === REU &&
      previous !== undefined &&
      previous % 28 === 0 &&
      (next === undefined || Math.floor(next / 588) !== SILENT_INITIAL)
    )
      return;
    classes.push(INITIAL_CLASS[initial] ?? '', VOWEL_MARK, FINAL_CLASS[final] ?? '');
  });
  return collapse(classes);
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Consonant skeleton of a Latin word as Korean would spell it: ninebot → NNPT, acrobats → KLPT. */
export function latinSkeleton(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  // A plural "s" is not written in Korean loanwords (acrobats → 아크로바트).
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  const classes: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const next = w[i + 1] ?? '';
    const prev = w[i - 1] ?? '';
    if (VOWELS.has(c)) {
      classes.push(VOWEL_MARK);
      continue;
    }
    if (c === 'h' || c === 'w') continue;
    if (c === 'c') {
      if (next === 'h') {
        classes.push('J');
        i++;
      } else classes.push('eiy'.includes(next) ? 'S' : 'K');
    } else if (c === 'p' && next === 'h') {
      classes.push('P');
      i++;
    } else if (c === 's' && next === 'h') {
      classes.push('S');
      i++;
    } else if (c === 't' && next === 'h') {
      classes.push('T');
      i++;
    } else if (c === 'g' && next === 'h') {
      i++;
    } else if (c === 'r') {
      // Korean drops an r after a vowel when no vowel follows (booster → 부스터, trousselier → 트루슬리에).
      if (VOWELS.has(prev) && !VOWELS.has(next)) continue;
      classes.push('L');
    } else if (c === 'n' && next === 'g') {
      classes.push('N');
      i++;
    } else classes.push(LATIN_CLASS[c] ?? '');
  }
  return collapse(classes);
}

const LATIN_CLASS: Record<string, string> = {
  b: 'P',
  p: 'P',
  f: 'P',
  v: 'P',
  d: 'T',
  t: 'T',
  g: 'K',
  k: 'K',
  q: 'K',
  x: 'KS',
  j: 'J',
  z: 'J',
  l: 'L',
  m: 'M',
  n: 'N',
  s: 'S',
};
