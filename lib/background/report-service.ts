/**
 * The background's report and watch-list service: message handlers for the report flow, the delivery
 * queue driven by an alarm, remembering viewed listings, and the check after a database update.
 * Browser APIs come in as dependencies so the whole service runs in unit tests.
 */
import type { HazardDb } from '../hazards/db';
import type { HazardRecord } from '../hazards/schema';
import type { Handlers } from '../messaging';
import type { SyncStatus, Verdict } from '../core/verdict';
import type { Settings } from '../settings';
import type { PageReading } from '../sites/types';
import { boughtExport, deleteBought, listBought, rememberPurchases } from '../reports/bought';
import { deliverDueReports, makeQueueDue, type DeliveryPolicy, type DeliveryRun } from '../reports/delivery';
import { reportsToCsv, reportsToJson } from '../reports/export';
import { githubIssueUrl } from '../reports/github-issue';
import { officialChannel } from '../reports/official-channels';
import { buildReportPayload, ReportInputError } from '../reports/payload';
import { deleteReport, enqueueReport, listReports, recoverInterrupted, retryReport, summarize } from '../reports/queue';
import { formatPayload, type ReportPayload } from '../reports/types';
import {
  checkWatchedAfterUpdate,
  clearWatched,
  listWatched,
  readingOfWatched,
  rememberListing,
  removeWatched,
  WATCH_LIMIT,
  type WatchAlert,
} from '../reports/watched';

export const REPORT_ALARM = 'hazard-check:report-delivery';
/** How long confirming waits for the first delivery attempt before answering "queued". */
export const SUBMIT_WAIT_MS = 5000;

export interface ReportServiceDeps {
  db: HazardDb;
  hazards: {
    status(): Promise<SyncStatus>;
    records(ids: string[]): Promise<HazardRecord[]>;
    checkPage(reading: PageReading): Promise<Verdict>;
  };
  settings(): Promise<Settings>;
  /** The build's report endpoint; undefined when reports go to GitHub or official channels only. */
  endpoint: string | undefined;
  extensionVersion: string;
  fetch: typeof fetch;
  now(): number;
  random(): number;
  randomId(): string;
  wait(ms: number): Promise<void>;
  setAlarm(name: string, when: number | undefined): Promise<void>;
  openTab(url: string): Promise<void>;
  /** Re-runs the page check in a tab, so a new local rule shows at once. */
  recheckTab(tabId: number): Promise<void>;
  notify(alert: WatchAlert): Promise<void>;
  policy?: DeliveryPolicy;
}

export type ReportHandlers = Pick<
  Handlers,
  | 'report-preview'
  | 'report-submit'
  | 'report-list'
  | 'report-export'
  | 'report-retry'
  | 'report-delete'
  | 'watch-list'
  | 'watch-mark'
  | 'watch-remove'
  | 'watch-clear'
  | 'bought-list'
  | 'bought-delete'
  | 'bought-export'
>;

