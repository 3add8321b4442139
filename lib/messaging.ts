/**
 * The one typed message protocol between content script, popup, options and the background.
 * Every request names its type; `Protocol` fixes the request and response shapes for each.
 * Transport is plain runtime messaging with `sendResponse` + `return true`, which works the same in
 * Chromium and Firefox and in WXT's fake browser.
 */
import type { HazardRecord } from './hazards/schema';
import type { PageReading } from './sites/types';
import type { WatchedListing } from './hazards/db';
import type { ReportProblem } from './reports/payload';
import type { SyncStatus, Verdict } from './core/verdict';
import type { ReportChannel, ReportForm, ReportPayload, ReportSummary } from './reports/types';

export interface Protocol {
  'check-page': { req: { reading: PageReading }; res: Verdict };
  /**
   * Sent by the content script as soon as a shop page starts loading: it wakes a stopped service worker,
   * which then loads its match index while the page is still parsing (the check itself follows).
   */
  'wake-up': { req: Record<string, never>; res: { ok: true } };
  'tab-verdict': {
    req: { tabId: number };
    /** `checkedAt`: when the tab was last checked, so "check again" can tell a fresh answer from the old one. */
    res: { reading?: PageReading; verdict?: Verdict; checkedAt?: number };
  };
  'recheck-tab': { req: { tabId: number }; res: { ok: boolean } };
  'search-records': { req: { query: string; limit?: number }; res: { records: HazardRecord[] } };
  'get-records': { req: { ids: string[] }; res: { records: HazardRecord[] } };
  'sync-status': { req: Record<string, never>; res: SyncStatus };
  'sync-now': { req: Record<string, never>; res: SyncStatus };
  'set-dismissal': {
    req: { listingKey: string; kind: 'dismissed' | 'snoozed' | 'not-this-product' | 'clear'; signature: string };
    res: { ok: boolean };
  };
  /** Builds the report the user will confirm; nothing is stored or sent. */
  'report-preview': {
    req: { reading: PageReading; form: ReportForm; matchedRecordIds: string[] };
    res: { ok: true; payload: ReportPayload; json: string; endpoint: boolean } | { ok: false; problem: ReportProblem };
  };
  /** Stores a confirmed report, makes its local rule, and sends or hands it over. */
  'report-submit': {
    req: { payload: ReportPayload; channel: ReportChannel; tabId?: number };
    res: { report: ReportSummary; openedUrl?: string; localRule: boolean };
  };
  'report-list': { req: Record<string, never>; res: { reports: ReportSummary[]; endpoint: boolean } };
  'report-export': { req: { format: 'json' | 'csv' }; res: { fileName: string; mimeType: string; text: string } };
  'report-retry': { req: { id: string }; res: { ok: boolean } };
  'report-delete': { req: { id: string }; res: { ok: boolean } };
  'watch-list': { req: Record<string, never>; res: { listings: WatchedListing[]; limit: number } };
  'watch-mark': { req: { reading: PageReading; marked: boolean }; res: { ok: boolean } };
  'watch-remove': { req: { listingKey: string }; res: { ok: boolean } };
  'watch-clear': { req: Record<string, never>; res: { ok: boolean } };
  /** Items read from the user's orders ("remember what I bought"), newest order first. */
  'bought-list': { req: Record<string, never>; res: { items: WatchedListing[] } };
  /** Deletes one bought item, or all when no key is given. */
  'bought-delete': { req: { listingKey?: string }; res: { deleted: number } };
  'bought-export': { req: Record<string, never>; res: { fileName: string; mimeType: string; text: string } };
}

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]['req'];
export type Response<K extends MessageType> = Protocol[K]['res'];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: Request<K>;
}

/** Error replies travel as values so the caller gets a message, not a silent `undefined`. */
export type Reply<K extends MessageType> = { ok: true; value: Response<K> } | { ok: false; error: string };

export type Handlers = { [K in MessageType]: (data: Request<K>, sender: { tabId?: number }) => Promise<Response<K>> };

export interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
}

export async function send<K extends MessageType>(
  runtime: RuntimeLike,
  type: K,
  data: Request<K>,
): Promise<Response<K>> {
  const reply = (await runtime.sendMessage({ type, data } satisfies Envelope<K>)) as Reply<K> | undefined;
  if (!reply) throw new Error(`No answer from the background for ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    'data' in message
  );
}

/**
 * Builds a runtime.onMessage listener from handlers. Unknown types are ignored (returns false) so other
 * listeners still get them.
 */
export function createListener(handlers: Partial<Handlers>) {
  return (
    message: unknown,
    sender: { tab?: { id?: number } },
    sendResponse: (reply: Reply<MessageType>) => void,
  ): boolean => {
    if (!isEnvelope(message)) return false;
    const handler = handlers[message.type] as ((data: unknown, s: { tabId?: number }) => Promise<unknown>) | undefined;
    if (!handler) return false;
    handler(message.data, { tabId: sender.tab?.id }).then(
      (value) => sendResponse({ ok: true, value } as Reply<MessageType>),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
}

/**
 * Messages the background sends to a tab's content script (the other direction from `Protocol`):
 * `recheck` asks the page to read itself again, after "check again" or a report that flags it.
 */
export type TabMessage = { type: 'hazard-check:recheck' };

export const RECHECK_MESSAGE: TabMessage = { type: 'hazard-check:recheck' };

export function isTabMessage(message: unknown): message is TabMessage {
  return (message as { type?: unknown } | null)?.type === RECHECK_MESSAGE.type;
}
