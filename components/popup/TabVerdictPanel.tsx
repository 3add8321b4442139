import { useCallback, useEffect, useState } from 'react';
import { t, tCount, type Lang } from '../../lib/i18n';
import { errorText } from '../../lib/ui/error-text';
import type { Response } from '../../lib/messaging';
import type { ExtensionApi } from '../../lib/ui/extension-api';
import { recheckAndWait } from '../../lib/ui/recheck';
import type { OnReport } from '../../lib/ui/report-request';
import { summarizeTab } from '../../lib/ui/tab-summary';
import { MatchDetails } from '../MatchDetails';
import { StoreNote } from '../StoreNote';
import { OwnReportNote } from '../OwnReportNote';

export interface TabVerdictPanelProps {
  api: ExtensionApi;
  lang: Lang;
  tabId: number | undefined;
  onReport?: OnReport;
}

type CheckState = 'idle' | 'checking' | 'checked' | 'timeout';

/** This tab's verdict with its evidence; "check again"; "report this listing". */
export function TabVerdictPanel({ api, lang, tabId, onReport }: TabVerdictPanelProps) {
  const [answer, setAnswer] = useState<Response<'tab-verdict'>>();
  const [error, setError] = useState<string>();
  const [check, setCheck] = useState<CheckState>('idle');

  const load = useCallback(
    (): Promise<void> =>
      tabId === undefined
        ? Promise.resolve()
        : api.send('tab-verdict', { tabId }).then(
            (next) => {
              setAnswer(next);
              setError(undefined);
            },
            (e: unknown) => setError(errorText(e, lang)),
          ),
    [api, tabId, lang],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const checkAgain = async () => {
    if (tabId === undefined) return;
    setCheck('checking');
    try {
      setCheck(await recheckAndWait(api, tabId));
    } catch {
      setCheck('timeout');
    }
    await load();
  };

  const showAgain = async (listingKey: string) => {
    if (tabId === undefined) return;
    await api.send('set-dismissal', { listingKey, kind: 'clear', signature: '' });
    await checkAgain();
  };

  if (error) return <p className="hc-error">{t(lang, 'popupError', { error })}</p>;
  // A popup without a tab (e.g. opened on its own) shows the empty verdict.
  const shown = tabId === undefined ? {} : answer;
  if (!shown) return null;
  const summary = summarizeTab(shown.reading, shown.verdict);
  const listingKey = summary.kind === 'product' ? summary.verdict.listingKey : undefined;

  return (
    <section className="hc-card hc-panel" aria-labelledby="hc-tab-title" data-testid="popup-verdict">
      <h2 id="hc-tab-title" className="hc-panel-title">
        {t(lang, 'popupThisPage')}
      </h2>
      {summary.kind === 'no-page' && <p>{t(lang, 'popupNoPage')}</p>}
      {summary.kind === 'not-checked' && (
        <div data-testid="popup-not-checked">
          <p>
            <strong>{t(lang, 'popupNotChecked', { reason: t(lang, summary.reasonKey) })}</strong>
          </p>
          <p className="hc-muted">{t(lang, 'popupNotCheckedHint')}</p>
        </div>
      )}
      {summary.kind === 'product' && (
        <>
          {summary.verdict.dismissed && (
            <p>
              {t(lang, 'popupDismissed')}{' '}
              {listingKey && (
                <button type="button" className="hc-link-btn" onClick={() => void showAgain(listingKey)}>
                  {t(lang, 'popupShowAgain')}
                </button>
              )}
            </p>
          )}
          {summary.shown.length === 0 && !summary.verdict.ownReport && <p>{t(lang, 'popupNothingFound')}</p>}
          {summary.shown.map((item) => (
            <MatchDetails key={item.record.id} item={item} lang={lang} showTier />
          ))}
          {summary.verdict.ownReport && <OwnReportNote report={summary.verdict.ownReport} lang={lang} />}
        </>
      )}
      {summary.kind !== 'no-page' && summary.kind !== 'not-checked' && summary.verdict.storeNotes?.length ? (
        <StoreNote notes={summary.verdict.storeNotes} lang={lang} />
      ) : null}
      {summary.kind === 'cards' &&
        (summary.flagged.length === 0 && summary.ownReports.length === 0 ? (
          <p>{t(lang, 'popupNothingFoundCards')}</p>
        ) : (
          <>
            {summary.flagged.length > 0 && (
              <p>
                <strong>{tCount(lang, 'popupCardsFlaggedOne', 'popupCardsFlaggedMany', summary.flagged.length)}</strong>
              </p>
            )}
            {summary.flagged.map(([itemId, matches]) => (
              <MatchDetails key={itemId} item={matches[0]!} lang={lang} showTier />
            ))}
            {summary.ownReports.map(([itemId, report]) => (
              <OwnReportNote key={itemId} report={report} lang={lang} />
            ))}
          </>
        ))}
      <div className="hc-actions">
        {tabId !== undefined && summary.kind !== 'no-page' && (
          <button
            type="button"
            onClick={() => void checkAgain()}
            disabled={check === 'checking'}
            data-testid="popup-check-again"
          >
            {t(lang, check === 'checking' ? 'popupChecking' : 'popupCheckAgain')}
          </button>
        )}
        {onReport && summary.kind === 'not-checked' && summary.goneListingKey && (
          <button
            type="button"
            onClick={() =>
              onReport({ reason: 'listing-gone', from: 'popup', listingKey: summary.goneListingKey, recordIds: [] })
            }
            data-testid="popup-report"
          >
            {t(lang, 'popupReportGone')}
          </button>
        )}
        {onReport && summary.kind === 'product' && (
          <button
            type="button"
            onClick={() =>
              onReport({
                reason: summary.shown.length ? 'other' : 'missed-hazard',
                from: 'popup',
                listingKey,
                recordIds: summary.shown.map((m) => m.record.id),
              })
            }
            data-testid="popup-report"
          >
            {t(lang, 'popupReport')}
          </button>
        )}
      </div>
      <p role="status" className="hc-muted">
        {check === 'checked' && t(lang, 'popupChecked')}
        {check === 'timeout' && t(lang, 'popupCheckTimeout')}
      </p>
    </section>
  );
}
