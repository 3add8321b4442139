/**
 * US CPSC recalls: the Recall API JSON (`saferproducts.gov/RestWebServices/Recall?format=json`), the
 * reshaped third-party copies of it, and (via cpsc-csv) the cpsc.gov CSV export mapped onto the same
 * shape. Models and marketplaces live in prose (Description, Title, Retailers), rarely in fields.
 */
import type { HazardRecordInput, SourceKind } from '../../hazards/schema';
import { FAMILY_OF_KIND, recordId } from '../../hazards/schema';
import { extractChemicals } from '../chemicals';
import {
  extractMarketplaces,
  extractUncuedModels,
  mergeMarketplaces,
  platformFromText,
  platformMentions,
} from '../identifiers';
import { asArray, clean, isRecordObject, parseDate, pick, uniqueStrings } from '../text';
import { actionsFromText, countryToIso2, mapCategory, riskTypesFromText } from '../vocab';
import { brandList, httpUrl, identifiersFrom, nameList } from './common';
import { RowError, type BuiltRow } from './types';

export const CPSC_AUTHORITY = 'U.S. Consumer Product Safety Commission (CPSC)';

/** "24-069" → "24069", as the API writes recall numbers. */
export const cpscRef = (recallNumber: string) => recallNumber.replace(/[\s-]/g, '');

const objects = (value: unknown) => asArray(value).filter(isRecordObject);
const namesOf = (value: unknown, key = 'Name') =>
  objects(value)
    .map((o) => clean(o[key]))
    .filter((s): s is string => !!s);

/** "Kith Retail Recalls Children's Loungewear Sets Due to …" → "Children's Loungewear Sets". */
export function productFromTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const recalls = /\bRecalls?\s+(?:of\s+)?(.+?)\s+(?:Due to|Because|After)\b/i.exec(title);
  if (recalls) return recalls[1]!.replace(/^(?:Additional|Certain|More)\s+/i, '');
  const recalled = /^(.+?)\s+(?:Recalled|Recall)\s+(?:Due|Because|After|by)\b/i.exec(title);
  if (recalled) return recalled[1];
  return undefined;
}

/**
 * "This recall involves the Velmora® Large Power Indicator Lantern. …" → "Velmora Large Power Indicator
 * Lantern": CPSC descriptions open with the product the recall is about ("This/The recall involves/includes
 * …", "The recalled …"), often more precisely than the title ("Recalls Rechargeable Lanterns"). Up to the
 * first clause; trademark signs dropped.
 */
