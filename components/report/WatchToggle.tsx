import { useCallback, useEffect, useState } from 'react';
import { t, type Lang } from '../../lib/i18n';
import type { PageReading } from '../../lib/sites/types';
import type { ExtensionApi } from '../../lib/ui/extension-api';
import { watchEntryFor } from '../../lib/reports/watched';

/** Marks the popup's product listing to be watched (a local alert if it is reported later), or unmarks it. */
export function WatchToggle({ lang, send, reading }: { lang: Lang; send: ExtensionApi['send']; reading: PageReading }) {
  const listingKey = watchEntryFor(reading, 0)?.listingKey;
  const [marked, setMarked] = useState<boolean>();
  const load = useCallback(() => {
    send('watch-list', {}).then(
      ({ listings }) => setMarked(listings.some((l) => l.listingKey === listingKey && l.marked)),
      () => setMarked(undefined),
    );
  }, [send, listingKey]);
  useEffect(load, [load]);

  if (!listingKey || marked === undefined) return null;
  return (
    <button
      type="button"
      aria-pressed={marked}
      onClick={() => void send('watch-mark', { reading, marked: !marked }).then(load, () => undefined)}
      data-testid="watch-toggle"
    >
      {t(lang, marked ? 'watchUnmark' : 'watchMark')}
    </button>
  );
}
