import { useCallback, useEffect, useState } from 'react';
import { resolveLang, type Lang } from '../lib/i18n';
import { normalizeSettings, type Settings } from '../lib/settings';
import type { ExtensionApi } from '../lib/ui/extension-api';

/** Settings for an extension page, and the UI language they resolve to. `undefined` while loading. */
export function useSettings(api: ExtensionApi) {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void api.getSettings().then((s) => live && setSettings(s));
    return () => {
      live = false;
    };
  }, [api]);
  const update = useCallback(
    async (patch: Partial<Settings>) => {
      // Show the change at once: a controlled checkbox must not flip back while storage writes.
      setSettings((current) => current && normalizeSettings({ ...current, ...patch }));
      try {
        const next = await api.updateSettings(patch);
        setSettings(next);
        return next;
      } catch (error) {
        setSettings(await api.getSettings());
        throw error;
      }
    },
    [api],
  );
  const lang: Lang | undefined = settings && resolveLang(settings.language, api.browserLanguage());
  return { settings, lang, update };
}
