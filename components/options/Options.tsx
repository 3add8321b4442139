import { useCallback, useEffect, useState } from 'react';
import { t } from '../../lib/i18n';
import { errorText } from '../../lib/ui/error-text';
import type { SyncStatus } from '../../lib/core/verdict';
import type { Settings } from '../../lib/settings';
import type { ExtensionApi } from '../../lib/ui/extension-api';
import { settingsAfterClear, type LocalDataApi } from '../../lib/ui/local-data';
import { useSettings } from '../use-settings';
import { usePreferredTheme } from '../use-theme';
import { BoughtSection } from './BoughtSection';
import { DataSection } from './DataSection';
import { LanguageSection } from './LanguageSection';
import { NoticeSection } from './NoticeSection';
import { SensitivitySection } from './SensitivitySection';
import { SourcesSection } from './SourcesSection';
import { SyncSection } from './SyncSection';
import { ReportHistory } from '../report/ReportHistory';
import { WatchedListings } from '../report/WatchedListings';

export interface OptionsProps {
  api: ExtensionApi;
  data: LocalDataApi;
  /** Opened from the install welcome (`#welcome`). */
  welcome?: boolean;
}

/** The options page. Every change saves at once and says so. */
export function Options({ api, data, welcome = false }: OptionsProps) {
  const { settings, lang, update } = useSettings(api);
  const theme = usePreferredTheme();
  const [status, setStatus] = useState<SyncStatus>();
  const [saved, setSaved] = useState<'idle' | 'saved' | string>('idle');

  useEffect(() => {
    api.send('sync-status', {}).then(setStatus, () => undefined);
  }, [api]);
  useEffect(() => {
    if (lang) document.documentElement.lang = lang;
  }, [lang]);

  const change = useCallback(
    (patch: Partial<Settings>) => {
      update(patch).then(
        () => setSaved('saved'),
        (e: unknown) => setSaved(errorText(e, lang ?? 'en')),
      );
    },
    [update, lang],
  );

  if (!settings || !lang) return null;
  return (
    <main className={`hc-root hc-theme-${theme} hc-page hc-options`} lang={lang}>
      <h1 className="hc-page-title">{t(lang, 'optionsTitle')}</h1>
      <NoticeSection
        lang={lang}
        acknowledged={settings.noticeAcknowledged}
        welcome={welcome}
        onAcknowledge={() => change({ noticeAcknowledged: true })}
      />
      {welcome && settings.noticeAcknowledged && saved === 'saved' && (
        <p className="hc-muted">{t(lang, 'noticeAcknowledged')}</p>
      )}
      <SourcesSection
        lang={lang}
        disabled={settings.disabledSources}
        status={status}
        onChange={(disabledSources) => change({ disabledSources })}
      />
      <SensitivitySection lang={lang} settings={settings} onChange={change} />
      <LanguageSection lang={lang} value={settings.language} onChange={(language) => change({ language })} />
      <SyncSection
        api={api}
        lang={lang}
        intervalHours={settings.syncIntervalHours}
        status={status}
        onInterval={(syncIntervalHours) => change({ syncIntervalHours })}
        onStatus={setStatus}
      />
      <ReportHistory lang={lang} send={api.send} />
      <WatchedListings lang={lang} send={api.send} />
      <BoughtSection
        lang={lang}
        send={api.send}
        enabled={settings.rememberPurchases}
        onToggle={(rememberPurchases) => change({ rememberPurchases })}
      />
      <DataSection lang={lang} data={data} onCleared={() => change(settingsAfterClear())} />
      <p role="status" className="hc-saved" data-testid="options-saved">
        {saved === 'saved' ? t(lang, 'optSaved') : saved !== 'idle' ? saved : ''}
      </p>
    </main>
  );
}
