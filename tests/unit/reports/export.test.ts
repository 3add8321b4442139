import { describe, expect, it } from 'vitest';
import type { ReportRow } from '../../../lib/hazards/db';
import { CSV_COLUMNS, csvCell, reportsToCsv, reportsToJson } from '../../../lib/reports/export';
import { buildReportPayload } from '../../../lib/reports/payload';
import { aliReading, context, missedPayload } from './helpers';

/** RFC 4180 reader, to check that what we write reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const tricky = buildReportPayload(
  {
    kind: 'missed-hazard',
    hazard: '=HYPERLINK("https://evil.example","click")',
    authority: '+Seoul, "City" Hall',
    evidenceUrl: 'https://example.org/n',
    note: '-2+3 first line\nsecond line, with comma',
  },
  context({ ...aliReading, product: { ...aliReading.product!, title: '@SUM(A1:A9) 어린이 머리띠', seller: { name: '-Minus Store' } } }),
);

const rows: ReportRow[] = [
  { id: tricky.reportId, createdAt: Date.UTC(2026, 10, 23, 1, 2, 3), status: 'failed', attempts: 8, channel: 'endpoint', lastError: 'HTTP 500: down', payload: tricky },
  { id: 'r2', createdAt: Date.UTC(2026, 10, 22), status: 'copied', attempts: 0, channel: 'official', officialChannel: 'kr-consumer24', payload: missedPayload() },
];

describe('report export', () => {
  it('writes CSV with a BOM, CRLF lines and correct quoting that reads back cell for cell', () => {
    const csv = reportsToCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const table = parseCsv(csv.slice(1));
    expect(table[0]).toEqual([...CSV_COLUMNS]);
    expect(table).toHaveLength(3);
    expect(table.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    const first = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, table[1]![i]]));
    expect(first).toMatchObject({
      id: tricky.reportId,
      createdAt: '2026-11-23T01:02:03.000Z',
      status: 'failed',
      attempts: '8',
      kind: 'missed-hazard',
      url: tricky.listing.url,
      authority: '\'+Seoul, "City" Hall',
      note: "'-2+3 first line\nsecond line, with comma",
    });
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const table = parseCsv(reportsToCsv(rows).slice(1));
    const first = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, table[1]![i]!]));
    expect(first.hazard).toBe('\'=HYPERLINK("https://evil.example","click")');
    expect(first.title).toBe("'@SUM(A1:A9) 어린이 머리띠");
    expect(first.store).toBe("'-Minus Store");
    for (const cell of table.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('quotes only what needs quoting', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(3)).toBe('3');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(' edge ')).toBe('" edge "');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('-1,5')).toBe('"\'-1,5"');
  });

  it('writes JSON with every report and its full payload', () => {
    const parsed = JSON.parse(reportsToJson(rows));
    expect(parsed.format).toBe('hazard-check-reports/1');
    expect(parsed.reports).toHaveLength(2);
    expect(parsed.reports[0]).toMatchObject({ id: tricky.reportId, status: 'failed', channel: 'endpoint', lastError: 'HTTP 500: down', payload: tricky });
    expect(parsed.reports[1]).toMatchObject({ officialChannel: 'kr-consumer24', createdAt: '2026-11-22T00:00:00.000Z' });
  });
});
