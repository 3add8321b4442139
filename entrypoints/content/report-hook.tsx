/**
 * Where the Report buttons on the banner and the card popover lead: the volunteer report dialog
 * (components/report), mounted in its own shadow root over the shop page. The listing is read from the
 * page when the user asks, so the report describes what is on screen now.
 */
import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ReportDialog } from '../../components/report/ReportDialog';
import type { Lang } from '../../lib/i18n';
import { send } from '../../lib/messaging';
import { readingForReport } from '../../lib/reports/listing-reading';
import { readPage } from '../../lib/sites';
import type { OnReport } from '../../lib/ui/report-request';
import { pageTheme } from './page-theme';
import { SHADOW_CSS } from './shadow-css';

export function createOpenReport(ctx: ContentScriptContext, lang: () => Lang): OnReport {
  let ui: ShadowRootContentScriptUi<Root> | null = null;
  const close = () => {
    ui?.remove();
    ui = null;
  };
  return (request) => {
    close();
    const reading = readingForReport(readPage(new URL(location.href), document), request.itemId);
    void createShadowRootUi(ctx, {
      name: 'hazard-check-report',
      position: 'overlay',
      css: SHADOW_CSS,
      anchor: 'body',
      append: 'last',
      // Typing in the form must not trigger the shop's keyboard shortcuts.
      isolateEvents: true,
      onMount: (container) => {
        const root = createRoot(container);
        root.render(
          <ReportDialog
            request={request}
            reading={reading}
            lang={lang()}
            theme={pageTheme()}
            locale={navigator.language}
            send={(type, data) => send(browser.runtime, type, data)}
            onClose={close}
          />,
        );
        return root;
      },
      onRemove: (root) => root?.unmount(),
    }).then((created) => {
      if (!ctx.isValid) return;
      ui = created;
      created.mount();
    });
  };
}
