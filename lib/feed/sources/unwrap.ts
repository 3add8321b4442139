/** Finds the list of rows in a source file, whether bare or wrapped (`records`, `recalls`, `resultData`, …). */
import { isRecordObject } from '../text';

const WRAPPER_KEYS = [
  'records',
  'recalls',
  'resultData',
  'results',
  'items',
  'data',
  'notifications',
  'content',
  'list',
  'rows',
  'Recalls',
  'Results',
  'Items',
  'Data',
];

export function parseJson(text: string): unknown {
  return JSON.parse(text.replace(/^\uFEFF/, ''));
}

/**
 * The row array inside a JSON value. `isRow` recognises a single bare row, which is returned as a
 * one-element list.
 */
export function rowArray(json: unknown, isRow: (value: Record<string, unknown>) => boolean, depth = 0): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isRecordObject(json)) throw new Error('expected a JSON array or object');
  if (isRow(json)) return [json];
  if (depth < 4) {
    for (const key of WRAPPER_KEYS) {
      const value = json[key];
      if (Array.isArray(value)) return value;
      if (isRecordObject(value)) {
        try {
          return rowArray(value, isRow, depth + 1);
        } catch {
          // not this branch
        }
      }
    }
  }
  const arrays = Object.values(json).filter(
    (v): v is unknown[] => Array.isArray(v) && v.length > 0 && v.every(isRecordObject),
  );
  const largest = arrays.sort((a, b) => b.length - a.length)[0];
  if (largest) return largest;
  throw new Error('no list of records found in the JSON');
}
