import { useEffect, useId, useState } from 'react';
import { t, type Lang } from '../../lib/i18n';
import { errorText } from '../../lib/ui/error-text';
import type { SyncStatus } from '../../lib/core/verdict';
import { SYNC_INTERVAL_CHOICES } from '../../lib/settings';
import type { ExtensionApi } from '../../lib/ui/extension-api';
import { formatDate } from '../../lib/ui/format';
import { syncErrorText, syncLines } from '../../lib/ui/sync-text';

export interface SyncSectionProps {
  api: ExtensionApi;
  lang: Lang;
  intervalHours: number;
  status?: SyncStatus;
  onInterval(hours: number): void;
  onStatus(status: SyncStatus): void;
}

type SyncRun =
  { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; status: SyncStatus } | { kind: 'failed'; error: string };

/** Update cadence and "update now", with the result or the error in words. */
export function SyncSection({ api, lang, intervalHours, status, onInterval, onStatus }: SyncSectionProps) {
  const selectId = useId();
  const [run, setRun] = useState<SyncRun>({ kind: 'idle' });
  // Ages are counted from when the page opened or last synced: rendering stays pure.
  const [now, setNow] = useState(Date.now);

  const syncNow = async () => {
    setRun({ kind: 'running' });
    try {
      const next = await api.send('sync-now', {});
      onStatus(next);
      setNow(Date.now());
      const error = syncErrorText(next, lang);
      setRun(error ? { kind: 'failed', error } : { kind: 'done', status: next });
    } catch (e) {
      setRun({ kind: 'failed', error: errorText(e, lang) });
    }
  };

  // While a sync runs (this button's or a scheduled one), follow its progress.
  const syncing = run.kind === 'running' || status?.syncing === true;
  useEffect(() => {
    if (!syncing) return;
    const timer = setInterval(() => {
      api.send('sync-status', {}).then(onStatus, () => undefined);
    }, 1000);
    return () => clearInterval(timer);
  }, [api, syncing, onStatus]);

  const lines = status && syncLines(status, lang, now);
  return (
    <section className="hc-card hc-panel" aria-labelledby="hc-sync-title" data-testid="options-sync">
      <h2 id="hc-sync-title" className="hc-panel-title">
        {t(lang, 'optSyncTitle')}
      </h2>
      {lines && (
        <p>
          {lines.asOf} · {lines.records}
          {lines.lastSync && <span className="hc-muted"> · {lines.lastSync}</span>}
        </p>
      )}
      {lines?.progress && (
        <p className="hc-muted" data-testid="options-sync-progress">
          {lines.progress}
        </p>
      )}
      {lines?.bundled && (
        <p className="hc-muted" data-testid="options-bundled">
          {lines.bundled}
        </p>
      )}
      <label htmlFor={selectId}>{t(lang, 'optSyncInterval')} </label>
      <select
        id={selectId}
        value={intervalHours}
        onChange={(e) => onInterval(Number(e.target.value))}
        data-testid="opt-sync-interval"
      >
        {SYNC_INTERVAL_CHOICES.map((hours) => (
          <option key={hours} value={hours}>
            {hours === 1 ? t(lang, 'optSyncHourOne') : t(lang, 'optSyncHours', { count: hours })}
          </option>
        ))}
      </select>
      <div className="hc-actions">
        <button
          type="button"
          onClick={() => void syncNow()}
          disabled={run.kind === 'running'}
          data-testid="opt-sync-now"
        >
          {t(lang, run.kind === 'running' ? 'optSyncing' : 'optSyncNow')}
        </button>
      </div>
      <p role="status" data-testid="sync-result" className={run.kind === 'failed' ? 'hc-error' : undefined}>
        {run.kind === 'done' &&
          t(lang, 'optSyncDone', { date: formatDate(run.status.dataAsOf, lang) || t(lang, 'dataUnknownAge') })}
        {run.kind === 'failed' && t(lang, 'optSyncFailed', { error: run.error })}
      </p>
    </section>
  );
}
