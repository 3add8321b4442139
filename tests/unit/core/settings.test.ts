import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../lib/settings';

describe('normalizeSettings', () => {
  it('fills missing fields from the defaults', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ showSimilar: true })).toEqual({ ...DEFAULT_SETTINGS, showSimilar: true });
  });

  it('drops invalid values instead of trusting storage', () => {
    const s = normalizeSettings({
      language: 'fr',
      syncIntervalHours: 0.001,
      disabledSources: ['us-cpsc', 'bogus'],
      showSimilar: 'yes',
    });
    expect(s.language).toBe('auto');
    expect(s.syncIntervalHours).toBe(DEFAULT_SETTINGS.syncIntervalHours);
    expect(s.disabledSources).toEqual(['us-cpsc']);
    expect(s.showSimilar).toBe(false);
  });
});
