/**
 * Writes one feed version: snapshot, deltas from earlier versions, manifest and its signature, plus the
 * history folder the next build reads its deltas from. Stale files of older versions are removed so the
 * folder can be published as is.
 */
import type { KeyObject } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isDeepStrictEqual } from 'node:util';
import { ChunkColumns, encodeChunkColumns } from '../hazards/chunk-columns';
import { CHUNK_FORMAT_COLUMNS, RECORDS_PER_CHUNK } from '../hazards/chunks';
import type { HazardRecord } from '../hazards/schema';
import { buildEngine } from '../matching/engine';
import { encodeIndex } from '../matching/index-codec';
import { INDEX_FORMAT_VERSION } from '../matching/store';
import { storedProfileOf } from '../matching/stored-profile';
import { encodeDelta, encodeSnapshot, recordsDigest, sha256Hex, sortRecords } from './codec';
import { computeDelta } from './delta';
import {
  DEFAULT_MAX_AGE_SECONDS,
  FEED_FORMAT_VERSION,
  MANIFEST_FILE,
  SIGNATURE_FILE,
  chunkFileName,
  chunkListName,
  deltaName,
  indexFileName,
  type ChunkList,
  manifestSchema,
  snapshotName,
  type FeedDelta,
  type FeedFile,
  type FeedManifest,
  type SourceHealth,
} from './format';
import { HISTORY_DIR, historySnapshotPath } from './read';
import { signBytes } from './signing';

export const DEFAULT_MAX_DELTAS = 10;
export const DEFAULT_MIN_WAIT_SECONDS = 21_600;

export interface WriteFeedOptions {
  outDir: string;
  version: number;
  records: readonly HazardRecord[];
  /** Earlier versions (newest first); deltas are made from up to `maxDeltas` of them. */
  previous: readonly { version: number; records: readonly HazardRecord[] }[];
  privateKey: KeyObject;
  sources: Record<string, number>;
  sourceHealth?: Record<string, SourceHealth>;
  created?: Date;
  maxDeltas?: number;
  minWaitSeconds?: number;
  maxAgeSeconds?: number;
  /** Also write the chunk files and the prebuilt match index (default true). */
  storeFiles?: boolean;
}

export interface WrittenFeed {
  manifest: FeedManifest;
  manifestBytes: Buffer;
  signature: string;
  deltaCounts: { from: number; upserts: number; deletes: number }[];
}

function writeAtomic(file: string, bytes: Uint8Array | string): void {
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
}

function describe(name: string, bytes: Buffer): FeedFile {
  return { name, sha256: sha256Hex(bytes), bytes: bytes.length };
}

export function writeFeedVersion(options: WriteFeedOptions): WrittenFeed {
  const { outDir, version, records } = options;
  const maxDeltas = options.maxDeltas ?? DEFAULT_MAX_DELTAS;
  mkdirSync(path.join(outDir, HISTORY_DIR), { recursive: true });

  const snapshotBytes = encodeSnapshot(records);
  const snapshot = describe(snapshotName(version), snapshotBytes);
  writeAtomic(path.join(outDir, snapshot.name), snapshotBytes);

  const bases = options.previous
    .filter((p) => p.version < version)
    .sort((a, b) => b.version - a.version)
    .slice(0, maxDeltas);
  const deltas: FeedManifest['deltas'] = [];
  const deltaCounts: WrittenFeed['deltaCounts'] = [];
  for (const base of bases) {
    const delta = computeDelta(base.version, version, base.records, records);
    const bytes = deltaFile(delta);
    const file = describe(deltaName(base.version, version), bytes);
    writeAtomic(path.join(outDir, file.name), bytes);
    deltas.push({ ...file, from: base.version });
    deltaCounts.push({ from: base.version, upserts: delta.upserts.length, deletes: delta.deletes.length });
  }

  const store = options.storeFiles === false ? undefined : writeStoreFiles(outDir, version, records);

  // The next build needs the record sets of the versions it will make deltas from.
  const kept = [{ version, records }, ...bases].slice(0, maxDeltas);
  for (const entry of kept) {
    writeAtomic(
      historySnapshotPath(outDir, entry.version),
      entry === kept[0] ? snapshotBytes : encodeSnapshot(entry.records),
    );
  }

  const manifest = manifestSchema.parse({
    format: FEED_FORMAT_VERSION,
    version,
    created: (options.created ?? new Date()).toISOString(),
    recordCount: records.length,
    sources: options.sources,
    ...(options.sourceHealth && { sourceHealth: options.sourceHealth }),
    recordsDigest: recordsDigest(records.map((record) => record.id)),
    snapshot,
    ...(store && { store }),
    deltas,
    minWaitSeconds: options.minWaitSeconds ?? DEFAULT_MIN_WAIT_SECONDS,
    maxAgeSeconds: options.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS,
  });
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const signature = signBytes(manifestBytes, options.privateKey);
  // A client that reads between these two writes fails verification and simply retries later.
  writeAtomic(path.join(outDir, SIGNATURE_FILE), `${signature}\n`);
  writeAtomic(path.join(outDir, MANIFEST_FILE), manifestBytes);

  removeStaleFiles(outDir, manifest, new Set(kept.map((entry) => entry.version)));
  return { manifest, manifestBytes, signature, deltaCounts };
}

