import { useCallback, useEffect, useState } from 'react';
import type { WatchedListing } from '../../lib/hazards/db';
import { t, type Lang } from '../../lib/i18n';
import { errorText } from '../../lib/ui/error-text';
import type { ExtensionApi } from '../../lib/ui/extension-api';
import { formatDate } from '../../lib/ui/format';
import './report.css';

/** The listings remembered for retro-alerts, kept only in this browser: view, forget one, forget all. */
export function WatchedListings({ lang, send }: { lang: Lang; send: ExtensionApi['send'] }) {
  const [state, setState] = useState<{ listings: WatchedListing[]; limit: number }>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    send('watch-list', {}).then(setState, (e: unknown) => setError(errorText(e, lang)));
  }, [send, lang]);
  useEffect(load, [load]);
  const act = (work: Promise<unknown>) => void work.then(load, (e: unknown) => setError(errorText(e, lang)));

  if (!state) return null;
  return (
    <section className="hc-card hc-panel" aria-labelledby="hc-watched-title" data-testid="watched-listings">
      <h2 id="hc-watched-title" className="hc-panel-title">
        {t(lang, 'watchTitle')}
      </h2>
      <p className="hc-muted">{t(lang, 'watchIntro', { count: state.listings.length, limit: state.limit })}</p>
      {!state.listings.length && <p className="hc-muted">{t(lang, 'watchEmpty')}</p>}
      <ul className="hc-report-list">
        {state.listings.map((listing) => (
          <li key={listing.listingKey} data-testid="watched-item">
            <a href={listing.url} target="_blank" rel="noopener noreferrer">
              {listing.title ?? listing.url}
            </a>
            <span className="hc-muted">
              {' · '}
              {formatDate(listing.viewedAt, lang)}
              {listing.marked && ` · ${t(lang, 'watchMarkedTag')}`}
            </span>{' '}
            <button
              type="button"
              className="hc-link-btn"
              onClick={() => act(send('watch-remove', { listingKey: listing.listingKey }))}
            >
              {t(lang, 'watchForget')}
            </button>
          </li>
        ))}
      </ul>
      {state.listings.length > 0 && (
        <div className="hc-actions">
          <button type="button" onClick={() => act(send('watch-clear', {}))} data-testid="watched-clear">
            {t(lang, 'watchClear')}
          </button>
        </div>
      )}
      {error && <p className="hc-error">{t(lang, 'reportErrorGeneric', { error })}</p>}
    </section>
  );
}
