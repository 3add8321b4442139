import { describe, expect, it } from 'vitest';
import { buildReportPayload, ReportInputError } from '../../../lib/reports/payload';
import { canonicalListingUrl, isTrackingParam, stripTrackingParams } from '../../../lib/reports/listing-url';
import { formatPayload, parseReportPayload, type ReportForm } from '../../../lib/reports/types';
import type { PageReading } from '../../../lib/sites/types';
import { aliReading, context, GLOBAL_ID, LOCAL_US_ID, missedForm, missedPayload, record, TEMU_ID, temuReading } from './helpers';

/** Every key path in a JSON value, arrays collapsed to `[]`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => keyPaths(v, `${prefix}[]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      const path = prefix ? `${prefix}.${k}` : k;
      return [path, ...keyPaths(v, path)];
    });
  }
  return [];
}

const WHITELIST = new Set([
  'format', 'reportId', 'kind', 'reportedOn',
  'listing', 'listing.site', 'listing.itemId', 'listing.globalItemId', 'listing.url', 'listing.title',
  'listing.store', 'listing.store.name', 'listing.store.id',
  'app', 'app.extensionVersion', 'app.feedVersion', 'app.dataAsOf',
  'matchedRecordIds',
  'missedHazard', 'missedHazard.recordRef', 'missedHazard.hazard', 'missedHazard.authority',
  'missedHazard.evidenceUrl', 'missedHazard.date',
  'wrongMatch', 'wrongMatch.recordRefs', 'listingChange', 'listingChange.change', 'note',
  'curated', 'curated.curatedId', 'curated.platform', 'curated.listingId', 'curated.title', 'curated.hazard',
  'curated.authority', 'curated.date', 'curated.url', 'curated.noticeUrl', 'curated.shopName', 'curated.brand',
  'curated.model',
]);

/** A reading as a compromised or careless caller might pass it: page data that must never be sent. */
const pollutedReading = {
  ...aliReading,
  cookies: 'xman_t=SECRET-SESSION; ali_apache_id=SECRET-ID',
  otherTabs: ['https://mail.example.com/inbox'],
  history: ['https://www.aliexpress.com/item/1005009999999999.html'],
  product: { ...aliReading.product!, accountEmail: 'me@example.com', sellerAdminSeq: '220000001' },
} as unknown as PageReading;

