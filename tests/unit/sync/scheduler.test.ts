import { randomUUID } from 'node:crypto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HazardDb } from '../../../lib/hazards/db';
import { SyncError } from '../../../lib/sync/errors';
import { SYNC_ALARM, SyncScheduler } from '../../../lib/sync/scheduler';
import type { SyncOutcome } from '../../../lib/sync/sync-manager';
import { backoffDelayMs, MAX_BACKOFF_MS, regularDelayMs, startupDelayMs } from '../../../lib/sync/timing';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('timing', () => {
  it('backs off as min(2^(n-1) · 15 min · (1 + rand), 24 h)', () => {
    expect(backoffDelayMs(1, 0)).toBe(15 * MIN);
    expect(backoffDelayMs(1, 0.999)).toBeCloseTo(29.985 * MIN);
    expect(backoffDelayMs(3, 0.5)).toBe(90 * MIN);
    expect(backoffDelayMs(7, 0)).toBe(16 * HOUR);
    expect(backoffDelayMs(8, 0)).toBe(MAX_BACKOFF_MS);
    expect(backoffDelayMs(200, 0.7)).toBe(24 * HOUR);
  });

  it('waits the user interval, never less than the feed minimum, plus at most 10 % (≤ 30 min) jitter', () => {
    expect(regularDelayMs(6, 3600, 0)).toBe(6 * HOUR);
    expect(regularDelayMs(6, 3600, 1)).toBe(6 * HOUR + 30 * MIN);
    expect(regularDelayMs(1, 6 * 3600, 0)).toBe(6 * HOUR);
    expect(regularDelayMs(1, undefined, 1)).toBe(HOUR + 6 * MIN);
    expect(startupDelayMs(0.5)).toBe(30_000);
  });
});

/** A manager whose runs the test finishes by hand, to see overlap. */
function controlledManager() {
  const pending: { resolve(outcome: SyncOutcome): void }[] = [];
  return {
    calls: () => pending.length,
    finish(index: number, outcome: SyncOutcome) {
      pending[index]!.resolve(outcome);
    },
    sync: () => new Promise<SyncOutcome>((resolve) => pending.push({ resolve })),
  };
}

const updated = (minWaitSeconds?: number): SyncOutcome => ({
  result: 'updated',
  to: 2,
  via: 'delta',
  recordCount: 1,
  notes: [],
  minWaitSeconds,
});
const failed = (failures: number): SyncOutcome => ({
  result: 'failed',
  error: new SyncError('server', 'x'),
  failures,
  notes: [],
});
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let db: HazardDb;
const now = 1_800_000_000_000;
beforeEach(() => {
  fakeBrowser.reset();
  db = new HazardDb(`sched-${randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function scheduler(manager: { sync(): Promise<SyncOutcome> }, intervalHours = 6, random = 0.5) {
  return new SyncScheduler({
    manager,
    db,
    alarms: fakeBrowser.alarms,
    syncIntervalHours: async () => intervalHours,
    now: () => now,
    random: () => random,
  });
}
const nextSyncAt = async () => (await db.meta.get('nextSyncAt'))?.value;
const alarmTime = async () => (await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime;

describe('SyncScheduler', () => {
  it('never runs two syncs at once: the alarm joins a sync already under way', async () => {
    const manager = controlledManager();
    const s = scheduler(manager);
    const first = s.runDue();
    const second = s.runDue();
    await flush();
    expect(manager.calls()).toBe(1);
    expect(s.syncing).toBe(true);
    manager.finish(0, updated());
    expect(await first).toEqual(await second);
    expect(s.syncing).toBe(false);
  });

  it('"sync now" during a sync waits for it, then runs once more; callers meanwhile share that run', async () => {
    const manager = controlledManager();
    const s = scheduler(manager);
    const alarmRun = s.runDue();
    const userRun = s.syncNow();
    const impatientUserRun = s.syncNow();
    await flush();
    expect(manager.calls()).toBe(1); // the second run has not started while the first is applying
    manager.finish(0, failed(1));
    await alarmRun;
    await flush();
    expect(manager.calls()).toBe(2);
    manager.finish(1, updated());
    expect(await userRun).toMatchObject({ result: 'updated' });
    expect(await impatientUserRun).toBe(await userRun);
    expect(manager.calls()).toBe(2);
  });

  it('after a failure, schedules the back-off in meta and as an alarm', async () => {
    const manager = controlledManager();
    const s = scheduler(manager);
    const run = s.runDue();
    await flush();
    manager.finish(0, failed(3));
    await run;
    const expected = now + backoffDelayMs(3, 0.5);
    expect(await nextSyncAt()).toBe(expected);
    expect(await alarmTime()).toBe(expected);
  });

  it('after a success, waits the interval or the feed minimum, whichever is longer', async () => {
    const manager = controlledManager();
    const s = scheduler(manager, 1, 0);
    const run = s.runDue();
    await flush();
    manager.finish(0, updated(12 * 3600));
    await run;
    expect(await nextSyncAt()).toBe(now + 12 * HOUR);
    expect(await alarmTime()).toBe(now + 12 * HOUR);
  });

  it('on start, keeps a future schedule, and plans a missing or overdue one 0–60 s ahead', async () => {
    const s = scheduler(controlledManager());
    await s.ensureScheduled();
    expect(await alarmTime()).toBe(now + 30_000);

    await fakeBrowser.alarms.clear(SYNC_ALARM);
    await db.meta.put({ key: 'nextSyncAt', value: now + 5 * HOUR });
    await s.ensureScheduled();
    expect(await alarmTime()).toBe(now + 5 * HOUR);

    await fakeBrowser.alarms.clear(SYNC_ALARM);
    await db.meta.put({ key: 'nextSyncAt', value: now - HOUR });
    await s.ensureScheduled();
    expect(await alarmTime()).toBe(now + 30_000);

    await fakeBrowser.alarms.create(SYNC_ALARM, { when: now + 2 * HOUR });
    await s.ensureScheduled();
    expect(await alarmTime()).toBe(now + 2 * HOUR); // an existing alarm is left alone
  });

  it('re-plans from the last success when the user changes the interval, but not during a back-off', async () => {
    const s = scheduler(controlledManager(), 24, 0);
    await db.meta.bulkPut([
      { key: 'lastSyncAt', value: now - HOUR },
      { key: 'syncFailures', value: 0 },
    ]);
    await s.intervalChanged();
    expect(await nextSyncAt()).toBe(now + 23 * HOUR);

    await db.meta.put({ key: 'syncFailures', value: 2 });
    await db.meta.put({ key: 'nextSyncAt', value: now + 40 * MIN });
    await s.intervalChanged();
    expect(await nextSyncAt()).toBe(now + 40 * MIN);
  });
});
