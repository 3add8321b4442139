/**
 * Where the popup's "Report this listing" button leads. The volunteer report flow (components/report,
 * lib/reports) plugs in here; while this is undefined the button is not shown.
 */
import type { OnReport } from '../../lib/ui/report-request';

export const openReport: OnReport | undefined = undefined;
