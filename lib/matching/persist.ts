/**
 * Keeping the match index beside the records in IndexedDB, so a waking service worker loads it instead
 * of rebuilding it: one meta row holds the serialized index (typed arrays and strings clone as they are),
 * tagged with the feed version it was built from.
 */
import type { HazardDb } from '../hazards/db';
import { engineFromSerialized, type Engine } from './engine';
import { INDEX_FORMAT_VERSION, type SerializedIndex } from './store';

export const MATCH_INDEX_META_KEY = 'matchIndex';

interface StoredIndex {
  /** What the index was built from (e.g. the feed version), so a stale index is never used. */
  builtFrom: string;
  index: SerializedIndex;
}

export async function saveIndex(db: HazardDb, engine: Engine, builtFrom: string): Promise<void> {
  const value: StoredIndex = { builtFrom, index: engine.serialize() };
  await db.meta.put({ key: MATCH_INDEX_META_KEY, value });
}

/** The stored engine, or null when there is none, it was built from something else, or it is unreadable. */
export async function loadIndex(db: HazardDb, builtFrom: string): Promise<Engine | null> {
  const row = await db.meta.get(MATCH_INDEX_META_KEY);
  const stored = row?.value as StoredIndex | undefined;
  if (!stored || stored.builtFrom !== builtFrom || stored.index?.version !== INDEX_FORMAT_VERSION) return null;
  try {
    return engineFromSerialized(stored.index);
  } catch {
    return null;
  }
}
