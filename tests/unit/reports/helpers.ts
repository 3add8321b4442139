import { HazardDb } from '../../../lib/hazards/db';
import { validateRecord, type HazardRecord, type HazardRecordInput } from '../../../lib/hazards/schema';
import { buildReportPayload, type ReportContext } from '../../../lib/reports/payload';
import type { ReportForm, ReportPayload } from '../../../lib/reports/types';
import type { PageReading } from '../../../lib/sites/types';

let dbCounter = 0;
/** A fresh database per test; `name` lets a test close and reopen the same one. */
export function freshDbName(): string {
  return `reports-test-${Date.now()}-${dbCounter++}`;
}
export function openDb(name = freshDbName()): HazardDb {
  return new HazardDb(name);
}

export const GLOBAL_ID = '1005002222222222';
export const LOCAL_US_ID = '3256802222222222';
export const TEMU_ID = '601099444444444';

/** An AliExpress product page read off a URL full of tracking parameters. */
export const aliReading: PageReading = {
  site: 'aliexpress',
  pageType: 'product',
  state: 'ok',
  url:
    `https://ko.aliexpress.com/item/${GLOBAL_ID}.html?spm=a2g0o.productlist.main.1.5c3f&utparam-url=scene%3Asearch%7Cquery_from%3A` +
    '&algo_pvid=9f7e&algo_exp_id=9f7e-0&pdp_npi=4%40dis&aff_fcid=abc&aff_platform=portals-tool&sk=_dYx&gps-id=pcJustForYou&scm=1007.1&pvid=ab-cd#nav-review',
  product: {
    itemId: GLOBAL_ID,
    title: '  Wooden   Puzzle Board  for Toddlers ',
    seller: { name: 'Wood Store', id: '1102' },
    brand: 'WoodCo',
    models: ['WP-100'],
    image: 'https://ae01.alicdn.com/kf/secret-image.jpg',
    price: { amount: 4.99, currency: 'USD' },
    identifiers: [{ kind: 'gtin', value: '04006381333900' }],
    category: ['Toys'],
  },
};

export const temuReading: PageReading = {
  site: 'temu',
  pageType: 'product',
  state: 'ok',
  url:
    `https://www.temu.com/kr/water-beads-toy-g-${TEMU_ID}.html?_oak_name_id=123&_oak_mp_inf=xyz&refer_page_name=home` +
    '&refer_page_id=10005_1&refer_page_sn=10005&top_gallery_url=https%3A%2F%2Fimg&spec_id=1&_x_sessn_id=q1',
  product: { itemId: TEMU_ID, globalItemId: TEMU_ID, title: 'Water beads 50000 pcs', seller: { name: 'Fun Mall', id: '634418000000001' } },
};

export function record(input: Partial<HazardRecordInput> & { ref: string }): HazardRecord {
  const result = validateRecord({
    id: `curated:${input.ref}`,
    source: 'curated',
    sourceKind: 'curated',
    authority: 'Test Authority',
    jurisdiction: 'KR',
    publishedAt: '2024-05-09',
    product: { names: [{ lang: 'en', text: 'Test product' }] },
    ...input,
  });
  if (!result.ok) throw new Error(result.error);
  return result.record;
}

let uuidCounter = 0;
export function uuid(): string {
  const n = (uuidCounter++).toString(16).padStart(12, '0');
  return `3f0c9a52-8d1e-4b7a-9c2d-${n}`;
}

export function context(reading: PageReading, extra: Partial<ReportContext> = {}): ReportContext {
  return {
    reading,
    matchedRecordIds: [],
    reportId: uuid(),
    today: '2026-11-23',
    extensionVersion: '0.1.0',
    feedVersion: 42,
    dataAsOf: '2026-11-20',
    ...extra,
  };
}

export const missedForm: Extract<ReportForm, { kind: 'missed-hazard' }> = {
  kind: 'missed-hazard',
  hazard: 'Small magnets can be swallowed',
  authority: 'Seoul Metropolitan Government',
  evidenceUrl: 'https://news.seoul.go.kr/economy/archives/123?utm_source=x&utm_medium=y#top',
  date: '2024-05-09',
};

export function missedPayload(reading = aliReading, form: ReportForm = missedForm): ReportPayload {
  return buildReportPayload(form, context(reading));
}
