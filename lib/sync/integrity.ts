/**
 * Whether the local hazard records are exactly the set a feed version declares (count and records
 * digest). Checked on every sync and on start, so a record lost or damaged locally is repaired by a
 * full resync instead of staying missing until the next version.
 */
import type { HazardDb } from '../hazards/db';
import { HazardRecords } from '../hazards/records';
import { linesDigest } from './sha256';

export interface ExpectedRecords {
  version: number;
  recordCount: number;
  recordsDigest: string;
}

export type IntegrityResult = { ok: true } | { ok: false; recordCount: number };

export async function checkLocalRecords(
  db: HazardDb,
  expected: Omit<ExpectedRecords, 'version'>,
): Promise<IntegrityResult> {
  const lines = await new HazardRecords(db).idLinesAfter([], []);
  if (lines.count === expected.recordCount && (await linesDigest(lines)) === expected.recordsDigest)
    return { ok: true };
  return { ok: false, recordCount: lines.count };
}
