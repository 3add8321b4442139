/**
 * The local report queue in IndexedDB: a confirmed report is stored before anything is sent, so it
 * survives the service worker stopping and the browser restarting. A confirmed missed-hazard report
 * also becomes a local listing rule in the same transaction, so the listing is flagged at once.
 */
import type { HazardDb, LocalRule, ReportRow } from '../hazards/db';
import { listingKeyOf } from '../identifiers';
import { parseReportPayload, type ReportChannel, type ReportPayload, type ReportSummary } from './types';

export function listingKeyOfReport(payload: ReportPayload): string {
  return listingKeyOf(payload.listing.site, payload.listing.globalItemId ?? payload.listing.itemId);
}

export function localRuleFor(payload: ReportPayload, createdAt: number): LocalRule {
  return {
    id: `report:${payload.reportId}`,
    listingKey: listingKeyOfReport(payload),
    reportId: payload.reportId,
    createdAt,
    note: payload.missedHazard?.hazard ?? '',
    ...(payload.missedHazard?.recordRef && { recordRef: payload.missedHazard.recordRef }),
  };
}

export interface EnqueueResult {
  row: ReportRow;
  /** False when this report ID was already confirmed (a double click): nothing was changed. */
  created: boolean;
}

export async function enqueueReport(
  db: HazardDb,
  input: unknown,
  channel: ReportChannel,
  now: number,
): Promise<EnqueueResult> {
  const payload = parseReportPayload(input);
  return db.transaction('rw', db.reports, db.localRules, async () => {
    const existing = await db.reports.get(payload.reportId);
    if (existing) return { row: existing, created: false };
    const toEndpoint = channel.kind === 'endpoint';
    const row: ReportRow = {
      id: payload.reportId,
      createdAt: now,
      status: toEndpoint ? 'queued' : 'copied',
      attempts: 0,
      ...(toEndpoint && { nextAttemptAt: now }),
      payload,
      channel: channel.kind,
      ...(channel.kind === 'official' && { officialChannel: channel.channelId }),
    };
    await db.reports.add(row);
    if (payload.kind === 'missed-hazard') await db.localRules.put(localRuleFor(payload, now));
    return { row, created: true };
  });
}

export function summarize(row: ReportRow): ReportSummary {
  const payload = row.payload as Partial<ReportPayload>;
  return {
    id: row.id,
    kind: payload.kind ?? 'missed-hazard',
    status: row.status,
    channel: row.channel,
    createdAt: row.createdAt,
    attempts: row.attempts,
    ...(row.nextAttemptAt !== undefined && { nextAttemptAt: row.nextAttemptAt }),
    ...(row.lastError && { lastError: row.lastError }),
    ...(payload.listing?.title && { title: payload.listing.title }),
    url: payload.listing?.url ?? '',
  };
}

export async function listReports(db: HazardDb): Promise<ReportRow[]> {
  return db.reports.orderBy('createdAt').reverse().toArray();
}

/** Withdraws a report locally: the row and the listing rule it made. Already-sent copies stay sent. */
export async function deleteReport(db: HazardDb, id: string): Promise<void> {
  await db.transaction('rw', db.reports, db.localRules, async () => {
    await db.reports.delete(id);
    await db.localRules.where('reportId').equals(id).delete();
  });
}

/** Puts a failed endpoint report back in the queue ("send again"), with a fresh week of retries. */
export async function retryReport(db: HazardDb, id: string, now: number): Promise<boolean> {
  const changed = await db.reports
    .where('id')
    .equals(id)
    .and((row) => row.status === 'failed' && row.channel === 'endpoint')
    .modify({ status: 'queued', attempts: 0, nextAttemptAt: now, retrySince: now, lastError: undefined });
  return changed > 0;
}

/**
 * A row left in `sending` means the worker stopped mid-request. It goes back to the queue: resending is
 * safe because the server dedupes on the Idempotency-Key.
 */
export async function recoverInterrupted(db: HazardDb, now: number): Promise<number> {
  return db.reports.where('status').equals('sending').modify({ status: 'queued', nextAttemptAt: now });
}
