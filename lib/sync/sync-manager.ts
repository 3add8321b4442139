/**
 * One sync run: conditional manifest fetch (ETag), signature check, replay refusal, then the delta from
 * the local version or the full snapshot (when there is no such delta, or the delta turns out unusable),
 * applied atomically by apply.ts, then the match engine is rebuilt. Any failure leaves the hazard data
 * exactly as it was and records a readable lastError; the scheduler decides when to try again.
 */
import type { FeedFile, FeedManifest } from '../feed/format';
import { SIGNATURE_FILE } from '../feed/format';
import { CHUNK_FORMATS } from '../hazards/chunks';
import { META } from '../hazards/db';
import type { HazardDb, MetaRow, StoredHazard } from '../hazards/db';
import type { HazardRecord } from '../hazards/schema';
import { INDEX_FORMAT_VERSION, type SerializedIndex } from '../matching/store';
import { applyFeedChange, type FeedChange, type MetaUpdate } from './apply';
import { keptData, shouldFallBackToSnapshot, SyncError, toSyncError } from './errors';
import { fetchCapped, type CappedResponse, type FetchLike } from './fetch-capped';
import { checkLocalRecords, type ExpectedRecords } from './integrity';
import { applyChunkStore, collectGarbage } from './store-apply';
import { SYNC_META, type StoredEtag } from './meta-keys';
import {
  checkFile,
  gunzipBytesCapped,
  gunzipCapped,
  gunzipSnapshot,
  importFeedPublicKey,
  LIMITS,
  parseDelta,
  parseManifest,
  verifyManifestSignature,
  type Limits,
} from './verify';

/** What a sync changed, so the engine can be patched in place instead of rebuilt. */
export type AppliedChange =
  { kind: 'delta'; upserts: StoredHazard[]; deletes: string[] } | { kind: 'store'; index: SerializedIndex };

export interface SyncTarget {
  ready(): Promise<void>;
  reload(change?: AppliedChange): Promise<void>;
  toStored(record: HazardRecord, published?: unknown): StoredHazard;
  /** Chunk files stored so far during a sync (for the popup and options). */
  progress?(done: number, total: number): void;
}

/**
 * Records changed by deltas since the last snapshot, as a share of all records, past which the next
 * update takes the full snapshot: it keeps the overlay read before the chunks (and re-indexed on every
 * start) small.
 */
const MAX_OVERLAY_SHARE = 0.05;

export interface SyncManagerDeps {
  db: HazardDb;
  service: SyncTarget;
  /** Absolute URL of manifest.json; the other files sit beside it. */
  manifestUrl: string;
  /** Base64 raw Ed25519 public key pinned at build time. */
  publicKey: string | undefined;
  fetch?: FetchLike;
  now?: () => number;
  limits?: Partial<Limits>;
  timeouts?: Partial<{ manifestMs: number; fileMs: number }>;
}

interface OutcomeBase {
  notes: string[];
  /** The feed's minimum wait from the newest manifest known, in seconds. */
  minWaitSeconds?: number;
}
export type SyncOutcome =
  | (OutcomeBase & { result: 'updated'; from?: number; to: number; via: 'delta' | 'snapshot'; recordCount: number })
  | (OutcomeBase & { result: 'up-to-date'; version: number })
  | (OutcomeBase & { result: 'failed'; error: SyncError; failures: number });

interface LocalState {
  version?: number;
  etag?: string;
}

export class SyncManager {
  private readonly limits: Limits;
  private readonly fetch: FetchLike;
  private readonly now: () => number;
  private readonly manifestMs: number;
  private readonly fileMs: number;

  constructor(private readonly deps: SyncManagerDeps) {
    this.limits = { ...LIMITS, ...deps.limits };
    this.fetch = deps.fetch ?? ((input, init) => fetch(input, init));
    this.now = deps.now ?? Date.now;
    this.manifestMs = deps.timeouts?.manifestMs ?? 30_000;
    this.fileMs = deps.timeouts?.fileMs ?? 120_000;
  }

