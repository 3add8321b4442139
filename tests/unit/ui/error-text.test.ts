import { describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '../../../lib/i18n';
import { errorKey, errorText } from '../../../lib/ui/error-text';

describe('error text', () => {
  it('turns browser and extension errors into a sentence in the reader language', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(errorKey(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(
      'errorNoBackground',
    );
    expect(errorKey(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe('errorStorageFull');
    expect(errorKey(new Error('Failed to fetch'))).toBe('errorNetwork');
    expect(errorKey('weird')).toBe('errorUnexpected');
    const ko = errorText(new Error('Could not establish connection. Receiving end does not exist.'), 'ko');
    expect(ko).toBe(MESSAGES.ko.errorNoBackground);
    expect(ko).not.toMatch(/[A-Za-z]{4,}/);
  });
});
