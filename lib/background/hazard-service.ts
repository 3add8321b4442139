/**
 * The background's hazard service: owns the database and the match engine, seeds the bundled dataset
 * on first run, and answers the content script and the popup. Sync replaces records underneath it and
 * then calls `reload()`.
 */
import { META, type HazardDb, type OverlayProfilesMeta, type StoredHazard } from '../hazards/db';
import { gunzipBytes } from '../hazards/gzip';
import { HazardRecords, stripKeys } from '../hazards/records';
import type { HazardRecord } from '../hazards/schema';
import type { ListingQuery, Match } from '../matching/types';
import type { SyncStatus, Verdict } from '../core/verdict';
import type { Settings } from '../settings';
import type { PageReading } from '../sites/types';
import { computeVerdict } from './verdict';

export interface EngineLike {
  match(query: ListingQuery): Match[];
  /** Record IDs for a free-text search of the database (name, brand, model), best first. */
  search(text: string, limit: number): string[];
  /** Present on engines that can be patched in place (a delta on top of the chunk store). */
  upsert?(records: readonly StoredHazard[]): void;
  remove?(ids: string[]): void;
}

/** What a sync changed (see SyncTarget in lib/sync): lets the engine be patched instead of rebuilt. */
export type EngineChange =
  { kind: 'delta'; upserts: StoredHazard[]; deletes: string[] } | { kind: 'store'; index: unknown };

interface StoredBase {
  gen: number;
  /** The index file unpacked (lib/sync/store-apply.ts); `gzip`: as downloaded, by earlier versions. */
  raw?: unknown;
  gzip?: unknown;
}

export interface BundledData {
  records: HazardRecord[];
  /** Date of the newest record in the bundle: what "data as of" shows before the first sync. */
  dataAsOf: string;
  /** When the bundle was generated, and each source's publisher and licence. */
  generatedAt?: string;
  sources?: { source: string; publisher: string; licence: string }[];
}

export interface HazardServiceDeps {
  db: HazardDb;
  createEngine(records: HazardRecord[]): EngineLike;
  /** Optional fast path: an engine restored from an index saved for `dataKey`, or null. */
  restoreEngine?(saved: unknown, dataKey: string): EngineLike | null;
  /** Optional: what to save so the next start can restore instead of rebuilding. */
  persistEngine?(engine: EngineLike, dataKey: string): unknown;
  /** An engine from the publisher's prebuilt index (chunk store), or null when this build cannot read it. */
  engineFromIndex?(index: unknown): EngineLike | null;
  /** The engine's profile of a record, stored beside it (opaque here; see StoredHazard). */
  profileOf(record: HazardRecord): unknown;
  /** A stored profile this matcher made (then the record itself is not needed to index it). */
  isCurrentProfile?(profile: unknown): boolean;
  bundled(): BundledData;
  settings(): Promise<Settings>;
}

export class HazardService {
  private engine: EngineLike | null = null;
  /** The chunk-store generation the engine's base index came from (undefined: built from records). */
  private engineGen: number | undefined;
  private syncProgress: { done: number; total: number } | undefined;
  readonly recordStore: HazardRecords;
  private loading: Promise<void> | null = null;
  private readonly reloadListeners: (() => unknown)[] = [];

  constructor(private readonly deps: HazardServiceDeps) {
    this.recordStore = new HazardRecords(deps.db);
  }

  /** Resolves once the database holds data and the engine is built. Safe to call repeatedly. */
  ready(): Promise<void> {
    this.loading ??= this.load(true).catch((error) => {
      this.loading = null;
      throw error;
    });
    return this.loading;
  }

  /**
   * Brings the engine up to the database after a sync applied a new version: patched in place for a
   * delta, loaded from the published index for a new chunk store, else rebuilt.
   */
  async reload(change?: EngineChange): Promise<void> {
    // A failed rebuild must not poison later checks: the next `ready()` tries again.
    const loading: Promise<void> = this.load(false, change).catch((error) => {
      if (this.loading === loading) this.loading = null;
      throw error;
    });
    this.loading = loading;
    await loading;
    // Detached: a listener (e.g. the watched-listings check) must not hold up the sync that reloaded.
    for (const listener of this.reloadListeners) {
      void Promise.resolve()
        .then(listener)
        .catch((error: unknown) => console.error('Hazard Check: after-update task failed', error));
    }
  }

  /**
   * The engine to answer with now: while a sync's reload rebuilds the engine, checks, searches and the
   * status are answered from the current one instead of waiting seconds for the new one.
   */
  private async currentEngine(): Promise<EngineLike> {
    if (!this.engine) await this.ready();
    return this.engine!;
  }

  /** Runs `listener` after every reload, i.e. whenever new hazard data was applied. */
  onReloaded(listener: () => unknown): void {
    this.reloadListeners.push(listener);
  }