  async sync(): Promise<SyncOutcome> {
    const notes: string[] = [];
    let minWaitSeconds: number | undefined;
    try {
      // Never race the first-run seeding of the bundled dataset.
      await this.deps.service.ready();
      const key = await importFeedPublicKey(this.deps.publicKey);
      const local = await this.localState();
      let manifestResponse = await this.fetchManifest(local.etag);
      if (manifestResponse.status === 304) {
        if (local.version === undefined || !local.etag) {
          throw new SyncError('http', `The server answered "not modified" to a first request. ${keptData}`);
        }
        const expected = await this.meta<ExpectedRecords>(SYNC_META.expectedRecords);
        if (expected?.version === local.version && (await checkLocalRecords(this.deps.db, expected)).ok) {
          notes.push('manifest not modified (304)');
          return await this.confirmUpToDate(local.version, local.etag, undefined, notes);
        }
        // The local records are not what this version declares (or were never checked): fetch the manifest in full.
        manifestResponse = await this.fetchManifest(undefined);
        if (manifestResponse.status === 304) {
          throw new SyncError('http', `The server answered "not modified" to a request without an ETag. ${keptData}`);
        }
      }
      const manifest = await this.verifiedManifest(key, manifestResponse.bytes);
      minWaitSeconds = manifest.minWaitSeconds;
      if (local.version !== undefined && manifest.version < local.version) {
        throw new SyncError(
          'replay',
          `The server offered hazard data version ${manifest.version}, older than the version ${local.version} ` +
            `you have, so it was refused. ${keptData}`,
        );
      }
      const wentBack = await this.noteServerTime(manifest, notes);
      if (manifest.version === local.version) {
        const check = await checkLocalRecords(this.deps.db, manifest);
        if (check.ok) {
          // The data in use keeps the age it was published with.
          return await this.confirmUpToDate(
            manifest.version,
            manifestResponse.etag,
            wentBack ? undefined : manifest,
            notes,
          );
        }
        notes.push(
          `local records did not match version ${manifest.version} (${check.recordCount} of ${manifest.recordCount}): ` +
            'reloaded the full snapshot',
        );
        return await this.update(manifest, local, manifestResponse, notes, true);
      }
      return await this.update(manifest, local, manifestResponse, notes);
    } catch (error) {
      return this.recordFailure(toSyncError(error), notes, minWaitSeconds);
    }
  }

  private async update(
    manifest: FeedManifest,
    local: LocalState,
    manifestResponse: Extract<CappedResponse, { status: 200 }>,
    notes: string[],
    fullResync = false,
  ): Promise<SyncOutcome> {
    const base = { notes, minWaitSeconds: manifest.minWaitSeconds };
    let delta =
      local.version === undefined || fullResync ? undefined : manifest.deltas.find((d) => d.from === local.version);
    const overlayFull = delta !== undefined && (await this.overlayTooLarge(manifest));
    if (overlayFull) {
      notes.push('many records changed since the last full download: used the full snapshot');
      delta = undefined;
    }
    if (delta) {
      try {
        const label = `the update file ${delta.name}`;
        const text = await gunzipCapped(await this.fetchVerified(delta, label), this.limits.inflatedBytes, label);
        const parsed = parseDelta(text, delta.name);
        if (parsed.from !== local.version || parsed.to !== manifest.version) {
          throw new SyncError(
            'chain-mismatch',
            `${delta.name} goes from ${parsed.from} to ${parsed.to}, not from ${local.version} to ${manifest.version}.`,
          );
        }
        await this.apply({ kind: 'delta', delta: parsed }, manifest, manifestResponse.etag, notes);
        return {
          ...base,
          result: 'updated',
          from: local.version,
          to: manifest.version,
          via: 'delta',
          recordCount: manifest.recordCount,
        };
      } catch (error) {
        const failure = toSyncError(error);
        if (!shouldFallBackToSnapshot(failure)) throw failure;
        notes.push(`delta ${delta.name} unusable (${failure.code}): used the full snapshot`);
      }
    } else if (local.version !== undefined && !fullResync && !overlayFull) {
      notes.push(`no delta from version ${local.version}: used the full snapshot`);
    }
    let recordCount = manifest.recordCount;
    const store = manifest.store;
    if (store?.indexFormat === INDEX_FORMAT_VERSION && CHUNK_FORMATS.includes(store.chunkFormat)) {
      await this.applyStore(manifest, manifestResponse.etag, notes);
    } else {
      if (store && store.indexFormat !== INDEX_FORMAT_VERSION) {
        notes.push('the published match index is another format: indexed the records here');
      } else if (store) {
        notes.push(`the published chunk files are format ${store.chunkFormat}, unknown here: read the snapshot`);
      }
      const label = `the full hazard data file ${manifest.snapshot.name}`;
      const records = await gunzipSnapshot(
        await this.fetchVerified(manifest.snapshot, label),
        this.limits.inflatedBytes,
        label,
      );
      await this.apply({ kind: 'snapshot', records }, manifest, manifestResponse.etag, notes);
      recordCount = records.length;
    }
    return { ...base, result: 'updated', from: local.version, to: manifest.version, via: 'snapshot', recordCount };
  }

