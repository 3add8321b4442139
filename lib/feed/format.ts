/**
 * The static feed's file layout, shared by the feed builder (Node) and the sync client (extension).
 *
 *   manifest.json        signed, small: what the current version is and the sha256 of every file
 *   manifest.json.sig    base64 Ed25519 signature over the exact bytes of manifest.json
 *   snapshot-<v>.ndjson.gz   every record of version v, one JSON object per line, gzip
 *   delta-<from>-<v>.json.gz  { from, to, upserts: HazardRecord[], deletes: string[], profiles? }, gzip
 *   index-<v>.bin.gz     the match index built by the publisher (lib/matching/index-codec.ts), gzip
 *   chunks-<v>.json      the chunk files of version v: name, sha256, bytes and record count of each
 *   records-<v>-<k>.columns.gz  the k-th thousand records in ID order (lib/hazards/chunks.ts), one column
 *                        per field (chunk format 2, lib/hazards/chunk-columns.ts), gzip
 *   records-<v>-<k>.ndjson.gz   the same as NDJSON lines (chunk format 1: feeds built before format 2)
 *
 * A client that knows the index's format and the chunk format stores the chunk files as they arrive
 * (still compressed) and loads the index as one buffer; older clients, or one whose matcher derives a
 * different index or that does not know the chunk format, use the snapshot.
 *
 * Clients fetch the manifest (ETag), verify its signature against the public key fixed at build time,
 * then apply the delta chain from their version or the snapshot when too far behind.
 */
import { z } from 'zod';
import { CHUNK_FORMAT_COLUMNS, CHUNK_FORMAT_NDJSON } from '../hazards/chunks';
import { hazardRecordSchema } from '../hazards/schema';

export const FEED_FORMAT_VERSION = 1;
/** The feed is published daily; a week without a new version means publishing stopped. */
export const DEFAULT_MAX_AGE_SECONDS = 7 * 86_400;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const fileName = z.string().regex(/^[A-Za-z0-9._-]{1,120}$/, 'plain file name');

export const feedFileSchema = z.object({
  name: fileName,
  sha256: sha256Hex,
  bytes: z.number().int().nonnegative(),
});
export type FeedFile = z.infer<typeof feedFileSchema>;

/**
 * One source family's health in a version: what its inputs listed this time, what the version publishes
 * (listed + kept from earlier versions), a hash of those records, and counts per sub-list (SafetyKorea's
 * domestic and foreign lists). The next build compares against it to refuse a silently shrinking source.
 */
export const sourceHealthSchema = z.object({
  listed: z.number().int().nonnegative(),
  records: z.number().int().nonnegative(),
  /** sha256 over the family's published records (sorted by ID, one JSON line each). */
  sha256: sha256Hex,
  subLists: z.record(z.string(), z.number().int().nonnegative()).default({}),
});
export type SourceHealth = z.infer<typeof sourceHealthSchema>;

export const manifestSchema = z.object({
  format: z.literal(FEED_FORMAT_VERSION),
  /** Monotonic feed version; a client never moves to a lower one (replay protection). */
  version: z.number().int().positive(),
  created: z.string().datetime(),
  recordCount: z.number().int().nonnegative(),
  /** Per-source record counts, for the UI's "sources" list. */
  sources: z.record(z.string(), z.number().int().nonnegative()).default({}),
  /** Per-source health (added after format 1 shipped: older manifests lack it, older clients ignore it). */
  sourceHealth: z.record(z.string(), sourceHealthSchema).optional(),
  /** sha256 over the sorted `id\n` lines of every record in this version: checked after apply. */
  recordsDigest: sha256Hex,
  snapshot: feedFileSchema,
  /** Deltas from earlier versions straight to `version`, newest first. */
  deltas: z.array(feedFileSchema.extend({ from: z.number().int().nonnegative() })).default([]),
  /** The same records as chunk files plus the prebuilt match index (absent in feeds built before it). */
  store: z
    .object({
      /** The matcher's INDEX_FORMAT_VERSION the index was built with: another format means use the snapshot. */
      indexFormat: z.number().int().positive(),
      index: feedFileSchema,
      chunkList: feedFileSchema,
      chunkCount: z.number().int().positive(),
      /** How the chunk files hold records (CHUNK_FORMATS): absent in feeds built before format 2. */
      chunkFormat: z.number().int().positive().default(CHUNK_FORMAT_NDJSON),
    })
    .optional(),
  /** Seconds the client waits before checking again. */
  minWaitSeconds: z.number().int().nonnegative().default(21_600),
  /**
   * Past this many seconds after `created` the client tells the user the feed is stale, however validly
   * signed: a host that keeps serving an old manifest must not look "up to date".
   */
  maxAgeSeconds: z.number().int().positive().default(DEFAULT_MAX_AGE_SECONDS),
});
export type FeedManifest = z.infer<typeof manifestSchema>;

export const deltaSchema = z
  .object({
    from: z.number().int().nonnegative(),
    to: z.number().int().positive(),
    upserts: z.array(hazardRecordSchema),
    deletes: z.array(z.string()),
    /**
     * The publisher's match profile of each upsert, in the same order, made by matcher `format`
     * (INDEX_FORMAT_VERSION), so a client of that version stores them without profiling the records.
     */
    profiles: z.object({ format: z.number().int().positive(), json: z.array(z.string()) }).optional(),
  })
  .refine((delta) => !delta.profiles || delta.profiles.json.length === delta.upserts.length, {
    message: 'profiles do not pair with the upserts',
    path: ['profiles'],
  });
export type FeedDelta = z.infer<typeof deltaSchema>;

export const chunkListSchema = z.object({
  version: z.number().int().positive(),
  /** In ID order; `first` is the chunk's smallest record ID (how the client finds a record's chunk). */
  chunks: z.array(feedFileSchema.extend({ records: z.number().int().nonnegative(), first: z.string().max(200) })),
});
export type ChunkList = z.infer<typeof chunkListSchema>;

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.json.sig';
export const snapshotName = (version: number) => `snapshot-${version}.ndjson.gz`;
export const deltaName = (from: number, to: number) => `delta-${from}-${to}.json.gz`;
export const chunkFileName = (version: number, chunk: number, format = CHUNK_FORMAT_COLUMNS) =>
  `records-${version}-${chunk}.${format === CHUNK_FORMAT_NDJSON ? 'ndjson' : 'columns'}.gz`;
export const chunkListName = (version: number) => `chunks-${version}.json`;
export const indexFileName = (version: number) => `index-${version}.bin.gz`;
