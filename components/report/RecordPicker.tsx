import { useId, useState, type FormEvent } from 'react';
import type { HazardRecord } from '../../lib/hazards/schema';
import { t, type Lang } from '../../lib/i18n';
import { errorText } from '../../lib/ui/error-text';
import type { ExtensionApi } from '../../lib/ui/extension-api';

export interface RecordPickerProps {
  lang: Lang;
  send: ExtensionApi['send'];
  picked?: HazardRecord;
  onPick(record: HazardRecord | undefined): void;
}

const nameOf = (record: HazardRecord) => record.product.names[0]?.text ?? record.ref;

/** Searches the local hazard database (`search-records`) for the record a listing should have matched. */
export function RecordPicker({ lang, send, picked, onPick }: RecordPickerProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<HazardRecord[] | null>(null);
  const [error, setError] = useState<string>();
  const inputId = useId();

  const search = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      setResults((await send('search-records', { query, limit: 8 })).records);
    } catch (e) {
      setError(errorText(e, lang));
    }
  };

  if (picked) {
    return (
      <p className="hc-report-picked" data-testid="report-picked">
        {t(lang, 'reportSearchPicked', { name: `${nameOf(picked)} (${picked.authority})` })}{' '}
        <button type="button" className="hc-link-btn" onClick={() => onPick(undefined)}>
          {t(lang, 'reportSearchClear')}
        </button>
      </p>
    );
  }
  return (
    <div className="hc-report-picker">
      <form onSubmit={(e) => void search(e)} className="hc-report-row" role="search">
        <label htmlFor={inputId}>{t(lang, 'reportSearchLabel')}</label>
        <input
          id={inputId}
          type="search"
          value={query}
          placeholder={t(lang, 'reportSearchPlaceholder')}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="report-search-input"
        />
        <button type="submit" data-testid="report-search">
          {t(lang, 'reportSearchButton')}
        </button>
      </form>
      {error && <p className="hc-error">{t(lang, 'reportErrorGeneric', { error })}</p>}
      {results && results.length === 0 && <p className="hc-muted">{t(lang, 'reportSearchNone')}</p>}
      {results && results.length > 0 && (
        <ul className="hc-report-results">
          {results.map((record) => (
            <li key={record.id}>
              <button
                type="button"
                className="hc-link-btn"
                onClick={() => onPick(record)}
                data-testid="report-search-result"
              >
                {nameOf(record)}
              </button>
              <span className="hc-muted">
                {' '}
                — {record.authority}
                {record.publishedAt ? `, ${record.publishedAt.slice(0, 10)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
