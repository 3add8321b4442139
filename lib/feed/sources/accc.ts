/**
 * ACCC Product Safety Australia recalls (productsafety.gov.au): one object per recall page, with the
 * page's sections in `detail`. The site publishes no JSON API; this reads the shape of its recall listing
 * plus detail pages (title, supplier, dates, categories, and sections such as "Product description",
 * "Reason the product is recalled", "The hazards to consumers", "What consumers should do").
 *
 * Section texts start with their heading and may end with the next link's text ("See a list of details
 * to help identify the product"): both are cut before the text is used.
 */
import type { HazardRecordInput } from '../../hazards/schema';
import { FAMILY_OF_KIND, recordId } from '../../hazards/schema';
import { extractChemicals } from '../chemicals';
import { asArray, clean, isRecordObject, parseDate, pick, uniqueStrings } from '../text';
import { countryToIso2, mapCategory, riskTypesFromText } from '../vocab';
import { brandList, httpUrl, identifiersFrom, nameList } from './common';
import { RowError, type BuiltRow, type SourceAdapter } from './types';
import { parseJson, rowArray } from './unwrap';

export const ACCC_AUTHORITY = 'Australian Competition and Consumer Commission (ACCC) – Product Safety Australia';
const SITE = 'https://www.productsafety.gov.au';
/** ACCC categories that name a kind of product (not a broad area such as "Home and garden"). */
const CATEGORY_HINT =
  /toys?|baby|child|nursery|cloth|jewel|cosmetic|electr|batter|charger|light|kitchen|furniture|sport|bicycle|helmet|vehicle/i;

const HEADINGS = [
  'Product description',
  'Brand',
  'Reason the product is recalled',
  'The hazards to consumers',
  'What consumers should do',
  'Dates available for sale',
  'Manufacturer country ID',
  'Manufacturer country',
];
const TRAILERS = [
  /\s*See a list of details to help identify the product\.?$/i,
  /\s*Details to help identify the product\.?$/i,
  /\s*Identifying numbers\.?$/i,
];

/** A section's text without its heading and the link text that follows it on the page. */
export function sectionText(value: unknown, heading?: string): string | undefined {
  let text = clean(value);
  if (!text) return undefined;
  for (const h of heading ? [heading] : HEADINGS) {
    if (text.toLowerCase().startsWith(h.toLowerCase())) {
      text = text.slice(h.length).trim();
      break;
    }
  }
  for (const trailer of TRAILERS) text = text.replace(trailer, '');
  return clean(text);
}

function toRecord(row: unknown): BuiltRow {
  if (!isRecordObject(row)) throw new RowError('row is not an object');
  const detail = isRecordObject(row.detail) ? row.detail : {};
  const path = clean(pick(row, 'path'));
  const url = httpUrl(pick(row, 'sourceUrl', 'url')) ?? (path?.startsWith('/') ? `${SITE}${path}` : undefined);
  // The page's slug is the only stable reference the site gives a recall.
  const slug = clean(pick(row, 'id', 'slug')) ?? url?.split('/').filter(Boolean).pop();
  if (!slug || !/^[a-z0-9][a-z0-9-]{0,99}$/i.test(slug)) throw new RowError('missing reference (recall page slug)');
  const title = clean(pick(row, 'title')) ?? clean(detail.title);
  const names = nameList(['en', title]);
  if (names.length === 0) throw new RowError('no product title', slug);

  const description = sectionText(detail.productDescription, 'Product description');
  const brandField = sectionText(detail.brand, 'Brand');
  const defects = sectionText(detail.defects, 'Reason the product is recalled');
  const hazards = sectionText(detail.hazards, 'The hazards to consumers');
  const action = sectionText(detail.consumerAction, 'What consumers should do');
  const country =
    sectionText(detail.manufacturerCountry, 'Manufacturer country ID') ??
    sectionText(detail.manufacturerCountry, 'Manufacturer country');
  const categories = asArray(pick(row, 'categories') ?? detail.categories)
    .map(clean)
    .filter((c): c is string => !!c);
  const hazard = [defects, hazards].filter((s): s is string => !!s);
  const ids = identifiersFrom({ prose: [description, clean(detail.traders), clean(detail.soldWhere)] });
  // The site's categories when they name a kind of product; else its product description, which reads
  // better than the title (titles such as "… rope range" trip the appliance words).
  const categoryText = categories.join(', ');
  const mapped = mapCategory({
    rawCategory: CATEGORY_HINT.test(categoryText) ? categoryText : description,
    names: names.map((n) => n.text),
  });

  const record: HazardRecordInput = {
    id: recordId(FAMILY_OF_KIND.accc, slug),
    source: FAMILY_OF_KIND.accc,
    sourceKind: 'accc',
    ref: slug,
    url,
    authority: ACCC_AUTHORITY,
    jurisdiction: 'AU',
    publishedAt: parseDate(pick(row, 'publishedDate') ?? detail.publishedDate),
    actions: ['recall'],
    riskTypes: riskTypesFromText(...hazard),
    riskLevel: /serious injury|death|fatal/i.test(hazards ?? '') ? 'serious' : 'unknown',
    chemicals: extractChemicals(...hazard),
    hazardText: uniqueStrings(hazard).map((text) => ({ lang: 'en', text })),
    remedyText: action ? [{ lang: 'en', text: action }] : [],
    product: {
      names,
      category: mapped.category,
      ...(categoryText && { categoryRaw: categoryText.slice(0, 300) }),
      forChildren: mapped.forChildren,
      brands: brandList(brandField),
      models: ids.models,
      gtins: ids.gtins,
      otherCodes: ids.otherCodes,
      images: asArray(detail.images)
        .map((image) => httpUrl(isRecordObject(image) ? pick(image, 'url') : image))
        .filter((u): u is string => !!u)
        .slice(0, 20),
      originCountry: countryToIso2(country),
    },
    marketplaces: ids.marketplaces,
  };
  return { record };
}

export const acccAdapter: SourceAdapter = {
  kind: 'accc',
  readRows: (text) => rowArray(parseJson(text), (o) => 'sourceUrl' in o && 'title' in o),
  toRecord,
};
