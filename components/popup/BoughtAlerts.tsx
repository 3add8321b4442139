import { useEffect, useState } from 'react';
import type { WatchedListing } from '../../lib/hazards/db';
import { t, type Lang } from '../../lib/i18n';
import { refundUrlOf } from '../../lib/reports/bought';
import type { ExtensionApi } from '../../lib/ui/extension-api';
import { formatDate } from '../../lib/ui/format';

const SITE_NAMES = { aliexpress: 'AliExpress', temu: 'Temu' } as const;

/** Bought items that a hazard record names ("open alerts"), each with the way to ask for a refund. */
export function BoughtAlerts({ api, lang }: { api: ExtensionApi; lang: Lang }) {
  const [items, setItems] = useState<WatchedListing[]>([]);
  useEffect(() => {
    api.send('bought-list', {}).then(
      ({ items: rows }) => setItems(rows.filter((row) => row.notifiedRecordIds.length > 0)),
      () => undefined, // nothing bought is remembered, or the list is unavailable: the section stays away
    );
  }, [api]);

  if (!items.length) return null;
  return (
    <section className="hc-card hc-panel" aria-labelledby="hc-bought-alerts-title" data-testid="popup-bought-alerts">
      <h2 id="hc-bought-alerts-title" className="hc-panel-title">
        {t(lang, 'popupBoughtTitle')}
      </h2>
      <ul className="hc-report-list">
        {items.map((item) => (
          <li key={item.listingKey} data-testid="popup-bought-item">
            <a href={item.url} target="_blank" rel="noopener noreferrer">
              {item.title ?? item.url}
            </a>
            {item.purchase?.orderDate && (
              <span className="hc-muted">
                {' '}
                · {t(lang, 'boughtOrdered', { date: formatDate(item.purchase.orderDate, lang) })}
              </span>
            )}{' '}
            <a href={refundUrlOf(item)} target="_blank" rel="noopener noreferrer">
              {t(lang, 'popupBoughtRefund', { site: SITE_NAMES[item.site] })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
