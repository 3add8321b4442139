/**
 * Korea's SafetyKorea open API (KATS): domestic `recallList.json` (recallUid), foreign `fRecallList.json`
 * (fRecallUid, republished foreign recalls with the origin agency's `recallUrl`), both inside the
 * `{resultCode, resultMsg, resultData}` envelope; plus the legacy ibtk.kr capture (idx, productName,
 * model, trademark, …) that predates it.
 *
 * Refs: a foreign recall's ref is its fRecallUid (= idx in the legacy capture, one sequence there).
 * A domestic recall's ref is `D<recallUid>`, since the two current lists number independently.
 */
import type { HazardRecordInput } from '../../hazards/schema';
import { FAMILY_OF_KIND, recordId } from '../../hazards/schema';
import { extractChemicals } from '../chemicals';
import { extractBarcodes, extractKcNumbers } from '../identifiers';
import { asArray, clean, hasHangul, isPlaceholderBrand, isRecordObject, parseDate, pick, uniqueStrings } from '../text';
import { actionsFromText, countryToIso2, mapCategory, riskTypesFromText } from '../vocab';
import { brandList, httpUrl, identifiersFrom, nameList } from './common';
import { RowError, type BuiltRow, type SourceAdapter } from './types';
import { parseJson, rowArray } from './unwrap';

export const SAFETYKOREA_AUTHORITY = 'Korean Agency for Technology and Standards (KATS) – SafetyKorea';

/** The same fields under the current API's and the legacy capture's names. */
function fields(row: Record<string, unknown>) {
  const text = (...keys: string[]) => clean(pick(row, ...keys));
  const foreignUid = text('fRecallUid');
  const domesticUid = text('recallUid');
  const legacyUid = text('idx');
  const legacyForeign = text('recallNationType') === '2';
  return {
    ref: foreignUid ?? (domesticUid ? `D${domesticUid}` : legacyUid),
    foreign: !!foreignUid || (!!legacyUid && legacyForeign),
    productName: text('recallProductName', 'productName'),
    itemName: text('productItemName'),
    model: pick(row, 'recallModelName', 'model'),
    brand: text('recallBrandName', 'trademark'),
    maker: text('makerName', 'companyName', 'recallCmpnyName'),
    origin: text('makingCntryName', 'makingNation', 'makerCntryName'),
    recallType: text('recallTypeName', 'recallType'),
    means: text('recallMeans', 'publishActionDscr'),
    harm: text('harmDscr', 'violateDscr'),
    accident: text('accidentCaseDscr'),
    detail: text('recallProductDscr', 'serialNumber'),
    barcode: pick(row, 'barcodeNum', 'barcode'),
    cert: text('certNum'),
    category: text('categoryName'),
    published:
      parseDate(pick(row, 'publishDate', 'recallPblshDate'), 'mdy') ??
      parseDate(pick(row, 'signDttm', 'signDate'), 'mdy'),
    recallUrl: httpUrl(pick(row, 'recallUrl')),
    publishingOrg: text('recallPblshOrgnName'),
    publishingCountry: text('recallPblshCntryName'),
    images: [
      ...asArray(row.recallFiles)
        .filter(isRecordObject)
        .map((f) => httpUrl(f.imageUrl)),
      httpUrl(row.imageUrl),
    ].filter((u): u is string => !!u),
  };
}

function toRecord(row: unknown): BuiltRow {
  if (!isRecordObject(row)) throw new RowError('row is not an object');
  const f = fields(row);
  if (!f.ref) throw new RowError('missing recall UID');
  const modelText = clean(f.model);
  if (!f.productName && !modelText && !f.brand && !f.maker)
    throw new RowError('empty row (no product, model or brand)', f.ref);

  // A model field that holds words, not a code ("Acrobats", "Toy trumpet"), is also the product's name.
  const wordyModel = modelText && !/\d/.test(modelText) && !hasHangul(modelText) ? modelText : undefined;
  const names = nameList(['ko', f.productName], ['ko', f.itemName], ['und', wordyModel]);
  if (names.length === 0) names.push({ lang: 'und', text: modelText ?? f.brand ?? f.maker! });

  const ids = identifiersFrom({ modelFields: [f.model], codeFields: [f.barcode], prose: [f.harm] });
  const detailCodes = extractBarcodes(`barcode ${f.detail ?? ''}`);
  const brands = brandList(f.brand);
  if (brands.length === 0 && f.maker && !isPlaceholderBrand(f.maker)) brands.push(...brandList(f.maker));
  const type = f.itemName ?? f.productName;
  const mapped = mapCategory({ type, rawCategory: f.category, names: names.map((n) => n.text) });
  const authority = f.foreign
    ? `${SAFETYKOREA_AUTHORITY} (foreign recall${f.publishingOrg ? `: ${f.publishingOrg}` : ''})`
    : SAFETYKOREA_AUTHORITY;
  const actions = actionsFromText(f.recallType, f.means);

  const record: HazardRecordInput = {
    id: recordId(FAMILY_OF_KIND.safetykorea, f.ref),
    source: FAMILY_OF_KIND.safetykorea,
    sourceKind: 'safetykorea',
    ref: f.ref,
    ...(f.recallUrl && { url: f.recallUrl }),
    authority,
    jurisdiction: 'KR',
    ...(f.published && { publishedAt: f.published }),
    actions: actions.length > 0 ? actions : ['recall'],
    riskTypes: riskTypesFromText(f.harm, f.accident),
    chemicals: extractChemicals(f.harm),
    hazardText: uniqueStrings([f.harm, f.accident]).map((text) => ({ lang: hasHangul(text) ? 'ko' : 'en', text })),
    remedyText: f.means ? [{ lang: hasHangul(f.means) ? 'ko' : 'en', text: f.means }] : [],
    product: {
      names,
      ...(type && { type }),
      category: mapped.category,
      ...(f.category && { categoryRaw: f.category }),
      forChildren: mapped.forChildren,
      brands,
      models: ids.models,
      gtins: uniqueStrings([...ids.gtins, ...detailCodes.gtins]),
      otherCodes: [...ids.otherCodes, ...(f.detail ? [f.detail] : [])],
      certNumbers: extractKcNumbers(f.cert, true),
      images: f.images,
      originCountry: countryToIso2(f.origin),
    },
    marketplaces: ids.marketplaces,
  };
  return { record, linkUrls: f.recallUrl ? [f.recallUrl] : [] };
}

function readRows(text: string): unknown[] {
  const json = parseJson(text);
  if (isRecordObject(json) && 'resultCode' in json && json.resultData === undefined) {
    throw new Error(`SafetyKorea error ${String(json.resultCode)}: ${String(json.resultMsg ?? 'no resultData')}`);
  }
  return rowArray(json, (o) => 'fRecallUid' in o || 'recallUid' in o || ('idx' in o && 'productName' in o));
}

export const safetyKoreaAdapter: SourceAdapter = { kind: 'safetykorea', readRows, toRecord };
