/**
 * Finds product-type concepts in tokenised text: English (and other Latin-script) phrases by longest match
 * on singularised tokens, Korean words as whole tokens or inside compounds (Korean glues nouns together:
 * 줄조명, 뮤직박스완구).
 */
import { TYPE_CONCEPTS, TYPE_TRANSLATIONS } from './lexicon';
import { singular, type Token } from './text';

interface LatinEntry {
  concepts: string[];
  length: number;
}

const LATIN_PHRASES = new Map<string, LatinEntry>();
/** First word of each phrase → the longest phrase starting with it (most words start none). */
const PHRASE_STARTS = new Map<string, number>();
interface KoreanEntry {
  text: string;
  compact: string;
  concepts: string[];
  /** Some spelling of it has two words: it may then span two words of a title. */
  spaced: boolean;
}
/** Korean entries by their spelling without spaces ("스팀 청소기" and "스팀청소기" are one entry). */
const KOREAN_BY_COMPACT = new Map<string, KoreanEntry>();
let maxKoreanLength = 1;
const BROAD = new Set<string>();
/** Every word that is part of some type phrase: such words describe the kind, not the product. */
export const TYPE_WORDS = new Set<string>();
let maxPhraseLength = 1;

function addLatin(key: string, length: number, concept: string): void {
  const entry = LATIN_PHRASES.get(key) ?? { concepts: [], length };
  if (!entry.concepts.includes(concept)) entry.concepts.push(concept);
  LATIN_PHRASES.set(key, entry);
}

for (const concept of TYPE_CONCEPTS) {
  if (concept.broad) BROAD.add(concept.id);
  for (const phrase of [...concept.en, ...(TYPE_TRANSLATIONS[concept.id] ?? [])]) {
    const words = phrase.split(/\s+/).map(singular);
    for (const word of words) TYPE_WORDS.add(word);
    addLatin(words.join(' '), words.length, concept.id);
    PHRASE_STARTS.set(words[0]!, Math.max(PHRASE_STARTS.get(words[0]!) ?? 0, words.length));
    // "hair dryer" is also written "hairdryer"
    if (words.length > 1) {
      addLatin(words.join(''), 1, concept.id);
      PHRASE_STARTS.set(words.join(''), Math.max(PHRASE_STARTS.get(words.join('')) ?? 0, 1));
    }
    maxPhraseLength = Math.max(maxPhraseLength, words.length);
  }
  for (const word of concept.ko ?? []) {
    const compact = word.replace(/\s+/g, '');
    const existing = KOREAN_BY_COMPACT.get(compact);
    if (existing) {
      if (!existing.concepts.includes(concept.id)) existing.concepts.push(concept.id);
      existing.spaced ||= word.includes(' ');
    } else {
      KOREAN_BY_COMPACT.set(compact, { text: word, compact, concepts: [concept.id], spaced: word.includes(' ') });
      maxKoreanLength = Math.max(maxKoreanLength, compact.length);
    }
    for (const part of word.split(/\s+/)) TYPE_WORDS.add(part);
  }
}

/** The concepts a single word names on its own ("carabiner" → climbing-gear), if any. */
export function conceptsOfWord(word: string): readonly string[] {
  const entry = LATIN_PHRASES.get(word);
  return entry && entry.length === 1 ? entry.concepts : [];
}

export function isBroadConcept(id: string): boolean {
  return BROAD.has(id);
}

const USED_WITH = new Map(TYPE_CONCEPTS.map((c) => [c.id, new Set(c.usedWith ?? [])]));

/** A title names `other` beside `kind` as what a product of that kind is used with (lexicon `usedWith`). */
export function isUsedWith(kind: string, other: string): boolean {
  return USED_WITH.get(kind)?.has(other) ?? false;
}

export interface ConceptHit {
  concept: string;
  /** The words in the text that named it. */
  text: string;
  translated: boolean;
  /** Index (into the scanned tokens) of the first word that named it. */
  at: number;
}

export interface ConceptScan {
  hits: ConceptHit[];
  /** Indexes (into the scanned tokens) of the words that named a type. */
  typeTokens: Set<number>;
}

/** Concepts named in the tokens, with the words that named them. */
export function findConcepts(tokens: readonly Token[]): ConceptScan {
  const hits: ConceptHit[] = [];
  const typeTokens = new Set<number>();
  const latin: number[] = [];
  const korean: number[] = [];
  tokens.forEach((t, i) => (t.hangul ? korean : latin).push(i));
  for (let i = 0; i < latin.length;) {
    let consumed = 1;
    const longest = PHRASE_STARTS.get(tokens[latin[i]!]!.norm) ?? 0;
    for (let n = Math.min(longest, maxPhraseLength, latin.length - i); n >= 1; n--) {
      const span = latin.slice(i, i + n);
      const entry = LATIN_PHRASES.get(span.map((k) => tokens[k]!.norm).join(' '));
      if (entry && entry.length === n) {
        const text = span.map((k) => tokens[k]!.raw).join(' ');
        for (const concept of entry.concepts) hits.push({ concept, text, translated: false, at: latin[i]! });
        for (const k of span) typeTokens.add(k);
        consumed = n;
        break;
      }
    }
    i += consumed;
  }
  if (korean.length > 0) {
    // Every substring of each Korean word (and of neighbouring pairs, for two-word entries) is looked up.
    const words = korean.map((k) => tokens[k]!.norm);
    const found = new Map<KoreanEntry, Set<number>>();
    const note = (entry: KoreanEntry | undefined, ...at: number[]) => {
      if (!entry) return;
      const set = found.get(entry) ?? new Set<number>();
      for (const i of at) set.add(i);
      found.set(entry, set);
    };
    words.forEach((word, w) => {
      for (let start = 0; start < word.length; start++) {
        for (let end = start + 1; end <= Math.min(word.length, start + maxKoreanLength); end++) {
          const entry = KOREAN_BY_COMPACT.get(word.slice(start, end));
          // One syllable is too short to find inside another word except as its last part (축구공, 헝겊책).
          if (entry && (end - start > 1 || end === word.length)) note(entry, w);
        }
      }
      const next = words[w + 1];
      if (next !== undefined && korean[w + 1] === korean[w]! + 1) {
        const pair = word + next;
        for (let start = 0; start < word.length; start++) {
          for (let end = word.length + 1; end <= Math.min(pair.length, start + maxKoreanLength); end++) {
            const entry = KOREAN_BY_COMPACT.get(pair.slice(start, end));
            if (entry?.spaced) note(entry, w, w + 1);
          }
        }
      }
    });
    for (const [entry, at] of found) {
      const first = korean[Math.min(...at)]!;
      for (const concept of entry.concepts) hits.push({ concept, text: entry.text, translated: true, at: first });
      for (const w of at) typeTokens.add(korean[w]!);
    }
  }
  return { hits, typeTokens };
}
