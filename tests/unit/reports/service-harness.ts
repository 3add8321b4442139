/** A report service over a real HazardService and database, with the browser's parts recorded. */
import { HazardService, type EngineLike } from '../../../lib/background/hazard-service';
import type { HazardDb } from '../../../lib/hazards/db';
import type { HazardRecord } from '../../../lib/hazards/schema';
import { createReportService } from '../../../lib/background/report-service';
import type { WatchAlert } from '../../../lib/reports/watched';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { openDb, uuid } from './helpers';

/** Exact listing-ID matching (global or local ID): enough to exercise the wiring, not the matcher. */
export function listingIdEngine(records: HazardRecord[]): EngineLike {
  return {
    match: (q) =>
      records
        .filter((r) => r.marketplaces.some((m) => m.platform === q.site && [q.itemId, q.globalItemId].includes(m.listingId)))
        .map((r) => ({
          recordId: r.id, source: r.source, sourceKind: r.sourceKind, ref: r.ref, tier: 'exact' as const, score: 1, rule: 'exact-identifier',
          evidence: [{ kind: 'listing-id' as const, listingValue: q.itemId ?? '', recordValue: q.itemId ?? '', how: 'exact' as const }],
        })),
    search: (text) => records.filter((r) => r.product.names.some((n) => n.text.toLowerCase().includes(text.toLowerCase()))).map((r) => r.id),
  };
}

export interface Harness {
  db: HazardDb;
  hazards: HazardService;
  reports: ReturnType<typeof createReportService>;
  opened: string[];
  rechecked: number[];
  alerts: WatchAlert[];
  alarms: (number | undefined)[];
  settings: Settings;
  /** Replaces the hazard data, as a sync would, and reloads (which runs the after-update check). */
  update(records: HazardRecord[]): Promise<void>;
}

export async function harness(
  options: {
    endpoint?: string;
    records?: HazardRecord[];
    now?: () => number;
    wait?: (ms: number) => Promise<void>;
    fetch?: typeof fetch;
  } = {},
): Promise<Harness> {
  const db = openDb();
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const hazards = new HazardService({
    db,
    createEngine: listingIdEngine,
    profileOf: () => undefined,
    bundled: () => ({ records: options.records ?? [], dataAsOf: '2026-11-01' }),
    settings: async () => settings,
  });
  const h: Omit<Harness, 'reports' | 'update'> = { db, hazards, opened: [], rechecked: [], alerts: [], alarms: [], settings };
  const reports = createReportService({
    db,
    hazards,
    settings: async () => settings,
    endpoint: options.endpoint,
    extensionVersion: '0.1.0',
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    now: options.now ?? (() => Date.UTC(2026, 10, 23, 9)),
    random: () => 0.5,
    randomId: uuid,
    wait: options.wait ?? (() => new Promise<void>(() => undefined)), // never: tests see the real outcome
    setAlarm: async (_name, when) => void h.alarms.push(when),
    openTab: async (url) => void h.opened.push(url),
    recheckTab: async (tabId) => void h.rechecked.push(tabId),
    notify: async (alert) => void h.alerts.push(alert),
  });
  hazards.onReloaded(() => reports.afterUpdate());
  await hazards.ready();
  return {
    ...h,
    reports,
    async update(records) {
      await db.hazards.clear();
      await db.hazards.bulkPut(records.map((r) => hazards.toStored(r)));
      await db.meta.put({ key: 'feedVersion', value: 2 });
      await hazards.reload();
    },
  };
}
