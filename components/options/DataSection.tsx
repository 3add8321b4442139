import { useEffect, useRef, useState } from 'react';
import { t, type Lang } from '../../lib/i18n';
import { errorText } from '../../lib/ui/error-text';
import { exportFileName, type LocalDataApi } from '../../lib/ui/local-data';

type DataState = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'message'; text: string; error?: boolean };

/** Export the user's own data as JSON, or delete it after a confirmation. The hazard database stays. */
export function DataSection({ lang, data, onCleared }: { lang: Lang; data: LocalDataApi; onCleared(): void }) {
  const [state, setState] = useState<DataState>({ kind: 'idle' });
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The safe choice takes focus, so Enter on the dialog never deletes by accident.
  useEffect(() => {
    if (state.kind === 'confirm') cancelRef.current?.focus();
  }, [state.kind]);

  const fail = (e: unknown) => setState({ kind: 'message', error: true, text: errorText(e, lang) });

  const exportNow = async () => {
    try {
      const file = exportFileName();
      const blob = new Blob([JSON.stringify(await data.exportData(), null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = file;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: 'message', text: t(lang, 'optExported', { file }) });
    } catch (e) {
      fail(e);
    }
  };

  const clearNow = async () => {
    try {
      await data.clearData();
      onCleared();
      setState({ kind: 'message', text: t(lang, 'optCleared') });
    } catch (e) {
      fail(e);
    }
  };

  return (
    <section className="hc-card hc-panel" aria-labelledby="hc-data-title" data-testid="options-data">
      <h2 id="hc-data-title" className="hc-panel-title">
        {t(lang, 'optDataTitle')}
      </h2>
      <p className="hc-muted">{t(lang, 'optDataHelp')}</p>
      <div className="hc-actions">
        <button type="button" onClick={() => void exportNow()} data-testid="opt-export">
          {t(lang, 'optExport')}
        </button>
        <button type="button" onClick={() => setState({ kind: 'confirm' })} data-testid="opt-clear">
          {t(lang, 'optClear')}
        </button>
      </div>
      {state.kind === 'confirm' && (
        <div
          role="alertdialog"
          aria-labelledby="hc-clear-question"
          className="hc-confirm"
          data-testid="opt-clear-confirm"
        >
          <p id="hc-clear-question">{t(lang, 'optClearConfirm')}</p>
          <div className="hc-actions">
            <button type="button" className="hc-danger-btn" onClick={() => void clearNow()} data-testid="opt-clear-yes">
              {t(lang, 'optClearYes')}
            </button>
            <button ref={cancelRef} type="button" onClick={() => setState({ kind: 'idle' })}>
              {t(lang, 'optClearNo')}
            </button>
          </div>
        </div>
      )}
      <p
        role="status"
        className={state.kind === 'message' && state.error ? 'hc-error' : undefined}
        data-testid="data-result"
      >
        {state.kind === 'message' && state.text}
      </p>
    </section>
  );
}
