/** Runs an adapter over one input file: every row becomes a valid record, a counted bad row, or a skip. */
import { validateRecord } from '../../hazards/schema';
import { finishRecord } from '../finish';
import { RowError, type SourceAdapter, type SourceResult } from './types';

export function runAdapter(adapter: SourceAdapter, text: string, label: string): SourceResult {
  const result: SourceResult = { kind: adapter.kind, label, rows: [], bad: [], skipped: {} };
  let rows: unknown[];
  try {
    rows = adapter.readRows(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    result.fileError = error instanceof Error ? error.message : String(error);
    return result;
  }
  rows.forEach((row, index) => {
    try {
      const built = adapter.toRecord(row);
      if ('skip' in built) {
        result.skipped[built.skip] = (result.skipped[built.skip] ?? 0) + 1;
        return;
      }
      const validation = validateRecord(finishRecord(built.record));
      if (!validation.ok) {
        result.bad.push({ row: index + 1, ref: built.record.ref, reason: validation.error });
        return;
      }
      result.rows.push({ record: validation.record, linkUrls: built.linkUrls ?? [] });
    } catch (error) {
      result.bad.push({
        row: index + 1,
        ...(error instanceof RowError && error.ref && { ref: error.ref }),
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  });
  return result;
}
