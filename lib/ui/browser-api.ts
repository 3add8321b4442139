import { browser } from 'wxt/browser';
import { send } from '../messaging';
import { getSettings, updateSettings } from '../settings';
import type { ExtensionApi } from './extension-api';

/** The ExtensionApi of a real extension page (popup, options). */
export function browserApi(pageUrl: string = location.href): ExtensionApi {
  return {
    send: (type, data) => send(browser.runtime, type, data),
    async targetTabId() {
      // Opened as a normal page (tests, "open in tab"): the tab to describe is named in the URL.
      const fromUrl = Number(new URL(pageUrl).searchParams.get('tabId'));
      if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    },
    getSettings,
    updateSettings,
    browserLanguage: () => browser.i18n?.getUILanguage?.() ?? navigator.language,
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}