export function productFromDescription(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const involves =
    /^\s*(?:This|The) recall (?:involves|includes) (?:the |all |an? |certain |two |three |four |five |six )?(.{3,120}?)(?:[.,;:(]| that | which | with | sold | in | used | from | manufactured | made | and were | were | are )/i.exec(
      description,
    );
  // "The recalled Velmora Arlo lamps have …": only where it names more than the kind ("The recalled forks …").
  const recalled =
    /^\s*The recalled (.{3,120}?)(?:[.,;:(]| that | which | with | sold | in | used | from | manufactured | made | and were | were | are | is | have | has | come )/.exec(
      description,
    );
  const named = involves?.[1] ?? (recalled?.[1] && /[A-Z]/.test(recalled[1]) ? recalled[1] : undefined);
  if (!named) return undefined;
  const product = named
    .replace(/^only\s+/i, '')
    .replace(/[®™℠]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return product && product.split(' ').length <= 10 ? product : undefined;
}

const PROSE_WORD = String.raw`[A-Z0-9][\w&'’+-]*(?:\.[\w&'’+-]+)*`;
/**
 * A capitalised word without digits, for lists of brands ("X1" is a model, not part of one). "J.C." keeps its
 * last full stop; any other word's full stop ends the sentence ("… and Norvik. The …").
 */
const PROSE_NAME_WORD = String.raw`[A-Z][A-Za-z'’+-]*(?:(?:\.[A-Za-z'’+-]+)+\.?)?`;
const PROSE_NAME = String.raw`${PROSE_NAME_WORD}(?:\s+(?:&\s+)?${PROSE_NAME_WORD}){0,2}`;
/** Words that open a sentence or qualify the products before a brand ("The brand name is …", "Affected Novira"). */
const LEADING_NOT_BRAND =
  /^(?:(?:The|This|These|That|Those|Its|Their|Each|All|Both|Either|Any|Some|Other|Certain|Affected|Recalled|Model|Year|No)\s+)+/;

/**
 * Brands a CPSC description labels as such (invented names): "Brand: Velmora", "the brand "VELMORA"",
 * "the brand name(s) Velmora (and Quillet)", "Velmora-branded lamps" ("Quill & Orvan-branded": an
 * ampersand joins the words of one brand).
 */
export function brandsFromProse(text: string | undefined): string[] {
  if (!text) return [];
  const brands: string[] = [];
  const word = PROSE_WORD;
  const run = String.raw`${word}(?:\s+${word}){0,3}`;
  for (const m of text.matchAll(new RegExp(String.raw`\bBrand(?:\s+name)?\s*:\s*["“]?(${run})`, 'g')))
    brands.push(m[1]!);
  for (const m of text.matchAll(new RegExp(String.raw`\b[Tt]he\s+brand(?:\s+names?)?\s+["“](${run})[,.]?["”]`, 'g')))
    brands.push(m[1]!);
  for (const m of text.matchAll(new RegExp(String.raw`\b[Bb]rand\s+names?\s+(${PROSE_LIST})`, 'g')))
    brands.push(...splitList(m[1]!));
  for (const m of text.matchAll(new RegExp(String.raw`\b(${word}(?:\s+(?:&\s+)?${word}){0,2})-branded\b`, 'g')))
    brands.push(m[1]!);
  return tidyBrands(brands);
}

/**
 * Brands a CPSC description names in passing (invented names): "Velmora brand lamps", "Velmora branded
 * lamps", "Avelto, Novira and Quillet brand mattresses", "the Velmora logo", "a "Velmora" logo". Often
 * the brand and its line together ("Velmora Arlo brand lamps"). A quoted word merely printed on the
 * product is not read: it is as often the line or a model as the brand.
 */
export function brandsMentioned(text: string | undefined): string[] {
  if (!text) return [];
  const brands: string[] = [];
  const run = String.raw`${PROSE_WORD}(?:\s+${PROSE_WORD}){0,3}`;
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\w'’-])(${PROSE_LIST})[®™]?\s+[Bb]rand(?:ed)?\b`, 'g')))
    brands.push(...splitList(m[1]!));
  for (const m of text.matchAll(
    new RegExp(String.raw`(?:\bthe\s+(${PROSE_NAME})|["“](${run})["”])\s+(?:brand\s+(?:name\s+)?)?logo\b`, 'g'),
  ))
    brands.push((m[1] ?? m[2])!);
  return tidyBrands(brands);
}

const PROSE_LIST = String.raw`${PROSE_NAME}(?:,\s+${PROSE_NAME})*(?:,?\s+(?:and|or)\s+${PROSE_NAME})?`;
const splitList = (list: string) => list.split(/,?\s+(?:and|or)\s+|,\s+/);

function tidyBrands(brands: string[]): string[] {
  return brandList(
    brands
      .map((b) =>
        `${b} `
          .replace(LEADING_NOT_BRAND, '')
          .replace(/^(?:(?:19|20)\d{2}\s+)?/, '')
          .trim()
          .replace(/[,.;"”-]+$/, ''),
      )
      .filter((b) => b.length >= 2),
  );
}

/**
 * Whether a name opens with the brand ("Velmora Arlo lamps" against "Velmora Arlo"). A brand named in
 * passing is then left to the name, which reads the words after the first as the line's name.
 */
function opensWith(name: string, brand: string): boolean {
  const fold = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const head = fold(name);
  const want = fold(brand);
  return head === want || head.startsWith(`${want} `);
}

/**
 * The recalling firm from a title ("Fisher-Price Recalls Dumbbell Toy …"), as a brand only when the
 * product text names it too ("…sold with the Fisher-Price Baby Biceps Gift Set"): firms are often
 * importers or platforms, not the brand on the product.
 */
export function firmBrand(title: string | undefined, productText: string): string | undefined {
  const firm = /^(.+?)\s+(?:Recalls|Expands Recall|Announces Recall|Issues Recall)\b/i.exec(title ?? '')?.[1];
  if (!firm || platformFromText(firm)) return undefined;
  const name = firm
    .replace(/,?\s+(?:Inc|LLC|L\.L\.C|Ltd|Co|Corp|Corporation|Company|Limited|USA|US|America|North America)\.?$/gi, '')
    .trim();
  if (name.length < 2 || name.split(/\s+/).length > 4) return undefined;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // "sold at Walmart", "contact Sakar": a seller or contact, not a name on the product.
  const asBrand = new RegExp(
    `(?<!\\b(?:at|by|from|contact|through|on|to|via)\\s+)(?<![\\w-])${escaped}(?![\\w-])`,
    'i',
  );
  return asBrand.test(productText) ? name : undefined;
}

/** A CPSC recall in API shape (also accepts the lowercase keys of normalised copies). */
export function cpscRecord(row: unknown, kind: SourceKind): BuiltRow {
  if (!isRecordObject(row)) throw new RowError('row is not an object');
  const number = clean(pick(row, 'RecallNumber', 'number', 'recall_number', 'Recall Number'));
  const warningNumber = clean(pick(row, 'ProductSafetyWarningNumber', 'Product Safety Warning Number'));
  const ref = number ? cpscRef(number) : warningNumber ? cpscRef(warningNumber) : undefined;
  if (!ref) throw new RowError('missing recall number');
  if (!/^[A-Za-z0-9]{2,20}$/.test(ref)) throw new RowError(`recall number "${number}" is not in CPSC format`, ref);

  const title = clean(pick(row, 'Title', 'title'));
  const description = clean(pick(row, 'Description', 'description'));
  const products = objects(row.Products);
  const productNames = uniqueStrings([...products.map((p) => clean(p.Name)), clean(row.name)]);
  const fromTitle = productFromTitle(title);
  const names = nameList(
    ...productNames.map((n): [string, unknown] => ['en', n]),
    ['en', productNames.length === 0 ? (fromTitle ?? title) : undefined],
    ['en', productFromDescription(description)],
  );
  if (names.length === 0) throw new RowError('no product name or title', ref);

  const hazards = [...namesOf(row.Hazards), clean(row.hazard), clean(row.hazards)].filter((s): s is string => !!s);
  const remedies = [...namesOf(row.Remedies), clean(row.remedy)].filter((s): s is string => !!s);
  const retailers = [...namesOf(row.Retailers), clean(row.SoldAt), clean(row['Sold At'])].filter(
    (s): s is string => !!s,
  );
  const productDescriptions = products.map((p) => clean(p.Description));
  const ids = identifiersFrom({
    modelFields: products.map((p) => p.Model),
    codeFields: [
      ...objects(row.ProductUPCs).map((u) => u.UPC),
      ...asArray(row.upcs).map((u) => (typeof u === 'string' ? u : undefined)),
    ],
    // Product names state models after a cue too ("Bunn Model B-8B and B-8W coffeemakers").
    prose: [description, ...productDescriptions, ...productNames],
  });
  const type = uniqueStrings(products.map((p) => clean(p.Type)))[0];
  const { category, forChildren } = mapCategory({ type, names: [...names.map((n) => n.text), title ?? ''] });
  const countries = [...objects(row.ManufacturerCountries).map((c) => clean(c.Country)), clean(row.ManufacturedIn)];
  const images = [...objects(row.Images).map((i) => httpUrl(i.URL)), httpUrl(row.image)];
  const linkUrls = objects(row.Inconjunctions)
    .map((i) => httpUrl(i.URL))
    .filter((u): u is string => !!u);
  const recallId = clean(pick(row, 'RecallID', 'id', 'recall_id'));
  const isWarning = !number && !!warningNumber;
  // Titles name the product and then the hazard ("… Recalled Due to Risk of …"); only the latter is risk prose.
  const prose = [/\bDue to\b(.*)$/i.exec(title ?? '')?.[1], ...hazards]
    .join(' ')
    .replace(/(?:risk of )?serious injur(?:y|ies)(?: (?:or|and) death)?/gi, '');

  const record: HazardRecordInput = {
    id: recordId(FAMILY_OF_KIND[kind], ref),
    source: FAMILY_OF_KIND[kind],
    sourceKind: kind,
    ref,
    refs: recallId ? [`RecallID ${recallId}`] : [],
    url: httpUrl(pick(row, 'URL', 'url')),
    authority: CPSC_AUTHORITY,
    jurisdiction: 'US',
    publishedAt: parseDate(pick(row, 'RecallDate', 'date', 'recall_date'), 'mdy'),
    updatedAt: parseDate(row.LastPublishDate, 'mdy'),
    actions: isWarning
      ? ['warning']
      : /\bwarn/i.test(title ?? '') && !/recall/i.test(title ?? '')
        ? ['warning']
        : ['recall', ...actionsFromText(title).filter((a) => a === 'sales_ban')],
    riskTypes: riskTypesFromText(prose),
    riskLevel: /serious injur|death|fatal/i.test([title, ...hazards].join(' ')) ? 'serious' : 'unknown',
    chemicals: extractChemicals(...hazards),
    hazardText: hazards.map((text) => ({ lang: 'en', text })),
    remedyText: remedies.map((text) => ({ lang: 'en', text })),
    product: {
      names,
      ...(type && { type }),
      category,
      forChildren,
      brands: brandList([
        ...brandsFromProse(description),
        ...brandsMentioned(description).filter((brand) => !names.some((name) => opensWith(name.text, brand))),
        firmBrand(title, [...productNames, description ?? ''].join(' ')),
      ]),
      // Descriptions state the recalled models, often without a cue ("… light sets: 900 Lumen (MJ-808)").
      models: uniqueStrings([...ids.models, ...[description, ...productDescriptions].flatMap(extractUncuedModels)]),
      gtins: ids.gtins,
      otherCodes: ids.otherCodes,
      images: images.filter((u): u is string => !!u),
      originCountry: countries.map(countryToIso2).find(Boolean),
    },
    marketplaces: mergeMarketplaces([
      ...extractMarketplaces(title),
      ...platformMentions(title),
      ...retailers.flatMap((r) => extractMarketplaces(r)),
      ...ids.marketplaces,
    ]),
  };
  return { record, linkUrls };
}
