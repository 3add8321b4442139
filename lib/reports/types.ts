/**
 * What a volunteer report may contain. The schema is strict at every level: a field that is not listed
 * here can never reach the preview, the queue or the network, whatever a caller passes in. Stored
 * payloads are re-parsed before sending, so an old or tampered row cannot smuggle data out either.
 */
import { z } from 'zod';
import { isListingUrl } from './listing-url';

export const REPORT_FORMAT = 'hazard-check-report/1';

export const REPORT_KINDS = ['missed-hazard', 'wrong-match', 'listing-changed'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_SITES = ['aliexpress', 'temu'] as const;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const httpsUrl = z.string().max(2000).url().refine((u) => u.startsWith('https://'), 'https URL');
const listingId = z.string().regex(/^[A-Za-z0-9]{4,32}$/);
const recordRef = z.string().min(3).max(200);
/**
 * Markup is refused, not escaped: a report is plain text wherever it goes (the preview, a GitHub issue
 * rendered as Markdown, the feed), so a tag, comment or declaration in it can only be a mistake or an
 * attack. "size < 3 cm" stays fine: only `<` directly followed by a letter, `/`, `!` or `?` is markup.
 */
const NO_MARKUP = /<[A-Za-z/!?]/;
const text = (max: number) =>
  z.string().trim().min(1).max(max).refine((value) => !NO_MARKUP.test(value), 'markup is not allowed');

/**
 * What a maintainer needs to add the listing to the `curated` feed input without retyping: the
 * required fields of a curated input line (lib/feed/sources/curated.ts), plus the optional ones we know.
 * As in that format, `url` is the listing and `noticeUrl` the evidence.
 */
export const curatedSuggestionSchema = z.strictObject({
  curatedId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/),
  platform: z.enum(REPORT_SITES),
  listingId,
  title: text(500),
  hazard: text(1000),
  authority: text(300),
  date: isoDay,
  url: httpsUrl.optional(),
  noticeUrl: httpsUrl.optional(),
  shopName: text(300).optional(),
  brand: text(200).optional(),
  model: text(200).optional(),
}).refine((c) => !c.url || isListingUrl(c.platform, c.url, c.listingId), {
  message: 'not the canonical listing URL of listingId',
  path: ['url'],
});
export type CuratedSuggestion = z.infer<typeof curatedSuggestionSchema>;

export const reportPayloadSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  /** Random UUID, also the Idempotency-Key: says nothing about the reporter. */
  reportId: z.string().uuid(),
  kind: z.enum(REPORT_KINDS),
  /** Day only: the time of day would say when the reporter was shopping. */
  reportedOn: isoDay,
  listing: z.strictObject({
    site: z.enum(REPORT_SITES),
    itemId: listingId,
    globalItemId: listingId.optional(),
    /** Canonical item URL: no query, no fragment, no slug. */
    url: httpsUrl,
    title: text(500).optional(),
    store: z.strictObject({ name: text(300).optional(), id: z.string().regex(/^\d{1,20}$/).optional() }).optional(),
  }).refine((l) => isListingUrl(l.site, l.url, l.globalItemId ?? l.itemId), {
    message: 'only the canonical AliExpress or Temu item URL of the listing is accepted',
    path: ['url'],
  }),
  app: z.strictObject({
    extensionVersion: z.string().regex(/^\d+(\.\d+){0,3}$/),
    feedVersion: z.number().int().nonnegative().optional(),
    dataAsOf: z.string().max(40).optional(),
  }),
  /** Record IDs the extension showed for this listing when the report was made. */
  matchedRecordIds: z.array(recordRef).max(50),
  missedHazard: z
    .strictObject({
      /** A record from the local database the listing should have matched. */
      recordRef: recordRef.optional(),
      hazard: text(1000),
      authority: text(300).optional(),
      evidenceUrl: httpsUrl.optional(),
      date: isoDay.optional(),
    })
    .optional(),
  wrongMatch: z.strictObject({ recordRefs: z.array(recordRef).min(1).max(50) }).optional(),
  listingChange: z.strictObject({ change: z.enum(['gone', 'changed']) }).optional(),
  note: text(1000).optional(),
  curated: curatedSuggestionSchema.optional(),
}).superRefine((payload, ctx) => {
  // Each kind carries its own details, and only those.
  const details = { 'missed-hazard': 'missedHazard', 'wrong-match': 'wrongMatch', 'listing-changed': 'listingChange' } as const;
  for (const [kind, key] of Object.entries(details)) {
    const present = payload[key] !== undefined;
    if (present !== (payload.kind === kind)) {
      ctx.addIssue({ code: 'custom', path: [key], message: present ? `not allowed in a ${payload.kind} report` : 'required' });
    }
  }
  if (payload.curated && payload.kind !== 'missed-hazard') {
    ctx.addIssue({ code: 'custom', path: ['curated'], message: `not allowed in a ${payload.kind} report` });
  }
});
export type ReportPayload = z.infer<typeof reportPayloadSchema>;

/** Parses a payload and rejects anything outside the whitelist (unknown keys fail, they are not dropped). */
export function parseReportPayload(input: unknown): ReportPayload {
  const parsed = reportPayloadSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`Invalid report: ${issue?.path.join('.') || '(payload)'}: ${issue?.message ?? 'invalid'}`);
}

/** The exact text that is previewed and, for the endpoint, sent as the request body. */
export function formatPayload(payload: ReportPayload): string {
  return JSON.stringify(payload, null, 2);
}

/** What the user fills in. The listing itself comes from the page reading, never from the form. */
export type ReportForm =
  | {
      kind: 'missed-hazard';
      /** Picked from a search of the local database. */
      recordRef?: string;
      hazard?: string;
      authority?: string;
      evidenceUrl?: string;
      date?: string;
      note?: string;
    }
  | { kind: 'wrong-match'; recordRefs: string[]; note?: string }
  | { kind: 'listing-changed'; change: 'gone' | 'changed'; note?: string };

/** Where a confirmed report goes. `official` copies it for a government channel. */
export type ReportChannel =
  | { kind: 'endpoint' }
  | { kind: 'github' }
  | { kind: 'official'; channelId: OfficialChannelId };

export type OfficialChannelId = 'kr-consumer24' | 'eu-safety-gate' | 'us-saferproducts';

/** A stored report as the popup and options list it. */
export interface ReportSummary {
  id: string;
  kind: ReportKind;
  status: 'draft' | 'queued' | 'sending' | 'sent' | 'failed' | 'copied';
  channel?: ReportChannel['kind'];
  createdAt: number;
  attempts: number;
  nextAttemptAt?: number;
  lastError?: string;
  title?: string;
  url: string;
}

/** Why the user opens the report form: it picks the form's first question. */
export type ReportReason = 'wrong-match' | 'missed-hazard' | 'listing-gone' | 'other';
