/**
 * AliExpress inline page data, across the schemas seen so far:
 * - `window.runParams = { data: {…} }`: v1 "Module" (2019–early 2023) and v2 "Component" (2023–24). Current
 *   pages leave it empty (`{}`) and render client-side; then this returns nothing and the DOM is read instead.
 * - aliexpress.ru `<script id="__AER_DATA__">` widget tree, searched by shape (child positions change).
 * - search `window._dida_config_._init_data_= { data: {…} }` item lists.
 */
import { aliexpressPathId } from '../../identifiers';
import { parseJsonElement, readInlineJson } from '../inline-json';
import type { SpecRow } from '../identifiers';
import { asArray, asRecord, at, findObjects, firstOf, idString, str, type JsonRecord } from '../values';

export interface EmbeddedProduct {
  id?: string;
  title?: string;
  storeName?: string;
  storeNum?: string;
  category: string[];
  images: string[];
  props: SpecRow[];
  /** The canonical ID the data names (`metaDataComponent.canonicalTag`), for aliexpress.us pages. */
  canonicalId?: string;
  price?: { amount: number; currency?: string };
}

/** `{ value: 8.52, currency: "MXN" }` money objects: the sale price if any, else the list price. */
function moneyOf(...candidates: unknown[]): EmbeddedProduct['price'] {
  for (const candidate of candidates) {
    const amount = at(candidate, 'value');
    if (typeof amount === 'number' && Number.isFinite(amount) && amount >= 0) {
      const currency = str(at(candidate, 'currency'));
      return currency ? { amount, currency } : { amount };
    }
  }
  return undefined;
}

function storeNumOf(href: unknown): string | undefined {
  return /\/store\/(\d{3,15})/.exec(str(href) ?? '')?.[1];
}

function specRows(list: unknown): SpecRow[] {
  return asArray(list).flatMap((item) => {
    const name = str(at(item, 'attrName'));
    const value = str(at(item, 'attrValue'));
    return name && value ? [{ name, value }] : [];
  });
}

function breadcrumbNames(list: unknown): string[] {
  // Entries with cateId 0 are the "Home" / "All categories" links, not categories.
  return asArray(list).flatMap((entry) => {
    const name = str(at(entry, 'name'));
    const cateId = Number(at(entry, 'cateId') ?? 0);
    return name && cateId > 0 ? [name] : [];
  });
}

function strings(list: unknown): string[] {
  return asArray(list).flatMap((value) => (str(value) ? [String(value)] : []));
}

/** v2 "Component" schema (`productInfoComponent`, `sellerComponent`, …). */
function fromComponents(data: JsonRecord): EmbeddedProduct | undefined {
  const info = asRecord(data.productInfoComponent);
  if (!info) return undefined;
  const seller = asRecord(data.sellerComponent);
  const breadcrumb = breadcrumbNames(at(data, 'breadcrumbComponent', 'pathList'));
  const categoryName = str(at(data, 'categoryComponent', 'categoryName'));
  return {
    id: idString(info.idStr) ?? idString(info.id),
    title: str(info.subject) ?? str(at(data, 'displayTitleComponent', 'displayTitle')),
    storeName: str(seller?.storeName),
    storeNum: idString(seller?.storeNum) ?? storeNumOf(seller?.storeURL),
    category: breadcrumb.length ? breadcrumb : categoryName ? [categoryName] : [],
    images: strings(at(data, 'imageComponent', 'imagePathList')),
    props: specRows(at(data, 'productPropComponent', 'props')),
    canonicalId: aliexpressPathId(str(at(data, 'metaDataComponent', 'canonicalTag'))),
    price: moneyOf(
      at(data, 'priceComponent', 'discountPrice', 'minActivityAmount'),
      at(data, 'priceComponent', 'origPrice', 'minAmount'),
    ),
  };
}

