/**
 * Hooks the E2E build (`wxt build --mode e2e`) exposes on the service worker so tests can seed and
 * reset data. Production builds never call this (guarded by import.meta.env.MODE at the call site).
 */
import { META, type HazardDb } from '../../lib/hazards/db';
import { validateRecord } from '../../lib/hazards/schema';
import { stripKeys } from '../../lib/hazards/records';
import { indexKeysOf } from '../../lib/matching/keys';
import type { HazardService } from '../../lib/background/hazard-service';
import type { FeedSync } from '../../lib/sync/feed-sync';
import { countSources } from '../../lib/background/hazard-service';
import type { ReportService } from '../../lib/background/report-service';

export function installTestHooks(
  scope: object,
  deps: {
    db: HazardDb;
    service: HazardService;
    reports?: ReportService;
    notified?: string[];
    feedSync?: FeedSync;
    notifiedTexts?: { id: string; title: string; message: string; contextMessage: string }[];
  },
) {
  const hooks = {
    async seedRecords(inputs: unknown[], dataAsOf = '2026-11-01') {
      const records = inputs.map((input) => {
        const result = validateRecord(input);
        if (!result.ok) throw new Error(result.error);
        return result.record;
      });
      const { db } = deps;
      await db.transaction('rw', [db.hazards, db.tombstones, db.meta], async () => {
        await db.hazards.clear();
        await db.tombstones.clear();
        await db.meta.bulkDelete([META.chunkStore, META.chunkIds, META.baseIndex]);
        await db.hazards.bulkPut(records.map((r) => deps.service.toStored(r)));
        await db.meta.bulkPut([
          { key: 'feedVersion', value: 1 },
          { key: 'dataAsOf', value: dataAsOf },
          { key: 'sources', value: countSources(records) },
        ]);
      });
      await db.chunks.clear();
      await deps.service.reload();
    },
    async countRecords() {
      return deps.service.recordStore.count();
    },
    /** The `sync-now` path: a sync after any under way, then the status. */
    async syncNow() {
      return deps.feedSync?.syncNow();
    },
    async syncStatus() {
      return deps.feedSync?.status();
    },
    async readMeta(key: string) {
      return (await deps.db.meta.get(key))?.value;
    },
    async recordIds() {
      return (await deps.service.recordStore.ids()).sort();
    },
    /** A stored record named by a marketplace listing, as `platform:listingId`, if any. */
    async someListingKey() {
      const rows = await deps.db.hazards.toArray();
      return rows.map((row) => indexKeysOf(stripKeys(row)).listingKeys[0]).find((key) => key !== undefined);
    },
    /** Runs report delivery now, as the retry alarm would. */
    async deliverReports() {
      return deps.reports?.deliver();
    },
    /** Runs report delivery as if the retry alarm's time had come: queued reports are due now. */
    async deliverReportsAsIfDue() {
      await deps.db.reports.where('status').equals('queued').modify({ nextAttemptAt: Date.now() });
      return deps.reports?.deliver();
    },
    async reportRows() {
      return deps.db.reports.toArray();
    },
    async watchedRows() {
      return deps.db.watched.toArray();
    },
    /** Waits for the watched-listings check after the last update and returns the notification IDs made. */
    async notificationIds() {
      await deps.reports?.afterUpdate();
      return [...(deps.notified ?? [])];
    },
    /** The same, with each notification's text (what the user reads). */
    async notifications() {
      await deps.reports?.afterUpdate();
      return [...(deps.notifiedTexts ?? [])];
    },
  };
  (scope as { hazardCheckTest?: typeof hooks }).hazardCheckTest = hooks;
}