  /** Chunk files stored so far by the sync in progress (shown in the popup and options). */
  progress(done: number, total: number): void {
    this.syncProgress = done < total ? { done, total } : undefined;
  }

  /** `mayRestore`: a waking worker may reuse the saved index; after a data change it is always rebuilt. */
  private async load(mayRestore: boolean, change?: EngineChange): Promise<void> {
    mark('load start');
    const { db } = this.deps;
    this.recordStore.clearCache();
    this.syncProgress = undefined;
    if (!(await db.meta.get(META.feedVersion))) {
      // Until the first sync the database is the bundle: an extension update that ships a newer bundle
      // replaces it (builds without a feed key never sync, so this is how their users get new records).
      const bundle = this.deps.bundled();
      const empty = (await db.hazards.count()) === 0;
      if (
        empty ||
        ((await this.meta<boolean>(META.bundled)) && (await this.meta<string>(META.bundleKey)) !== bundleKeyOf(bundle))
      ) {
        await this.seedBundled(bundle);
      }
    }
    if (await this.loadFromChunkStore(change)) return;
    this.engineGen = undefined;
    const dataKey = await this.dataKey();
    if (mayRestore && this.deps.restoreEngine) {
      const saved = await this.meta<unknown>(META.matchIndex);
      const restored = this.deps.restoreEngine(saved, dataKey);
      if (restored) {
        this.engine = restored;
        return;
      }
    }
    const records = (await this.recordStore.chunkStore()) ? await this.recordStore.all() : await db.hazards.toArray();
    this.engine = this.deps.createEngine(records);
    if (this.deps.persistEngine) {
      const saved = this.deps.persistEngine(this.engine, dataKey);
      // Saving is an optimisation: a full disk must not stop matching.
      await db.meta.put({ key: META.matchIndex, value: saved }).catch(() => undefined);
    }
  }

  /**
   * With a chunk store, the engine is the publisher's index plus what deltas changed since (the
   * `hazards` rows and tombstones): a delta patches the live engine; a start loads the stored index.
   * False when there is no chunk store or this build cannot read its index (then it is built from records).
   */
  private async loadFromChunkStore(change: EngineChange | undefined): Promise<boolean> {
    const store = await this.recordStore.chunkStore();
    const fromIndex = this.deps.engineFromIndex;
    if (!store || !fromIndex) return false;
    const live = this.engine;
    if (change?.kind === 'delta' && live?.upsert && live.remove && this.engineGen === store.gen) {
      live.remove(change.deletes);
      live.upsert(change.upserts);
      return true;
    }
    let index = change?.kind === 'store' ? change.index : undefined;
    if (index === undefined) {
      const base = await this.meta<StoredBase>(META.baseIndex);
      if (base?.gen !== store.gen) return false;
      mark('index row read');
      index = await bytesOf(base).catch(() => undefined);
      if (index === undefined) return false;
      mark('index bytes read');
    }
    const engine = fromIndex(index);
    if (!engine?.upsert || !engine.remove) return false;
    mark('index loaded');
    if (change?.kind !== 'store') {
      try {
        engine.upsert(await this.overlayRows(store.gen));
      } catch {
        engine.upsert(await this.deps.db.hazards.toArray()); // a damaged profile row: the rows themselves
      }
      engine.remove((await this.deps.db.tombstones.toCollection().primaryKeys()) as string[]);
      mark('changes since applied');
    }
    this.engine = engine;
    this.engineGen = store.gen;
    return true;
  }

  /**
   * The rows deltas changed, for the engine: from their profiles' one meta row when it agrees with the
   * rows (same generation, as many, each profile this matcher's), else the full rows.
   */
  private async overlayRows(gen: number): Promise<StoredHazard[]> {
    const { db } = this.deps;
    const [overlay, count] = await Promise.all([
      this.meta<OverlayProfilesMeta>(META.overlayProfiles),
      db.hazards.count(),
    ]);
    const usable =
      overlay?.gen === gen &&
      overlay.entries.length === count &&
      overlay.entries.every(([, profile]) => this.deps.isCurrentProfile?.(profile) === true);
    if (!usable) return db.hazards.toArray();
    // The engine reads only the ID and the profile of a row whose profile is current.
    return overlay.entries.map(([id, profile]) => ({ id, profile }) as StoredHazard);
  }

  /** Identifies the data the engine was built from: feed version (or the bundle) plus record count. */
  private async dataKey(): Promise<string> {
    const [version, bundleKey, dataAsOf, count] = await Promise.all([
      this.meta<number>(META.feedVersion),
      this.meta<string>(META.bundleKey),
      this.meta<string>(META.dataAsOf),
      this.recordStore.count(),
    ]);
    return `${version ?? `bundled:${bundleKey ?? ''}`}|${dataAsOf ?? ''}|${count}`;
  }

