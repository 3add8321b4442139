/**
 * AliExpress product pages. Reading order: head (canonical, JSON-LD, og) and inline JSON bound to the URL's
 * item ID, then stable attributes (`data-pl`, `data-testid`, `title`), then hashed-class prefixes last.
 *
 * ID binding: on aliexpress.us the URL carries a local `3256…` ID and the canonical link the global `1005…`
 * ID, so the head is accepted when any of canonical / og:url / JSON-LD offer URL names the URL's ID. When
 * the head names only other items, the page data belongs to the previous page (in-app navigation) and
 * nothing is read from it or from the not-yet-updated DOM.
 */
import { canonicalHref, elementText, imageUrl, jsonLdNodes, ldType, readMeta, resolveUrl } from '../dom';
import { productCodes, type SpecRow } from '../identifiers';
import { cleanField, cleanTitle, parsePrice } from '../text';
import type { PageUrlInfo, ProductReading, Seller } from '../types';
import { asArray, asRecord, at, firstOf, str, type JsonRecord } from '../values';
import { readAerData, readDcDataImages, readRunParams, type EmbeddedProduct } from './embedded';
import { aliexpressPathId, globalIdOfUsLocal } from '../../identifiers';
import { storeNumFromHref } from './url';

export interface AliExpressProductResult {
  product: ProductReading;
  notFound: boolean;
  unavailable: boolean;
  /** Set when the page's data names another item. */
  staleReason?: string;
  /** The page's own data (canonical, og:url, JSON-LD offer URL, runParams, AER data) names the URL's item. */
  idBound: boolean;
}

function offersOf(ld: JsonRecord | undefined): JsonRecord | undefined {
  const offers = ld?.offers;
  return asRecord(offers) ?? asRecord(asArray(offers)[0]);
}

/** Label/value pairs of the spec list: values carry a `title` attribute, the label is the element before. */
function domSpecRows(doc: Document): SpecRow[] {
  const rows: SpecRow[] = [];
  const specs = doc.querySelector('[data-pl="product-specs"]');
  if (specs) {
    for (const value of Array.from(specs.querySelectorAll('[title]'))) {
      const name = elementText(value.previousElementSibling, 200).trim();
      const text = value.getAttribute('title') ?? '';
      if (name && text) rows.push({ name, value: text });
    }
  }
  // aliexpress.ru characteristics: stable class prefixes, hashed suffixes.
  for (const name of Array.from(doc.querySelectorAll('[class*="ProductCharacteristicsItem__name__"]'))) {
    const value = name.nextElementSibling;
    const label = elementText(name, 200).trim();
    const text = elementText(value, 500).trim();
    if (label && text) rows.push({ name: label, value: text });
  }
  return rows;
}

function domSeller(doc: Document, pageUrl: URL): Seller {
  const link = doc.querySelector('a[data-pl="store-name"]');
  const ruHeader = doc.querySelector('#storeInfo [data-testid="store_header"]');
  const ruTitle = ruHeader?.querySelector('[class*="RedStoreInfo_Header__title"]') ?? null;
  const soldBy = doc.querySelector('[class*="store-detail--storeName--"]');
  const name = firstOf(
    cleanField(elementText(link)),
    cleanField(elementText(ruTitle)),
    cleanField(elementText(soldBy)),
  );
  const hrefOf = (el: Element | null) => resolveUrl(el?.getAttribute('href'), pageUrl);
  const storeLink = hrefOf(link) ?? hrefOf(ruHeader) ?? hrefOf(soldBy?.closest('a') ?? null);
  // "Contact seller" links carry `storeId=<storeNum>` when no store link is rendered.
  const contact = resolveUrl(doc.querySelector('a[href*="storeId="]')?.getAttribute('href'), pageUrl);
  const contactStoreId = contact?.searchParams.get('storeId') ?? '';
  const id = firstOf(
    storeLink && storeNumFromHref(storeLink),
    /^\d{3,15}$/.test(contactStoreId) ? contactStoreId : undefined,
  );
  return { ...(name && { name }), ...(id && { id }) };
}

/** JSON-LD BreadcrumbList names without the site's own "Home" entries (search pages ship an empty one). */
function ldBreadcrumb(nodes: JsonRecord[]): string[] {
  const list = nodes.find((node) => ldType(node, 'BreadcrumbList'));
  return asArray(list?.itemListElement)
    .map((entry) => cleanField(str(at(entry, 'name')) ?? str(at(entry, 'item', 'name'))))
    .filter((name): name is string => !!name && !/^(home|aliexpress|inicio|главная|홈)$/i.test(name));
}

function ldBrand(ld: JsonRecord | undefined): unknown {
  const brand = ld?.brand;
  return asRecord(brand) ? at(brand, 'name') : brand;
}

