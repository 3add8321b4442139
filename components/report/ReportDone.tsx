import { t, type Lang, type MessageKey } from '../../lib/i18n';
import type { Response } from '../../lib/messaging';

export interface ReportDoneProps {
  lang: Lang;
  result: Response<'report-submit'>;
  /** Official channel: copied, or the text to copy by hand when the clipboard refused. */
  copy?: { ok: true } | { ok: false; text: string };
}

function outcomeKey(result: Response<'report-submit'>, copied: boolean): MessageKey {
  const { report } = result;
  if (report.channel === 'github') return 'reportDoneGithub';
  if (report.channel === 'official') return copied ? 'reportDoneCopied' : 'reportDoneCopyFailed';
  if (report.status === 'sent') return 'reportDoneSent';
  if (report.status === 'failed') return 'reportDoneFailed';
  return 'reportDoneQueued';
}

/** What happened to the confirmed report, in words. */
export function ReportDone({ lang, result, copy }: ReportDoneProps) {
  const key = outcomeKey(result, copy?.ok !== false);
  return (
    <div data-testid="report-done" data-status={result.report.status}>
      <p role="status">{t(lang, key, { error: result.report.lastError ?? '' })}</p>
      {copy && !copy.ok && (
        <textarea className="hc-report-copy" readOnly rows={8} value={copy.text} onFocus={(e) => e.target.select()} />
      )}
      {result.localRule && <p data-testid="report-local-rule">{t(lang, 'reportDoneRule')}</p>}
    </div>
  );
}
