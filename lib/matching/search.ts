/**
 * The popup's database search: "Ninebot helmet", "HK-W003", "충전기", a barcode. Index lookups (identifiers,
 * brands, name words, Korean type words, and prefixes of the word being typed) pick candidates; fuse.js
 * then scores only those candidates' labels against the query for the final order.
 */
import Fuse from 'fuse.js';
import { viewOf } from './view';
import { analyseListing } from './listing';
import { FEATURE } from './profile';
import type { ProfileStore } from './store';

export interface SearchHit {
  recordId: string;
  score: number;
  /** The words the ranking compared (brand, model, name). */
  label: string;
}

const MAX_CANDIDATES = 80;
const PREFIX_KEYS = 40;
const POSTING_LIMIT = 400;

export function searchRecords(store: ProfileStore, text: string, limit: number): SearchHit[] {
  const query = text.trim().slice(0, 200);
  if (query.length < 2 || limit <= 0) return [];
  const listing = analyseListing({ site: 'aliexpress', title: query });
  const total = Math.max(1, store.liveCount);
  const scores = new Map<number, number>();
  const bump = (id: number, weight: number) =>
    store.forEachPosting(id, (i) => scores.set(i, (scores.get(i) ?? 0) + weight), POSTING_LIMIT);
  const idf = (id: number) => Math.log(1 + total / Math.max(1, store.df(id)));

  for (const { gtin } of listing.gtins) bump(store.lookup(`${FEATURE.gtin}${gtin}`), 100);
  for (const window of listing.codeWindows) {
    for (const kind of [FEATURE.model, FEATURE.code, FEATURE.cert]) bump(store.lookup(`${kind}${window.key}`), 50);
  }
  for (const window of listing.brandWindows) {
    for (const kind of [FEATURE.brand, FEATURE.implicitBrand]) {
      const id = store.lookup(`${kind}${window.key}`);
      if (id >= 0) bump(id, 10 + idf(id));
    }
  }
  for (const word of listing.skeletons) bump(store.lookup(`${FEATURE.skeleton}${word.skeleton}`), 6);
  for (const word of new Set(listing.tokens.map((t) => t.norm))) {
    const id = store.lookup(`${FEATURE.name}${word}`);
    if (id >= 0) bump(id, idf(id));
  }
  for (const concept of listing.concepts.keys()) {
    const id = store.lookup(`${FEATURE.type}${concept}`);
    if (id >= 0) bump(id, 1 + idf(id) / 2);
  }
  // The last word may still be being typed: its prefix finds brands, models and name words.
  const last = listing.tokens[listing.tokens.length - 1];
  if (last && last.folded.length >= 2 && !last.hangul) {
    for (const kind of [FEATURE.brand, FEATURE.name]) {
      for (const id of store.idsWithPrefix(`${kind}${last.folded}`, PREFIX_KEYS)) bump(id, idf(id) / 2);
    }
    for (const id of store.idsWithPrefix(`${FEATURE.model}${last.folded.toUpperCase()}`, PREFIX_KEYS)) bump(id, 20);
  }

  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
  if (ranked.length === 0) return [];
  const top = ranked[0]![1];
  const candidates = ranked.map(([index, score]) => ({ index, score: score / top, label: labelOf(store, index) }));
  const fuse = new Fuse(candidates, {
    keys: ['label'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.6,
    ignoreDiacritics: true,
  });
  const fuzzy = new Map<number, number>();
  for (const result of fuse.search(query)) fuzzy.set(result.item.index, 1 - (result.score ?? 1));
  return candidates
    .map((c) => ({
      recordId: store.recordId(c.index),
      score: 0.65 * c.score + 0.35 * (fuzzy.get(c.index) ?? 0),
      label: c.label,
    }))
    .sort((a, b) => b.score - a.score || a.recordId.localeCompare(b.recordId))
    .slice(0, limit);
}

function labelOf(store: ProfileStore, index: number): string {
  const view = viewOf(store, index);
  const brands = view.brands.slice(0, 2).map((b) => store.display(b.id) ?? b.key);
  const models = view.models.slice(0, 3).map((m) => store.display(m.id) ?? m.key);
  const words = (view.segments[0]?.all ?? []).slice(0, 12);
  return [...brands, ...models, ...words].join(' ');
}
