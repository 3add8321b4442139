/** How fresh the hazard data is, for "data as of …" and the stale warning. */
import type { SyncStatus } from '../core/verdict';

/** Past this age the popup warns that recent reports may be missing. */
export const STALE_AFTER_DAYS = 14;
const DAY_MS = 86_400_000;

export interface Freshness {
  dataAsOf?: string;
  ageDays?: number;
  stale: boolean;
}

/** Age is measured from the newer of the data date and the last successful sync. */
export function freshnessOf(status: Pick<SyncStatus, 'dataAsOf' | 'lastSyncAt'>, now: number): Freshness {
  const asOf = status.dataAsOf ? Date.parse(status.dataAsOf.length === 10 ? `${status.dataAsOf}T00:00:00Z` : status.dataAsOf) : NaN;
  const newest = Math.max(Number.isNaN(asOf) ? 0 : asOf, status.lastSyncAt ?? 0);
  if (!newest) return { dataAsOf: status.dataAsOf, stale: true };
  const ageDays = Math.floor((now - newest) / DAY_MS);
  return { dataAsOf: status.dataAsOf, ageDays, stale: ageDays > STALE_AFTER_DAYS };
}
