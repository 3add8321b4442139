import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HazardDb } from '../../../lib/hazards/db';
import { backoffDelay, DEFAULT_DELIVERY_POLICY, deliverDueReports, makeQueueDue, type DeliveryDeps } from '../../../lib/reports/delivery';
import { enqueueReport, recoverInterrupted, retryReport } from '../../../lib/reports/queue';
import { formatPayload, type ReportPayload } from '../../../lib/reports/types';
import { freshDbName, missedPayload, openDb } from './helpers';
import { startReportServer, type ReportServer } from './report-server';

let server: ReportServer;
beforeAll(async () => {
  server = await startReportServer();
});
afterAll(() => server.close());

let clock: number;
let wakes: (number | undefined)[];
let db: HazardDb;
let dbName: string;
beforeEach(() => {
  server.requests.length = 0;
  server.stored.clear();
  server.script.length = 0;
  clock = 1_000_000;
  wakes = [];
  dbName = freshDbName();
  db = openDb(dbName);
});
afterEach(() => db.close());

function deps(overrides: Partial<DeliveryDeps> = {}): DeliveryDeps {
  return {
    db,
    endpoint: server.url,
    fetch: (input, init) => fetch(input, init),
    now: () => clock,
    random: () => 0.5, // no jitter: 0.8 + 0.4 × 0.5 = 1
    scheduleWake: async (at) => void wakes.push(at),
    ...overrides,
  };
}

async function queued(): Promise<ReportPayload> {
  const payload = missedPayload();
  await enqueueReport(db, payload, { kind: 'endpoint' }, clock);
  return payload;
}

