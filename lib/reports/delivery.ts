/**
 * Sends queued reports to the report endpoint. Each report is POSTed as the exact JSON the user
 * previewed, with `Idempotency-Key: <report id>` so a retry after a lost answer cannot make a duplicate.
 * Network errors, 408, 425, 429 and 5xx back off exponentially up to a cap (woken by an alarm, not a
 * timer, because the service worker may stop); any other 4xx fails at once with the server's message.
 * A report keeps being retried for `giveUpAfterMs` after it was confirmed (a week: a shopper offline
 * for days still gets the report delivered); only then does it fail with a clear status, and it can be
 * sent again by hand.
 */
import type { HazardDb, ReportRow } from '../hazards/db';
import { formatPayload, parseReportPayload } from './types';

export interface DeliveryPolicy {
  /** How long after confirming a report transient errors are retried before it is marked failed. */
  giveUpAfterMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  timeoutMs: number;
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  giveUpAfterMs: 7 * 24 * 60 * 60_000,
  baseDelayMs: 60_000,
  maxDelayMs: 6 * 60 * 60_000,
  timeoutMs: 30_000,
};

export interface DeliveryDeps {
  db: HazardDb;
  endpoint: string;
  fetch: typeof fetch;
  now(): number;
  /** 0..1, for jitter (injected so tests are deterministic). */
  random(): number;
  /** Wake delivery again at this time (an alarm), or cancel the wake-up when nothing is queued. */
  scheduleWake(at: number | undefined): Promise<void>;
  policy?: DeliveryPolicy;
}

export interface DeliveryRun {
  sent: string[];
  retrying: string[];
  failed: string[];
  nextWakeAt?: number;
}

/** Delay before attempt `attempts + 1`: base·2^(attempts−1), jittered ±20%, capped. */
export function backoffDelay(attempts: number, policy: DeliveryPolicy, random: number): number {
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, attempts - 1);
  return Math.min(policy.maxDelayMs, Math.round(exponential * (0.8 + 0.4 * random)));
}

type Outcome =
  | { kind: 'sent' }
  | { kind: 'retry'; error: string; retryAfterMs?: number }
  | { kind: 'fail'; error: string };

async function post(row: ReportRow, deps: DeliveryDeps, policy: DeliveryPolicy): Promise<Outcome> {
  let body: string;
  try {
    body = formatPayload(parseReportPayload(row.payload));
  } catch (error) {
    return { kind: 'fail', error: error instanceof Error ? error.message : String(error) };
  }
  let response: Response;
  try {
    response = await deps.fetch(deps.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': row.id },
      body,
      // Nothing of the browser's state goes with a report: no cookies, no referrer, no cache.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'error',
      signal: AbortSignal.timeout(policy.timeoutMs),
    });
  } catch (error) {
    return { kind: 'retry', error: `Network error: ${error instanceof Error ? error.message : String(error)}` };
  }
  // 409: the server already has this Idempotency-Key, i.e. an earlier attempt arrived.
  if (response.ok || response.status === 409) return { kind: 'sent' };
  const detail = await responseText(response);
  const error = `HTTP ${response.status}${detail ? `: ${detail}` : ''}`;
  if (RETRYABLE_STATUS.has(response.status) || response.status >= 500) {
    return { kind: 'retry', error, retryAfterMs: retryAfter(response.headers.get('retry-after'), deps.now()) };
  }
  return { kind: 'fail', error };
}

/** Request Timeout, Too Early, Too Many Requests: the server asks to try again later. */
const RETRYABLE_STATUS = new Set([408, 425, 429]);

async function responseText(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}

function retryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Claims due rows (queued → sending) in one transaction so two runs never send the same row. */
async function claimDue(db: HazardDb, now: number): Promise<ReportRow[]> {
  return db.transaction('rw', db.reports, async () => {
    const due = await db.reports
      .where('status')
      .equals('queued')
      .filter((row) => row.channel === 'endpoint' && (row.nextAttemptAt ?? 0) <= now)
      .toArray();
    for (const row of due) {
      row.status = 'sending';
      row.attempts += 1;
      await db.reports.put(row);
    }
    return due;
  });
}

let running: Promise<DeliveryRun> | null = null;

/** Sends every due report. Concurrent calls share the run in progress. */
export function deliverDueReports(deps: DeliveryDeps): Promise<DeliveryRun> {
  running ??= runOnce(deps).finally(() => {
    running = null;
  });
  return running;
}

async function runOnce(deps: DeliveryDeps): Promise<DeliveryRun> {
  const policy = deps.policy ?? DEFAULT_DELIVERY_POLICY;
  const { db } = deps;
  const run: DeliveryRun = { sent: [], retrying: [], failed: [] };
  // Loop: a report confirmed while this run was sending is picked up before the run ends.
  for (let due = await claimDue(db, deps.now()); due.length; due = await claimDue(db, deps.now())) {
    for (const row of due) await settle(row, await post(row, deps, policy), deps, policy, run);
  }
  run.nextWakeAt = await nextDue(db);
  await deps.scheduleWake(run.nextWakeAt);
  return run;
}

async function settle(row: ReportRow, outcome: Outcome, deps: DeliveryDeps, policy: DeliveryPolicy, run: DeliveryRun) {
  const { db } = deps;
  const now = deps.now();
  if (outcome.kind === 'sent') {
    await db.reports.update(row.id, { status: 'sent', sentAt: now, nextAttemptAt: undefined, lastError: undefined });
    run.sent.push(row.id);
  } else if (outcome.kind === 'fail') {
    await db.reports.update(row.id, { status: 'failed', nextAttemptAt: undefined, lastError: outcome.error });
    run.failed.push(row.id);
  } else if (now - (row.retrySince ?? row.createdAt) >= policy.giveUpAfterMs) {
    const days = Math.round(policy.giveUpAfterMs / (24 * 60 * 60_000));
    const lastError = `Gave up after ${row.attempts} attempts over ${days} days. Last error: ${outcome.error}`;
    await db.reports.update(row.id, { status: 'failed', nextAttemptAt: undefined, lastError });
    run.failed.push(row.id);
  } else {
    const delay = Math.max(backoffDelay(row.attempts, policy, deps.random()), outcome.retryAfterMs ?? 0);
    await db.reports.update(row.id, {
      status: 'queued',
      nextAttemptAt: now + Math.min(delay, policy.maxDelayMs),
      lastError: outcome.error,
    });
    run.retrying.push(row.id);
  }
}

/**
 * The network is back (an `online` event) or the browser started: every waiting report is due now,
 * instead of sleeping out a back-off that may have grown to hours while the user was offline.
 */
export async function makeQueueDue(db: HazardDb, now: number): Promise<number> {
  return db.reports
    .where('status')
    .equals('queued')
    .and((row) => row.channel === 'endpoint' && (row.nextAttemptAt ?? 0) > now)
    .modify({ nextAttemptAt: now });
}

async function nextDue(db: HazardDb): Promise<number | undefined> {
  const queued = await db.reports.where('status').equals('queued').filter((r) => r.channel === 'endpoint').toArray();
  const times = queued.map((r) => r.nextAttemptAt ?? 0);
  return times.length ? Math.min(...times) : undefined;
}
