/** How fresh the hazard data is, for "data as of …" and the stale warning. */
import type { SyncStatus } from '../core/verdict';

/** Past this age the popup warns that recent reports may be missing. */
export const STALE_AFTER_DAYS = 14;
const DAY_MS = 86_400_000;

export interface Freshness {
  dataAsOf?: string;
  ageDays?: number;
  stale: boolean;
  /** Why a feed is stale: published too long ago, or the server went back to an older version. */
  staleReason?: 'feed-too-old' | 'server-went-back';
  /** The feed's maximum age, in days, when known. */
  maxAgeDays?: number;
}

type FreshnessInput = Pick<
  SyncStatus,
  'dataAsOf' | 'lastSyncAt' | 'feedCreated' | 'feedMaxAgeSeconds' | 'serverWentBack'
>;

/**
 * Feed data ages from the manifest's `created`, however recently a sync confirmed it: a host that keeps
 * serving the same signed manifest must not look fresh. Bundled data ages from the newer of its date and
 * the last successful sync.
 */
export function freshnessOf(status: FreshnessInput, now: number): Freshness {
  const created = status.feedCreated ? Date.parse(status.feedCreated) : NaN;
  if (!Number.isNaN(created)) {
    const ageDays = Math.floor((now - created) / DAY_MS);
    const maxAgeDays = (status.feedMaxAgeSeconds ?? STALE_AFTER_DAYS * 86_400) / 86_400;
    const staleReason = status.serverWentBack
      ? ('server-went-back' as const)
      : now - created > maxAgeDays * DAY_MS
        ? ('feed-too-old' as const)
        : undefined;
    return {
      dataAsOf: status.dataAsOf,
      ageDays,
      maxAgeDays,
      stale: staleReason !== undefined,
      ...(staleReason && { staleReason }),
    };
  }
  const asOf = status.dataAsOf
    ? Date.parse(status.dataAsOf.length === 10 ? `${status.dataAsOf}T00:00:00Z` : status.dataAsOf)
    : NaN;
  const newest = Math.max(Number.isNaN(asOf) ? 0 : asOf, status.lastSyncAt ?? 0);
  if (!newest) return { dataAsOf: status.dataAsOf, stale: true };
  const ageDays = Math.floor((now - newest) / DAY_MS);
  return { dataAsOf: status.dataAsOf, ageDays, stale: ageDays > STALE_AFTER_DAYS };
}