describe('report delivery to the endpoint', () => {
  it('backs off after a 500, then delivers once, and never resends after success', async () => {
    const payload = await queued();
    server.script.push('500');

    const first = await deliverDueReports(deps());
    expect(first.retrying).toEqual([payload.reportId]);
    const waiting = await db.reports.get(payload.reportId);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, lastError: 'HTTP 500: upstream down' });
    expect(waiting?.nextAttemptAt).toBe(clock + DEFAULT_DELIVERY_POLICY.baseDelayMs);
    expect(wakes.at(-1)).toBe(waiting?.nextAttemptAt); // the alarm that wakes the worker

    // Not due yet: the alarm has not fired, nothing is sent.
    await deliverDueReports(deps());
    expect(server.requests).toHaveLength(1);

    clock = waiting!.nextAttemptAt!;
    const second = await deliverDueReports(deps());
    expect(second.sent).toEqual([payload.reportId]);
    expect(await db.reports.get(payload.reportId)).toMatchObject({ status: 'sent', attempts: 2, sentAt: clock });
    expect(wakes.at(-1)).toBeUndefined(); // nothing left: no alarm

    clock += 24 * 3600_000;
    await deliverDueReports(deps());
    expect(server.requests).toHaveLength(2);
    expect(server.stored.size).toBe(1);
    // Both attempts carried the same key and exactly the previewed JSON; nothing of the browser's state.
    for (const request of server.requests) {
      expect(request.key).toBe(payload.reportId);
      expect(request.body).toBe(formatPayload(payload));
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers.cookie).toBeUndefined();
      expect(request.headers.referer).toBeUndefined();
    }
  });

  it('survives the service worker stopping between attempts', async () => {
    const payload = await queued();
    server.script.push('503');
    await deliverDueReports(deps());
    db.close();

    db = openDb(dbName); // the worker wakes on the alarm and opens the database again
    clock += DEFAULT_DELIVERY_POLICY.baseDelayMs;
    await recoverInterrupted(db, clock);
    const run = await deliverDueReports(deps());
    expect(run.sent).toEqual([payload.reportId]);
    expect([...server.stored.keys()]).toEqual([payload.reportId]);
  });

  it('does not duplicate a report whose answer was lost: the server dedupes on the Idempotency-Key', async () => {
    const payload = await queued();
    server.script.push('drop');
    const first = await deliverDueReports(deps());
    expect(first.retrying).toEqual([payload.reportId]);
    expect((await db.reports.get(payload.reportId))?.lastError).toMatch(/^Network error/);

    clock += DEFAULT_DELIVERY_POLICY.baseDelayMs;
    const second = await deliverDueReports(deps());
    expect(second.sent).toEqual([payload.reportId]); // 409: the server already has it
    expect(server.requests.map((r) => r.key)).toEqual([payload.reportId, payload.reportId]);
    expect(server.stored.size).toBe(1);
  });

  it('resends a report cut off mid-send after a restart, without a duplicate', async () => {
    const payload = await queued();
    // The worker stopped after the server stored the report but before the row was marked sent.
    server.stored.set(payload.reportId, formatPayload(payload));
    await db.reports.update(payload.reportId, { status: 'sending', attempts: 1 });
    await recoverInterrupted(db, clock);
    expect((await deliverDueReports(deps())).sent).toEqual([payload.reportId]);
    expect(server.stored.size).toBe(1);
  });

  it('fails at once on a 4xx other than 408/409/425/429, keeping the server’s message', async () => {
    const payload = await queued();
    server.script.push('400');
    const run = await deliverDueReports(deps());
    expect(run.failed).toEqual([payload.reportId]);
    expect(await db.reports.get(payload.reportId)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'HTTP 400: listing.url: not an item URL',
    });
    expect(wakes.at(-1)).toBeUndefined();
  });

  it('waits as long as a 429 asks', async () => {
    const payload = await queued();
    server.script.push('429');
    await deliverDueReports(deps());
    expect((await db.reports.get(payload.reportId))?.nextAttemptAt).toBe(clock + 600_000);
  });

  it('keeps retrying for a week, at most 6 h apart, then fails saying why', async () => {
    const payload = await queued();
    const confirmedAt = clock;
    const down = deps({ endpoint: 'http://127.0.0.1:9/unreachable' });
    const gaps: number[] = [];
    for (let row = await db.reports.get(payload.reportId); row?.status === 'queued'; row = await db.reports.get(payload.reportId)) {
      clock = row.nextAttemptAt!;
      await deliverDueReports(down);
      const next = await db.reports.get(payload.reportId);
      if (next?.status === 'queued') gaps.push(next.nextAttemptAt! - clock);
    }
    const failed = (await db.reports.get(payload.reportId))!;
    expect(clock - confirmedAt).toBeGreaterThanOrEqual(7 * 24 * 3600_000);
    expect(Math.max(...gaps)).toBe(6 * 3600_000);
    expect(failed.status).toBe('failed');
    expect(failed.lastError).toMatch(/^Gave up after \d+ attempts over 7 days\. Last error: Network error/);
    expect(wakes.at(-1)).toBeUndefined();
  });

  it('delivers a report made during a 3-hour outage as soon as the network returns', async () => {
    const payload = await queued();
    const down = deps({ endpoint: 'http://127.0.0.1:9/unreachable' });
    const outageEnds = clock + 3 * 3600_000;
    for (let row = await db.reports.get(payload.reportId); row!.nextAttemptAt! < outageEnds; row = await db.reports.get(payload.reportId)) {
      clock = row!.nextAttemptAt!;
      await deliverDueReports(down); // each alarm during the outage
    }
    const waiting = (await db.reports.get(payload.reportId))!;
    expect(waiting.status).toBe('queued');
    expect(waiting.nextAttemptAt).toBeGreaterThan(outageEnds);

    clock = outageEnds; // the browser fires `online`: the back-off is not slept out
    expect(await makeQueueDue(db, clock)).toBe(1);
    const run = await deliverDueReports(deps());
    expect(run.sent).toEqual([payload.reportId]);
    expect([...server.stored.keys()]).toEqual([payload.reportId]);
  });

  it.each(['408', '425'] as const)('retries after a %s, as it does after a 429', async (status) => {
    const payload = await queued();
    server.script.push(status);
    const run = await deliverDueReports(deps());
    expect(run.retrying).toEqual([payload.reportId]);
    expect(await db.reports.get(payload.reportId)).toMatchObject({ status: 'queued', lastError: `HTTP ${status}: try again later` });
  });

  it('"send again" after a final failure gives the report a fresh week', async () => {
    const payload = await queued();
    await db.reports.update(payload.reportId, { status: 'failed', attempts: 40, lastError: 'Gave up' });
    clock += 8 * 24 * 3600_000;
    expect(await retryReport(db, payload.reportId, clock)).toBe(true);
    server.script.push('503');
    const run = await deliverDueReports(deps());
    expect(run.retrying).toEqual([payload.reportId]); // not failed at once for being old
  });

  it('retries when the host cannot be reached at all', async () => {
    const payload = await queued();
    const run = await deliverDueReports(deps({ endpoint: 'http://127.0.0.1:9/unreachable' }));
    expect(run.retrying).toEqual([payload.reportId]);
    expect((await db.reports.get(payload.reportId))?.lastError).toMatch(/^Network error/);
  });

  it('sends only endpoint reports that are queued', async () => {
    await enqueueReport(db, missedPayload(), { kind: 'github' }, clock);
    await enqueueReport(db, missedPayload(), { kind: 'official', channelId: 'kr-consumer24' }, clock);
    await deliverDueReports(deps());
    expect(server.requests).toHaveLength(0);
  });

  it('backs off exponentially, with jitter, up to a cap', () => {
    const policy = DEFAULT_DELIVERY_POLICY;
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, policy, 0.5))).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(backoffDelay(1, policy, 0)).toBe(48_000);
    expect(backoffDelay(1, policy, 1)).toBe(72_000);
    expect(backoffDelay(30, policy, 1)).toBe(policy.maxDelayMs);
  });
});
