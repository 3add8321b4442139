/**
 * Reading hazard records wherever they are kept: the `hazards` table (the bundled dataset, and records a
 * delta changed since the snapshot) first, then the chunk store of the last snapshot, minus the IDs a
 * delta deleted. Chunks are unpacked only when a record in them is asked for — a page check reads one
 * or two — and the last few are kept unpacked.
 */
import { ChunkColumns } from './chunk-columns';
import { CHUNK_FORMAT_COLUMNS, chunkOfId } from './chunks';
import { gunzipText } from './gzip';
import { META, type ChunkIdsMeta, type ChunkStoreMeta, type HazardDb, type StoredHazard } from './db';
import { hazardRecordSchema, type HazardRecord } from './schema';
import { idsOfLines, linesAfter, linesOf, linesOfJoined, type SortedLines } from './sorted-lines';

/** Unpacked chunks kept: a popup search reads several, a page check one or two. */
const CACHED_CHUNKS = 4;

/** An unpacked chunk: its record IDs, and each record built (not yet validated) only when asked for. */
interface UnpackedChunk {
  ids(): Iterable<string>;
  record(id: string): unknown;
}

const EMPTY_CHUNK: UnpackedChunk = { ids: () => [], record: () => undefined };

/**
 * The chunk store's record IDs per database, for the generation they belong to: the integrity check
 * after every delta needs them, and re-reading 250,000 IDs each time costs more than keeping them.
 */
const baseIdsCache = new WeakMap<HazardDb, { gen: number; lines: SortedLines }>();

export class HazardRecords {
  /** `gen:chunk` → that chunk unpacked, most recently used last. */
  private readonly cache = new Map<string, UnpackedChunk>();

  constructor(private readonly db: HazardDb) {}

  async chunkStore(): Promise<ChunkStoreMeta | undefined> {
    return (await this.db.meta.get(META.chunkStore))?.value as ChunkStoreMeta | undefined;
  }

  /** The records with these IDs that exist (invalid chunk lines are skipped, never shown). */
  async get(ids: readonly string[]): Promise<Map<string, HazardRecord>> {
    const found = new Map<string, HazardRecord>();
    const rows = await this.db.hazards.bulkGet([...ids]);
    rows.forEach((row, i) => row && found.set(ids[i]!, stripKeys(row)));
    const rest = ids.filter((id) => !found.has(id));
    if (rest.length === 0) return found;
    const store = await this.chunkStore();
    if (!store) return found;
    const deleted = new Set(
      (await this.db.tombstones.bulkGet(rest)).filter((t): t is { id: string } => !!t).map((t) => t.id),
    );
    const byChunk = new Map<number, string[]>();
    for (const id of rest) {
      if (deleted.has(id)) continue;
      const chunk = chunkOfId(id, store.firsts);
      byChunk.set(chunk, [...(byChunk.get(chunk) ?? []), id]);
    }
    for (const [chunk, wanted] of byChunk) {
      const unpacked = await this.chunk(store, chunk);
      for (const id of wanted) {
        const raw = unpacked.record(id);
        const parsed = raw === undefined ? undefined : hazardRecordSchema.safeParse(raw);
        if (parsed?.success) found.set(id, parsed.data);
      }
    }
    return found;
  }

  /** Every record in use (unpacks every chunk: only for rebuilding an index this build cannot load). */
  async all(): Promise<HazardRecord[]> {
    const own = await this.db.hazards.toArray();
    const records = own.map(stripKeys);
    const store = await this.chunkStore();
    if (!store) return records;
    const skip = new Set([
      ...own.map((r) => r.id),
      ...((await this.db.tombstones.toCollection().primaryKeys()) as string[]),
    ]);
    for (let chunk = 0; chunk < store.chunkCount; chunk++) {
      const row = await this.db.chunks.get([store.gen, chunk]);
      if (!row) continue;
      const unpacked = unpack(await gunzipText(row.bytes), store.format);
      for (const id of unpacked.ids()) {
        if (skip.has(id)) continue;
        const parsed = hazardRecordSchema.safeParse(unpacked.record(id));
        if (parsed.success) records.push(parsed.data);
      }
    }
    return records;
  }

  /** Every record ID in use (for the integrity check against the signed record digest). */
  async ids(): Promise<string[]> {
    return idsOfLines(await this.idLinesAfter([], []));
  }

  /**
   * The chunks whose rows are stored, or undefined when all are. A chunk row lost locally takes its
   * records with it, so the integrity check sees them missing.
   */
  private async presentChunks(store: ChunkStoreMeta): Promise<Set<number> | undefined> {
    const keys = (await this.db.chunks.where('gen').equals(store.gen).primaryKeys()) as [number, number][];
    const present = new Set(keys.map(([, chunk]) => chunk));
    return present.size === store.chunkCount ? undefined : present;
  }

