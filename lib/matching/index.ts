/** The matching engine's public API (background, popup search, sync, CLIs). */
export { buildEngine, engineFromSerialized, fromSerialized, type Engine } from './engine';
export { indexKeysOf, type IndexKeys } from './keys';
export { loadIndex, MATCH_INDEX_META_KEY, saveIndex } from './persist';
export type { SearchHit } from './search';
export { INDEX_FORMAT_VERSION, type SerializedIndex } from './store';
export type { Evidence, EvidenceKind, ListingQuery, Match, MatchEngine, MatchTier } from './types';
