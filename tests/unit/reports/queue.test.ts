import { afterEach, describe, expect, it } from 'vitest';
import type { HazardDb } from '../../../lib/hazards/db';
import { deleteReport, enqueueReport, listReports, recoverInterrupted, retryReport } from '../../../lib/reports/queue';
import { buildReportPayload } from '../../../lib/reports/payload';
import { aliReading, context, freshDbName, GLOBAL_ID, missedPayload, openDb } from './helpers';

const open: HazardDb[] = [];
const track = (db: HazardDb) => (open.push(db), db);
afterEach(() => open.splice(0).forEach((db) => db.close()));

describe('the local report queue', () => {
  it('keeps confirmed reports and their listing rule across a service-worker restart', async () => {
    const name = freshDbName();
    const before = track(openDb(name));
    const payload = missedPayload();
    await enqueueReport(before, payload, { kind: 'endpoint' }, 1_000);
    await enqueueReport(before, buildReportPayload({ kind: 'listing-changed', change: 'gone' }, context(aliReading)), { kind: 'github' }, 2_000);
    before.close(); // the worker stops: the connection goes away

    const after = track(openDb(name));
    const rows = await listReports(after);
    expect(rows.map((r) => [r.status, r.channel])).toEqual([['copied', 'github'], ['queued', 'endpoint']]);
    expect(rows[1]).toMatchObject({ id: payload.reportId, attempts: 0, nextAttemptAt: 1_000, payload });
    expect(await after.localRules.where('listingKey').equals(`aliexpress:${GLOBAL_ID}`).toArray()).toEqual([
      expect.objectContaining({ reportId: payload.reportId, note: 'Small magnets can be swallowed' }),
    ]);
  });

  it('confirms a report once, however often the button is pressed', async () => {
    const db = track(openDb());
    const payload = missedPayload();
    const first = await enqueueReport(db, payload, { kind: 'endpoint' }, 1);
    const second = await enqueueReport(db, payload, { kind: 'github' }, 2);
    expect([first.created, second.created]).toEqual([true, false]);
    expect(second.row.channel).toBe('endpoint');
    expect(await db.reports.count()).toBe(1);
    expect(await db.localRules.count()).toBe(1);
  });

  it('refuses a payload outside the whitelist and stores nothing', async () => {
    const db = track(openDb());
    const payload = { ...missedPayload(), cookies: 'session=1' };
    await expect(enqueueReport(db, payload, { kind: 'endpoint' }, 1)).rejects.toThrow(/Invalid report/);
    expect(await db.reports.count()).toBe(0);
    expect(await db.localRules.count()).toBe(0);
  });

  it('makes a listing rule only for missed hazards', async () => {
    const db = track(openDb());
    await enqueueReport(db, buildReportPayload({ kind: 'wrong-match', recordRefs: ['curated:A'] }, context(aliReading)), { kind: 'github' }, 1);
    expect(await db.localRules.count()).toBe(0);
  });

  it('puts a report cut off mid-send back in the queue, and retries a failed one on request', async () => {
    const db = track(openDb());
    const payload = missedPayload();
    await enqueueReport(db, payload, { kind: 'endpoint' }, 1);
    await db.reports.update(payload.reportId, { status: 'sending', attempts: 1 });
    expect(await recoverInterrupted(db, 50)).toBe(1);
    expect(await db.reports.get(payload.reportId)).toMatchObject({ status: 'queued', nextAttemptAt: 50, attempts: 1 });

    await db.reports.update(payload.reportId, { status: 'failed', attempts: 8, lastError: 'Gave up' });
    expect(await retryReport(db, payload.reportId, 60)).toBe(true);
    const retried = await db.reports.get(payload.reportId);
    expect(retried).toMatchObject({ status: 'queued', attempts: 0, nextAttemptAt: 60 });
    expect(retried?.lastError).toBeUndefined();
  });

  it('withdraws a report together with its listing rule', async () => {
    const db = track(openDb());
    const payload = missedPayload();
    await enqueueReport(db, payload, { kind: 'github' }, 1);
    await deleteReport(db, payload.reportId);
    expect(await db.reports.count()).toBe(0);
    expect(await db.localRules.count()).toBe(0);
  });
});
