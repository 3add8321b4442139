/**
 * The extension's IndexedDB database. Hazard records from the feed live apart from the user's own data
 * (reports, rules, dismissals, watched listings) so a feed replace can never touch what the user made.
 * Every schema change adds a new `version()` with an upgrade that keeps user tables intact.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { HazardRecord } from './schema';

/**
 * A hazard record plus the match engine's profile of it, computed once when the record is stored, so a
 * waking worker loads the records a delta changed without profiling them again. The profile is opaque
 * here (the matcher checks that it was made by its own version); rows stored before version 3 have none
 * and carry five lookup-key arrays instead, which nothing reads any more.
 */
export interface StoredHazard extends HazardRecord {
  profile?: unknown;
}

/** Small key/value rows: feed version, freshness, last sync error, persisted match index. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** A listing the user viewed or marked, remembered locally for retro-alerts. */
export interface WatchedListing {
  listingKey: string; // `aliexpress:1005…` / `temu:601…`
  site: 'aliexpress' | 'temu';
  itemId: string;
  title?: string;
  /** What else the page stated, so a later update can match by brand + model, barcode or KC number too. */
  seller?: { name?: string; id?: string };
  brand?: string;
  models?: string[];
  identifiers?: { kind: 'gtin' | 'kc' | 'other'; value: string }[];
  url: string;
  viewedAt: number;
  marked: boolean;
  /** Record IDs that matched when last seen, to notify only on new matches. */
  notifiedRecordIds: string[];
  /** Set when the listing was read from the user's orders ("remember what I bought" is on). */
  purchase?: Purchase;
}

/** What an order page said about a bought item: kept only in this browser. */
export interface Purchase {
  orderId?: string;
  /** ISO `YYYY-MM-DD` as the order page states it. */
  orderDate?: string;
  variant?: string;
  /** When the order page was read. */
  seenAt: number;
}

/**
 * One chunk file of a feed version, kept exactly as downloaded (gzip, checked against the signed
 * manifest): a sync writes a few hundred of these instead of a row per record. `gen` is the storage
 * generation: a new snapshot is written under a new one and switched to in one small transaction.
 */
export interface ChunkRow {
  gen: number;
  chunk: number;
  bytes: Uint8Array;
}

/** A record ID deleted by a delta while its chunk still holds it. */
export interface Tombstone {
  id: string;
}

/** The user's decision about a listing's warning. */
export interface Dismissal {
  listingKey: string;
  kind: 'dismissed' | 'snoozed' | 'not-this-product';
  /** Signature of the matched record set when dismissed: a change re-alerts. */
  signature: string;
  at: number;
}

/** A volunteer's report, queued locally until delivered. */
export interface ReportRow {
  id: string; // idempotency key (UUID)
  createdAt: number;
  status: 'draft' | 'queued' | 'sending' | 'sent' | 'failed' | 'copied';
  attempts: number;
  nextAttemptAt?: number;
  /** When the current run of automatic retries began (confirming, or "send again"); else createdAt. */
  retrySince?: number;
  lastError?: string;
  payload: unknown;
  /** Where the user sent it: queued for the endpoint, or handed to GitHub / an official channel. */
  channel?: 'endpoint' | 'github' | 'official';
  /** The official channel it was copied for (`kr-consumer24`, …). */
  officialChannel?: string;
  sentAt?: number;
}

/** A listing the user reported as a missed hazard: flagged in their own browser at once. */
export interface LocalRule {
  id: string;
  listingKey: string;
  reportId: string;
  createdAt: number;
  note: string;
  recordRef?: string;
}

export const DB_NAME = 'hazard-check';

export class HazardDb extends Dexie {
  /** Records outside the chunk store: the bundled dataset, and records changed by deltas since the snapshot. */
  hazards!: EntityTable<StoredHazard, 'id'>;
  chunks!: Table<ChunkRow, [number, number]>;
  tombstones!: EntityTable<Tombstone, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  watched!: EntityTable<WatchedListing, 'listingKey'>;
  dismissals!: EntityTable<Dismissal, 'listingKey'>;
  reports!: EntityTable<ReportRow, 'id'>;
  localRules!: EntityTable<LocalRule, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      hazards: 'id, source, *listingKeys, *gtinKeys, *modelKeys, *brandKeys, *certKeys',
      meta: 'key',
      watched: 'listingKey, viewedAt',
      dismissals: 'listingKey',
      reports: 'id, status, createdAt, nextAttemptAt',
      localRules: 'id, listingKey, reportId',
    });
    // 2: feed snapshots stored as their chunk files, with the publisher's match index (see lib/hazards/chunks.ts).
    this.version(2).stores({ chunks: '[gen+chunk], gen', tombstones: 'id' });
    // 3: the five multi-value indexes were never queried, and keeping them made every delta write slow.
    this.version(3).stores({ hazards: 'id' });
  }
}

/** Keys of the `meta` table: what the data in use is and where its sync stands. */
export const META = {
  feedVersion: 'feedVersion',
  dataAsOf: 'dataAsOf',
  bundled: 'bundled',
  bundleKey: 'bundleKey',
  lastSyncAt: 'lastSyncAt',
  lastError: 'lastError',
  nextSyncAt: 'nextSyncAt',
  sources: 'sources',
  matchIndex: 'matchIndex',
  /** The chunk store in use: generation, chunk count, record IDs (see ChunkStoreMeta). */
  chunkStore: 'chunkStore',
  /** The publisher's match index for the chunk store in use. */
  baseIndex: 'baseIndex',
  /** The record IDs of the chunk store in use (ChunkIdsMeta), read only by the integrity check. */
  chunkIds: 'chunkIds',
  /** The profiles of the rows deltas changed on top of the chunk store in use (OverlayProfilesMeta). */
  overlayProfiles: 'overlayProfiles',
} as const;

/**
 * The match profiles of every `hazards` row written by deltas on top of a chunk store, in one row: a
 * waking worker reads this one value (about 10 ms for 1,000 profiles in Chromium) instead of the full
 * rows (130–300 ms). Written in the same transaction as the rows; `gen` is the chunk store's.
 */
export interface OverlayProfilesMeta {
  gen: number;
  entries: [id: string, profile: unknown][];
}

/** The chunk store's record IDs, kept apart from ChunkStoreMeta so reading that stays cheap. */
export interface ChunkIdsMeta {
  gen: number;
  /** UTF-8 of the `id\n` lines in ID order: the records digest's own input (lib/hazards/sorted-lines.ts). */
  utf8?: Uint8Array;
  count?: number;
  /** Before 2026-12: newline-joined, in ID order. */
  ids?: string;
}

/** What the chunk store in use holds: written in the same transaction that switches to it. */
export interface ChunkStoreMeta {
  gen: number;
  chunkCount: number;
  /** Each chunk's first record ID, in order (lib/hazards/chunks.ts). */
  firsts: string[];
  /** Records in use (chunks, changed rows and tombstones resolved): updated by every apply. */
  count: number;
  /** How the chunk rows hold records (lib/hazards/chunks.ts): absent in stores written before format 2. */
  format?: number;
}