  private fetchManifest(etag: string | undefined): Promise<CappedResponse> {
    return fetchCapped(this.deps.manifestUrl, {
      fetch: this.fetch,
      label: 'the update list',
      maxBytes: this.limits.manifestBytes,
      timeoutMs: this.manifestMs,
      headers: etag ? { 'If-None-Match': etag } : undefined,
    });
  }

  /**
   * A validly signed manifest created before the one already applied means the host serves old files
   * (a stale mirror or cache, a rollback): the data is kept, and the UI says the feed is stale.
   */
  private async noteServerTime(manifest: FeedManifest, notes: string[]): Promise<boolean> {
    const applied = await this.meta<string>(SYNC_META.feedCreated);
    if (applied !== undefined && Date.parse(manifest.created) < Date.parse(applied)) {
      notes.push(`the server's update list (${manifest.created}) is older than the data you have (${applied})`);
      await this.deps.db.meta.put({ key: SYNC_META.serverWentBack, value: manifest.created });
      return true;
    }
    await this.deps.db.meta.delete(SYNC_META.serverWentBack);
    return false;
  }

  private async verifiedManifest(key: CryptoKey, manifestBytes: Uint8Array): Promise<FeedManifest> {
    let signature: CappedResponse;
    try {
      signature = await fetchCapped(this.fileUrl(SIGNATURE_FILE), {
        fetch: this.fetch,
        label: 'the update list signature',
        maxBytes: this.limits.signatureBytes,
        timeoutMs: this.manifestMs,
      });
    } catch (error) {
      if (error instanceof SyncError && error.code === 'not-found') {
        throw new SyncError(
          'missing-signature',
          `The hazard data update has no signature, so it was refused. ${keptData}`,
        );
      }
      throw error;
    }
    if (signature.status !== 200)
      throw new SyncError('missing-signature', `The update list signature could not be read. ${keptData}`);
    await verifyManifestSignature(key, manifestBytes, new TextDecoder().decode(signature.bytes));
    return parseManifest(manifestBytes);
  }

  /** Downloads a data file no bigger than the manifest declares and checks its size and sha256. */
  private async fetchVerified(file: FeedFile, label: string): Promise<Uint8Array> {
    if (file.bytes > this.limits.fileBytes) {
      throw new SyncError(
        'too-large',
        `${label} is ${file.bytes} bytes, more than this extension accepts. ${keptData}`,
      );
    }
    const response = await fetchCapped(this.fileUrl(file.name), {
      fetch: this.fetch,
      label,
      maxBytes: file.bytes,
      maxBytesLabel: 'the size the signed update list declares',
      timeoutMs: this.fileMs,
    });
    if (response.status !== 200)
      throw new SyncError('http', `The server answered "not modified" for ${label}. ${keptData}`);
    await checkFile(response.bytes, file, label);
    return response.bytes;
  }

  private async overlayTooLarge(manifest: FeedManifest): Promise<boolean> {
    const { db } = this.deps;
    if (!(await db.meta.get(META.chunkStore))) return false;
    const overlay = (await db.hazards.count()) + (await db.tombstones.count());
    return overlay > manifest.recordCount * MAX_OVERLAY_SHARE;
  }

  private async applyStore(manifest: FeedManifest, etag: string | undefined, notes: string[]): Promise<void> {
    const index = await applyChunkStore(
      this.deps.db,
      manifest,
      {
        fetchVerified: (file, label) => this.fetchVerified(file, label),
        gunzip: (bytes, label) => gunzipBytesCapped(bytes, this.limits.inflatedBytes, label),
        onProgress: (done, total) => this.deps.service.progress?.(done, total),
      },
      this.metaUpdate(manifest, etag, notes),
    );
    await this.deps.service.reload({ kind: 'store', index });
  }

  private metaUpdate(manifest: FeedManifest, etag: string | undefined, notes: string[]): MetaUpdate {
    const now = this.now();
    const put: MetaRow[] = [
      { key: META.feedVersion, value: manifest.version },
      { key: META.dataAsOf, value: manifest.created.slice(0, 10) },
      { key: META.sources, value: manifest.sources },
      { key: META.lastSyncAt, value: now },
      { key: META.bundled, value: false },
      ...this.feedRows(manifest),
      ...this.successRows(now, manifest.minWaitSeconds, notes),
    ];
    const remove: string[] = [META.lastError, SYNC_META.lastErrorCode];
    if (etag) put.push({ key: SYNC_META.etag, value: { etag, version: manifest.version } satisfies StoredEtag });
    else remove.push(SYNC_META.etag);
    return { put, remove };
  }

