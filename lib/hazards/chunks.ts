/**
 * How a feed's records are split into chunk files: the records sorted by ID (UTF-16 code units, as
 * `Array.prototype.sort` orders strings) and cut every RECORDS_PER_CHUNK. Neighbouring IDs are usually
 * notices of one source and year, so a chunk compresses well; the client finds a record's chunk by a
 * binary search over each chunk's first ID (a few hundred strings, not a 250,000-entry map).
 */

/** Chunk formats: a JSON record per line (feeds built before columns), or lib/hazards/chunk-columns.ts. */
export const CHUNK_FORMAT_NDJSON = 1;
export const CHUNK_FORMAT_COLUMNS = 2;
/** The formats this build reads: a feed in another one is read from its record snapshot. */
export const CHUNK_FORMATS: readonly number[] = [CHUNK_FORMAT_NDJSON, CHUNK_FORMAT_COLUMNS];

/** About 100 KB gzip per chunk of real records: one chunk is what a match reads to show a record. */
export const RECORDS_PER_CHUNK = 1_000;

/** The chunk that holds `id`, given every chunk's first ID in order (-1: before the first chunk). */
export function chunkOfId(id: string, firsts: readonly string[]): number {
  let low = 0;
  let high = firsts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (firsts[mid]! <= id) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
