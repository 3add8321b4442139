import { useId, useState, type FormEvent } from 'react';
import type { HazardRecord } from '../../lib/hazards/schema';
import { t, tCount, type Lang } from '../../lib/i18n';
import { errorText } from '../../lib/ui/error-text';
import type { ExtensionApi } from '../../lib/ui/extension-api';
import { RecordSummary } from '../RecordSummary';

type SearchState =
  | { kind: 'idle' }
  | { kind: 'too-short' }
  | { kind: 'searching' }
  | { kind: 'done'; query: string; records: HazardRecord[] }
  | { kind: 'error'; message: string };

/** "Check a product before you buy": search the local hazard database by name, brand or model. */
export function RecordSearch({ api, lang }: { api: ExtensionApi; lang: Lang }) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = query.trim();
    if (text.length < 2) return setState({ kind: 'too-short' });
    setState({ kind: 'searching' });
    try {
      const { records } = await api.send('search-records', { query: text, limit: 20 });
      setState({ kind: 'done', query: text, records });
    } catch (e) {
      setState({ kind: 'error', message: errorText(e, lang) });
    }
  };

  return (
    <section className="hc-card hc-panel" aria-labelledby="hc-search-title" data-testid="popup-search">
      <h2 id="hc-search-title" className="hc-panel-title">
        {t(lang, 'searchTitle')}
      </h2>
      <form role="search" onSubmit={(e) => void submit(e)} className="hc-search-form">
        <label htmlFor={inputId}>{t(lang, 'searchLabel')}</label>
        <div className="hc-search-row">
          <input id={inputId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} maxLength={200} />
          <button type="submit">{t(lang, 'searchButton')}</button>
        </div>
      </form>
      <p role="status" className="hc-muted" data-testid="search-status">
        {state.kind === 'too-short' && t(lang, 'searchTooShort')}
        {state.kind === 'searching' && t(lang, 'searchSearching')}
        {state.kind === 'done' &&
          (state.records.length
            ? tCount(lang, 'searchResultsOne', 'searchResultsMany', state.records.length)
            : t(lang, 'searchNone', { query: state.query }))}
        {state.kind === 'error' && t(lang, 'popupError', { error: state.message })}
      </p>
      {state.kind === 'done' && state.records.length > 0 && (
        <div className="hc-results" data-testid="search-results">
          {state.records.map((record) => (
            <RecordSummary key={record.id} record={record} lang={lang} />
          ))}
        </div>
      )}
    </section>
  );
}