/** v1 "Module" schema (`titleModule`, `actionModule`, `storeModule`, …). */
function fromModules(data: JsonRecord): EmbeddedProduct | undefined {
  if (!asRecord(data.titleModule) && !asRecord(data.actionModule)) return undefined;
  const store = asRecord(data.storeModule);
  return {
    id: firstOf(idString(at(data, 'actionModule', 'productId')), idString(at(data, 'pageModule', 'productId'))),
    title: str(at(data, 'titleModule', 'subject')),
    storeName: str(store?.storeName),
    storeNum: idString(store?.storeNum) ?? idString(at(data, 'actionModule', 'storeNum')),
    category: breadcrumbNames(at(data, 'crossLinkModule', 'breadCrumbPathList')),
    images: strings(at(data, 'imageModule', 'imagePathList')),
    props: specRows(at(data, 'specsModule', 'props')),
    price: moneyOf(at(data, 'priceModule', 'minActivityAmount'), at(data, 'priceModule', 'minAmount')),
  };
}

/** Products described by `window.runParams` on the page, in source order. */
export function readRunParams(doc: Document): EmbeddedProduct[] {
  return readInlineJson(doc, 'window.runParams', { innerKey: 'data' }).flatMap((value) => {
    const data = asRecord(value);
    const product = data && (fromComponents(data) ?? fromModules(data));
    return product ? [product] : [];
  });
}

/**
 * Gallery images from `_d_c_.DCData` on client-rendered pages. The blob names no item ID, so callers use it
 * only when the page head is bound to the URL's item.
 */
export function readDcDataImages(doc: Document): string[] {
  const data = readInlineJson(doc, '_d_c_.DCData').at(-1);
  return strings(at(data, 'imagePathList'));
}

export interface AerProduct {
  title?: string;
  image?: string;
  storeName?: string;
  storeNum?: string;
}

/**
 * aliexpress.ru SSR widgets. The product widget is the one whose `id` is the URL's item ID and that has a
 * `name`; the store widget has a `name` and a `/store/<n>` URL. Nothing is read unless the tree names the
 * URL's item (stale SSR data after in-app navigation is ignored).
 */
export function readAerData(doc: Document, itemId: string): AerProduct | undefined {
  const tree = parseJsonElement(doc.getElementById('__AER_DATA__'));
  if (!tree) return undefined;
  const [product] = findObjects(tree, (o) => idString(o.id) === itemId && typeof o.name === 'string');
  if (!product) return undefined;
  const [store] = findObjects(
    tree,
    (o) => typeof o.name === 'string' && /aliexpress\.ru\/store\/\d+/.test(str(o.url) ?? ''),
  );
  return {
    title: str(product.name),
    image: str(at(asArray(product.gallery)[0], 'imageUrl')),
    storeName: str(store?.name),
    storeNum: storeNumOf(store?.url),
  };
}

export interface SearchItem {
  localId?: string;
  globalId?: string;
  title?: string;
}

export interface SearchInitData {
  items: SearchItem[];
  page?: number;
  query?: string;
}

/** The SSR first page of search results (`_init_data_`), or undefined when the page has none. */
export function readSearchInitData(doc: Document): SearchInitData | undefined {
  const data = readInlineJson(doc, '_init_data_', { innerKey: 'data' })
    .map((value) => asRecord(at(value, 'root', 'fields')) ?? asRecord(at(value, 'data', 'root', 'fields')))
    .filter((fields): fields is JsonRecord => !!fields)
    .at(-1);
  if (!data) return undefined;
  const items = asArray(at(data, 'mods', 'itemList', 'content')).map((item) => ({
    localId: idString(at(item, 'productId')) ?? idString(at(item, 'redirectedId')),
    globalId: idString(at(item, 'trace', 'utLogMap', 'x_object_id')),
    title: str(at(item, 'title', 'displayTitle')),
  }));
  const page = Number(at(data, 'pageInfo', 'page'));
  return {
    items,
    page: Number.isFinite(page) && page > 0 ? page : undefined,
    query: str(at(data, 'runConfigs', 'searchQuery', 'SearchText')),
  };
}
