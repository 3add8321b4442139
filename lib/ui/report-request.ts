/**
 * The hook the UI calls to start a volunteer report. The banner, card popover and popup only describe
 * what the user wants to report; the report flow (components/report, lib/reports) decides what is sent
 * and shows the preview. Wire it through each surface's `onReport` prop.
 */
import type { ReportReason } from '../reports/types';

export interface ReportRequest {
  /** `listing-gone`: the page says the listing is gone (404, unavailable): a report of that change. */
  reason: ReportReason;
  /** Where the user started: for wording in the report flow. */
  from: 'banner' | 'card' | 'popup';
  /** `aliexpress:<id>` / `temu:<id>` when known. */
  listingKey?: string;
  /** The card's item ID on a search page. */
  itemId?: string;
  /** Records the user was looking at, best first. */
  recordIds: string[];
}

export type OnReport = (request: ReportRequest) => void;
