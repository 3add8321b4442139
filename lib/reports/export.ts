/**
 * Exports the user's own reports, as JSON (everything, for re-import or a maintainer) and as CSV (for a
 * spreadsheet). CSV cells follow RFC 4180 quoting, and a cell that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) is prefixed with a single quote: listing titles and
 * notes come from strangers.
 */
import type { ReportRow } from '../hazards/db';
import type { ReportPayload } from './types';

export interface ExportedReport {
  id: string;
  createdAt: string;
  status: ReportRow['status'];
  channel?: ReportRow['channel'];
  officialChannel?: string;
  attempts: number;
  sentAt?: string;
  lastError?: string;
  payload: unknown;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

export function exportedReport(row: ReportRow): ExportedReport {
  return {
    id: row.id,
    createdAt: iso(row.createdAt)!,
    status: row.status,
    ...(row.channel && { channel: row.channel }),
    ...(row.officialChannel && { officialChannel: row.officialChannel }),
    attempts: row.attempts,
    ...(row.sentAt !== undefined && { sentAt: iso(row.sentAt) }),
    ...(row.lastError && { lastError: row.lastError }),
    payload: row.payload,
  };
}

export function reportsToJson(rows: ReportRow[]): string {
  return `${JSON.stringify({ format: 'hazard-check-reports/1', reports: rows.map(exportedReport) }, null, 2)}\n`;
}

export const CSV_COLUMNS = [
  'id', 'createdAt', 'status', 'channel', 'attempts', 'lastError', 'kind', 'site', 'itemId', 'globalItemId',
  'url', 'title', 'store', 'hazard', 'authority', 'evidenceUrl', 'recordRefs', 'matchedRecordIds', 'change', 'note',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-safe, quoted when it holds a quote, comma, line break or edge spaces. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRecord(row: ReportRow): Record<(typeof CSV_COLUMNS)[number], string | number | undefined> {
  const p = row.payload as Partial<ReportPayload>;
  return {
    id: row.id,
    createdAt: iso(row.createdAt),
    status: row.status,
    channel: row.channel,
    attempts: row.attempts,
    lastError: row.lastError,
    kind: p.kind,
    site: p.listing?.site,
    itemId: p.listing?.itemId,
    globalItemId: p.listing?.globalItemId,
    url: p.listing?.url,
    title: p.listing?.title,
    store: p.listing?.store?.name,
    hazard: p.missedHazard?.hazard,
    authority: p.missedHazard?.authority,
    evidenceUrl: p.missedHazard?.evidenceUrl,
    recordRefs: p.missedHazard?.recordRef ?? p.wrongMatch?.recordRefs.join(' '),
    matchedRecordIds: p.matchedRecordIds?.join(' '),
    change: p.listingChange?.change,
    note: p.note,
  };
}

/** CSV with a header, CRLF line ends and a BOM so spreadsheet apps read Korean text as UTF-8. */
export function reportsToCsv(rows: ReportRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const record = csvRecord(row);
    lines.push(CSV_COLUMNS.map((column) => csvCell(record[column])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
