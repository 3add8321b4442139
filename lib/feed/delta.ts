/** Differences between two record sets, keyed by record ID. */
import { createHash } from 'node:crypto';
import type { HazardRecord } from '../hazards/schema';
import type { FeedDelta } from './format';

/** A record's content fingerprint: keeping every previous record's JSON in memory does not scale to 1M. */
const fingerprint = (record: HazardRecord) => createHash('sha256').update(JSON.stringify(record)).digest('base64');

/** Upserts are new or changed records (compared by their JSON), deletes are IDs that disappeared. */
export function computeDelta(
  from: number,
  to: number,
  previous: readonly HazardRecord[],
  next: readonly HazardRecord[],
): FeedDelta {
  const previousJson = new Map(previous.map((record) => [record.id, fingerprint(record)]));
  const nextIds = new Set(next.map((record) => record.id));
  const upserts = next.filter((record) => previousJson.get(record.id) !== fingerprint(record));
  const deletes = [...previousJson.keys()].filter((id) => !nextIds.has(id));
  return { from, to, upserts, deletes };
}

/** What a client does with a delta: the result must equal the `to` version's snapshot. */
export function applyDelta(records: readonly HazardRecord[], delta: FeedDelta): HazardRecord[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  for (const id of delta.deletes) byId.delete(id);
  for (const record of delta.upserts) byId.set(record.id, record);
  return [...byId.values()];
}
