import { useCallback, useEffect, useState } from 'react';
import type { WatchedListing } from '../../lib/hazards/db';
import { t, type Lang } from '../../lib/i18n';
import type { ExtensionApi } from '../../lib/ui/extension-api';
import { formatDate } from '../../lib/ui/format';
import { downloadText } from '../report/download';

export interface BoughtSectionProps {
  lang: Lang;
  send: ExtensionApi['send'];
  enabled: boolean;
  onToggle(enabled: boolean): void;
}

/**
 * "Remember what I bought": the opt-in, what it stores and where, and the stored items with export and
 * delete. The list shows even with the option off, so items kept earlier can still be deleted.
 */
export function BoughtSection({ lang, send, enabled, onToggle }: BoughtSectionProps) {
  const [items, setItems] = useState<WatchedListing[]>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    send('bought-list', {}).then(
      ({ items: rows }) => setItems(rows),
      (e: unknown) => setError(String(e)),
    );
  }, [send]);
  useEffect(load, [load]);
  const act = (work: Promise<unknown>) => void work.then(load, (e: unknown) => setError(String(e)));
  const exportItems = () =>
    act(send('bought-export', {}).then(({ fileName, mimeType, text }) => downloadText(fileName, mimeType, text)));

  return (
    <section className="hc-card hc-panel" aria-labelledby="hc-bought-title" data-testid="bought-section">
      <h2 id="hc-bought-title" className="hc-panel-title">
        {t(lang, 'boughtTitle')}
      </h2>
      <label className="hc-check">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => onToggle(e.target.checked)}
          aria-describedby="hc-bought-help"
          data-testid="opt-remember-purchases"
        />
        <span>{t(lang, 'boughtToggle')}</span>
      </label>
      <p id="hc-bought-help" className="hc-muted hc-help">
        {t(lang, 'boughtHelp')}
      </p>
      <h3>{t(lang, 'boughtListTitle')}</h3>
      {items && !items.length && <p className="hc-muted">{t(lang, 'boughtEmpty')}</p>}
      <ul className="hc-report-list">
        {items?.map((item) => (
          <li key={item.listingKey} data-testid="bought-item">
            <a href={item.url} target="_blank" rel="noopener noreferrer">
              {item.title ?? item.url}
            </a>
            <span className="hc-muted">
              {item.seller?.name && ` · ${item.seller.name}`}
              {item.purchase?.variant && ` · ${t(lang, 'boughtVariant', { variant: item.purchase.variant })}`}
              {item.purchase?.orderDate &&
                ` · ${t(lang, 'boughtOrdered', { date: formatDate(item.purchase.orderDate, lang) })}`}
              {item.notifiedRecordIds.length > 0 && ` · ${t(lang, 'boughtAlerted')}`}
            </span>{' '}
            <button
              type="button"
              className="hc-link-btn"
              onClick={() => act(send('bought-delete', { listingKey: item.listingKey }))}
            >
              {t(lang, 'boughtDeleteOne')}
            </button>
          </li>
        ))}
      </ul>
      {!!items?.length && (
        <div className="hc-actions">
          <button type="button" onClick={exportItems} data-testid="bought-export">
            {t(lang, 'boughtExport')}
          </button>
          <button type="button" onClick={() => act(send('bought-delete', {}))} data-testid="bought-delete-all">
            {t(lang, 'boughtDeleteAll')}
          </button>
        </div>
      )}
      {error && <p className="hc-error">{t(lang, 'reportErrorGeneric', { error })}</p>}
    </section>
  );
}
