/**
 * The sound of a brand, so a Latin brand and its Korean loanword spelling meet (Philips / 필립스,
 * Ikea / 이케아). The Hangul is romanised with es-hangul; both sides are then reduced to one key: letters
 * Korean cannot tell apart share a class (l/r, p/f, b/v, k/c/q/g, d/t, and s/z/j/x with ch and sh),
 * vowels fall into three classes, and the sounds Korean adds or drops (the "eu" it inserts between
 * consonants, h, w, y, an r or a t closing the word) are left out; the 이 it adds after a closing sh, ch
 * or dge is kept on both sides.
 */
import { romanize } from 'es-hangul';
import { editDistance } from './text';

/** Shorter keys collide between unrelated names. */
export const MIN_PHONETIC_LENGTH = 4;

const CONSONANT_CLASS: Record<string, string> = {
  b: 'P',
  p: 'P',
  f: 'P',
  v: 'P',
  k: 'K',
  c: 'K',
  q: 'K',
  g: 'K',
  d: 'T',
  t: 'T',
  // Korean spells s, z, j, ch, sh and ts with ㅅ, ㅈ or ㅊ by the source language's sound, not its letters
  // (Chanel → 샤넬, Benz → 벤츠, Toys → 토이즈): one class.
  j: 'S',
  z: 'S',
  s: 'S',
  x: 'S',
  l: 'R',
  r: 'R',
  m: 'M',
  n: 'N',
};

const VOWEL_CLASS: Record<string, string> = { a: 'a', e: 'e', i: 'e', o: 'o', u: 'o' };

function keyOf(letters: string): string {
  let out = '';
  let previous = '';
  for (const letter of letters) {
    const cls = CONSONANT_CLASS[letter] ?? VOWEL_CLASS[letter] ?? '';
    if (!cls || cls === previous) continue;
    out += cls;
    previous = cls;
  }
  // "au" is 오 in loanwords (Autoline → 오토라인) but 아우 in others (Braun → 브라운): both keyed as o.
  return out.replace(/ao/g, 'o');
}

/** A Latin brand as Korean hears it: "Philips" → "PeRePS". */
export function latinPhoneticKey(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  // Read before "ay" and "ey" become e, so "Segway" keeps its 에이 and only a written e is silent.
  const silentE = /[^aeiou]e$/.test(w);
  w = w
    // A closing sh, ch or dge takes the vowel 이 in Korean (Brush → 브러시, Match → 매치, Bridge → 브리지).
    .replace(/(?:sch|sh|tch|ch)$/, (end) => `${end}i`)
    .replace(/dge$/, 'ji')
    // ts, tz and ds with no vowel after are one sound, 츠 or 즈 (Sports → 스포츠, Kids → 키즈).
    .replace(/[td][sz](?![aeiou])/g, 's')
    // "tion", "sion" and "shion" are 션 or 전 (Station → 스테이션, Vision → 비전, Fashion → 패션).
    .replace(/shion/g, 'shon')
    .replace(/[st]ion/g, 'son')
    // "gn" is a bare n: silent in English (Gnome → 놈), ny in French and Italian (Rossignol → 로시뇰).
    .replace(/gn/g, 'n')
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    // The t of "stle" is silent (Whistler → 휘슬러, Castle → 캐슬); a closing "th" is 스 (Smith → 스미스).
    .replace(/stl(?=e)/g, 'sl')
    .replace(/th$/, 's')
    .replace(/ck/g, 'k')
    // A soft c is s (Grace → 그레이스); gu and qu before a vowel are g and k (Guess → 게스, Quick → 퀵).
    .replace(/c(?=[eiy])/g, 's')
    .replace(/([gq])u(?=[aeiou])/g, '$1')
    .replace(/tch/g, 'ch')
    // "ch" before r or l is k (Chrome → 크롬, Chloe → 클로이); "sch" keeps its sh (Schröder → 슈뢰더).
    .replace(/(?<!s)ch(?=[rl])/g, 'k')
    .replace(/sch|sh/g, 's')
    // English "ch" is Korean ㅊ (Kitchen → 키친), keyed with ㅈ.
    .replace(/ch/g, 'j')
    // "ay", "ai", "ey", "ei" are 에(이) (Ray → 레이); "ea" is 이 (Clean → 클린).
    .replace(/[ae][iy]/g, 'e')
    // "igh" is 아이 (Mighty → 마이티, Bright → 브라이트).
    .replace(/igh/g, 'ai')
    .replace(/ea/g, 'i')
    // "eu" and "ew" are 유 (Eureka → 유레카, Newton → 뉴턴).
    .replace(/e[uw]/g, 'u')
    // "oa" and "aw" are 오 (Coast → 코스트, Dawson → 도슨).
    .replace(/oa(?=[^aeiou](?:[^aeiou]|$))|aw(?![aeiou])/g, 'o')
    // A y after a consonant, or in "oy", is the vowel 이 (Candy → 캔디, Lynn → 린, Toy → 토이).
    .replace(/(?<=[^aeiuy])y(?![aeiou])/g, 'i')
    // A closing "le" after a consonant is a bare l (Miracle → 미라클).
    .replace(/(?<=[^aeiou])le$/, 'l');
  // A closing silent e makes the vowel before it long: a is 에이, i is 아이 (Race → 레이스, Nice → 나이스).
  if (silentE) {
    w = w
      .replace(/a(?=[^aeiou]e$)/, 'e')
      .replace(/i(?=[^aeiou]e$)/, 'ai')
      .replace(/(?<=[^aeiou])e$/, '');
  }
  w = w
    .replace(/[hwy]/g, '')
    // After a consonant, "er" closing a syllable is 어 (Hover → 호버, Herbal → 허브), and "all" is 올
    // (Ball → 볼): written in the vowel class Korean gives them.
    .replace(/(?<=[^aeiou])er(?=[^aeiour]|$)/g, 'o')
    // "ir" and "ur" before a consonant are 어 too (Firth → 퍼스, Turbo → 터보).
    .replace(/(?<![aeiou])[iu]r(?=[^aeiour])/g, 'o')
    .replace(/all/g, 'ol')
    // A closing r or t is silent in the loanword (Confort → 콩포르, Sharp → 샤프).
    .replace(/(?<=[aeiou])r(?=[^aeiou]|$)/g, '')
    .replace(/ng(?=[^aeiou]|$)/g, 'n')
    // Doubled too (Scott → 스콧).
    .replace(/t+$/, '');
  return keyOf(w);
}

