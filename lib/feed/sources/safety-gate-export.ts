/**
 * Rows of the Safety Gate portal export ("Export to XML/Excel"), with column names as the portal writes
 * them ("Alert number", "Type/number of model") or snake_cased by third parties (the TIS2024 JSON).
 *
 * Column drift in the TIS2024 flattening: `product_name` usually holds the generic type ("Toy") and
 * `product_description` the specific name ("Fish bubble machine"); both become names, the first the type.
 */
import type { HazardRecordInput, MarketplaceRef } from '../../hazards/schema';
import { FAMILY_OF_KIND, recordId } from '../../hazards/schema';
import { extractChemicals } from '../chemicals';
import { extractMarketplaces, parseListingReference } from '../identifiers';
import { clean, cleanMultiline, isRecordObject, parseDate, uniqueStrings } from '../text';
import { countryToIso2, mapCategory, riskTypeFromLabel, riskTypesFromText } from '../vocab';
import { brandList, httpUrl, identifiersFrom, nameList } from './common';
import { parseCsv } from '../csv';
import { SAFETY_GATE_AUTHORITY, actionsOfMeasures, alertDetailUrl, riskLevelOf } from './safety-gate';
import { RowError, type BuiltRow, type SourceAdapter } from './types';
import { parseJson, rowArray } from './unwrap';

const normaliseKey = (key: string) =>
  key
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** Our field → the column spellings seen in portal exports, the weekly XML and third-party copies. */
const COLUMNS = {
  reference: ['alert_number', 'reference', 'alert_reference', 'notification_number'],
  numericId: ['id', 'notification_id', 'alert_id'],
  url: ['case_url', 'rapex_url', 'url', 'link', 'alert_url'],
  type: ['product_name', 'product', 'product_type', 'category_of_product'],
  name: ['product_description', 'name', 'product_name_specific', 'specific_name'],
  description: ['description', 'product_details'],
  brand: ['brand', 'brands', 'product_brand'],
  category: ['product_category', 'category'],
  models: ['model_type_number', 'type_number_of_model', 'type_numberofmodel', 'product_model_type', 'model', 'models'],
  barcode: ['barcode', 'barcodes', 'product_barcode'],
  batch: ['batch_number', 'product_batch_number', 'batchnumber'],
  riskType: ['risk_type', 'risk_types', 'risktype'],
  riskText: ['risk_description', 'danger', 'risk', 'hazard'],
  legal: ['risk_legal_provision', 'legal_provision'],
  measures: [
    'measures_authorities',
    'compulsory_measures',
    'voluntary_measures',
    'measures',
    'measures_taken',
    'measures_adopted_by_notifying_country',
    'measures_taken_by_notifying_country',
    'measures_adopted_by_economic_operators',
  ],
  origin: ['country_of_origin', 'countryoforigin', 'product_country', 'origin'],
  published: ['publication_date', 'date_of_publication', 'alert_date', 'date', 'publicationdate'],
  level: ['type_of_alert', 'alert_level', 'level', 'risk_level', 'alert_type'],
  online: ['online_trader', 'onlinetrader', 'online_marketplace', 'sold_online', 'unique_product_identifier'],
  images: ['product_image', 'pictures', 'picture', 'images'],
  packaging: ['packaging_description', 'package_description'],
} as const;

type Field = keyof typeof COLUMNS;

function reader(row: Record<string, unknown>) {
  const normalised = new Map<string, unknown>();
  for (const [key, value] of Object.entries(row)) normalised.set(normaliseKey(key), value);
  const raw = (field: Field): unknown => {
    for (const column of COLUMNS[field]) {
      const value = normalised.get(column);
      if (clean(value) !== undefined) return value;
    }
    return undefined;
  };
  return { raw, text: (field: Field) => clean(raw(field)), prose: (field: Field) => cleanMultiline(raw(field)) };
}

function toRecord(row: unknown): BuiltRow {
  if (!isRecordObject(row)) throw new RowError('row is not an object');
  const field = reader(row);
  const reference = field.text('reference');
  if (!reference) throw new RowError('missing alert number');
  const type = field.text('type');
  const names = nameList(['und', field.text('name')], ['en', type]);
  if (names.length === 0) throw new RowError('no product name or type', reference);

  const numericId = field.text('numericId');
  const givenUrl = httpUrl(field.raw('url'));
  const riskText = [field.prose('riskText'), field.prose('legal')].filter(Boolean).join('\n') || undefined;
  const riskLabels = (field.text('riskType') ?? '').split(/\s*[,;]\s*/).filter(Boolean);
  const measureLines = (field.prose('measures') ?? '')
    .split('\n')
    .map((line) => /Category of measure\(s\)\s*:\s*(.+)/i.exec(line)?.[1] ?? (/:/.test(line) ? undefined : line))
    .filter((line): line is string => !!line && line.trim() !== '');
  const description = field.prose('description');
  const ids = identifiersFrom({
    modelFields: [field.raw('models')],
    codeFields: [field.raw('barcode'), field.raw('batch')],
    prose: [description, field.prose('packaging')],
  });

  const marketplaces: MarketplaceRef[] = [...ids.marketplaces, ...extractMarketplaces(field.text('name'))];
  const online = field.text('online');
  if (online && !/^(?:yes|no|unknown)$/i.test(online)) {
    const ref = parseListingReference(online);
    if (ref) marketplaces.push(ref);
  }
  const categoryRaw = field.text('category');
  const { category, forChildren } = mapCategory({ type, rawCategory: categoryRaw, names: names.map((n) => n.text) });
  const level = field.text('level');
  const origin = field.text('origin');
  const published = parseDate(field.raw('published'), 'dmy');

  const record: HazardRecordInput = {
    id: recordId(FAMILY_OF_KIND['safety-gate-export'], reference),
    source: FAMILY_OF_KIND['safety-gate-export'],
    sourceKind: 'safety-gate-export',
    ref: reference,
    refs: numericId ? [numericId] : [],
    url: numericId && /^\d+$/.test(numericId) ? alertDetailUrl(numericId) : givenUrl,
    authority: SAFETY_GATE_AUTHORITY,
    jurisdiction: 'EU',
    ...(published && { publishedAt: published }),
    actions: actionsOfMeasures(measureLines),
    riskTypes: uniqueStrings([
      ...riskLabels.map(riskTypeFromLabel),
      ...(riskLabels.length === 0 ? riskTypesFromText(riskText) : []),
    ]) as HazardRecordInput['riskTypes'],
    riskLevel: level && /serious/i.test(level) ? 'serious' : riskLevelOf(undefined, reference),
    chemicals: extractChemicals(riskText),
    hazardText: riskText ? [{ lang: 'en', text: riskText }] : [],
    remedyText: measureLines.map((text) => ({ lang: 'en', text })),
    product: {
      names,
      type,
      category,
      categoryRaw,
      forChildren,
      brands: brandList(field.raw('brand')),
      models: ids.models,
      gtins: ids.gtins,
      otherCodes: ids.otherCodes,
      images: uniqueStrings(
        String(field.raw('images') ?? '')
          .split(/[\s,;|]+/)
          .map(httpUrl),
      ),
      originCountry: countryToIso2(origin),
    },
    marketplaces,
  };
  return { record };
}

export const safetyGateExportAdapter: SourceAdapter = {
  kind: 'safety-gate-export',
  readRows(text) {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
      return rowArray(parseJson(text), (o) =>
        Object.keys(o).some((k) => COLUMNS.reference.includes(normaliseKey(k) as never)),
      );
    }
    return parseCsv(text).records;
  },
  toRecord,
};
