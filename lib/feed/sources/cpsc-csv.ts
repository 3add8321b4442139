/**
 * The cpsc.gov "product recalls" CSV export (UTF-8 with BOM, quoted multi-line fields, "Month DD, YYYY"
 * dates, recall numbers with a dash). Also reads the snake_case CSV third-party tools write
 * (recall_number, title, description, …). Rows are mapped onto the API shape and share its mapping.
 */
import { FIELD_COUNT_MISMATCH, parseCsv } from '../csv';
import { clean } from '../text';
import { cpscRecord } from './cpsc';
import { RowError, type SourceAdapter } from './types';

const list = (value: string | undefined, key = 'Name') => (clean(value) ? [{ [key]: clean(value) }] : []);

/** One CSV row in Recall API shape. */
export function csvRowToApiShape(row: Record<string, string>): Record<string, unknown> {
  const get = (...keys: string[]) => keys.map((k) => row[k]).find((v) => clean(v) !== undefined);
  return {
    RecallNumber: get('Recall Number', 'recall_number', 'RecallNumber'),
    ProductSafetyWarningNumber: get('Product Safety Warning Number'),
    RecallID: get('recall_id', 'RecallID'),
    RecallDate: get('Date', 'recall_date', 'Product Safety Warning Date'),
    Title: get('Recall Heading', 'title', 'Title'),
    Description: get('Description', 'description'),
    URL: get('url', 'URL'),
    Products: list(get('Name of product', 'product_name'), 'Name'),
    Hazards: list(get('Hazard Description', 'hazards', 'hazard')),
    Remedies: list(get('Remedy', 'remedy', 'Consumer Action')),
    Retailers: list(get('Sold At', 'retailers')),
    Manufacturers: list(get('Manufacturers', 'manufacturer')),
    Importers: list(get('Importers')),
    ManufacturerCountries: list(get('Manufactured In', 'manufactured_in'), 'Country'),
  };
}

export const cpscCsvAdapter: SourceAdapter = {
  kind: 'cpsc-csv',
  readRows(text) {
    const table = parseCsv(text);
    if (!table.header.some((h) => /recall.?number|recall heading/i.test(h))) {
      throw new Error(`not a CPSC recalls CSV (columns: ${table.header.slice(0, 5).join(', ')}…)`);
    }
    return table.records;
  },
  toRecord(row) {
    const fields = row as Record<string, string>;
    if (fields[FIELD_COUNT_MISMATCH]) throw new RowError(`malformed CSV row: ${fields[FIELD_COUNT_MISMATCH]}`);
    return cpscRecord(csvRowToApiShape(fields), 'cpsc-csv');
  },
};
