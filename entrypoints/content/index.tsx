/**
 * Content script: routing and lifecycle only. Reads the page with the marketplace adapters, asks the
 * background for a verdict, and renders the banner or card badges in shadow roots.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '../../lib/hosts';
import { resolveLang, type Lang } from '../../lib/i18n';
import { send } from '../../lib/messaging';
import { PageChecker } from '../../lib/content/page-checker';
import { getSettings, settingsItem } from '../../lib/settings';
import { readPage } from '../../lib/sites';
import { requestMainWorldReplay } from '../../lib/sites/main-world';
import { MainWorldBridge } from '../../lib/content/main-world-bridge';
import { BannerLayer } from './banner-layer';
import { CardLayer } from './card-layer';
import { SummaryLayer } from './summary-layer';
import { createOpenReport } from './report-hook';
import '../../components/styles/hazard-ui.css';

export default defineContentScript({
  matches: contentScriptMatches,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    let lang: Lang = resolveLang((await getSettings()).language, navigator.language);
    const unwatch = settingsItem.watch((settings) => {
      lang = resolveLang(settings?.language ?? 'auto', navigator.language);
    });
    ctx.onInvalidated(unwatch);
    const openReport = createOpenReport(ctx, () => lang);

    const banner = new BannerLayer(ctx, {
      lang: () => lang,
      onReport: openReport,
      onDecided: (verdict) => {
        // The user's own report stays visible after an authority warning is hidden.
        if (!verdict.ownReport) document.documentElement.dataset.hazardCheck = 'dismissed';
      },
    });
    const cards = new CardLayer(ctx, { lang: () => lang, onReport: openReport });
    const summary = new SummaryLayer(ctx, () => lang);

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
      renderProduct: (verdict) => banner.show(verdict),
      renderCards: (verdict, reading) => {
        cards.render(verdict);
        void summary.render(verdict, reading);
      },
      clear: () => {
        banner.remove();
        cards.clear();
        summary.clear();
      },
      onError: (error) => console.warn(`Hazard Check: page not checked: ${error instanceof Error ? error.message : String(error)}`),
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
      if ((message as { type?: string })?.type === 'hazard-check:recheck') void checker.check(location.href);
    });
  },
});