/** The local calendar day: a report says which day, never the time. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function createReportService(deps: ReportServiceDeps) {
  const { db } = deps;

  const deliver = (): Promise<DeliveryRun> => {
    if (!deps.endpoint) return Promise.resolve({ sent: [], retrying: [], failed: [] });
    return deliverDueReports({
      db,
      endpoint: deps.endpoint,
      fetch: deps.fetch,
      now: deps.now,
      random: deps.random,
      scheduleWake: (at) => deps.setAlarm(REPORT_ALARM, at),
      policy: deps.policy,
    });
  };

  // Update checks are serialized: two syncs in a row must not alert twice for the same record.
  let updateCheck: Promise<unknown> = Promise.resolve();
  const afterUpdate = (): Promise<WatchAlert[]> => {
    const run = updateCheck.then(() =>
      checkWatchedAfterUpdate({
        db,
        matchListing: async (listing) => (await deps.hazards.checkPage(readingOfWatched(listing))).matches,
        notify: deps.notify,
      }),
    );
    updateCheck = run.catch(() => undefined);
    return run;
  };

  const handlers: ReportHandlers = {
    'report-preview': async ({ reading, form, matchedRecordIds }) => {
      const picked =
        form.kind === 'missed-hazard' && form.recordRef ? (await deps.hazards.records([form.recordRef]))[0] : undefined;
      const status = await deps.hazards.status();
      try {
        const payload = buildReportPayload(form, {
          reading,
          matchedRecordIds,
          reportId: deps.randomId(),
          today: localDay(deps.now()),
          extensionVersion: deps.extensionVersion,
          feedVersion: status.feedVersion,
          dataAsOf: status.dataAsOf,
          pickedRecord: picked,
        });
        return { ok: true, payload, json: formatPayload(payload), endpoint: !!deps.endpoint };
      } catch (error) {
        if (error instanceof ReportInputError) return { ok: false, problem: error.problem };
        throw error;
      }
    },

    'report-submit': async ({ payload, channel, tabId: askedTab }, sender) => {
      const tabId = askedTab ?? sender.tabId;
      if (channel.kind === 'endpoint' && !deps.endpoint) throw new Error('This build has no report endpoint');
      const { row, created } = await enqueueReport(db, payload, channel, deps.now());
      const stored = row.payload as ReportPayload;
      let openedUrl: string | undefined;
      if (created && channel.kind === 'github') openedUrl = githubIssueUrl(stored);
      if (created && channel.kind === 'official') openedUrl = officialChannel(channel.channelId).url;
      if (openedUrl) await deps.openTab(openedUrl);
      if (created && stored.kind === 'missed-hazard' && tabId !== undefined) await deps.recheckTab(tabId);
      // The first attempt usually answers at once; a slow server must not hold the dialog (the queue goes on).
      if (row.channel === 'endpoint') await Promise.race([deliver(), deps.wait(SUBMIT_WAIT_MS)]);
      const current = (await db.reports.get(row.id)) ?? row;
      return { report: summarize(current), openedUrl, localRule: stored.kind === 'missed-hazard' };
    },

    'report-list': async () => ({ reports: (await listReports(db)).map(summarize), endpoint: !!deps.endpoint }),

    'report-export': async ({ format }) => {
      const rows = await listReports(db);
      const day = localDay(deps.now());
      return format === 'csv'
        ? { fileName: `hazard-check-reports-${day}.csv`, mimeType: 'text/csv;charset=utf-8', text: reportsToCsv(rows) }
        : { fileName: `hazard-check-reports-${day}.json`, mimeType: 'application/json', text: reportsToJson(rows) };
    },

    'report-retry': async ({ id }) => {
      const ok = await retryReport(db, id, deps.now());
      if (ok) await deliver();
      return { ok };
    },

    'report-delete': async ({ id }) => {
      await deleteReport(db, id);
      return { ok: true };
    },

    'watch-list': async () => ({ listings: await listWatched(db), limit: WATCH_LIMIT }),

    'watch-mark': async ({ reading, marked }) => {
      const verdict = await deps.hazards.checkPage(reading);
      const row = await rememberListing(db, reading, verdict, { now: deps.now(), mark: marked });
      return { ok: !!row };
    },

    'watch-remove': async ({ listingKey }) => {
      await removeWatched(db, listingKey);
      return { ok: true };
    },

    'watch-clear': async () => {
      await clearWatched(db);
      return { ok: true };
    },

    'bought-list': async () => ({ items: await listBought(db) }),

    'bought-delete': async ({ listingKey }) => ({ deleted: await deleteBought(db, listingKey) }),

    'bought-export': async () => ({
      fileName: `hazard-check-bought-${localDay(deps.now())}.json`,
      mimeType: 'application/json',
      text: boughtExport(await listBought(db), deps.now()),
    }),
  };

  return {
    handlers,
    deliver,
    afterUpdate,

    /** Worker start: reports cut off mid-send go back to the queue, then anything due is sent. */
    async start(): Promise<void> {
      await recoverInterrupted(db, deps.now());
      await deliver();
    },

    /**
     * The network is back (`online`) or the browser started: waiting reports are tried at once rather
     * than after a back-off that grew while the user was offline or the browser was closed.
     */
    async resume(): Promise<void> {
      if (!deps.endpoint) return;
      await makeQueueDue(db, deps.now());
      await deliver();
    },

    async onAlarm(name: string): Promise<void> {
      if (name === REPORT_ALARM) await deliver();
    },

    /**
     * After a page was checked: a product page is remembered when the user allows it or marked it; an order
     * page's items only when the user turned on "remember what I bought".
     */
    async afterCheck(reading: PageReading, verdict: Verdict): Promise<void> {
      if (reading.pageType === 'orders') {
        if ((await deps.settings()).rememberPurchases) await rememberPurchases(db, reading, verdict, deps.now());
        return;
      }
      if (verdict.state !== 'ok' || reading.pageType !== 'product' || !verdict.listingKey) return;
      const { watchViewed } = await deps.settings();
      if (!watchViewed && !(await db.watched.get(verdict.listingKey))?.marked) return;
      await rememberListing(db, reading, verdict, { now: deps.now() });
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
