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
  /** Settles once the start-up scheduling is done. */
  started: Promise<void>;
  scheduler: SyncScheduler;
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

  deps.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void scheduler.runDue().catch(report('first sync'));
    else void scheduler.ensureScheduled().catch(report('scheduling'));
  });
  deps.runtime.onStartup.addListener(() => void scheduler.ensureScheduled().catch(report('scheduling')));
  deps.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void scheduler.runDue().catch(report('scheduled sync'));
  });
  deps.watchSyncInterval?.(() => scheduler.intervalChanged().catch(report('rescheduling')));
  const started = scheduler.ensureScheduled().catch(report('scheduling'));

  const status = async (): Promise<SyncStatus> => {
    const [base, code] = await Promise.all([deps.service.status(), deps.db.meta.get(SYNC_META.lastErrorCode)]);
    return {
      ...base,
      lastErrorCode: base.lastError ? (code?.value as string | undefined) : undefined,
      syncing: scheduler.syncing,
    };
  };
  return {
    status,
    async syncNow() {
      await scheduler.syncNow();
      return status();
    },
    runDue: () => scheduler.runDue(),
    started,
    scheduler,
  };
}
