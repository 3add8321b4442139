/**
 * EU Safety Gate web-app API notifications (`…/public/api/notification/mostRecent/`, `…/notification/{id}`):
 * enum values are `{key, name}` objects, names live per language under `product.versions[]`.
 */
import type { HazardRecordInput, LocalizedText, MarketplaceRef } from '../../hazards/schema';
import { FAMILY_OF_KIND, recordId } from '../../hazards/schema';
import { extractChemicals } from '../chemicals';
import { parseListingReference } from '../identifiers';
import { asArray, clean, isRecordObject, parseDate, pick } from '../text';
import { countryToIso2, mapCategory, riskTypeFromLabel } from '../vocab';
import { brandList, enumName, humanise, identifiersFrom, nameList } from './common';
import { SAFETY_GATE_AUTHORITY, actionsOfMeasures, alertDetailUrl, riskLevelOf } from './safety-gate';
import { RowError, type BuiltRow, type SourceAdapter } from './types';
import { parseJson, rowArray } from './unwrap';

const objects = (value: unknown) => asArray(value).filter(isRecordObject);
function langOf(version: Record<string, unknown>): string {
  const language = version.language;
  const code = isRecordObject(language) ? clean(language.key) : clean(language);
  return code && /^[a-z]{2,3}$/i.test(code) ? code.toLowerCase() : 'en';
}

export const IMAGE_URL = (photoId: string | number) =>
  `https://ec.europa.eu/safety-gate-alerts/public/api/notification/image/${photoId}`;

function originOf(value: unknown): string | undefined {
  if (isRecordObject(value)) return countryToIso2(value.key) ?? countryToIso2(value.name);
  return countryToIso2(value);
}

function toRecord(row: unknown): BuiltRow {
  if (!isRecordObject(row)) throw new RowError('row is not an object');
  const reference = clean(pick(row, 'reference', 'alertNumber'));
  if (!reference) throw new RowError('missing reference (alert number)');
  const numericId = clean(row.id);
  const product = isRecordObject(row.product) ? row.product : {};
  const risk = isRecordObject(row.risk) ? row.risk : {};
  const measureTaken = isRecordObject(row.measureTaken) ? row.measureTaken : {};
  const traceability = isRecordObject(row.traceability) ? row.traceability : {};
  const notificationType = isRecordObject(row.notificationType) ? row.notificationType : {};

  const versions = objects(product.versions);
  const english = versions.find((v) => langOf(v) === 'en') ?? versions[0];
  const type = clean(english?.name) ?? clean(product.name);
  const names: LocalizedText[] = [
    ...nameList(['und', product.nameSpecific], ['und', product.name]),
    ...versions.flatMap((v) => nameList([langOf(v), v.name])),
  ];
  if (names.length === 0) throw new RowError('no product name', reference);

  const riskVersions = objects(risk.versions);
  const riskTexts = riskVersions.map((v) => ({
    lang: langOf(v),
    text: [clean(v.riskDescription), clean(v.legalProvision)].filter(Boolean).join(' '),
  }));
  const descriptions = versions.flatMap((v) => [clean(v.description), clean(v.packageDescription)]);
  const ids = identifiersFrom({
    modelFields: objects(product.modelTypes).map((m) => m.modelType),
    codeFields: [
      ...objects(product.barcodes).map((b) => b.barcode),
      ...objects(product.batchNumbers).map((b) => b.batchNumber),
    ],
    prose: [...descriptions, clean(product.description) ?? undefined],
  });

  const marketplaces: MarketplaceRef[] = [...ids.marketplaces];
  for (const reference of objects(row.onlineTraderProductIdentifierReference)) {
    const ref = parseListingReference(clean(reference.uniqueProductIdentifier), enumName(reference.onlineTrader));
    if (ref) marketplaces.push(ref);
  }
  const onlineTrader = enumName(traceability.onlineTrader);
  if (onlineTrader) {
    const ref = parseListingReference(onlineTrader);
    if (ref) marketplaces.push(ref);
  }

  const categoryRaw = humanise(enumName(product.productCategory));
  const { category, forChildren } = mapCategory({ type, rawCategory: categoryRaw, names: names.map((n) => n.text) });
  const measures = objects(measureTaken.measures).map((m) => enumName(m.measureCategory));
  const photos = objects(product.photos).sort(
    (a, b) => Number(b.mainPicture === true) - Number(a.mainPicture === true),
  );

  const record: HazardRecordInput = {
    id: recordId(FAMILY_OF_KIND['safety-gate-api'], reference),
    source: FAMILY_OF_KIND['safety-gate-api'],
    sourceKind: 'safety-gate-api',
    ref: reference,
    refs: numericId ? [numericId] : [],
    ...(numericId && /^\d+$/.test(numericId) && { url: alertDetailUrl(numericId) }),
    authority: SAFETY_GATE_AUTHORITY,
    jurisdiction: 'EU',
    publishedAt: parseDate(row.publicationDate) ?? parseDate(row.creationDate),
    updatedAt: parseDate(row.modificationDate),
    actions: actionsOfMeasures(measures),
    riskTypes: asArray(risk.riskType)
      .map((t) => riskTypeFromLabel(enumName(t) ?? ''))
      .filter((t) => t !== undefined),
    riskLevel: riskLevelOf(clean(notificationType.code), reference),
    chemicals: extractChemicals(...riskTexts.map((t) => t.text)),
    hazardText: riskTexts.filter((t) => t.text),
    remedyText: measures.filter((m): m is string => !!m).map((m) => ({ lang: 'en', text: humanise(m) ?? m })),
    product: {
      names,
      type,
      category,
      categoryRaw,
      forChildren,
      brands: brandList(objects(product.brands).map((b) => b.brand)),
      models: ids.models,
      gtins: ids.gtins,
      otherCodes: ids.otherCodes,
      images: photos
        .map((p) => clean(p.id))
        .filter((id): id is string => !!id)
        .map(IMAGE_URL),
      originCountry: originOf(traceability.countryOrigin),
    },
    marketplaces,
  };
  return { record };
}

export const safetyGateApiAdapter: SourceAdapter = {
  kind: 'safety-gate-api',
  readRows: (text) => rowArray(parseJson(text), (o) => 'reference' in o && 'product' in o),
  toRecord,
};
