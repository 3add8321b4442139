/** Out-of-storage failures, in the shapes browsers report them, reach the user as "out of storage" with what to do. */
import { describe, expect, it } from 'vitest';
import { toSyncError } from '../../../lib/sync/errors';
import { syncErrorText } from '../../../lib/ui/sync-text';

const quotaShapes: [string, unknown][] = [
  ['IndexedDB QuotaExceededError', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
  [
    'inside an abort',
    Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('x', 'QuotaExceededError'),
    }),
  ],
  [
    'inside a bulk write',
    Object.assign(new Error('2 of 500 operations failed'), {
      name: 'BulkError',
      failures: [new DOMException('x', 'QuotaExceededError')],
    }),
  ],
  ['chrome.storage', new Error('QUOTA_BYTES quota exceeded')],
  [
    'Chromium full disk',
    Object.assign(new Error('Encountered full disk while opening backing store for indexedDB.open.'), {
      name: 'UnknownError',
    }),
  ],
];

describe('storage-full sync errors', () => {
  it.each(quotaShapes)('%s says the browser is out of storage and what to do, in both languages', (_shape, thrown) => {
    const error = toSyncError(thrown);
    expect(error.code).toBe('storage-full');
    expect(error.message).toContain('The browser is out of storage');
    expect(error.message).toContain('Free up disk space');
    expect(syncErrorText({ lastError: error.message, lastErrorCode: error.code }, 'en')).toBe(
      'The browser is out of storage. Free up disk space (or clear data of sites you no longer need), then update again.',
    );
    expect(syncErrorText({ lastError: error.message, lastErrorCode: error.code }, 'ko')).toContain(
      '저장 공간이 부족합니다',
    );
  });

  it('other failures are not called a storage problem', () => {
    expect(toSyncError(new TypeError('x is undefined')).code).toBe('internal');
    expect(toSyncError(Object.assign(new Error('Version change'), { name: 'VersionError' })).code).toBe('storage');
  });
});
