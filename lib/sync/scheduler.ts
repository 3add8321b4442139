/**
 * Decides when syncs run and makes sure only one runs at a time. Driven by chrome.alarms (MV3 service
 * workers die between events, so no timers), with the next due time also kept in meta (`nextSyncAt`)
 * for the UI and for restoring a lost alarm.
 */
import { META } from '../hazards/db';
import type { HazardDb } from '../hazards/db';
import { SYNC_META } from './meta-keys';
import type { SyncOutcome } from './sync-manager';
import { backoffDelayMs, regularDelayMs, startupDelayMs } from './timing';

export const SYNC_ALARM = 'hazard-check-feed-sync';

export interface AlarmsLike {
  create(name: string, info: { when: number }): Promise<void> | void;
  get(name: string): Promise<{ scheduledTime: number } | undefined>;
}

export interface SchedulerDeps {
  manager: { sync(): Promise<SyncOutcome> };
  db: HazardDb;
  alarms: AlarmsLike;
  syncIntervalHours(): Promise<number>;
  now?: () => number;
  random?: () => number;
}

export class SyncScheduler {
  private running: Promise<SyncOutcome> | null = null;
  private queued: Promise<SyncOutcome> | null = null;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly deps: SchedulerDeps) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
  }

  get syncing(): boolean {
    return this.running !== null;
  }

  /** The alarm and first install: joins a sync already under way rather than starting a second one. */
  runDue(): Promise<SyncOutcome> {
    return this.running ?? this.start();
  }

  /**
   * "Sync now": the caller wants a result that reflects the feed as it is now, so if a sync is under way
   * this queues one more run after it (callers arriving meanwhile share that run). Never two at once.
   */
  syncNow(): Promise<SyncOutcome> {
    if (!this.running) return this.start();
    this.queued ??= this.running.then(
      () => this.afterCurrent(),
      () => this.afterCurrent(),
    );
    return this.queued;
  }

  /** On every service-worker start and browser start: keep an alarm; a due or missing one fires 0–60 s from now. */
  async ensureScheduled(): Promise<void> {
    if (this.running || (await this.deps.alarms.get(SYNC_ALARM))) return;
    const stored = await this.meta<number>(META.nextSyncAt);
    const earliest = this.now() + startupDelayMs(this.random());
    await this.setNext(stored !== undefined && stored > earliest ? stored : earliest);
  }

  /** The user changed the interval: re-plan from the last success (a failure back-off stays as it is). */
  async intervalChanged(): Promise<void> {
    if (this.running || ((await this.meta<number>(SYNC_META.failures)) ?? 0) > 0) return;
    const lastSyncAt = await this.meta<number>(META.lastSyncAt);
    const earliest = this.now() + startupDelayMs(this.random());
    if (lastSyncAt === undefined) return this.setNext(earliest);
    const delay = regularDelayMs(
      await this.deps.syncIntervalHours(),
      await this.meta<number>(SYNC_META.minWaitSeconds),
      this.random(),
    );
    await this.setNext(Math.max(earliest, lastSyncAt + delay));
  }

  private afterCurrent(): Promise<SyncOutcome> {
    this.queued = null;
    return this.running ?? this.start();
  }

  private start(): Promise<SyncOutcome> {
    const run: Promise<SyncOutcome> = this.runOnce().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  private async runOnce(): Promise<SyncOutcome> {
    const outcome = await this.deps.manager.sync();
    const delay =
      outcome.result === 'failed'
        ? backoffDelayMs(outcome.failures, this.random())
        : regularDelayMs(
            await this.deps.syncIntervalHours(),
            outcome.minWaitSeconds ?? (await this.meta<number>(SYNC_META.minWaitSeconds)),
            this.random(),
          );
    await this.setNext(this.now() + delay);
    return outcome;
  }

  private async setNext(at: number): Promise<void> {
    await this.deps.db.meta.put({ key: META.nextSyncAt, value: at });
    await this.deps.alarms.create(SYNC_ALARM, { when: at });
  }

  private async meta<T>(key: string): Promise<T | undefined> {
    return (await this.deps.db.meta.get(key))?.value as T | undefined;
  }
}
