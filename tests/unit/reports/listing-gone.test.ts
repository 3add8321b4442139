import { describe, expect, it } from 'vitest';
import { initialFormState, toReportForm } from '../../../lib/reports/form-state';
import { isGoneListing, readingForReport } from '../../../lib/reports/listing-reading';
import { buildReportPayload } from '../../../lib/reports/payload';
import type { PageReading } from '../../../lib/sites/types';
import { summarizeTab } from '../../../lib/ui/tab-summary';
import { context } from './helpers';

const gone: PageReading = {
  site: 'aliexpress', pageType: 'product', state: 'not-found',
  url: 'https://www.aliexpress.com/item/1005001234567890.html?spm=a2g0o.tracking', product: { itemId: '1005001234567890' },
  reason: 'AliExpress shows its "404 page" for this item',
};

describe('reporting a listing the shop says is gone', () => {
  it('takes 404 and unavailable product pages, not security checks or pages without an item', () => {
    expect(isGoneListing(gone)).toBe(true);
    expect(isGoneListing({ ...gone, state: 'unavailable' })).toBe(true);
    expect(isGoneListing({ ...gone, state: 'challenge' })).toBe(false);
    expect(isGoneListing({ ...gone, product: undefined })).toBe(false);
    expect(readingForReport(gone)).toBe(gone);
    expect(readingForReport(gone, '1005009999999999')).toBeNull();
    expect(readingForReport({ ...gone, state: 'unreadable' })).toBeNull();
  });

  it('names the listing in the popup summary and starts the form as "listing gone"', () => {
    const summary = summarizeTab(gone, { state: 'not-found', matches: [], cards: {}, signature: '' });
    expect(summary).toMatchObject({ kind: 'not-checked', reasonKey: 'state_not-found', goneListingKey: 'aliexpress:1005001234567890' });
    const state = initialFormState('listing-gone', []);
    expect(toReportForm(state)).toEqual({ kind: 'listing-changed', change: 'gone', note: undefined });
  });

  it('builds a report with the canonical URL and no title the page did not show', () => {
    const payload = buildReportPayload(toReportForm(initialFormState('listing-gone', [])), context(gone));
    expect(payload.kind).toBe('listing-changed');
    expect(payload.listingChange).toEqual({ change: 'gone' });
    expect(payload.listing).toEqual({ site: 'aliexpress', itemId: '1005001234567890', url: 'https://www.aliexpress.com/item/1005001234567890.html' });
  });
});
