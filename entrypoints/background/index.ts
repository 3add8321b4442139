/**
 * Background wiring only: database, hazard service, message handlers, badge and (in E2E builds) test
 * hooks. Logic lives in lib/background/.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor, ICON_PATHS } from '../../lib/background/badge';
import { bundledData } from '../../lib/background/bundled';
import {
  createEngine,
  engineFromIndex,
  engineFromPersisted,
  isCurrentProfile,
  profileOf,
  type PersistedIndex,
} from '../../lib/background/engine-factory';
import type { Engine } from '../../lib/matching/engine';
import { HazardService } from '../../lib/background/hazard-service';
import { checkTab, TabState } from '../../lib/background/tab-state';
import { HazardDb } from '../../lib/hazards/db';
import { resolveLang, t } from '../../lib/i18n';
import { createListener, RECHECK_MESSAGE, type Handlers } from '../../lib/messaging';
import type { Verdict } from '../../lib/core/verdict';
import { getSettings } from '../../lib/settings';
import { installTestHooks } from './e2e-hooks';
import { feedConfigFromBuild } from '../../lib/sync/config';
import { startFeedSync } from '../../lib/sync/feed-sync';
import { syncIntervalHours, watchSyncInterval } from '../../lib/sync/settings-glue';
import { createBrowserReportService } from '../../lib/background/report-browser-service';

export default defineBackground(() => {
  const db = new HazardDb();
  const service = new HazardService({
    db,
    createEngine,
    profileOf,
    isCurrentProfile,
    bundled: bundledData,
    settings: getSettings,
    restoreEngine: (saved, dataKey) => engineFromPersisted(saved as PersistedIndex | undefined, dataKey),
    persistEngine: (engine, dataKey): PersistedIndex => ({ dataKey, index: (engine as Engine).serialize() }),
    engineFromIndex,
  });
  const tabs = new TabState(browser.storage.session);
  // Registers the install/startup/alarm listeners now, synchronously, as MV3 requires.
  const feedSync = startFeedSync({
    db,
    service,
    config: feedConfigFromBuild(),
    runtime: browser.runtime,
    alarms: browser.alarms,
    syncIntervalHours,
    watchSyncInterval,
  });
  const notified: string[] = []; // E2E builds expose the notifications created
  const notifiedTexts: { id: string; title: string; message: string; contextMessage: string }[] = [];
  const reports = createBrowserReportService({
    db,
    hazards: service,
    onNotified: (id, text) => {
      notified.push(id);
      if (text && import.meta.env.MODE === 'e2e') notifiedTexts.push({ id, ...text });
    },
  });

  // Firefox's MV2 build has browserAction where Chromium's MV3 has action.
  const toolbar = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const showBadge = async (tabId: number, verdict: Verdict | undefined) => {
    const look = badgeFor(verdict);
    const lang = resolveLang((await getSettings()).language, browser.i18n.getUILanguage());
    await Promise.all([
      toolbar.setBadgeText({ tabId, text: look.text }),
      toolbar.setBadgeBackgroundColor({ tabId, color: look.color }),
      toolbar.setTitle({ tabId, title: t(lang, look.title.key, { count: look.title.count ?? 0 }) }),
      toolbar.setIcon({ tabId, path: ICON_PATHS[look.icon] }),
    ]).catch(() => undefined); // the tab may have closed meanwhile
  };

  const handlers: Handlers = {
    'check-page': async ({ reading }, sender) => {
      const verdict = await checkTab(tabs, sender.tabId, reading, (r) => service.checkPage(r), showBadge);
      void reports.afterCheck(reading, verdict).catch((error) => console.warn('Hazard Check: watch list', error));
      return verdict;
    },
    // Waking the worker is the whole point: its start already began loading the engine (`ready` below).
    'wake-up': async () => ({ ok: true }),
    'tab-verdict': async ({ tabId }) => {
      const check = await tabs.get(tabId);
      return { reading: check?.reading, verdict: check?.verdict, checkedAt: check?.at };
    },
    'recheck-tab': async ({ tabId }) => {
      await browser.tabs.sendMessage(tabId, RECHECK_MESSAGE).catch(() => undefined);
      return { ok: true };
    },
    'search-records': async ({ query, limit }) => ({ records: await service.search(query, limit) }),
    'get-records': async ({ ids }) => ({ records: await service.records(ids) }),
    'sync-status': () => feedSync.status(),
    'sync-now': () => feedSync.syncNow(),
    'set-dismissal': async ({ listingKey, kind, signature }, sender) => {
      if (kind === 'clear') await db.dismissals.delete(listingKey);
      else await db.dismissals.put({ listingKey, kind, signature, at: Date.now() });
      // Decided from the page's banner: the toolbar count and the popup follow at once.
      const check = sender.tabId !== undefined ? await tabs.get(sender.tabId) : undefined;
      if (
        sender.tabId !== undefined &&
        check?.verdict.listingKey === listingKey &&
        check.verdict.signature === signature
      ) {
        const verdict = { ...check.verdict, dismissed: kind === 'clear' ? undefined : kind };
        await tabs.set(sender.tabId, { ...check, verdict });
        await showBadge(sender.tabId, verdict);
      }
      return { ok: true };
    },
    ...reports.handlers,
  };

  browser.runtime.onMessage.addListener(createListener(handlers));
  browser.alarms.onAlarm.addListener((alarm) => void reports.onAlarm(alarm.name));
  browser.notifications.onClicked.addListener((id) => void reports.onNotificationClicked(id));
  service.onReloaded(() => reports.afterUpdate());
  browser.tabs.onRemoved.addListener((tabId) => void tabs.delete(tabId));
  // First install: the one-time notice that warnings can be wrong both ways (options page, welcome
  // view). Not in E2E builds, where every test installs afresh and an extra tab would disturb them.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' && import.meta.env.MODE !== 'e2e') {
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome') });
    }
  });

  const ready = service.ready();
  (globalThis as unknown as { hazardCheckReady: Promise<void> }).hazardCheckReady = ready;
  if (import.meta.env.MODE === 'e2e')
    installTestHooks(globalThis, { db, service, reports, notified, notifiedTexts, feedSync });
  void ready.then(() => reports.start()).catch((error) => console.warn('Hazard Check: report queue', error));
  ready.catch((error) => console.error('Hazard Check: could not load the hazard database', error));
});
