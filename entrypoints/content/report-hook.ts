/**
 * Where the Report buttons on the banner and the card popover lead. The volunteer report flow
 * (components/report, lib/reports) plugs in here; while this is undefined no Report button shows,
 * so nothing on the page promises a flow that does not exist.
 */
import type { OnReport } from '../../lib/ui/report-request';

export const openReport: OnReport | undefined = undefined;
