/**
 * What the background answers about a page and about its data: shared by the background services, the
 * content script, the popup and reports. Domain types live here, below the message protocol that carries them.
 */
import type { HazardRecord } from '../hazards/schema';
import type { Match } from '../matching/types';
import type { PageState } from '../sites/types';

export interface MatchedRecord {
  match: Match;
  record: HazardRecord;
}

export interface Verdict {
  /** `aliexpress:<globalId>` or `temu:<goodsId>` for a product page. */
  listingKey?: string;
  state: PageState;
  /** Product page: matches, warnings first. Empty when nothing matched. */
  matches: MatchedRecord[];
  /** Listing pages: flagged cards only, keyed by the card's item ID. */
  cards: Record<string, MatchedRecord[]>;
  /** The user dismissed or snoozed this listing's warning for this exact record set. */
  dismissed?: 'dismissed' | 'snoozed' | 'not-this-product';
  /** Changes when the matched record set changes (for snooze and dismissal). */
  signature: string;
  dataAsOf?: string;
  /** Matches the user's own "missed hazard" report, kept apart from authority data. */
  ownReport?: { reportId: string; note: string; createdAt: number };
  /** Listing pages: cards the user reported as missed hazards, keyed by the card's item ID. */
  ownReportCards?: Record<string, { reportId: string; note: string; createdAt: number }>;
  /**
   * Notices naming the store this listing (or store page) belongs to, when the listing itself is not known
   * to be the product: a popup note, never a warning.
   */
  storeNotes?: MatchedRecord[];
}

export interface SyncStatus {
  feedVersion?: number;
  dataAsOf?: string;
  recordCount: number;
  sources: { source: string; count: number }[];
  lastSyncAt?: number;
  lastError?: string;
  /** With lastError: what failed, as a stable code the UI can translate (lib/sync/errors.ts SyncErrorCode). */
  lastErrorCode?: string;
  nextSyncAt?: number;
  bundled: boolean;
  /** While on the bundled data: when the bundle was generated, and its sources' publishers and licences. */
  bundle?: { generatedAt?: string; sources: { source: string; publisher: string; licence: string }[] };
  /** A feed sync is under way right now. */
  syncing?: boolean;
  /** While a full download is stored: parts stored so far of how many. */
  syncProgress?: { done: number; total: number };
  /** When the feed version in use was published (manifest `created`, ISO time): the data's real age. */
  feedCreated?: string;
  /** The feed's declared maximum age in seconds: older data is shown as stale. */
  feedMaxAgeSeconds?: number;
  /** Set when the server offers a manifest created before the one in use (stale host or rollback). */
  serverWentBack?: string;
}
