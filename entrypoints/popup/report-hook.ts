/**
 * Where the popup's "Report this listing" button leads: the volunteer report dialog
 * (components/report), opened over the popup for the listing in the described tab.
 */
import { createPageReportOpener } from '../../components/report/page-opener';
import { browserApi } from '../../lib/ui/browser-api';
import type { OnReport } from '../../lib/ui/report-request';

export const openReport: OnReport = createPageReportOpener(browserApi());
