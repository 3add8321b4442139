/**
 * Triage as data: turns a report issue (as the extension or the report endpoint writes it, with the
 * payload JSON in its fenced block) into one line of the curated list, or says why it cannot.
 *
 * - A missed-hazard report becomes a `community` record: the listing as the report names it (ID read
 *   back from its URL with the marketplaces' own URL reader), the hazard, and the official evidence it
 *   cites, marked "volunteer report, confirmed by <maintainer>". Reports citing no official evidence
 *   link, and listings the curated list or the feed already names, are refused.
 * - A confirmed wrong-match report against a community record lowers that record to a note: the same
 *   line comes back with `wrongMatchOn`, and the feed builder drops its listing ID.
 */
import { classifyUrl } from '../sites';
import { curatedIdFor } from './curated';
import { parseReportPayload, type ReportPayload } from './types';

/** A line of assets/bundled/curated.jsonl, as read by lib/feed/sources/curated.ts. */
export interface CuratedLine {
  curatedId: string;
  platform: string;
  listingId: string;
  title: string;
  hazard: string;
  authority: string;
  date: string;
  url?: string;
  noticeUrl?: string;
  shopName?: string;
  storeId?: string;
  brand?: string;
  model?: string;
  /** `volunteer report, confirmed by <name>`: makes the line a community record. */
  source?: string;
  confirmedOn?: string;
  reportId?: string;
  wrongMatchOn?: string;
  [key: string]: unknown;
}

export const VOLUNTEER_SOURCE = /^volunteer report, confirmed by (.+)$/;

export interface CurateContext {
  /** Who confirmed the report (the maintainer's name or GitHub login). */
  confirmedBy: string;
  /** YYYY-MM-DD, the day of confirmation. */
  today: string;
  /** The curated list as it is now. */
  curated: CuratedLine[];
  /** `platform:listingId` of every listing the published feed or bundled data names already. */
  knownListings: Map<string, string>;
}

export type CurateResult = { ok: true; line: CuratedLine; replaces?: string } | { ok: false; reason: string };

/** The report JSON from an issue body: the last ```json fenced block. */
export function payloadFromIssue(body: string): ReportPayload {
  const blocks = [...body.matchAll(/```json[^\S\n]*\r?\n([\s\S]*?)\r?\n```/g)];
  const last = blocks.at(-1);
  if (!last) throw new Error('the issue has no ```json block with the report');
  let json: unknown;
  try {
    json = JSON.parse(last[1]!);
  } catch {
    throw new Error('the ```json block is not valid JSON');
  }
  return parseReportPayload(json);
}

export function curateIssue(body: string, ctx: CurateContext): CurateResult {
  let payload: ReportPayload;
  try {
    payload = payloadFromIssue(body);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (!/^[\w .@()-]{1,100}$/.test(ctx.confirmedBy)) return { ok: false, reason: `"${ctx.confirmedBy}" is not a maintainer name` };
  if (payload.kind === 'missed-hazard') return missedHazardLine(payload, ctx);
  if (payload.kind === 'wrong-match') return wrongMatchLine(payload, ctx);
  return { ok: false, reason: `a ${payload.kind} report adds nothing to the curated list` };
}

function missedHazardLine(payload: ReportPayload, ctx: CurateContext): CurateResult {
  const hazard = payload.missedHazard!;
  const { listing } = payload;
  const read = classifyUrl(listing.url);
  const listingId = listing.globalItemId ?? listing.itemId;
  if (!read || read.site !== listing.site || read.itemId !== listingId) {
    return { ok: false, reason: `the listing URL ${listing.url} does not name ${listing.site} item ${listingId}` };
  }
  if (!hazard.evidenceUrl) return { ok: false, reason: 'the report cites no official evidence (no evidence link) for its hazard claim' };
  if (!hazard.authority) return { ok: false, reason: 'the report does not say which authority or lab found the hazard' };

  const key = `${listing.site}:${listingId}`;
  const curatedId = curatedIdFor(listing.site, listingId);
  const inList = ctx.curated.find((line) => line.curatedId === curatedId || `${line.platform}:${line.listingId}` === key);
  if (inList) return { ok: false, reason: `duplicate: the curated list already has this listing (${inList.curatedId})` };
  const known = ctx.knownListings.get(key);
  if (known) return { ok: false, reason: `duplicate: the feed already names this listing (${known})` };

  const suggestion = payload.curated;
  const line: CuratedLine = {
    curatedId,
    platform: listing.site,
    listingId,
    title: listing.title ?? `${listing.site} ${listingId}`,
    hazard: hazard.hazard,
    authority: hazard.authority,
    date: payload.reportedOn,
    url: listing.url,
    noticeUrl: hazard.evidenceUrl,
    ...(listing.store?.name && { shopName: listing.store.name }),
    ...(listing.store?.id && { storeId: listing.store.id }),
    ...(suggestion?.brand && { brand: suggestion.brand }),
    ...(suggestion?.model && { model: suggestion.model }),
    source: `volunteer report, confirmed by ${ctx.confirmedBy}`,
    confirmedOn: ctx.today,
    reportId: payload.reportId,
  };
  return { ok: true, line };
}

function wrongMatchLine(payload: ReportPayload, ctx: CurateContext): CurateResult {
  const refs = payload.wrongMatch!.recordRefs;
  const target = ctx.curated.find(
    (line) => VOLUNTEER_SOURCE.test(line.source ?? '') && refs.includes(`community:${line.curatedId}`),
  );
  if (!target) {
    return {
      ok: false,
      reason: `none of ${refs.join(', ')} is a community record in the curated list: a wrong match on an authority's record is a matching bug, fix it there`,
    };
  }
  const listingId = payload.listing.globalItemId ?? payload.listing.itemId;
  if (`${target.platform}:${target.listingId}` !== `${payload.listing.site}:${listingId}`) {
    return { ok: false, reason: `${target.curatedId} names another listing than the one reported` };
  }
  if (target.wrongMatchOn) return { ok: false, reason: `${target.curatedId} was already lowered to a note on ${target.wrongMatchOn}` };
  return { ok: true, line: { ...target, wrongMatchOn: ctx.today }, replaces: target.curatedId };
}

/** The curated list with `line` added, or put in place of the line it replaces. */
export function upsertCuratedText(text: string, line: CuratedLine): string {
  const json = JSON.stringify(line);
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => {
    if (!l.trim() || l.trimStart().startsWith('#')) return false;
    try {
      return (JSON.parse(l) as CuratedLine).curatedId === line.curatedId;
    } catch {
      return false;
    }
  });
  if (at >= 0) lines[at] = json;
  else {
    while (lines.length && lines.at(-1) === '') lines.pop();
    lines.push(json);
  }
  return `${lines.join('\n')}\n`;
}

export function parseCuratedText(text: string): CuratedLine[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (trimmed.startsWith('[')) return JSON.parse(trimmed) as CuratedLine[];
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() && !line.trimStart().startsWith('#'))
    .map((line) => JSON.parse(line) as CuratedLine);
}
