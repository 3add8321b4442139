import { useCallback, useEffect, useState } from 'react';
import { t, type Lang, type MessageKey } from '../../lib/i18n';
import { errorText } from '../../lib/ui/error-text';
import type { ReportSummary } from '../../lib/reports/types';
import type { ExtensionApi } from '../../lib/ui/extension-api';
import { formatDate, formatDateTime } from '../../lib/ui/format';
import { downloadText } from './download';
import './report.css';

export interface ReportHistoryProps {
  lang: Lang;
  send: ExtensionApi['send'];
  /** Popup: the newest few only, without export. */
  compact?: boolean;
}

const statusKey = (status: ReportSummary['status']) => `reportStatus_${status}` as MessageKey;

/** The user's reports and what became of them; retry, withdraw, and export as JSON or CSV. */
export function ReportHistory({ lang, send, compact = false }: ReportHistoryProps) {
  const [reports, setReports] = useState<ReportSummary[]>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    send('report-list', {}).then(
      (r) => setReports(r.reports),
      (e: unknown) => setError(errorText(e, lang)),
    );
  }, [send, lang]);
  useEffect(load, [load]);

  const act = (work: Promise<unknown>) => void work.then(load, (e: unknown) => setError(errorText(e, lang)));
  const exportAs = (format: 'json' | 'csv') =>
    act(send('report-export', { format }).then((file) => downloadText(file.fileName, file.mimeType, file.text)));

  if (!reports) return null;
  if (compact && !reports.length) return null;
  const shown = compact ? reports.slice(0, 3) : reports;
  return (
    <section className="hc-card hc-panel" aria-labelledby="hc-reports-title" data-testid="report-history">
      <h2 id="hc-reports-title" className="hc-panel-title">
        {t(lang, 'reportsTitle')}
      </h2>
      {!reports.length && <p className="hc-muted">{t(lang, 'reportsEmpty')}</p>}
      <ul className="hc-report-list">
        {shown.map((report) => (
          <li key={report.id} data-testid="report-history-item" data-status={report.status}>
            <span className="hc-report-status">{t(lang, statusKey(report.status))}</span>
            {' · '}
            {formatDate(report.createdAt, lang)}
            {' · '}
            <a href={report.url} target="_blank" rel="noopener noreferrer">
              {report.title ?? report.url}
            </a>
            {report.status === 'queued' && report.nextAttemptAt !== undefined && (
              <span className="hc-muted">
                {' '}
                · {t(lang, 'reportNextTry', { time: formatDateTime(report.nextAttemptAt, lang) })}
              </span>
            )}
            {report.lastError && report.status !== 'sent' && (
              <p className="hc-muted" data-testid="report-last-error">
                {report.lastError}
              </p>
            )}
            {(report.status === 'failed' && report.channel === 'endpoint') || !compact ? (
              <div className="hc-actions">
                {/* The popup offers "send again" too: a report that finally failed is never a dead end. */}
                {report.status === 'failed' && report.channel === 'endpoint' && (
                  <button
                    type="button"
                    onClick={() => act(send('report-retry', { id: report.id }))}
                    data-testid="report-send-again"
                  >
                    {t(lang, 'reportRetry')}
                  </button>
                )}
                {!compact && (
                  <button type="button" onClick={() => act(send('report-delete', { id: report.id }))}>
                    {t(lang, 'reportWithdraw')}
                  </button>
                )}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {!compact && reports.length > 0 && (
        <div className="hc-actions">
          <button type="button" onClick={() => exportAs('json')} data-testid="report-export-json">
            {t(lang, 'reportExportJson')}
          </button>
          <button type="button" onClick={() => exportAs('csv')} data-testid="report-export-csv">
            {t(lang, 'reportExportCsv')}
          </button>
        </div>
      )}
      {error && <p className="hc-error">{t(lang, 'reportErrorGeneric', { error })}</p>}
    </section>
  );
}
