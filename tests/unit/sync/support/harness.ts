/**
 * A fresh database, a real HazardService (bundled data seeded on first run) and a SyncManager pointed at
 * a local feed server, per test. The engine is a trivial listing-ID lookup: these tests are about what
 * lands in IndexedDB, not about matching.
 */
import { randomUUID } from 'node:crypto';
import Dexie from 'dexie';
import { isCurrentProfile, profileOf } from '../../../../lib/background/engine-factory';
import { HazardService, type EngineLike } from '../../../../lib/background/hazard-service';
import { HazardDb } from '../../../../lib/hazards/db';
import { HazardRecords } from '../../../../lib/hazards/records';
import type { HazardRecord } from '../../../../lib/hazards/schema';
import { DEFAULT_SETTINGS } from '../../../../lib/settings';
import { SyncManager, type SyncManagerDeps } from '../../../../lib/sync/sync-manager';
import type { FeedServer } from './feed-server';
import type { TestFeed } from './test-feed';

export interface Harness {
  db: HazardDb;
  service: HazardService;
  manager: SyncManager;
  /** How many times the match engine was built (seeding counts as the first). */
  engineBuilds(): number;
  /** Record IDs the current engine knows. */
  engineIds(): string[];
}

const openDbs: HazardDb[] = [];

export function createHarness(
  feed: TestFeed,
  server: FeedServer,
  options: {
    bundled?: HazardRecord[];
    dbName?: string;
    /** Load the publisher's index with the real engine (the chunk store's fast path). */
    engineFromIndex?: (index: unknown) => EngineLike | null;
  } & Partial<SyncManagerDeps> = {},
): Harness {
  const { bundled = [], dbName = `sync-${randomUUID()}`, engineFromIndex, ...managerOptions } = options;
  const db = new HazardDb(dbName);
  openDbs.push(db);
  let builds = 0;
  let engineRecords: HazardRecord[] = [];
  const service = new HazardService({
    db,
    createEngine: (records): EngineLike => {
      builds++;
      engineRecords = records;
      return { match: () => [], search: () => [] };
    },
    profileOf,
    isCurrentProfile,
    bundled: () => ({ records: bundled, dataAsOf: '2026-10-01' }),
    settings: async () => DEFAULT_SETTINGS,
    ...(engineFromIndex && { engineFromIndex }),
  });
  const manager = new SyncManager({
    db,
    service,
    manifestUrl: server.manifestUrl,
    publicKey: feed.publicKey,
    ...managerOptions,
  });
  return { db, service, manager, engineBuilds: () => builds, engineIds: () => engineRecords.map((r) => r.id).sort() };
}

export async function deleteOpenDbs(): Promise<void> {
  const dbs = openDbs.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every stored hazard record (rows, chunks and tombstones resolved), in ID order. */
export async function hazardRows(db: HazardDb): Promise<HazardRecord[]> {
  return (await new HazardRecords(db).all()).sort(byId);
}

/** What a correct apply of `records` must leave, computed independently of the sync code. */
export function expectedRows(records: readonly HazardRecord[]): HazardRecord[] {
  return [...records].sort(byId);
}

/** The hazard rows plus the meta rows that belong to a feed version. */
export async function feedState(db: HazardDb) {
  const meta = async (key: string) => (await db.meta.get(key))?.value;
  return {
    rows: await hazardRows(db),
    feedVersion: await meta('feedVersion'),
    dataAsOf: await meta('dataAsOf'),
    sources: await meta('sources'),
  };
}

export async function metaValue(db: HazardDb, key: string): Promise<unknown> {
  return (await db.meta.get(key))?.value;
}
