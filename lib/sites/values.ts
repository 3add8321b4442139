/** Safe access to untyped JSON from pages: every schema changes silently, so nothing is assumed. */

export type JsonRecord = Record<string, unknown>;

export function asRecord(value: unknown): JsonRecord | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonRecord) : undefined;
}

/** Arrays, and the `{ "0": …, "1": … }` objects some captures turn arrays into. */
export function asArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  const record = asRecord(value);
  if (record && Object.keys(record).length && Object.keys(record).every((k) => /^\d+$/.test(k))) {
    return Object.keys(record)
      .sort((a, b) => Number(a) - Number(b))
      .map((k) => record[k]);
  }
  return [];
}

/** Follows a path of keys; undefined as soon as a step is missing. */
export function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    const record = asRecord(current);
    if (!record) return undefined;
    current = record[key];
  }
  return current;
}

/** A non-empty string, or a finite number as a string. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() ? value : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A numeric ID (6+ digits) as a string, from a string or a safe integer. */
export function idString(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : str(value)?.trim();
  return text && /^\d{6,20}$/.test(text) ? text : undefined;
}

/** The first value that is not undefined. */
export function firstOf<T>(...values: (T | undefined)[]): T | undefined {
  for (const value of values) if (value !== undefined) return value;
  return undefined;
}

/**
 * Visits nested objects breadth-first (bounded by node count and depth), for schemas where the position
 * of a widget is not stable and must be found by its shape.
 */
export function findObjects(root: unknown, match: (record: JsonRecord) => boolean, limit = 50_000): JsonRecord[] {
  const found: JsonRecord[] = [];
  const queue: [unknown, number][] = [[root, 0]];
  let visited = 0;
  for (let head = 0; head < queue.length && visited < limit; head++) {
    const entry = queue[head];
    if (!entry) break;
    const [value, depth] = entry;
    visited++;
    if (depth > 60) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item === 'object') queue.push([item, depth + 1]);
      continue;
    }
    const record = asRecord(value);
    if (!record) continue;
    if (match(record)) found.push(record);
    for (const key in record) {
      const child = record[key];
      if (child && typeof child === 'object') queue.push([child, depth + 1]);
    }
  }
  return found;
}
