/**
 * Every way a sync can fail, as a code the UI can translate plus an English message a user can read.
 * The message always says the data was kept, because that is what the sync guarantees on any failure.
 */

export type SyncErrorCode =
  | 'not-configured'
  | 'unsupported-browser'
  | 'network'
  | 'timeout'
  | 'server'
  | 'not-found'
  | 'http'
  | 'too-large'
  | 'truncated'
  | 'hash-mismatch'
  | 'bad-signature'
  | 'missing-signature'
  | 'invalid-data'
  | 'replay'
  | 'chain-mismatch'
  | 'digest-mismatch'
  | 'storage-full'
  | 'storage'
  | 'internal';

export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Failures that say "this delta cannot be used", after which the full snapshot is worth a try. */
const DELTA_FALLBACK_CODES: ReadonlySet<SyncErrorCode> = new Set([
  'not-found',
  'too-large',
  'truncated',
  'hash-mismatch',
  'invalid-data',
  'chain-mismatch',
  'digest-mismatch',
]);

export function shouldFallBackToSnapshot(error: SyncError): boolean {
  return DELTA_FALLBACK_CODES.has(error.code);
}

const KEPT = 'Your hazard data was left as it was.';

/** Turns anything thrown during a sync into a SyncError with a message fit for the options page. */
export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  if (isQuotaError(error)) {
    return new SyncError(
      'storage-full',
      `The browser is out of storage for the hazard data update. ${KEPT} Free up disk space (or clear data of sites you no longer need), then try again.`,
      { cause: error },
    );
  }
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (
    /Error$/.test(name) &&
    /^(Database|Transaction|Abort|Open|Version|Constraint|Data|Unknown|InvalidState)/.test(name)
  ) {
    return new SyncError('storage', `The browser's database refused the update (${name}: ${detail}). ${KEPT}`, {
      cause: error,
    });
  }
  return new SyncError('internal', `The update failed unexpectedly (${detail}). ${KEPT}`, { cause: error });
}

/**
 * Out of storage, in every shape it arrives: IndexedDB's QuotaExceededError (possibly inside Dexie's
 * AbortError or BulkError), chrome.storage's "QUOTA_BYTES quota exceeded", Chromium's full-disk errors.
 */
function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (typeof e !== 'object') return false;
    const { name, message, inner, cause, failures } = e as {
      name?: unknown;
      message?: unknown;
      inner?: unknown;
      cause?: unknown;
      failures?: unknown;
    };
    if (name === 'QuotaExceededError') return true;
    if (
      typeof message === 'string' &&
      /quota\w* (?:bytes )?exceeded|QuotaExceededError|full disk|disk (?:is )?full/i.test(message)
    )
      return true;
    e = inner ?? cause ?? (Array.isArray(failures) ? failures[0] : undefined);
  }
  return false;
}

export const keptData = KEPT;

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
