/**
 * A prefilled issue on the project's data repository. The user reviews and submits it on GitHub (which
 * needs an account and shows the account name), so this is offered next to the account-free channels.
 * Browsers and GitHub reject very long URLs; the body shrinks step by step to fit.
 */
import { formatPayload, type ReportPayload } from './types';

export const DATA_REPO_NEW_ISSUE = 'https://github.com/hazard-check/hazard-data/issues/new';
/** GitHub answers 414 somewhere above 8k characters; stay below with margin. */
export const MAX_ISSUE_URL_LENGTH = 8000;

const KIND_LABEL: Record<ReportPayload['kind'], string> = {
  'missed-hazard': 'Missed hazard',
  'wrong-match': 'Wrong match',
  'listing-changed': 'Listing gone or changed',
};

export function issueTitle(payload: ReportPayload): string {
  const { listing } = payload;
  const name = listing.title ? `: ${shorten(listing.title, 80)}` : '';
  return `[${payload.kind}] ${listing.site} ${listing.globalItemId ?? listing.itemId}${name}`;
}

function summaryLines(payload: ReportPayload): string[] {
  const { listing, missedHazard, wrongMatch, listingChange } = payload;
  const lines = [
    `**Kind:** ${KIND_LABEL[payload.kind]}`,
    `**Listing:** ${listing.url}`,
    listing.title && `**Title:** ${listing.title}`,
    listing.store?.name && `**Store:** ${listing.store.name}`,
    missedHazard && `**Hazard:** ${missedHazard.hazard}`,
    missedHazard?.authority && `**Authority:** ${missedHazard.authority}`,
    missedHazard?.recordRef && `**Record in the database:** ${missedHazard.recordRef}`,
    missedHazard?.evidenceUrl && `**Evidence:** ${missedHazard.evidenceUrl}`,
    wrongMatch && `**Wrongly matched records:** ${wrongMatch.recordRefs.join(', ')}`,
    listingChange && `**Listing:** ${listingChange.change}`,
    payload.matchedRecordIds.length > 0 && `**Shown records:** ${payload.matchedRecordIds.join(', ')}`,
    payload.note && `**Note:** ${payload.note}`,
  ];
  // Text from the page or the reporter must not ping people or teams: "@name" gets a zero-width joiner.
  return lines.filter((line): line is string => typeof line === 'string').map(defuseMentions);
}

function defuseMentions(line: string): string {
  return line.replace(/@(?=[A-Za-z0-9])/g, '@\u2060');
}

const INTRO =
  '<!-- Prepared by the Hazard Check extension. Please check it before submitting: GitHub shows your account name with the issue. -->';
/** For issues the report endpoint files: no account of the reporter is involved. */
export const INTAKE_INTRO = '<!-- Filed by the Hazard Check report endpoint for a volunteer, who needs no account. -->';

export function issueBody(
  payload: ReportPayload,
  { compact = false, summary = true, shortened = false, intro = INTRO } = {},
): string {
  const json = compact ? JSON.stringify(payload) : formatPayload(payload);
  return [
    intro,
    ...(summary ? ['', ...summaryLines(payload)] : []),
    ...(shortened ? ['', '_Long text was shortened to fit a link; the full report is in the reporter\'s export._'] : []),
    '',
    '```json',
    json,
    '```',
  ].join('\n');
}

export function issueUrl(title: string, body: string, labels: string): string {
  const params = new URLSearchParams({ title, body, labels });
  return `${DATA_REPO_NEW_ISSUE}?${params.toString()}`;
}

/** The issue link for a report, within MAX_ISSUE_URL_LENGTH. */
export function githubIssueUrl(payload: ReportPayload, maxLength = MAX_ISSUE_URL_LENGTH): string {
  const title = issueTitle(payload);
  const labels = `report,${payload.kind}`;
  for (const options of [{}, { compact: true }, { compact: true, summary: false }]) {
    const url = issueUrl(title, issueBody(payload, options), labels);
    if (url.length <= maxLength) return url;
  }
  // Still too long (long non-Latin text triples when percent-encoded): shorten free text until it fits.
  for (let limit = 400; limit >= 20; limit = Math.floor(limit / 2)) {
    const body = issueBody(shortenText(payload, limit), { compact: true, summary: false, shortened: true });
    const url = issueUrl(shorten(title, 60), body, labels);
    if (url.length <= maxLength) return url;
  }
  return issueUrl(shorten(title, 60), issueBody(shortenText(payload, 0), { compact: true, summary: false, shortened: true }), labels);
}

function shortenText(payload: ReportPayload, limit: number): ReportPayload {
  const cut = (value: string | undefined) => (value === undefined ? undefined : shorten(value, limit));
  const copy: ReportPayload = structuredClone(payload);
  copy.listing.title = cut(copy.listing.title);
  if (copy.listing.store?.name) copy.listing.store.name = cut(copy.listing.store.name);
  if (copy.note) copy.note = cut(copy.note);
  if (copy.missedHazard) copy.missedHazard.hazard = cut(copy.missedHazard.hazard) ?? '';
  if (copy.curated) {
    copy.curated.title = cut(copy.curated.title) ?? '';
    copy.curated.hazard = cut(copy.curated.hazard) ?? '';
  }
  return copy;
}

function shorten(value: string, limit: number): string {
  return value.length <= limit ? value : `${value.slice(0, Math.max(0, limit - 1))}…`;
}
