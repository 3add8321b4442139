/**
 * Connects the sync to the browser: sync at once on first install, keep an alarm on every start (a due
 * one fires 0–60 s later), run on the alarm, re-plan when the user changes the interval, and answer
 * `sync-status` / `sync-now`. The background entrypoint calls startFeedSync once, synchronously, so the
 * listeners are registered before the events that woke the service worker are dispatched.
 */
import type { HazardDb } from '../hazards/db';
import type { SyncStatus } from '../core/verdict';
import type { FeedConfig } from './config';
import type { FetchLike } from './fetch-capped';
import { META } from '../hazards/db';
import { checkLocalRecords, type ExpectedRecords } from './integrity';
import { SYNC_META } from './meta-keys';
import { SYNC_ALARM, SyncScheduler, type AlarmsLike } from './scheduler';
import { SyncManager, type SyncOutcome, type SyncTarget } from './sync-manager';

interface EventLike<Args extends unknown[]> {
  addListener(callback: (...args: Args) => void): void;
}

export interface FeedSyncDeps {
  db: HazardDb;
  service: SyncTarget & { status(): Promise<SyncStatus> };
  config: FeedConfig;
  runtime: { onInstalled: EventLike<[{ reason: string }]>; onStartup: EventLike<[]> };
  alarms: AlarmsLike & { onAlarm: EventLike<[{ name: string }]> };
  syncIntervalHours(): Promise<number>;
  /** Calls back when the user's sync interval changes. */
  watchSyncInterval?(callback: () => Promise<void>): void;
  fetch?: FetchLike;
}

export interface FeedSync {
  status(): Promise<SyncStatus>;
  /** Runs a sync now (after any under way) and returns the resulting status. */
  syncNow(): Promise<SyncStatus>;
  /** What the alarm does; for tests. */
  runDue(): Promise<SyncOutcome>;
  /**
   * Compares the local records with what the applied version declares and runs a full resync when they
   * differ; on browser start and extension update (not on every worker wake-up: it reads every key).
   */
  checkLocalData(): Promise<SyncOutcome | undefined>;
  /** Settles once the start-up scheduling is done. */
  started: Promise<void>;
  scheduler: SyncScheduler;
}

/** The service's status plus what the sync knows: error code, progress, the feed's real age. */
export async function feedStatus(
  db: HazardDb,
  service: { status(): Promise<SyncStatus> },
  syncing: boolean,
): Promise<SyncStatus> {
  const meta = async <T>(key: string) => (await db.meta.get(key))?.value as T | undefined;
  const [base, code, feedCreated, feedMaxAgeSeconds, serverWentBack] = await Promise.all([
    service.status(),
    meta<string>(SYNC_META.lastErrorCode),
    meta<string>(SYNC_META.feedCreated),
    meta<number>(SYNC_META.maxAgeSeconds),
    meta<string>(SYNC_META.serverWentBack),
  ]);
  // Bundled data (never synced) has no feed age of its own.
  const fromFeed = !base.bundled && base.feedVersion !== undefined;
  return {
    ...base,
    lastErrorCode: base.lastError ? code : undefined,
    syncing,
    ...(fromFeed && feedCreated !== undefined && { feedCreated, feedMaxAgeSeconds }),
    ...(fromFeed && serverWentBack !== undefined && { serverWentBack }),
  };
}

export function startFeedSync(deps: FeedSyncDeps): FeedSync {
  const manager = new SyncManager({
    db: deps.db,
    service: deps.service,
    manifestUrl: deps.config.manifestUrl,
    publicKey: deps.config.publicKey,
    fetch: deps.fetch,
  });
  const scheduler = new SyncScheduler({
    manager,
    db: deps.db,
    alarms: deps.alarms,
    syncIntervalHours: deps.syncIntervalHours,
  });
  const report = (what: string) => (error: unknown) => console.error(`Hazard Check: ${what} failed`, error);

  const checkLocalData = async (): Promise<SyncOutcome | undefined> => {
    await deps.service.ready();
    const meta = async <T>(key: string) => (await deps.db.meta.get(key))?.value as T | undefined;
    const [expected, version] = await Promise.all([
      meta<ExpectedRecords>(SYNC_META.expectedRecords),
      meta<number>(META.feedVersion),
    ]);
    if (!expected || expected.version !== version || scheduler.syncing) return undefined;
    const check = await checkLocalRecords(deps.db, expected);
    if (check.ok) return undefined;
    console.warn(
      `Hazard Check: ${check.recordCount} local records, version ${version} has ${expected.recordCount}: resyncing`,
    );
    return scheduler.syncNow();
  };

  deps.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void scheduler.runDue().catch(report('first sync'));
    else {
      void scheduler.ensureScheduled().catch(report('scheduling'));
      void checkLocalData().catch(report('local data check'));
    }
  });
  deps.runtime.onStartup.addListener(() => {
    void scheduler.ensureScheduled().catch(report('scheduling'));
    void checkLocalData().catch(report('local data check'));
  });
  deps.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void scheduler.runDue().catch(report('scheduled sync'));
  });
  deps.watchSyncInterval?.(() => scheduler.intervalChanged().catch(report('rescheduling')));
  const started = scheduler.ensureScheduled().catch(report('scheduling'));

  const status = () => feedStatus(deps.db, deps.service, scheduler.syncing);
  return {
    status,
    async syncNow() {
      await scheduler.syncNow();
      return status();
    },
    runDue: () => scheduler.runDue(),
    checkLocalData,
    started,
    scheduler,
  };
}
