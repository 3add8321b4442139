import { useEffect, useState } from 'react';
import { t } from '../../lib/i18n';
import type { ExtensionApi } from '../../lib/ui/extension-api';
import type { OnReport } from '../../lib/ui/report-request';
import { useSettings } from '../use-settings';
import { usePreferredTheme } from '../use-theme';
import { BoughtAlerts } from './BoughtAlerts';
import { FreshnessPanel } from './FreshnessPanel';
import { RecordSearch } from './RecordSearch';
import { TabVerdictPanel } from './TabVerdictPanel';
import { PopupReportSection } from '../report/PopupReportSection';

export interface PopupProps {
  api: ExtensionApi;
  /** Opens the volunteer report flow for this tab's listing; no button without it. */
  onReport?: OnReport;
}

/** The toolbar popup: this tab's verdict, data freshness, and a search of the hazard database. */
export function Popup({ api, onReport }: PopupProps) {
  const { settings, lang } = useSettings(api);
  const theme = usePreferredTheme();
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    void api.targetTabId().then(
      (id) => setTabId(id ?? -1),
      () => setTabId(-1),
    );
  }, [api]);

  useEffect(() => {
    if (lang) document.documentElement.lang = lang;
  }, [lang]);

  if (!settings || !lang || tabId === null) return null;
  return (
    <main className={`hc-root hc-theme-${theme} hc-page hc-popup`} lang={lang}>
      <header className="hc-page-head">
        <h1 className="hc-page-title">{t(lang, 'popupTitle')}</h1>
        <button type="button" className="hc-link-btn" onClick={() => api.openOptions()} data-testid="popup-settings">
          {t(lang, 'popupSettings')}
        </button>
      </header>
      {!settings.noticeAcknowledged && (
        <p className="hc-notice-hint">
          <button type="button" className="hc-link-btn" onClick={() => api.openOptions()}>
            {t(lang, 'popupReadNotice')}
          </button>
        </p>
      )}
      <TabVerdictPanel api={api} lang={lang} tabId={tabId > 0 ? tabId : undefined} onReport={onReport} />
      <PopupReportSection api={api} lang={lang} tabId={tabId > 0 ? tabId : undefined} />
      <BoughtAlerts api={api} lang={lang} />
      <FreshnessPanel api={api} lang={lang} />
      <RecordSearch api={api} lang={lang} />
    </main>
  );
}
