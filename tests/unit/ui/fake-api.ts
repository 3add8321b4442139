import type { MessageType, Request, Response } from '../../../lib/messaging';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../../lib/settings';
import type { ExtensionApi } from '../../../lib/ui/extension-api';

type FakeHandlers = { [K in MessageType]?: (data: Request<K>) => Response<K> | Promise<Response<K>> };

/** An in-memory stand-in for the background and storage, recording every message sent. */
export function fakeApi(handlers: FakeHandlers, initial: Partial<Settings> = {}, tabId: number | undefined = 7) {
  let settings: Settings = normalizeSettings({ ...DEFAULT_SETTINGS, ...initial });
  const sent: { type: MessageType; data: unknown }[] = [];
  let optionsOpened = 0;
  const api: ExtensionApi = {
    async send(type, data) {
      sent.push({ type, data });
      const handler = handlers[type] as ((d: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`No answer from the background for ${type}`);
      return (await handler(data)) as never;
    },
    targetTabId: async () => tabId,
    getSettings: async () => settings,
    async updateSettings(patch) {
      settings = normalizeSettings({ ...settings, ...patch });
      return settings;
    },
    browserLanguage: () => 'en-US',
    openOptions: () => void optionsOpened++,
  };
  return { api, sent, settings: () => settings, optionsOpened: () => optionsOpened };
}
