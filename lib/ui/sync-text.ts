/** Status lines for the hazard data (popup and options), from a SyncStatus. */
import { t, tCount, vocabularyKey, type Lang } from '../i18n';
import type { SyncStatus } from '../core/verdict';
import { formatDate, formatDateTime } from './format';
import { freshnessOf, STALE_AFTER_DAYS, type Freshness } from './freshness';

export interface SyncLines {
  asOf: string;
  records: string;
  lastSync?: string;
  bundled?: string;
  stale?: string;
  error?: string;
  /** While a sync runs: what it is doing (parts stored of how many, during a full download). */
  progress?: string;
}

/** The sync error in the user's language when its code is known, else the message the sync wrote. */
export function syncErrorText(status: Pick<SyncStatus, 'lastError'> & { lastErrorCode?: string }, lang: Lang) {
  if (!status.lastError && !status.lastErrorCode) return undefined;
  const key = status.lastErrorCode ? vocabularyKey('syncError', status.lastErrorCode) : undefined;
  const text = key ? t(lang, key) : (status.lastError ?? '').trim();
  // Always a full sentence, so it reads well inside "The update failed: … The current data stays in use."
  return /[.!?。]$/.test(text) ? text : `${text}.`;
}

export function syncLines(status: SyncStatus & { lastErrorCode?: string }, lang: Lang, now: number): SyncLines {
  const fresh = freshnessOf(status, now);
  const error = syncErrorText(status, lang);
  return {
    asOf: fresh.dataAsOf ? t(lang, 'dataAsOf', { date: formatDate(fresh.dataAsOf, lang) }) : t(lang, 'dataUnknownAge'),
    records: tCount(lang, 'dataRecordCountOne', 'dataRecordCount', status.recordCount),
    lastSync: status.lastSyncAt
      ? t(lang, 'dataLastSync', { date: formatDateTime(status.lastSyncAt, lang) })
      : undefined,
    bundled: status.bundled
      ? status.bundle?.generatedAt
        ? t(lang, 'dataBundledGenerated', { date: formatDate(status.bundle.generatedAt, lang) })
        : t(lang, 'dataBundled')
      : undefined,
    stale: staleText(fresh, lang),
    error: error ? t(lang, 'dataLastError', { error }) : undefined,
    progress: status.syncProgress
      ? t(lang, 'dataSyncProgress', { done: status.syncProgress.done, total: status.syncProgress.total })
      : status.syncing
        ? t(lang, 'dataSyncing')
        : undefined,
  };
}

function staleText(fresh: Freshness, lang: Lang): string | undefined {
  if (!fresh.stale || fresh.ageDays === undefined) return undefined;
  if (fresh.staleReason === 'server-went-back') return t(lang, 'dataStaleServerWentBack');
  if (fresh.staleReason === 'feed-too-old') return t(lang, 'dataStaleFeed', { days: fresh.ageDays });
  return t(lang, 'dataStale', { days: STALE_AFTER_DAYS });
}

export function sourceName(source: string, lang: Lang): string {
  const key = vocabularyKey('source', source);
  return key ? t(lang, key) : source;
}
