/**
 * The user's own data: export as one JSON file and delete on request. The hazard records are not the
 * user's data and are never touched here, so clearing can never leave the extension without its
 * database.
 */
import type { HazardDb } from '../hazards/db';
import { DEFAULT_SETTINGS, type Settings } from '../settings';

export const EXPORT_FORMAT = 'hazard-check-local-data';

export interface LocalDataExport {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  settings: Settings;
  dismissals: unknown[];
  watched: unknown[];
  reports: unknown[];
  localRules: unknown[];
}

type UserTables = Pick<HazardDb, 'dismissals' | 'watched' | 'reports' | 'localRules' | 'transaction'>;

export async function exportLocalData(db: UserTables, settings: Settings, now = new Date()): Promise<LocalDataExport> {
  const [dismissals, watched, reports, localRules] = await Promise.all([
    db.dismissals.toArray(),
    db.watched.toArray(),
    db.reports.toArray(),
    db.localRules.toArray(),
  ]);
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    settings,
    dismissals,
    watched,
    reports,
    localRules,
  };
}

export function exportFileName(now = new Date()): string {
  return `hazard-check-data-${now.toISOString().slice(0, 10)}.json`;
}

/** Deletes the user's tables in one transaction. Hazard records and sync metadata stay. */
export async function clearLocalData(db: UserTables): Promise<void> {
  await db.transaction('rw', [db.dismissals, db.watched, db.reports, db.localRules], async () => {
    await Promise.all([db.dismissals.clear(), db.watched.clear(), db.reports.clear(), db.localRules.clear()]);
  });
}

/** Settings after "delete my data": defaults, but the one-time notice stays acknowledged. */
export function settingsAfterClear(): Settings {
  return { ...DEFAULT_SETTINGS, noticeAcknowledged: true };
}

/** What the options page needs for "export" and "delete my data" (the real one opens the extension's database). */
export interface LocalDataApi {
  exportData(): Promise<LocalDataExport>;
  clearData(): Promise<void>;
}
