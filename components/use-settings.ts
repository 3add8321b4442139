import { useCallback, useEffect, useState } from 'react';
import { resolveLang, type Lang } from '../lib/i18n';
import type { Settings } from '../lib/settings';
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
      const next = await api.updateSettings(patch);
      setSettings(next);
      return next;
    },
    [api],
  );
  const lang: Lang | undefined = settings && resolveLang(settings.language, api.browserLanguage());
  return { settings, lang, update };
}
