/** CPSC Recall API JSON: bare array or wrapped (`records`, `recalls`, …). */
import { cpscRecord } from './cpsc';
import type { SourceAdapter } from './types';
import { parseJson, rowArray } from './unwrap';

export const cpscApiAdapter: SourceAdapter = {
  kind: 'cpsc-api',
  readRows: (text) => rowArray(parseJson(text), (o) => 'RecallNumber' in o || 'RecallID' in o),
  toRecord: (row) => cpscRecord(row, 'cpsc-api'),
};