  private async seedBundled(bundle: BundledData): Promise<void> {
    const { db } = this.deps;
    const stored = bundle.records.map((record) => this.toStored(record));
    await db.transaction('rw', db.hazards, db.meta, async () => {
      await db.hazards.clear();
      await db.hazards.bulkPut(stored);
      await db.meta.bulkPut([
        { key: META.bundled, value: true },
        { key: META.bundleKey, value: bundleKeyOf(bundle) },
        { key: META.dataAsOf, value: bundle.dataAsOf },
        { key: META.sources, value: countSources(bundle.records) },
      ]);
    });
  }

  /** The row to store: with `published`, the feed's profile of the record when this matcher made it. */
  toStored(record: HazardRecord, published?: unknown): StoredHazard {
    const profile = published !== undefined && this.deps.isCurrentProfile?.(published) ? published : undefined;
    return { ...record, profile: profile ?? this.deps.profileOf(record) };
  }

  async checkPage(reading: PageReading): Promise<Verdict> {
    mark('check start');
    const engine = await this.currentEngine();
    mark('check engine ready');
    const { db } = this.deps;
    const [settings, dataAsOf] = await Promise.all([this.deps.settings(), this.meta<string>(META.dataAsOf)]);
    const verdict = await computeVerdict(reading, {
      match: (query) => engine.match(query),
      records: (ids) => this.recordStore.get(ids),
      dismissal: (key) => db.dismissals.get(key),
      localRule: (key) => db.localRules.where('listingKey').equals(key).first(),
      settings,
      dataAsOf,
    });
    mark('check done');
    return verdict;
  }

  async search(query: string, limit = 20): Promise<HazardRecord[]> {
    const engine = await this.currentEngine();
    const text = query.trim().slice(0, 200);
    if (text.length < 2) return [];
    return this.records(engine.search(text, Math.min(Math.max(limit, 1), 50)));
  }

  /** The records with these IDs that exist, in the order asked. */
  async records(ids: string[]): Promise<HazardRecord[]> {
    const wanted = ids.slice(0, 200);
    const found = await this.recordStore.get(wanted);
    return wanted.flatMap((id) => found.get(id) ?? []);
  }

  async status(): Promise<SyncStatus> {
    await this.currentEngine();
    const [feedVersion, dataAsOf, bundled, lastSyncAt, lastError, nextSyncAt, sources, recordCount] = await Promise.all(
      [
        this.meta<number>(META.feedVersion),
        this.meta<string>(META.dataAsOf),
        this.meta<boolean>(META.bundled),
        this.meta<number>(META.lastSyncAt),
        this.meta<string>(META.lastError),
        this.meta<number>(META.nextSyncAt),
        this.meta<Record<string, number>>(META.sources),
        this.recordStore.count(),
      ],
    );
    return {
      feedVersion,
      dataAsOf,
      bundled: bundled ?? false,
      lastSyncAt,
      lastError,
      nextSyncAt,
      recordCount,
      sources: Object.entries(sources ?? {}).map(([source, count]) => ({ source, count })),
      ...(this.syncProgress && { syncProgress: this.syncProgress }),
      ...(bundled && { bundle: this.bundleInfo() }),
    };
  }

  private bundleInfo(): NonNullable<SyncStatus['bundle']> {
    const { generatedAt, sources = [] } = this.deps.bundled();
    return {
      ...(generatedAt && { generatedAt }),
      sources: sources.map(({ source, publisher, licence }) => ({ source, publisher, licence })),
    };
  }

  private async meta<T>(key: string): Promise<T | undefined> {
    return (await this.deps.db.meta.get(key))?.value as T | undefined;
  }
}

async function bytesOf(base: StoredBase): Promise<Uint8Array | undefined> {
  if (base.raw instanceof Blob) return new Uint8Array(await base.raw.arrayBuffer());
  return base.gzip instanceof Uint8Array ? gunzipBytes(base.gzip) : undefined;
}

/**
 * A User Timing mark (`hazard-check: …`): free when nobody looks, and how the browser bench reads where a
 * cold start spends its time (performance.getEntriesByType('mark') in the worker).
 */
function mark(what: string): void {
  globalThis.performance?.mark?.(`hazard-check: ${what}`);
}

export function countSources(records: HazardRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of records) counts[record.source] = (counts[record.source] ?? 0) + 1;
  return counts;
}

export { stripKeys };

/** Identifies a bundle's content: which records, as of which notice dates. */
export function bundleKeyOf(bundle: BundledData): string {
  const parts = bundle.records.map((r) => `${r.id}@${r.updatedAt ?? r.publishedAt ?? ''}`).sort();
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) hash = Math.imul(hash ^ part.charCodeAt(i), 0x01000193) >>> 0;
  }
  return `${bundle.dataAsOf}|${parts.length}|${hash.toString(16)}`;
}