/**
 * The records split into chunk files by ID range (lib/hazards/chunks.ts), the list of those files, and the match index built from
 * the same records: what a current client downloads instead of the snapshot.
 */
function writeStoreFiles(outDir: string, version: number, records: readonly HazardRecord[]): FeedManifest['store'] {
  const sorted = sortRecords(records);
  const groups: HazardRecord[][] = [];
  for (let start = 0; start < sorted.length; start += RECORDS_PER_CHUNK) {
    groups.push(sorted.slice(start, start + RECORDS_PER_CHUNK));
  }
  if (groups.length === 0) groups.push([]);
  const chunkCount = groups.length;
  const list: ChunkList = { version, chunks: [] };
  groups.forEach((group, chunk) => {
    const bytes = gzipSync(Buffer.from(encodeChunk(group), 'utf8'), { level: 9 });
    const file = describe(chunkFileName(version, chunk, CHUNK_FORMAT_COLUMNS), bytes);
    writeAtomic(path.join(outDir, file.name), bytes);
    list.chunks.push({ ...file, records: group.length, first: group[0]?.id ?? '' });
  });
  const listBytes = Buffer.from(`${JSON.stringify(list)}\n`, 'utf8');
  const chunkList = describe(chunkListName(version), listBytes);
  writeAtomic(path.join(outDir, chunkList.name), listBytes);

  // The inverted index is left out: the client derives it from the features in tens of milliseconds,
  // and it is half of the file's gzip size.
  const { postings: _postings, postingStart: _postingStart, ...lean } = buildEngine(sorted).serialize();
  const indexBytes = gzipSync(encodeIndex(lean), { level: 9 });
  const index = describe(indexFileName(version), indexBytes);
  writeAtomic(path.join(outDir, index.name), indexBytes);
  return { indexFormat: INDEX_FORMAT_VERSION, index, chunkList, chunkCount, chunkFormat: CHUNK_FORMAT_COLUMNS };
}

/** A chunk that would not read back as exactly the JSON of these records is never published. */
function encodeChunk(records: readonly HazardRecord[]): string {
  const text = encodeChunkColumns(records);
  const decoded = new ChunkColumns(text);
  records.forEach((record, row) => {
    if (!isDeepStrictEqual(decoded.record(row), JSON.parse(JSON.stringify(record)))) {
      throw new Error(`record ${record.id} does not read back from its chunk file unchanged`);
    }
  });
  return text;
}

const FEED_FILE =
  /^(snapshot-\d+\.ndjson\.gz|delta-\d+-\d+\.json\.gz|records-\d+-\d+\.(?:ndjson|columns)\.gz|chunks-\d+\.json|index-\d+\.bin\.gz)$/;

function removeStaleFiles(outDir: string, manifest: FeedManifest, keptHistory: Set<number>): void {
  const current = new Set([manifest.snapshot.name, ...manifest.deltas.map((delta) => delta.name)]);
  if (manifest.store) {
    current.add(manifest.store.index.name);
    current.add(manifest.store.chunkList.name);
    for (let chunk = 0; chunk < manifest.store.chunkCount; chunk++) {
      current.add(chunkFileName(manifest.version, chunk, manifest.store.chunkFormat));
    }
  }
  for (const name of readdirSync(outDir)) {
    if (FEED_FILE.test(name) && !current.has(name)) {
      rmSync(path.join(outDir, name));
    }
  }
  for (const name of readdirSync(path.join(outDir, HISTORY_DIR))) {
    const version = /^snapshot-(\d+)\.ndjson\.gz$/.exec(name)?.[1];
    if (version !== undefined && !keptHistory.has(Number(version))) rmSync(path.join(outDir, HISTORY_DIR, name));
  }
}

/**
 * Upserts from which a delta carries each record's profile. A small delta is the everyday one that every
 * client downloads, so it ships records only (profiles nearly double its bytes) and the client profiles them
 * in a few milliseconds; a large one ships profiles too, so applying it stays within the answering budget.
 */
export const DELTA_PROFILES_FROM = 500;

/** A delta file's bytes, with its upserts' profiles when it is large (see `DELTA_PROFILES_FROM`). */
export function deltaFile(delta: FeedDelta): Buffer {
  if (delta.upserts.length < DELTA_PROFILES_FROM) return encodeDelta(delta);
  return encodeDelta(delta, { format: INDEX_FORMAT_VERSION, of: (record) => storedProfileOf(record).json });
}
