/**
 * Content script: page reading and messaging only. Reads the page with the marketplace adapters as soon
 * as the document is parsed (the checker keeps watching for data the shop renders later), asks the
 * background for a verdict, and imports the page UI (React, ../content-ui) only when the verdict has
 * something to show. Feed validation and matching stay in the background.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '../../lib/hosts';
import { langFor, type Lang } from '../../lib/i18n/lang';
import { isTabMessage, send } from '../../lib/messaging';
import { PageChecker } from '../../lib/content/page-checker';
import { LazyContentUi } from '../../lib/content/lazy-ui';
import { documentParsed } from '../../lib/content/document-parsed';
import { CONTENT_UI_PATH, registeredContentUi } from '../../lib/content/ui-contract';
import { getSettings, settingsItem } from '../../lib/settings';
import { readPage } from '../../lib/sites';
import { requestMainWorldReplay } from '../../lib/sites/main-world';
import { MainWorldBridge } from '../../lib/content/main-world-bridge';

/** Runs the packaged UI file (web_accessible_resources); it registers its factory when evaluated. */
async function importContentUi() {
  await import(/* @vite-ignore */ browser.runtime.getURL(CONTENT_UI_PATH));
  const create = registeredContentUi();
  if (!create) throw new Error('the page UI did not register');
  return create;
}

export default defineContentScript({
  matches: contentScriptMatches,
  // Starts with the page so a stopped worker loads its index while the shop's HTML is still parsing;
  // the page is read once the document is parsed, as at document_end.
  runAt: 'document_start',
  async main(ctx) {
    void send(browser.runtime, 'wake-up', {}).catch(() => undefined);
    await documentParsed(document);
    let lang: Lang = langFor((await getSettings()).language);
    const unwatch = settingsItem.watch((settings) => {
      lang = langFor(settings?.language ?? 'auto');
    });
    ctx.onInvalidated(unwatch);

    const ui = new LazyContentUi(async () =>
      (await importContentUi())(ctx, {
        lang: () => lang,
        onDecided: (verdict) => {
          // The user's own report stays visible after an authority warning is hidden.
          if (!verdict.ownReport) document.documentElement.dataset.hazardCheck = 'dismissed';
        },
      }),
    );

    // Data only the page's own world sees arrives by postMessage from the page-observer script.
    const bridge = new MainWorldBridge(
      window,
      () => {
        const product = readPage(location.href, document).product;
        return [product?.itemId, product?.globalItemId];
      },
      () => checker.nudge(),
    );
    const checker = new PageChecker({
      doc: document,
      readPage: (url, doc) => bridge.enrich(readPage(url, doc)),
      ask: (reading) => send(browser.runtime, 'check-page', { reading }),
      renderProduct: (verdict) => ui.showBanner(verdict),
      renderCards: (verdict, reading) => void ui.renderCards(verdict, reading).catch(warnNotShown),
      clear: () => ui.clear(),
      onError: (error) =>
        console.warn(`Hazard Check: page not checked: ${error instanceof Error ? error.message : String(error)}`),
    });

    ctx.addEventListener(window, 'message', bridge.handle);
    requestMainWorldReplay(window); // the observer may have posted before this script ran
    void checker.check(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      // Fires before the shop re-renders: drop the old UI now, read the new page once it settles.
      checker.reset();
      ctx.setTimeout(() => {
        requestMainWorldReplay(window);
        void checker.check(newUrl.href);
      }, 400);
    });
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isTabMessage(message)) void checker.check(location.href);
    });
  },
});

function warnNotShown(error: unknown) {
  console.warn(`Hazard Check: warning not shown: ${error instanceof Error ? error.message : String(error)}`);
}
