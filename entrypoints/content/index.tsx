/**
 * Content script: routing and lifecycle only. Reads the page with the marketplace adapters, asks the
 * background for a verdict, and renders the banner or card badges in shadow roots.
 */
import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Banner } from '../../components/Banner';
import { contentScriptMatches } from '../../lib/hosts';
import { resolveLang } from '../../lib/i18n';
import { send, type Verdict } from '../../lib/messaging';
import { PageChecker } from '../../lib/content/page-checker';
import { getSettings } from '../../lib/settings';
import { readPage } from '../../lib/sites';
import './style.css';

export default defineContentScript({
  matches: contentScriptMatches,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    let banner: ShadowRootContentScriptUi<Root> | null = null;
    const lang = resolveLang((await getSettings()).language, navigator.language);

    const removeBanner = () => {
      banner?.remove();
      banner = null;
    };

    const showBanner = async (verdict: Verdict) => {
      removeBanner();
      if (!verdict.matches.length || verdict.dismissed || !ctx.isValid) return;
      const ui = await createShadowRootUi(ctx, {
        name: 'hazard-check-banner',
        position: 'overlay',
        anchor: 'body',
        append: 'first',
        onMount: (container) => {
          const root = createRoot(container);
          root.render(
            <Banner
              verdict={verdict}
              lang={lang}
              onDismiss={() => {
                if (verdict.listingKey) {
                  void send(browser.runtime, 'set-dismissal', {
                    listingKey: verdict.listingKey,
                    kind: 'dismissed',
                    signature: verdict.signature,
                  });
                }
                removeBanner();
                document.documentElement.dataset.hazardCheck = 'dismissed';
              }}
            />,
          );
          return root;
        },
        onRemove: (root) => root?.unmount(),
      });
      banner = ui;
      ui.mount();
    };

    const checker = new PageChecker({
      doc: document,
      readPage,
      ask: (reading) => send(browser.runtime, 'check-page', { reading }),
      renderProduct: (verdict) => void showBanner(verdict),
      renderCards: () => undefined,
      clear: removeBanner,
      onError: (error) => console.warn('Hazard Check: page not checked', error),
    });

    void checker.check(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      // Fires before the shop re-renders: drop the old UI now, read the new page once it settles.
      checker.reset();
      ctx.setTimeout(() => void checker.check(newUrl.href), 400);
    });
    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string })?.type === 'hazard-check:recheck') void checker.check(location.href);
    });
  },
});
