/**
 * Health Canada / Government of Canada recalls open data (HCRSAMOpenData.json or .csv): one flat row per
 * notice, optionally with a `Detail` object scraped from the notice page (brands, models, lots, images).
 *
 * Only consumer products are kept (`Organization` "Consumer products" / "Produits de consommation");
 * other rows (medical devices, food, vehicles) are skipped and counted, not reported as bad. The
 * adapter reads every row's shape either way, so `includeAllOrganizations` builds them too.
 */
import type { HazardRecordInput } from '../../hazards/schema';
import { FAMILY_OF_KIND, recordId } from '../../hazards/schema';
import { extractChemicals } from '../chemicals';
import { FIELD_COUNT_MISMATCH, parseCsv } from '../csv';
import { asArray, clean, isRecordObject, parseDate, pick, uniqueStrings } from '../text';
import { mapCategory, riskTypesFromText } from '../vocab';
import { brandList, httpUrl, identifiersFrom, nameList } from './common';
import { RowError, type BuiltRow, type SkippedRow, type SourceAdapter } from './types';
import { parseJson, rowArray } from './unwrap';

export const HEALTH_CANADA_AUTHORITY = 'Health Canada';

const CONSUMER = /^(?:consumer products?|produits? de consommation)$/i;

function riskLevelOf(recallClass: string | undefined): HazardRecordInput['riskLevel'] {
  if (!recallClass) return 'unknown';
  if (/\bType\s*I\b(?!I)|\bclass\s*(?:1|I)\b(?!I)/i.test(recallClass)) return 'serious';
  if (/\bType\s*II\b(?!I)|\bclass\s*(?:2|II)\b(?!I)/i.test(recallClass)) return 'medium';
  if (/\bType\s*III\b|\bclass\s*(?:3|III)\b/i.test(recallClass)) return 'low';
  return 'unknown';
}

function toRecord(row: unknown, includeAllOrganizations: boolean): BuiltRow | SkippedRow {
  if (!isRecordObject(row)) throw new RowError('row is not an object');
  if (row[FIELD_COUNT_MISMATCH]) throw new RowError(`malformed CSV row: ${String(row[FIELD_COUNT_MISMATCH])}`);
  const nid = clean(pick(row, 'NID', 'nid', 'Nid'));
  if (!nid) throw new RowError('missing NID');
  const organization = clean(pick(row, 'Organization', 'Organisation', 'Organization name'));
  if (!includeAllOrganizations && !(organization && CONSUMER.test(organization))) {
    return { skip: `not a consumer product (Organization: ${organization ?? 'none'})` };
  }
  const detail = isRecordObject(row.Detail) ? row.Detail : {};
  const url = httpUrl(pick(row, 'URL', 'Url', 'url')) ?? httpUrl(detail.sourceUrl);
  const lang = url && /\/fr\//.test(url) ? 'fr' : 'en';
  const title = clean(pick(row, 'Title', 'title')) ?? clean(detail.title);
  const product = clean(pick(row, 'Product', 'product'));
  const affected = asArray(detail.affectedProducts).filter(isRecordObject);
  // Titles read "X recalled due to Y"; the Product column is the cleaner name, the title only a fallback.
  const names = nameList([lang, product ?? title], ...affected.map((a): [string, unknown] => [lang, a.product]));
  if (names.length === 0) throw new RowError('no product or title', nid);

  const issue = clean(pick(row, 'Issue', 'issue'));
  const summary = isRecordObject(detail.summary) ? detail.summary : {};
  const whatToDo = clean(pick(row, 'What you should do', 'What to do')) ?? clean(summary.action);
  const category = clean(pick(row, 'Category', 'category'));
  const fields = affected.map((a) => (isRecordObject(a.fields) ? a.fields : {}));
  const ids = identifiersFrom({
    modelFields: fields.map((f) => f.modelOrCatalogueNumber),
    codeFields: [...fields.map((f) => f.lotOrSerialNumber), ...fields.map((f) => f.upc), pick(row, 'UPC', 'Barcode')],
    prose: [clean(summary.product), ...fields.map((f) => clean(f.affectedProducts))],
  });
  const mapped = mapCategory({ rawCategory: category, names: names.map((n) => n.text) });
  const recallType = clean(detail.recallType);
  const hazard = [issue, clean(summary.issue)].filter((s): s is string => !!s);

  const record: HazardRecordInput = {
    id: recordId(FAMILY_OF_KIND['health-canada'], nid),
    source: FAMILY_OF_KIND['health-canada'],
    sourceKind: 'health-canada',
    ref: nid,
    url,
    authority: HEALTH_CANADA_AUTHORITY,
    jurisdiction: 'CA',
    publishedAt: parseDate(pick(row, 'Recall date', 'Date published', 'Publication date')),
    updatedAt: parseDate(pick(row, 'Last updated', 'Last Updated')) ?? parseDate(detail.lastUpdated),
    actions: /advisory|warning|avis|mise en garde/i.test(`${recallType ?? ''} ${title ?? ''}`)
      ? ['warning']
      : ['recall'],
    riskTypes: riskTypesFromText(...hazard),
    riskLevel: riskLevelOf(clean(pick(row, 'Recall class', 'Recall Class'))),
    chemicals: extractChemicals(...hazard),
    hazardText: uniqueStrings(hazard).map((text) => ({ lang, text })),
    remedyText: whatToDo ? [{ lang, text: whatToDo }] : [],
    product: {
      names,
      category: mapped.category,
      ...(category && { categoryRaw: category }),
      forChildren: mapped.forChildren,
      brands: brandList(asArray(detail.brandNames)),
      models: ids.models,
      gtins: ids.gtins,
      otherCodes: ids.otherCodes,
      images: asArray(detail.images)
        .map((image) => httpUrl(isRecordObject(image) ? pick(image, 'url', 'src', 'URL') : image))
        .filter((u): u is string => !!u),
    },
    marketplaces: ids.marketplaces,
  };
  return { record };
}

function readRows(text: string): unknown[] {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) return rowArray(parseJson(text), (o) => 'NID' in o);
  const table = parseCsv(text);
  if (!table.header.includes('NID')) throw new Error('not a Health Canada recalls CSV (no NID column)');
  return table.records;
}

export function healthCanadaAdapter(options: { includeAllOrganizations?: boolean } = {}): SourceAdapter {
  return {
    kind: 'health-canada',
    readRows,
    toRecord: (row) => toRecord(row, options.includeAllOrganizations ?? false),
  };
}
