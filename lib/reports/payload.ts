/**
 * Builds a report from what the page reading says about the listing and what the user typed. Fields
 * are picked one by one (never spread from the reading) and the result goes through the strict schema,
 * so page data such as prices, images, cookies or other tabs cannot end up in a report.
 */
import type { HazardRecord } from '../hazards/schema';
import type { PageReading } from '../sites/types';
import { suggestCurated } from './curated';
import { canonicalListingUrl, stripTrackingParams } from './listing-url';
import { REPORT_FORMAT, parseReportPayload, type ReportForm, type ReportPayload } from './types';

export interface ReportContext {
  reading: PageReading;
  /** Record IDs the extension showed for this listing. */
  matchedRecordIds: string[];
  reportId: string;
  /** YYYY-MM-DD */
  today: string;
  extensionVersion: string;
  feedVersion?: number;
  dataAsOf?: string;
  /** The record picked for a missed-hazard report, looked up in the local database. */
  pickedRecord?: HazardRecord;
}

export type ReportProblem =
  | 'not-a-product'
  | 'hazard-required'
  | 'authority-required'
  | 'evidence-required'
  | 'evidence-invalid'
  | 'date-invalid'
  | 'records-required';

/** A problem with what the user entered; `problem` maps to a message in the form. */
export class ReportInputError extends Error {
  constructor(readonly problem: ReportProblem) {
    super(`Report input: ${problem}`);
  }
}

const MAX_TITLE = 500;
const MAX_NOTE = 1000;

export function buildReportPayload(form: ReportForm, ctx: ReportContext): ReportPayload {
  const { reading } = ctx;
  const product = reading.product;
  if (reading.pageType !== 'product' || !product) throw new ReportInputError('not-a-product');

  const title = clean(product.title, MAX_TITLE);
  const storeName = clean(product.seller?.name, 300);
  const storeId = /^\d{1,20}$/.test(product.seller?.id ?? '') ? product.seller!.id : undefined;
  const globalItemId = product.globalItemId && product.globalItemId !== product.itemId ? product.globalItemId : undefined;

  const draft: ReportPayload = {
    format: REPORT_FORMAT,
    reportId: ctx.reportId,
    kind: form.kind,
    reportedOn: ctx.today,
    listing: {
      site: reading.site,
      itemId: product.itemId,
      ...(globalItemId && { globalItemId }),
      url: canonicalListingUrl({ site: reading.site, itemId: product.itemId, globalItemId, pageUrl: reading.url }),
      ...(title && { title }),
      ...((storeName || storeId) && { store: { ...(storeName && { name: storeName }), ...(storeId && { id: storeId }) } }),
    },
    app: {
      extensionVersion: ctx.extensionVersion,
      ...(ctx.feedVersion !== undefined && { feedVersion: ctx.feedVersion }),
      ...(ctx.dataAsOf && { dataAsOf: ctx.dataAsOf }),
    },
    matchedRecordIds: [...new Set(ctx.matchedRecordIds)].slice(0, 50),
  };
  const note = clean(form.note, MAX_NOTE, true);
  if (note) draft.note = note;

  if (form.kind === 'missed-hazard') {
    draft.missedHazard = missedHazard(form, ctx.pickedRecord);
    draft.curated = suggestCurated(draft, { brand: product.brand, model: product.models?.[0] });
  } else if (form.kind === 'wrong-match') {
    const recordRefs = [...new Set(form.recordRefs.map((r) => r.trim()).filter(Boolean))];
    if (!recordRefs.length) throw new ReportInputError('records-required');
    draft.wrongMatch = { recordRefs };
  } else {
    draft.listingChange = { change: form.change };
  }
  return parseReportPayload(draft);
}

function missedHazard(
  form: Extract<ReportForm, { kind: 'missed-hazard' }>,
  record: HazardRecord | undefined,
): NonNullable<ReportPayload['missedHazard']> {
  const typedUrl = form.evidenceUrl?.trim();
  const evidenceUrl = typedUrl ? stripTrackingParams(typedUrl) : undefined;
  if (evidenceUrl === null) throw new ReportInputError('evidence-invalid');
  const date = form.date?.trim() || undefined;
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ReportInputError('date-invalid');

  const hazard = clean(form.hazard, 1000) ?? (record ? hazardOf(record) : undefined);
  const authority = clean(form.authority, 300) ?? record?.authority;
  if (!hazard) throw new ReportInputError('hazard-required');
  if (!authority) throw new ReportInputError('authority-required');
  const url = evidenceUrl ?? (record?.url?.startsWith('https://') ? record.url : undefined);
  // Without a record from the database, a link is the evidence.
  if (!record && !url) throw new ReportInputError('evidence-required');
  const recordDate = record?.publishedAt?.slice(0, 10);
  return {
    ...(record && { recordRef: record.id }),
    hazard,
    authority,
    ...(url && { evidenceUrl: url }),
    ...((date ?? recordDate) && { date: date ?? recordDate }),
  };
}

/** The hazard in words, as the record states it. */
export function hazardOf(record: HazardRecord): string {
  const stated = record.hazardText.find((h) => h.lang.startsWith('en')) ?? record.hazardText[0];
  if (stated) return stated.text.slice(0, 1000);
  const chemicals = record.chemicals.map((c) => c.name);
  return [...record.riskTypes, ...chemicals].join(', ') || 'Hazard';
}

/**
 * Collapses whitespace (keeps line breaks in free text) and caps the length; empty → undefined.
 * Text that looks like markup (`<b`, `</`, `<!`) gets a space after the `<`: the schema refuses markup,
 * and a page title or a pasted note must neither be lost nor make the report impossible.
 */
function clean(value: string | undefined, max: number, multiline = false): string | undefined {
  if (!value) return undefined;
  value = value.replace(/<(?=[A-Za-z/!?])/g, '< ');
  const collapsed = multiline
    ? value.replace(/[^\S\n]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim()
    : value.replace(/\s+/g, ' ').trim();
  return collapsed ? collapsed.slice(0, max) : undefined;
}
