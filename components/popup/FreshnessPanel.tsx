import { useEffect, useState } from 'react';
import { t, tCount, type Lang } from '../../lib/i18n';
import { errorText } from '../../lib/ui/error-text';
import type { SyncStatus } from '../../lib/core/verdict';
import type { ExtensionApi } from '../../lib/ui/extension-api';
import { sourceName, syncLines } from '../../lib/ui/sync-text';

/** "Data as of …", sources, staleness and the last error: freshness is part of every answer. */
export function FreshnessPanel({ api, lang, now }: { api: ExtensionApi; lang: Lang; now?: number }) {
  // The clock is read once, when the popup opens: rendering stays pure.
  const [openedAt] = useState(Date.now);
  const [status, setStatus] = useState<SyncStatus>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.send('sync-status', {}).then(setStatus, (e: unknown) => setError(errorText(e, lang)));
  }, [api, lang]);
  // While a sync runs, follow its progress; the panel settles once it is done.
  const syncing = status?.syncing === true;
  useEffect(() => {
    if (!syncing) return;
    const timer = setInterval(() => {
      api.send('sync-status', {}).then(setStatus, () => undefined);
    }, 1000);
    return () => clearInterval(timer);
  }, [api, syncing]);

  if (error) return <p className="hc-error">{t(lang, 'popupError', { error })}</p>;
  if (!status) return null;
  const lines = syncLines(status, lang, now ?? openedAt);
  return (
    <section className="hc-card hc-panel" aria-labelledby="hc-data-title" data-testid="popup-freshness">
      <h2 id="hc-data-title" className="hc-panel-title">
        {t(lang, 'dataTitle')}
      </h2>
      <p>
        <strong>{lines.asOf}</strong> · {lines.records}
      </p>
      {lines.progress && (
        <p role="status" className="hc-muted" data-testid="data-sync-progress">
          {lines.progress}
        </p>
      )}
      {lines.stale && (
        <p className="hc-warning-text" data-testid="data-stale">
          {lines.stale}
        </p>
      )}
      {lines.error && (
        <p className="hc-error" data-testid="data-error">
          {lines.error}
        </p>
      )}
      {lines.lastSync && <p className="hc-muted">{lines.lastSync}</p>}
      {lines.bundled && <p className="hc-muted">{lines.bundled}</p>}
      {status.sources.length > 0 && (
        <ul className="hc-sources">
          {status.sources.map((s) => (
            <li key={s.source}>
              {sourceName(s.source, lang)} — {tCount(lang, 'dataRecordCountOne', 'dataRecordCount', s.count)}
              {status.bundle?.sources.find((b) => b.source === s.source) && (
                <span className="hc-muted"> · {status.bundle.sources.find((b) => b.source === s.source)!.licence}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
