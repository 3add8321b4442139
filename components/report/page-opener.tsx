/**
 * Opens the report dialog over an extension page (the popup) for the listing in the described tab.
 */
import { createRoot } from 'react-dom/client';
import { resolveLang } from '../../lib/i18n';
import { readingForReport } from '../../lib/reports/listing-reading';
import type { ExtensionApi } from '../../lib/ui/extension-api';
import type { OnReport } from '../../lib/ui/report-request';
import { ReportDialog } from './ReportDialog';

export function createPageReportOpener(api: ExtensionApi, doc: Document = document): OnReport {
  return (request) => {
    void (async () => {
      const tabId = await api.targetTabId();
      const { reading } = tabId !== undefined ? await api.send('tab-verdict', { tabId }) : { reading: undefined };
      const lang = resolveLang((await api.getSettings()).language, api.browserLanguage());
      const host = doc.createElement('div');
      doc.body.append(host);
      const root = createRoot(host);
      root.render(
        <ReportDialog
          request={request}
          reading={readingForReport(reading, request.itemId)}
          lang={lang}
          theme={doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'}
          locale={api.browserLanguage()}
          send={api.send}
          tabId={tabId}
          onClose={() => {
            root.unmount();
            host.remove();
          }}
        />,
      );
    })().catch((error: unknown) => console.error('Hazard Check: could not open the report form', error));
  };
}