  private async apply(change: FeedChange, manifest: FeedManifest, etag: string | undefined, notes: string[]) {
    // The rows as stored (with their profiles) also patch the engine, so no record is profiled twice.
    const stored: StoredHazard[] = [];
    const published = publishedProfiles(change);
    const toStored = (record: HazardRecord) => {
      const row = this.deps.service.toStored(record, published.get(record.id));
      if (change.kind === 'delta') stored.push(row);
      return row;
    };
    await applyFeedChange({ db: this.deps.db, toStored }, change, manifest, this.metaUpdate(manifest, etag, notes));
    await collectGarbage(this.deps.db);
    await this.deps.service.reload(
      change.kind === 'delta' ? { kind: 'delta', upserts: stored, deletes: change.delta.deletes } : undefined,
    );
  }

  private async confirmUpToDate(
    version: number,
    etag: string | undefined,
    manifest: FeedManifest | undefined,
    notes: string[],
  ): Promise<SyncOutcome> {
    const { db } = this.deps;
    const now = this.now();
    const minWaitSeconds = manifest?.minWaitSeconds ?? (await this.meta<number>(SYNC_META.minWaitSeconds));
    const put = [
      { key: META.lastSyncAt, value: now },
      ...(manifest ? this.feedRows(manifest) : []),
      ...this.successRows(now, minWaitSeconds, notes),
    ];
    if (etag) put.push({ key: SYNC_META.etag, value: { etag, version } satisfies StoredEtag });
    await db.transaction('rw', db.meta, async () => {
      await db.meta.bulkPut(put);
      await db.meta.bulkDelete([META.lastError, SYNC_META.lastErrorCode]);
    });
    return { result: 'up-to-date', version, notes, minWaitSeconds };
  }

  /** What the applied version declares: checked on every sync and start, and the data's real age. */
  private feedRows(manifest: FeedManifest): MetaRow[] {
    const expected: ExpectedRecords = {
      version: manifest.version,
      recordCount: manifest.recordCount,
      recordsDigest: manifest.recordsDigest,
    };
    return [
      { key: SYNC_META.expectedRecords, value: expected },
      { key: SYNC_META.feedCreated, value: manifest.created },
      { key: SYNC_META.maxAgeSeconds, value: manifest.maxAgeSeconds },
    ];
  }

  private successRows(now: number, minWaitSeconds: number | undefined, notes: string[]): MetaRow[] {
    return [
      { key: SYNC_META.failures, value: 0 },
      { key: SYNC_META.lastAttemptAt, value: now },
      { key: SYNC_META.notes, value: notes },
      ...(minWaitSeconds === undefined ? [] : [{ key: SYNC_META.minWaitSeconds, value: minWaitSeconds }]),
    ];
  }

  private async recordFailure(error: SyncError, notes: string[], minWaitSeconds?: number): Promise<SyncOutcome> {
    let failures = 1;
    try {
      failures = ((await this.meta<number>(SYNC_META.failures)) ?? 0) + 1;
      await this.deps.db.meta.bulkPut([
        { key: META.lastError, value: error.message },
        { key: SYNC_META.lastErrorCode, value: error.code },
        { key: SYNC_META.failures, value: failures },
        { key: SYNC_META.lastAttemptAt, value: this.now() },
        { key: SYNC_META.notes, value: notes },
      ]);
    } catch (metaError) {
      // The database itself is failing; the scheduler still backs off from the returned count.
      console.warn('Hazard Check: could not record the sync failure', metaError);
    }
    return { result: 'failed', error, failures, notes, minWaitSeconds };
  }

  private async localState(): Promise<LocalState> {
    const version = await this.meta<number>(META.feedVersion);
    const stored = await this.meta<StoredEtag>(SYNC_META.etag);
    // An ETag only means something for the version it was seen with.
    const etag = version !== undefined && stored?.version === version ? stored.etag : undefined;
    return { version, etag };
  }

  private async meta<T>(key: string): Promise<T | undefined> {
    return (await this.deps.db.meta.get(key))?.value as T | undefined;
  }

  private fileUrl(name: string): string {
    return new URL(name, this.deps.manifestUrl).href;
  }
}

/** A delta's profiles by record ID, as `{format, json}` (the stored-profile shape). */
function publishedProfiles(change: FeedChange): Map<string, { format: number; json: string }> {
  const out = new Map<string, { format: number; json: string }>();
  if (change.kind !== 'delta' || !change.delta.profiles) return out;
  const { format, json } = change.delta.profiles;
  change.delta.upserts.forEach((record, i) => out.set(record.id, { format, json: json[i]! }));
  return out;
}