  /**
   * Every ID that would be in use after deleting `deletes` and storing `upserts`, as the sorted `id\n`
   * lines the signed record digest hashes. The chunk store's IDs are kept as that text already, so a
   * delta's few changed IDs are spliced in: no 250,000 strings, no set that would hash every one.
   */
  async idLinesAfter(deletes: readonly string[], upserts: readonly string[]): Promise<SortedLines> {
    const store = await this.chunkStore();
    const own = (await this.db.hazards.toCollection().primaryKeys()) as string[];
    const gone = new Set(deletes);
    for (const id of upserts) gone.delete(id);
    const extra = [...own.filter((id) => !gone.has(id)), ...upserts];
    if (!store || store.count === 0) return linesOf(extra);
    const tombstones = (await this.db.tombstones.toCollection().primaryKeys()) as string[];
    const removed = [...tombstones, ...gone];
    const base = await this.baseIds(store.gen);
    const present = await this.presentChunks(store);
    if (!present) return linesAfter(base, removed, extra);
    // A chunk row lost locally takes its records with it, so the digest no longer agrees.
    const lost = idsOfLines(base).filter((id) => !present.has(chunkOfId(id, store.firsts)));
    return linesAfter(base, [...removed, ...lost], extra);
  }

  async count(): Promise<number> {
    const store = await this.chunkStore();
    return store ? store.count : this.db.hazards.count();
  }

  /** Forgets unpacked chunks: call after any change to the stored records. */
  clearCache(): void {
    this.cache.clear();
  }

  private async baseIds(gen: number): Promise<SortedLines> {
    const cached = baseIdsCache.get(this.db);
    if (cached?.gen === gen) return cached.lines;
    const row = (await this.db.meta.get(META.chunkIds))?.value as ChunkIdsMeta | undefined;
    const lines = chunkIdLines(row, gen);
    baseIdsCache.set(this.db, { gen, lines });
    return lines;
  }

  private async chunk(store: ChunkStoreMeta, chunk: number): Promise<UnpackedChunk> {
    const key = `${store.gen}:${chunk}`;
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const row = await this.db.chunks.get([store.gen, chunk]);
    const unpacked = row ? unpack(await gunzipText(row.bytes), store.format) : EMPTY_CHUNK;
    this.cache.set(key, unpacked);
    if (this.cache.size > CACHED_CHUNKS) this.cache.delete(this.cache.keys().next().value!);
    return unpacked;
  }
}

/** The chunk store's IDs from their meta row, in either form it has been stored in; none for another generation. */
export function chunkIdLines(row: ChunkIdsMeta | undefined, gen: number): SortedLines {
  if (row?.gen !== gen) return linesOfJoined('');
  if (row.utf8 && row.count !== undefined) return { bytes: row.utf8, count: row.count };
  return linesOfJoined(row.ids ?? '');
}

/** A chunk's text in its format; one that does not decode holds no records (it is never shown). */
function unpack(text: string, format: number | undefined): UnpackedChunk {
  if (format === CHUNK_FORMAT_COLUMNS) {
    let columns: ChunkColumns;
    try {
      columns = new ChunkColumns(text);
    } catch {
      return EMPTY_CHUNK;
    }
    const rows = new Map(columns.ids.map((id, row) => [id, row]));
    return {
      ids: () => rows.keys(),
      record: (id) => {
        const row = rows.get(id);
        try {
          return row === undefined ? undefined : columns.record(row);
        } catch {
          return undefined;
        }
      },
    };
  }
  const lines = new Map<string, string>();
  for (const line of text.split('\n')) {
    const id = idOfLine(line);
    if (id) lines.set(id, line);
  }
  return {
    ids: () => lines.keys(),
    record: (id) => {
      const line = lines.get(id);
      return line === undefined ? undefined : JSON.parse(line);
    },
  };
}

/** Records are written with `id` first (JSON.stringify keeps the schema's key order). */
function idOfLine(line: string): string | undefined {
  if (!line.startsWith('{"id":')) return line.trim() ? (JSON.parse(line) as { id?: string }).id : undefined;
  const end = line.indexOf('"', 7);
  if (end < 0 || line[end - 1] === '\\') return (JSON.parse(line) as { id?: string }).id;
  return JSON.parse(line.slice(6, end + 1)) as string;
}

/** The record without what storing it added: its profile, and the lookup keys rows before version 3 have. */
export function stripKeys(row: StoredHazard): HazardRecord {
  const {
    profile: _p,
    listingKeys: _l,
    gtinKeys: _g,
    modelKeys: _m,
    brandKeys: _b,
    certKeys: _c,
    ...record
  } = row as StoredHazard & Record<'listingKeys' | 'gtinKeys' | 'modelKeys' | 'brandKeys' | 'certKeys', unknown>;
  return record;
}
