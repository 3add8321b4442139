import { useEffect, useState } from 'react';
import type { Lang } from '../../lib/i18n';
import type { PageReading } from '../../lib/sites/types';
import type { ExtensionApi } from '../../lib/ui/extension-api';
import { ReportHistory } from './ReportHistory';
import { WatchToggle } from './WatchToggle';

/** The popup's report corner: watch this listing, and the status of the newest reports. */
export function PopupReportSection({ api, lang, tabId }: { api: ExtensionApi; lang: Lang; tabId?: number }) {
  const [reading, setReading] = useState<PageReading>();
  useEffect(() => {
    if (tabId === undefined) return;
    api.send('tab-verdict', { tabId }).then(
      (r) => setReading(r.reading),
      () => undefined,
    );
  }, [api, tabId]);
  return (
    <>
      {reading?.pageType === 'product' && reading.state === 'ok' && (
        <div className="hc-actions">
          <WatchToggle lang={lang} send={api.send} reading={reading} />
        </div>
      )}
      <ReportHistory lang={lang} send={api.send} compact />
    </>
  );
}