/**
 * The sounds a Latin brand may have in Korean: its key, and the readings its spelling leaves open: a g
 * before e, i or y soft (Gemco → 젬코, Gear → 기어), a w before a vowel as v, a first i long, a closing e
 * spoken, a c before e or i as ch and an er as 에르, an sh before a consonant as 슈, a closed o as 아 and an
 * "ea" as two vowels.
 */
export function latinPhoneticKeys(word: string): string[] {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  const keys = [latinPhoneticKey(w)];
  const soft = w.replace(/g(?=[eiy])/g, 'j');
  // A w before a vowel is v in German and Polish names (Schwarzkopf → 슈바르츠코프, Volkswagen → 폭스바겐).
  const german = w.replace(/w(?=[aeiou])/g, 'v');
  // An i opening the word or its first syllable before a consonant and vowel may be long, 아이 (iRover →
  // 아이로버, Hisense → 하이센스); English spelling leaves it open (Minerva → 미네르바).
  const longI = w.replace(/^i(?=[^aeiou])|(?<=^[^aeiou]+)i(?=[^aeiou][aeiou])/g, 'ahi');
  // A closing e after a consonant is silent in English but spoken in Scandinavian and German names (Stokke →
  // 스토케, Thule → 툴레); not after c, whose e only softens it (Price → 프라이스).
  const finalE = /[^aeiouc]e$/.test(w) ? `${w}h` : w;
  // Italian and other European names read a c before e or i as ch (Capucci → 카푸치, Fiorucci → 피오루치)
  // and an er before a consonant as 에르, not 어 (Roberto → 로베르토).
  const italian = w.replace(/c+(?=[ei])/g, 'ch');
  const europeanEr = w.replace(/(?<=[^aeiou])er(?=[^aeiou])/g, 'eh');
  // Both at once (Nike → 나이키).
  const longISpokenE = longI !== w && finalE !== w ? `${longI}h` : w;
  // A p between m and s or t is barely spoken (Simpson → 심슨, Thompson → 톰슨).
  const silentP = w.replace(/(?<=m)p(?=[st])/g, '');
  // German and Japanese ai is 아이 (Kaiser → 카이저, Banzai → 반자이), and German chs is ks (Fuchs → 푹스).
  const germanAi = w.replace(/ai/g, 'ahi').replace(/chs/g, 'ks');
  // An a before one consonant and a vowel may be long, 에이 (Navigator → 네비게이터, Paper → 페이퍼); not before
  // r, which makes its own vowel (Ferrari → 페라리).
  const longA = w.replace(/c(?=a[^aeiouwyr][aeiouy])/g, 'k').replace(/a(?=[^aeiouwyr][aeiouy])/g, 'ei');
  // An i before the weak vowel of "-ian", "-ion" is long, and Korean writes that vowel 어 or not at all
  // (Giant → 자이언트, Lion → 라이언): read on the soft g's spelling too.
  const longIBeforeN = soft.replace(/(?<=^[^aeiou]+)i[aeo](?=n)/, 'ahi');
  // English "ui" before a consonant is 우 (Juice → 주스, Fruit → 프루트), and a closing "son" is 슨
  // (Wilson → 윌슨, Jackson → 잭슨).
  const englishU = w.replace(/ui(?=[^aeiou])/g, 'u');
  // (A t or d before it stays its own sound: the h keeps "ts" from reading as one, and is then dropped.)
  const closingSon = w.replace(/([td]?)son$/, (_, stop: string) => (stop ? `${stop}hsn` : 'sn'));
  // An sh or German sch before a consonant is 슈 (Shredder → 슈레더, Schmidt → 슈미트).
  const shu = w.replace(/(?:sch|sh)(?=[^aeiouh])/g, 'shu');
  // German sch before w is 슈 and the w a v (Schwarz → 슈바르츠).
  const germanSchw = shu.replace(/uw(?=[aeiou])/g, 'uv');
  // A closing "ue" after a consonant is 우 (Blue → 블루, Glue → 글루).
  const closingUe = w.replace(/(?<=[^aeiou])ue$/, 'u');
  // "tu" before a vowel or r is 추 (Natural → 내추럴, Future → 퓨처).
  const chu = w.replace(/t(?=u[aeiour])/g, 'ch');
  // A soft g with the closing e spoken, as French names have it (Prestige → 프레스티지).
  const softSpokenE = soft !== w && /[^aeiouc]e$/.test(soft) ? `${soft}h` : w;
  // Outside English an "ea" is two vowels, 에아 (Ikea → 이케아), not 이.
  const twoVowelEa = w.replace(/ea/g, 'eha');
  // American English says a closed o as 아 (Box → 박스, Top → 탑, Scott → 스캇).
  const americanO = w.replace(/o(?=[^aeiouwyr](?:[^aeiouy]|$))/g, 'a');
  for (const variant of [
    soft,
    german,
    longI,
    finalE,
    italian,
    europeanEr,
    longISpokenE,
    silentP,
    germanAi,
    longA,
    longIBeforeN,
    englishU,
    closingSon,
    shu,
    americanO,
    twoVowelEa,
    germanSchw,
    closingUe,
    chu,
    softSpokenE,
  ]) {
    if (variant === w) continue;
    const key = latinPhoneticKey(variant);
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/**
 * Two keys name the same sound: equal, or, when long enough, the same consonants with one vowel more or
 * less or changed (Korean adds and drops vowels; a different consonant is a different name).
 */
export function samePhonetic(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < FUZZY_PHONETIC_LENGTH || Math.abs(a.length - b.length) > 1) return false;
  return sameConsonants(a, b) && editDistance(a, b, 1) <= 1;
}

/** The keys with their vowel classes (lower case) left out are equal; compared in place, as it runs per pair. */
function sameConsonants(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isVowelClass(a.charCodeAt(i))) i++;
    while (j < b.length && isVowelClass(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

/** a, e, o: the vowel classes of `keyOf`. */
const isVowelClass = (code: number) => code === 97 || code === 101 || code === 111;

const FUZZY_PHONETIC_LENGTH = 7;

/** A Hangul word romanised and keyed the same way: "필립스" → "pillipseu" → "PeRePS". */
export function hangulPhoneticKey(word: string): string {
  // Two vowels meeting across syllables stay two (이네오스 is ne-o, Ineos; 베아바 is be-a): romanised
  // whole, "neo" would read as one vowel, 어. An h (dropped below) keeps them apart.
  let w = vowelSyllables(word)
    .map((part) => romanize(part))
    .join('h')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  w = w
    // The vowel Korean inserts after a consonant with none of its own (스 = s, 트 = t).
    .replace(/eu(?=[^aeiou]|$)/g, '')
    // 어 after 이 or 에 is the loanword's silent r (Cheer → 치어, Hair → 헤어), which the Latin key drops.
    .replace(/(?<=[ie]h?)eo(?=[^aeiou]|$)/g, '')
    .replace(/ch/g, 'j')
    .replace(/eo/g, 'o')
    .replace(/ae/g, 'a')
    .replace(/ng(?=[^aeiou]|$)/g, 'n')
    .replace(/[hwy]/g, '')
    .replace(/(?<=[aeiou])r(?=[^aeiou]|$)/g, '')
    .replace(/t$/, '');
  return keyOf(w);
}

/** The word cut before each syllable that opens with a vowel (ㅇ) after one that ends with a vowel. */
function vowelSyllables(word: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i < word.length; i++) {
    const syllable = word.charCodeAt(i) - HANGUL_FIRST;
    const previous = word.charCodeAt(i - 1) - HANGUL_FIRST;
    if (!isSyllable(syllable) || !isSyllable(previous)) continue;
    if (Math.floor(syllable / PER_INITIAL) === SILENT_INITIAL && previous % FINALS === 0) {
      parts.push(word.slice(start, i));
      start = i;
    }
  }
  parts.push(word.slice(start));
  return parts;
}

// Unicode orders Hangul syllables by initial (19), then vowel (21), then final (28, the first none).
const HANGUL_FIRST = 0xac00;
const FINALS = 28;
const PER_INITIAL = 21 * FINALS;
/** ㅇ, the initial that is no sound: the syllable opens with its vowel. */
const SILENT_INITIAL = 11;
const isSyllable = (offset: number) => offset >= 0 && offset < 11172;
