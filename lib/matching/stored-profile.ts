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
  profile: RecordProfile;
}

export function storedProfileOf(record: HazardRecord): StoredProfile {
  return { format: INDEX_FORMAT_VERSION, profile: buildProfile(record) };
}

/** The row's stored profile when it is this version's profile of this record, else a fresh one. */
export function profileOfRow(row: HazardRecord & { profile?: unknown }): RecordProfile {
  const stored = row.profile as Partial<StoredProfile> | undefined;
  const profile = stored?.format === INDEX_FORMAT_VERSION ? stored.profile : undefined;
  if (profile?.id === row.id && Array.isArray(profile.features)) return profile;
  return buildProfile(row);
}
