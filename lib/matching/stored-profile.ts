/**
 * A record's profile as stored beside the record in IndexedDB (`StoredHazard.profile`), so records a delta
 * changed are profiled once, when stored, not again on every start of the worker. A stored profile is
 * used only when this matcher's INDEX_FORMAT_VERSION made it; any other is rebuilt from the record.
 */
import type { HazardRecord } from '../hazards/schema';
import { buildProfile, type RecordProfile } from './profile';
import { INDEX_FORMAT_VERSION } from './store';

export interface StoredProfile {
  format: number;
  /**
   * The profile as JSON: one string is cheap for IndexedDB to copy, where a profile's dozen feature
   * objects doubled the cost of writing a delta's rows.
   */
  json: string;
}

export function storedProfileOf(record: HazardRecord): StoredProfile {
  return { format: INDEX_FORMAT_VERSION, json: JSON.stringify(buildProfile(record)) };
}

/** The stored profile was made by this matcher version (so the row needs no record to be indexed). */
export function isCurrentProfile(profile: unknown): boolean {
  const stored = profile as Partial<StoredProfile> | undefined;
  return stored?.format === INDEX_FORMAT_VERSION && typeof stored.json === 'string';
}

/** The row's stored profile when it is this version's profile of this record, else a fresh one. */
export function profileOfRow(row: HazardRecord & { profile?: unknown }): RecordProfile {
  const stored = row.profile as Partial<StoredProfile> | undefined;
  if (stored?.format === INDEX_FORMAT_VERSION && typeof stored.json === 'string') {
    try {
      const profile = JSON.parse(stored.json) as Partial<RecordProfile>;
      if (profile.id === row.id && Array.isArray(profile.features)) return profile as RecordProfile;
    } catch {
      // a damaged row is profiled again below
    }
  }
  return buildProfile(row);
}
