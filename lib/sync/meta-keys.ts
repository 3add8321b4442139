/**
 * Meta rows the sync owns, beside the service's META keys (feedVersion, dataAsOf, lastSyncAt, lastError,
 * nextSyncAt, sources, bundled) in lib/background/hazard-service.ts.
 */
export const SYNC_META = {
  /** `{ etag, version }` of the last manifest applied or confirmed: sent as If-None-Match. */
  etag: 'feedEtag',
  /** The feed's minWaitSeconds from the last manifest seen. */
  minWaitSeconds: 'feedMinWaitSeconds',
  /** Consecutive failed syncs, for the back-off. Survives service-worker restarts. */
  failures: 'syncFailures',
  /** Machine-readable companion of lastError, so the UI can translate it. */
  lastErrorCode: 'lastErrorCode',
  lastAttemptAt: 'lastAttemptAt',
  /** What the last sync did besides the obvious ("delta unusable, used the snapshot"). */
  notes: 'syncNotes',
  /** `{ version, recordCount, recordsDigest }` of the version applied: what the local records must be. */
  expectedRecords: 'feedExpectedRecords',
  /** The manifest `created` of the version applied (full ISO time): the data's real age. */
  feedCreated: 'feedCreated',
  /** The feed's declared maximum age (seconds) from the last manifest applied or confirmed. */
  maxAgeSeconds: 'feedMaxAgeSeconds',
  /** Set while the server offers a manifest created before the one applied: the host went back in time. */
  serverWentBack: 'feedServerWentBack',
} as const;

export interface StoredEtag {
  etag: string;
  version: number;
}