describe('report payload', () => {
  it('holds only whitelisted fields, for every kind of report', () => {
    const forms: ReportForm[] = [
      { ...missedForm, note: 'Seen on the Seoul list' },
      { kind: 'wrong-match', recordRefs: ['curated:A', 'curated:B'], note: 'Different colour and maker' },
      { kind: 'listing-changed', change: 'gone' },
    ];
    for (const form of forms) {
      const payload = buildReportPayload(form, context(pollutedReading, { matchedRecordIds: ['curated:A', 'curated:B'] }));
      for (const path of keyPaths(payload)) expect(WHITELIST, `unexpected field ${path}`).toContain(path.replace(/\[\]/g, ''));
      const json = formatPayload(payload);
      for (const leaked of ['SECRET', 'mail.example.com', '1005009999999999', 'me@example.com', '220000001',
        'secret-image', '4.99', '04006381333900', 'Toys', 'spm', 'a2g0o', 'aff_', 'algo', 'gps-id', 'pvid', 'scm', '#nav']) {
        expect(json).not.toContain(leaked);
      }
    }
  });

  it('describes the listing by its canonical URL, IDs, title, store and the data version', () => {
    const payload = buildReportPayload(missedForm, context(aliReading, { matchedRecordIds: ['curated:X', 'curated:X'] }));
    expect(payload.listing).toEqual({
      site: 'aliexpress',
      itemId: GLOBAL_ID,
      url: `https://www.aliexpress.com/item/${GLOBAL_ID}.html`,
      title: 'Wooden Puzzle Board for Toddlers',
      store: { name: 'Wood Store', id: '1102' },
    });
    expect(payload.app).toEqual({ extensionVersion: '0.1.0', feedVersion: 42, dataAsOf: '2026-11-20' });
    expect(payload.matchedRecordIds).toEqual(['curated:X']);
    expect(payload.reportedOn).toBe('2026-11-23');
    expect(payload.missedHazard?.evidenceUrl).toBe('https://news.seoul.go.kr/economy/archives/123');
  });

  it('keeps both IDs on aliexpress.us and links the global one', () => {
    const us: PageReading = {
      ...aliReading,
      url: `https://www.aliexpress.us/item/${LOCAL_US_ID}.html?gatewayAdapt=glo2usa&spm=x`,
      product: { ...aliReading.product!, itemId: LOCAL_US_ID, globalItemId: GLOBAL_ID },
    };
    const { listing } = buildReportPayload({ kind: 'listing-changed', change: 'changed' }, context(us));
    expect(listing).toMatchObject({ itemId: LOCAL_US_ID, globalItemId: GLOBAL_ID, url: `https://www.aliexpress.com/item/${GLOBAL_ID}.html` });
  });

  it('links Temu listings by the short goods URL, whatever the locale, slug and parameters', () => {
    const payload = buildReportPayload({ kind: 'listing-changed', change: 'gone' }, context(temuReading));
    expect(payload.listing.url).toBe(`https://www.temu.com/g-${TEMU_ID}.html`);
    expect(payload.listing.globalItemId).toBeUndefined(); // same as itemId on Temu
    expect(formatPayload(payload)).not.toMatch(/_oak_|refer_page|top_gallery|_x_sessn|spec_id|\/kr\//);
  });

  it('fills a missed hazard from the record picked in the local database', () => {
    const picked = record({
      ref: 'KR-0042',
      authority: 'Korea Agency for Technology and Standards',
      url: 'https://www.safetykorea.kr/recall/42',
      publishedAt: '2025-03-02',
      hazardText: [{ lang: 'ko', text: '납 기준치 초과' }, { lang: 'en', text: 'Lead above the limit' }],
    });
    const payload = buildReportPayload({ kind: 'missed-hazard', recordRef: picked.id }, context(aliReading, { pickedRecord: picked }));
    expect(payload.missedHazard).toEqual({
      recordRef: 'curated:KR-0042',
      hazard: 'Lead above the limit',
      authority: 'Korea Agency for Technology and Standards',
      evidenceUrl: 'https://www.safetykorea.kr/recall/42',
      date: '2025-03-02',
    });
  });

  it('says what is missing in a missed-hazard report without a record', () => {
    const problem = (form: Partial<Extract<ReportForm, { kind: 'missed-hazard' }>>) => {
      try {
        buildReportPayload({ ...missedForm, ...form }, context(aliReading));
        return 'ok';
      } catch (error) {
        return error instanceof ReportInputError ? error.problem : String(error);
      }
    };
    expect(problem({})).toBe('ok');
    expect(problem({ hazard: '   ' })).toBe('hazard-required');
    expect(problem({ authority: '' })).toBe('authority-required');
    expect(problem({ evidenceUrl: '' })).toBe('evidence-required');
    expect(problem({ evidenceUrl: 'http://example.org/notice' })).toBe('evidence-invalid');
    expect(problem({ evidenceUrl: 'javascript:alert(1)' })).toBe('evidence-invalid');
    expect(problem({ date: '9 May 2024' })).toBe('date-invalid');
    expect(() => buildReportPayload({ kind: 'wrong-match', recordRefs: [' '] }, context(aliReading))).toThrow(ReportInputError);
    expect(() => buildReportPayload(missedForm, context({ ...aliReading, pageType: 'search', product: undefined }))).toThrow(
      'not-a-product',
    );
  });

  it('rejects a stored or submitted payload with any field outside the whitelist', () => {
    const payload = missedPayload();
    expect(parseReportPayload(JSON.parse(JSON.stringify(payload)))).toEqual(payload);
    expect(() => parseReportPayload({ ...payload, cookies: 'a=b' })).toThrow(/Invalid report/);
    expect(() => parseReportPayload({ ...payload, listing: { ...payload.listing, price: 4.99 } })).toThrow(/listing/);
    expect(() => parseReportPayload({ ...payload, app: { ...payload.app, tabs: [] } })).toThrow(/app/);
    expect(() => parseReportPayload({ ...payload, listing: { ...payload.listing, url: 'http://www.aliexpress.com/item/1.html' } })).toThrow();
  });
});

describe('tracking parameters', () => {
  it.each([
    'spm', 'utparam-url', '_oak_name_id', '_oak_mp_inf', 'refer_page_name', 'refer_page_id', 'refer_page_sn', 'gps-id',
    'scm', 'pvid', 'algo_pvid', 'algo_exp_id', 'aff_fcid', 'aff_platform', 'aff_trace_key', 'utm_source', 'utm_campaign',
    'fbclid', 'gclid', 'pdp_npi', 'top_gallery_url', '_x_sessn_id',
  ])('%s is a tracking parameter', (name) => {
    expect(isTrackingParam(name)).toBe(true);
  });

  it('are stripped from evidence links, which keep the parameters that name the document', () => {
    expect(
      stripTrackingParams('https://www.cpsc.gov/Recalls/2024/x?utm_source=news&recall=24-123&fbclid=abc&spm=a.b#section'),
    ).toBe('https://www.cpsc.gov/Recalls/2024/x?recall=24-123');
    expect(stripTrackingParams('https://user:pw@example.org/a')).toBe('https://example.org/a');
    expect(stripTrackingParams('http://example.org/a')).toBeNull();
    expect(stripTrackingParams('not a link')).toBeNull();
  });

  it('never survive in a listing URL, which is rebuilt from the item ID', () => {
    expect(canonicalListingUrl({ site: 'aliexpress', itemId: GLOBAL_ID, pageUrl: aliReading.url })).toBe(
      `https://www.aliexpress.com/item/${GLOBAL_ID}.html`,
    );
    expect(canonicalListingUrl({ site: 'aliexpress', itemId: LOCAL_US_ID, pageUrl: `https://www.aliexpress.us/item/${LOCAL_US_ID}.html?spm=1` })).toBe(
      `https://www.aliexpress.us/item/${LOCAL_US_ID}.html`,
    );
    expect(canonicalListingUrl({ site: 'aliexpress', itemId: '1005003333333333', pageUrl: 'https://aliexpress.ru/item/1005003333333333.html?sku_id=1' })).toBe(
      'https://aliexpress.ru/item/1005003333333333.html',
    );
    expect(canonicalListingUrl({ site: 'temu', itemId: TEMU_ID, pageUrl: temuReading.url })).toBe(`https://www.temu.com/g-${TEMU_ID}.html`);
    expect(() => canonicalListingUrl({ site: 'temu', itemId: '../../evil' })).toThrow();
  });
});
