/**
 * Temu product pages: `window.rawData` bound to the URL's goods ID first, then JSON-LD / og tags, then the
 * page's `<h1>`. rawData that names another goods ID is what is left after in-app navigation: then nothing
 * on the page is trusted (head and DOM may be just as stale) until fresh data arrives.
 */
import { elementText, imageUrl, jsonLdNodes, ldType, readMeta, resolveUrl } from '../dom';
import { productCodes } from '../identifiers';
import { cleanField, cleanTitle, parsePrice } from '../text';
import type { PageUrlInfo, ProductReading } from '../types';
import { asArray, asRecord, at, firstOf, str, type JsonRecord } from '../values';
import { goodsFromRawData, readRawData, type TemuGoods } from './raw-data';
import { parseListingUrl } from '../../identifiers';
import { classifyTemuUrl } from './url';

export interface TemuProductResult {
  product: ProductReading;
  unavailable: boolean;
  staleReason?: string;
  /** The page's own data (rawData goods, og:url, JSON-LD URLs) names the URL's goods ID. */
  idBound: boolean;
}

const UNAVAILABLE_TITLE = /^unavailable for purchase$/i;

function mallLink(doc: Document, pageUrl: URL): { name?: string; id?: string } {
  const link = doc.querySelector('a[href*="-m-"], a[href*="mall.html?mall_id="]');
  const url = resolveUrl(link?.getAttribute('href'), pageUrl);
  const info = url && classifyTemuUrl(url);
  if (info?.pageType !== 'store') return {};
  const name = cleanField(elementText(link));
  return { ...(name && { name }), ...(info.storeId && { id: info.storeId }) };
}

/** The goods whose ID is the URL's, preferring the last assignment (later ones win in JS). */
function boundGoods(doc: Document, itemId: string): { goods?: TemuGoods; otherId?: string } {
  const all = readRawData(doc)
    .map(goodsFromRawData)
    .filter((g): g is TemuGoods => !!g?.goodsId);
  const goods = all.filter((g) => g.goodsId === itemId).at(-1);
  return goods ? { goods } : { otherId: all.at(-1)?.goodsId };
}

export function productFromGoods(itemId: string, goods: TemuGoods): ProductReading {
  const title = UNAVAILABLE_TITLE.test(goods.title?.trim() ?? '') ? '' : cleanTitle(goods.title);
  const codes = productCodes({ rows: goods.props, title });
  const mallName = cleanField(goods.mallName);
  return {
    itemId,
    globalItemId: itemId,
    ...(title && { title }),
    ...((mallName || goods.mallId) && {
      seller: { ...(mallName && { name: mallName }), ...(goods.mallId && { id: goods.mallId }) },
    }),
    ...(codes.brand && { brand: codes.brand }),
    ...(codes.models.length && { models: codes.models }),
    ...(codes.identifiers.length && { identifiers: codes.identifiers }),
    ...(goods.category.length && { category: goods.category.slice(0, 10) }),
    ...(imageUrl(goods.image) && { image: imageUrl(goods.image) }),
    ...(goods.price && { price: goods.price }),
  };
}

function offersOf(ld: JsonRecord | undefined): JsonRecord | undefined {
  return asRecord(ld?.offers) ?? asRecord(asArray(ld?.offers)[0]);
}

export function readTemuProduct(url: URL, info: PageUrlInfo, doc: Document): TemuProductResult {
  const itemId = info.itemId ?? '';
  const { goods, otherId } = boundGoods(doc, itemId);
  if (!goods && otherId) {
    return {
      product: { itemId, globalItemId: itemId },
      unavailable: false,
      staleReason: `page data names goods ${otherId}, not ${itemId} (in-app navigation); waiting for fresh data`,
      idBound: false,
    };
  }

  const meta = readMeta(doc);
  const ld = jsonLdNodes(doc).find((node) => ldType(node, 'Product'));
  const offers = offersOf(ld);
  const headIds = [meta.get('og:url'), str(offers?.url), str(ld?.url)]
    .map((href) => (href ? parseListingUrl(href, url)?.itemId : undefined))
    .filter((id): id is string => !!id);
  const head = headIds.every((id) => id === itemId);
  const idBound = !!goods || (head && headIds.length > 0);

  const fromGoods = goods ? productFromGoods(itemId, goods) : { itemId, globalItemId: itemId };
  const titles = [
    goods?.title,
    head ? str(ld?.name) : undefined,
    head ? meta.get('og:title') : undefined,
    elementText(doc.querySelector('h1'), 2000),
  ].map((t) => cleanTitle(t));
  const unavailable = goods?.status === 5 || titles.some((t) => UNAVAILABLE_TITLE.test(t));
  const title = titles.find((t) => t.length > 0 && !UNAVAILABLE_TITLE.test(t));

  const mall = mallLink(doc, url);
  const seller = {
    name: firstOf(fromGoods.seller?.name, mall.name),
    id: firstOf(fromGoods.seller?.id, mall.id),
  };
  const codes = productCodes({
    ldBrand: head ? (asRecord(ld?.brand) ? at(ld?.brand, 'name') : ld?.brand) : undefined,
    ldModels: head ? [ld?.model, ld?.mpn] : [],
    ldGtins: head ? [ld?.gtin, ld?.gtin13, ld?.gtin12, ld?.gtin8, ld?.gtin14] : [],
    title,
  });
  const ldPrice =
    head && offers?.price !== undefined ? parsePrice(String(offers.price), str(offers.priceCurrency)) : undefined;
  const ogPrice =
    head && meta.get('product:price:amount')
      ? parsePrice(meta.get('product:price:amount'), meta.get('product:price:currency'))
      : undefined;
  const image = firstOf(
    fromGoods.image,
    head ? imageUrl(meta.get('og:image')) : undefined,
    head ? imageUrl(asArray(ld?.image)[0] ?? ld?.image) : undefined,
  );
  const product: ProductReading = {
    ...fromGoods,
    ...(title ? { title } : {}),
    ...((seller.name || seller.id) && {
      seller: { ...(seller.name && { name: seller.name }), ...(seller.id && { id: seller.id }) },
    }),
    ...(!fromGoods.brand && codes.brand && { brand: codes.brand }),
    ...(!fromGoods.models && codes.models.length && { models: codes.models }),
    ...(!fromGoods.identifiers && codes.identifiers.length && { identifiers: codes.identifiers }),
    ...(image && { image }),
    ...(!fromGoods.price && (ldPrice ?? ogPrice) && { price: ldPrice ?? ogPrice }),
  };
  if (!title) delete product.title;
  return { product, unavailable, idBound };
}
