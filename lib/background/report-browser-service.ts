/**
 * The report service with the browser's APIs plugged in: alarms wake delivery, tabs open GitHub and
 * official channels (from the background, so the shop page is never sent as the Referer), and
 * notifications tell the user about a watched listing. The background entrypoint only wires this up.
 */
import { browser } from 'wxt/browser';
import type { HazardDb } from '../hazards/db';
import { resolveLang } from '../i18n';
import { getSettings } from '../settings';
import { configuredReportEndpoint } from '../report-endpoint';
import { refundUrlOf } from '../reports/bought';
import {
  boughtKeyOfNotification,
  boughtNotifications,
  FALLBACK_ICON,
  listingKeyOfNotification,
  watchNotification,
} from '../reports/notifications';
import { RECHECK_MESSAGE } from '../messaging';
import { createReportService, type ReportServiceDeps } from './report-service';

export function createBrowserReportService(deps: {
  db: HazardDb;
  hazards: ReportServiceDeps['hazards'];
  /** Sees every notification created (E2E builds record them). */
  onNotified?(id: string, text?: { title: string; message: string; contextMessage: string }): void;
}) {
  const service = createReportService({
    db: deps.db,
    hazards: deps.hazards,
    settings: getSettings,
    endpoint: configuredReportEndpoint(),
    extensionVersion: browser.runtime.getManifest().version,
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    random: () => Math.random(),
    randomId: () => crypto.randomUUID(),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    async setAlarm(name, when) {
      if (when === undefined) await browser.alarms.clear(name);
      else await browser.alarms.create(name, { when: Math.max(when, Date.now() + 1000) });
    },
    async openTab(url) {
      await browser.tabs.create({ url });
    },
    async recheckTab(tabId) {
      await browser.tabs.sendMessage(tabId, RECHECK_MESSAGE).catch(() => undefined);
    },
    async notify(alert) {
      const lang = resolveLang((await getSettings()).language, browser.i18n.getUILanguage());
      const notes = alert.listing.purchase
        ? boughtNotifications(alert, lang, iconUrl())
        : [watchNotification(alert, lang, iconUrl())];
      for (const { id, options } of notes) {
        await browser.notifications.create(id, options);
        deps.onNotified?.(id, {
          title: options.title,
          message: options.message,
          contextMessage: options.contextMessage,
        });
      }
    },
  });

  /** A click on a watch notification opens the listing; on a bought item's, the order (to ask for a refund). */
  const onNotificationClicked = async (notificationId: string) => {
    const boughtKey = boughtKeyOfNotification(notificationId);
    if (boughtKey) {
      const bought = await deps.db.watched.get(boughtKey);
      if (bought) await browser.tabs.create({ url: refundUrlOf(bought) });
      await browser.notifications.clear(notificationId);
      return;
    }
    const listingKey = listingKeyOfNotification(notificationId);
    if (!listingKey) return;
    const listing = await deps.db.watched.get(listingKey);
    if (listing) await browser.tabs.create({ url: listing.url });
    await browser.notifications.clear(notificationId);
  };

  const resume = () => void service.resume().catch((error) => console.warn('Hazard Check: report queue', error));
  // Service workers receive `online` too; onStartup fires once per browser session.
  globalThis.addEventListener?.('online', resume);
  browser.runtime.onStartup.addListener(resume);

  return { ...service, onNotificationClicked };
}

function iconUrl(): string {
  const icons = browser.runtime.getManifest().icons as Record<string, string> | undefined;
  const largest = Object.entries(icons ?? {}).sort(([a], [b]) => Number(b) - Number(a))[0]?.[1];
  return largest ? browser.runtime.getURL(largest as '/') : FALLBACK_ICON;
}