export function readAliExpressProduct(url: URL, info: PageUrlInfo, doc: Document): AliExpressProductResult {
  const itemId = info.itemId ?? '';
  const meta = readMeta(doc);
  const ldNodes = jsonLdNodes(doc);
  const ld = ldNodes.find((node) => ldType(node, 'Product'));
  const offers = offersOf(ld);
  const canonicalId = aliexpressPathId(canonicalHref(doc), url);
  const ogUrlId = aliexpressPathId(meta.get('og:url'), url);
  const offerUrlId = aliexpressPathId(str(offers?.url), url);
  const notFound = (meta.get('og:title') ?? '').trim().toLowerCase() === '404 page';

  // Bundle/promo SSR pages describe the promotion in their head (og:type "activity", another product in
  // og:url), so only the rendered product block is read there.
  const ssrPage = /^\/ssr\//i.test(url.pathname);
  const ogType = meta.get('og:type')?.trim().toLowerCase();
  const headIds = ssrPage ? [] : [canonicalId, ogUrlId, offerUrlId].filter((id): id is string => !!id);
  // On aliexpress.us the head names the global ID and the URL the local one: they agree at a fixed offset,
  // so a canonical left over from the previous item (in-app navigation) is still caught.
  const isUs = /aliexpress\.us$/i.test(url.hostname);
  const usGlobalId = isUs ? globalIdOfUsLocal(itemId) : undefined;
  const headBound = headIds.includes(itemId) || (usGlobalId !== undefined && headIds.includes(usGlobalId));
  const headStale = headIds.length > 0 && !headBound;

  const embedded: EmbeddedProduct[] = readRunParams(doc);
  const runParams = embedded.filter((p) => p.id === itemId || (headBound && !!p.id && p.id === canonicalId)).at(-1);
  const runParamsStale = embedded.length > 0 && !runParams && embedded.some((p) => p.id);
  const aer = readAerData(doc, itemId);

  const staleReason = headStale
    ? `page data names item ${headIds[0]}, not ${itemId} (in-app navigation); waiting for fresh data`
    : runParamsStale && !aer
      ? `embedded product data belongs to another item, not ${itemId}`
      : undefined;

  const globalItemId = firstOf(
    headBound ? canonicalId : undefined,
    runParams?.canonicalId,
    // Outside aliexpress.us the URL already carries the global ID.
    !isUs ? itemId : undefined,
    usGlobalId,
  );
  const base: ProductReading = { itemId, ...(globalItemId && { globalItemId }) };
  // Bundle/promo SSR pages render the one product their URL names, in the stable product block.
  const ssrBlock = ssrPage && !!doc.querySelector('h1[data-pl="product-title"]');
  const idBound = headBound || !!runParams || !!aer || ssrBlock;
  if (staleReason) return { product: base, notFound, unavailable: false, staleReason, idBound: false };

  const head = !ssrPage && (!ogType || ogType === 'product') && (headBound || headIds.length === 0);
  const ogTitle = head && !notFound ? meta.get('og:title') : undefined;
  const title = [
    runParams?.title,
    head ? str(ld?.name) : undefined,
    ogTitle,
    elementText(doc.querySelector('h1[data-pl="product-title"]'), 2000),
    aer?.title,
  ]
    .map((candidate) => cleanTitle(candidate))
    .find((candidate) => candidate.length > 0);

  const dom = domSeller(doc, url);
  const seller: Seller = {
    name: firstOf(cleanField(runParams?.storeName), cleanField(aer?.storeName), dom.name),
    id: firstOf(runParams?.storeNum, aer?.storeNum, dom.id, info.storeId),
  };

  const rows = [...(runParams?.props ?? []), ...domSpecRows(doc)];
  const codes = productCodes({
    rows,
    ldBrand: head ? ldBrand(ld) : undefined,
    ldModels: head ? [ld?.model, ld?.mpn] : [],
    ldGtins: head ? [ld?.gtin, ld?.gtin13, ld?.gtin12, ld?.gtin8, ld?.gtin14] : [],
    title,
  });

  const ldImage = asArray(ld?.image)[0] ?? ld?.image;
  const image = firstOf(
    head ? imageUrl(meta.get('og:image')) : undefined,
    head ? imageUrl(ldImage) : undefined,
    imageUrl(runParams?.images[0]),
    imageUrl(aer?.image),
    headBound ? imageUrl(readDcDataImages(doc)[0]) : undefined,
  );
  const domPrice = doc.querySelector('[class*="price-default--current"]');
  const price = firstOf(
    runParams?.price,
    head && offers?.price !== undefined ? parsePrice(String(offers.price), str(offers.priceCurrency)) : undefined,
    domPrice
      ? parsePrice(elementText(domPrice, 100), /aliexpress\.us$/i.test(url.hostname) ? 'USD' : undefined)
      : undefined,
  );

  const category = runParams?.category.length ? runParams.category : head ? ldBreadcrumb(ldNodes) : [];
  const product: ProductReading = {
    ...base,
    ...(title && { title }),
    ...((seller.name || seller.id) && {
      seller: { ...(seller.name && { name: seller.name }), ...(seller.id && { id: seller.id }) },
    }),
    ...(codes.brand && { brand: codes.brand }),
    ...(codes.models.length && { models: codes.models }),
    ...(codes.identifiers.length && { identifiers: codes.identifiers }),
    ...(category.length && { category }),
    ...(image && { image }),
    ...(price && { price }),
  };
  const unavailable = head && /Discontinued/i.test(str(offers?.availability) ?? '');
  return { product, notFound, unavailable, idBound };
}
