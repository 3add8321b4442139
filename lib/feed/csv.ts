/**
 * A small RFC 4180 CSV reader: quoted fields with doubled quotes, separators and line breaks inside
 * quotes, CRLF or LF, a UTF-8 BOM, blank lines skipped. Enough for the cpsc.gov and Health Canada
 * exports without a dependency.
 */

export interface CsvTable {
  header: string[];
  /** Data rows as field arrays (header excluded). */
  rows: string[][];
  /** Data rows keyed by header; rows whose field count differs from the header's are marked. */
  records: Record<string, string>[];
}

/** Set on a record whose field count differs from the header's, so adapters can report the row. */
export const FIELD_COUNT_MISMATCH = '__fieldCountMismatch';

export function parseCsvRows(text: string, delimiter = ','): string[][] {
  const input = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  while (i < input.length) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i++;
    } else if (ch === delimiter) {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      fieldStarted = true;
      i++;
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field (unbalanced quotes)');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** Picks `,`, `;` or tab by which occurs most in the header line. */
function detectDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length }));
  return counts.sort((a, b) => b.n - a.n)[0]!.d;
}

export function parseCsv(text: string, delimiter = detectDelimiter(text)): CsvTable {
  const [header = [], ...rows] = parseCsvRows(text, delimiter);
  const names = header.map((h) => h.trim());
  const records = rows.map((fields) => {
    const record: Record<string, string> = {};
    names.forEach((name, i) => {
      record[name] = fields[i] ?? '';
    });
    if (fields.length !== names.length)
      record[FIELD_COUNT_MISMATCH] = `${fields.length} fields, header has ${names.length}`;
    return record;
  });
  return { header: names, rows, records };
}
