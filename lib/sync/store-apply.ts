/**
 * Applies a feed version from its chunk files and prebuilt match index (format.ts, `store`):
 *
 * 1. the chunk list and the index are downloaded and checked against the signed manifest; the index's
 *    record IDs must be exactly the signed record digest;
 * 2. each chunk file is stored as it arrives, still compressed, under a new storage generation — a few
 *    hundred small writes instead of a row per record, and nothing the data in use depends on;
 * 3. one small transaction switches to the new generation (with the index and the version's meta rows)
 *    and clears what deltas had added on top of the old one;
 * 4. rows of other generations are removed.
 *
 * A fault at any step before 3 leaves the data in use untouched; leftover rows of an unfinished
 * generation are removed by the next sync (`collectGarbage`).
 */
import { chunkFileName, chunkListSchema, type ChunkList, type FeedFile, type FeedManifest } from '../feed/format';
import { META, type ChunkIdsMeta, type ChunkStoreMeta, type HazardDb } from '../hazards/db';
import { linesOfJoined } from '../hazards/sorted-lines';
import { decodeIndex, IndexFileError } from '../matching/index-codec';
import type { SerializedIndex } from '../matching/store';
import type { MetaUpdate } from './apply';
import { capitalize, keptData, SyncError } from './errors';
import { recordsDigest } from './sha256';

/**
 * The index file, unpacked, as a Blob: IndexedDB keeps a Blob as a file and hands back a handle, so a
 * waking worker reads the bytes in one step (no structured-clone copy of a large buffer, and no gzip to
 * unpack, which took about 0.5 s at 250,000 records). Versions before this stored `gzip` instead.
 */
export interface StoredBaseIndex {
  gen: number;
  indexFormat: number;
  raw: Blob;
}

export interface StoreFetch {
  /** Downloads a file the manifest lists and checks its size and sha256. */
  fetchVerified(file: FeedFile, label: string): Promise<Uint8Array>;
  gunzip(bytes: Uint8Array, label: string): Promise<Uint8Array>;
  /** Called after each stored chunk (progress for the UI). */
  onProgress?(done: number, total: number): void;
}

/** Chunk files downloaded at once: enough to hide latency, few enough to keep memory flat. */
const PARALLEL_CHUNKS = 4;

export async function applyChunkStore(
  db: HazardDb,
  manifest: FeedManifest,
  io: StoreFetch,
  meta: MetaUpdate,
): Promise<SerializedIndex> {
  const store = manifest.store!;
  const list = await readChunkList(manifest, io);
  const { index, bytes } = await readIndex(manifest, io);

  await collectGarbage(db);
  const current = (await db.meta.get(META.chunkStore))?.value as ChunkStoreMeta | undefined;
  const gen = (current?.gen ?? 0) + 1;
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (next < list.chunks.length) {
      const chunk = next++;
      const file = list.chunks[chunk]!;
      const bytes = await io.fetchVerified(file, `hazard data part ${chunk + 1} of ${list.chunks.length}`);
      await db.chunks.put({ gen, chunk, bytes });
      io.onProgress?.(++done, list.chunks.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_CHUNKS, list.chunks.length) }, worker));

  const chunkStore: ChunkStoreMeta = {
    gen,
    chunkCount: store.chunkCount,
    firsts: list.chunks.map((chunk) => chunk.first),
    count: manifest.recordCount,
    format: store.chunkFormat,
  };
  const idLines = linesOfJoined(index.ids);
  const chunkIds: ChunkIdsMeta = { gen, utf8: idLines.bytes, count: idLines.count };
  const base: StoredBaseIndex = {
    gen,
    indexFormat: store.indexFormat,
    raw: new Blob([bytes as Uint8Array<ArrayBuffer>]),
  };
  await db.transaction('rw', [db.hazards, db.tombstones, db.meta], async () => {
    await db.hazards.clear();
    await db.tombstones.clear();
    await db.meta.bulkPut([
      ...meta.put,
      { key: META.chunkStore, value: chunkStore },
      { key: META.chunkIds, value: chunkIds },
      { key: META.baseIndex, value: base },
    ]);
    await db.meta.bulkDelete([...meta.remove, META.matchIndex, META.overlayProfiles]);
  });
  await collectGarbage(db);
  return index;
}

/** Removes chunk rows of any generation but the one in use (unfinished or replaced syncs). */
export async function collectGarbage(db: HazardDb): Promise<void> {
  const current = (await db.meta.get(META.chunkStore))?.value as ChunkStoreMeta | undefined;
  if (!current) await db.chunks.clear();
  else await db.chunks.where('gen').notEqual(current.gen).delete();
}

async function readChunkList(manifest: FeedManifest, io: StoreFetch): Promise<ChunkList> {
  const store = manifest.store!;
  const label = `the list of hazard data parts ${store.chunkList.name}`;
  const bytes = await io.fetchVerified(store.chunkList, label);
  let parsed: ReturnType<typeof chunkListSchema.safeParse>;
  try {
    parsed = chunkListSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
  } catch {
    throw invalid(label, 'not valid JSON');
  }
  if (!parsed.success) throw invalid(label, parsed.error.issues[0]?.message ?? 'invalid');
  const list = parsed.data;
  const total = list.chunks.reduce((sum, chunk) => sum + chunk.records, 0);
  const namesOk = list.chunks.every(
    (chunk, k) =>
      chunk.name === chunkFileName(manifest.version, k, store.chunkFormat) &&
      (k === 0 || chunk.first > list.chunks[k - 1]!.first),
  );
  if (list.version !== manifest.version || list.chunks.length !== store.chunkCount || !namesOk) {
    throw invalid(label, `it does not describe the ${store.chunkCount} parts of version ${manifest.version}`);
  }
  if (total !== manifest.recordCount) {
    throw invalid(label, `its parts hold ${total} records, not the ${manifest.recordCount} the update list declares`);
  }
  return list;
}

async function readIndex(
  manifest: FeedManifest,
  io: StoreFetch,
): Promise<{ index: SerializedIndex; bytes: Uint8Array }> {
  const store = manifest.store!;
  const label = `the match index ${store.index.name}`;
  const gzip = await io.fetchVerified(store.index, label);
  const bytes = await io.gunzip(gzip, label);
  let index: SerializedIndex;
  try {
    index = decodeIndex(bytes);
  } catch (error) {
    if (error instanceof IndexFileError) throw invalid(label, error.message);
    throw error;
  }
  if (index.version !== store.indexFormat) throw invalid(label, `it is format ${index.version}`);
  const ids = index.ids ? index.ids.split('\n') : [];
  if (ids.length !== manifest.recordCount || (await recordsDigest(ids)) !== manifest.recordsDigest) {
    throw new SyncError(
      'digest-mismatch',
      `${capitalize(label)} does not list the records the signed update list declares, so it was refused. ${keptData}`,
    );
  }
  return { index, bytes };
}

function invalid(label: string, detail: string): SyncError {
  return new SyncError('invalid-data', `${capitalize(label)} is not valid (${detail}), so it was refused. ${keptData}`);
}
