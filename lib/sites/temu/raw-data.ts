/**
 * Temu page data. Server-rendered pages carry `window.rawData={…};document.dispatchEvent(…)` in an inline
 * script (an isolated-world content script cannot see the global, so the script text is parsed). Paths come
 * from several independent third-party readers of live pages; no saved real Temu product page exists in our
 * fixtures (structure-from-code). Search responses (`/api/poppy/v1/search`) are a real captured shape.
 */
import type { SpecRow } from '../identifiers';
import { readInlineJson } from '../inline-json';
import { parsePrice } from '../text';
import { asArray, asRecord, at, firstOf, idString, str, type JsonRecord } from '../values';

export interface TemuGoods {
  goodsId?: string;
  title?: string;
  mallId?: string;
  mallName?: string;
  /** `5` = unavailable (blocked or sold out). */
  status?: number;
  price?: { amount: number; currency?: string };
  image?: string;
  category: string[];
  props: SpecRow[];
}

export function readRawData(doc: Document): unknown[] {
  return readInlineJson(doc, 'window.rawData');
}

/** The `store` object of a rawData value (also under `stores.store`), when it describes goods. */
function storeOf(raw: unknown): JsonRecord | undefined {
  for (const candidate of [at(raw, 'store'), at(raw, 'stores', 'store'), raw]) {
    const store = asRecord(candidate);
    if (store && (asRecord(store.goods) || store.goodsId !== undefined)) return store;
  }
  return undefined;
}

function temuPrice(goods: JsonRecord | undefined): TemuGoods['price'] {
  const text = str(goods?.minOnSalePriceStr) ?? str(goods?.salePriceStr);
  if (text) return parsePrice(text);
  // Integer prices are in minor units (799 = 7.99).
  const minor = goods?.minOnSalePrice;
  return typeof minor === 'number' && Number.isInteger(minor) && minor >= 0 ? { amount: minor / 100 } : undefined;
}

/** Product facts from one rawData value (or a `{goods, mall}` payload observed in the page). */
export function goodsFromRawData(raw: unknown): TemuGoods | undefined {
  const store = storeOf(raw);
  if (!store) return undefined;
  const goods = asRecord(store.goods);
  const mallData = asRecord(at(store, 'mall', 'mallData')) ?? asRecord(store.mall);
  const props = asArray(goods?.goodsProperty).flatMap((entry) => {
    const name = str(at(entry, 'key'));
    const value = asArray(at(entry, 'values')).map(str).filter(Boolean).join(', ') || str(at(entry, 'value'));
    return name && value ? [{ name, value }] : [];
  });
  const category = asArray(store.crumbOptList)
    .map((crumb) => str(at(crumb, 'optName')))
    .filter((name): name is string => !!name && !/^(home|temu)$/i.test(name.trim()));
  const status = Number(goods?.status);
  return {
    goodsId: firstOf(idString(goods?.goodsId), idString(store.goodsId)),
    title: str(goods?.goodsName) ?? str(goods?.title),
    mallId: firstOf(idString(goods?.mallId), idString(mallData?.mallId), idString(store.mallId)),
    mallName: str(mallData?.mallName),
    ...(Number.isFinite(status) && { status }),
    price: temuPrice(goods),
    image: firstOf(str(goods?.hdThumbUrl), str(at(asArray(goods?.gallery)[0], 'url')), str(goods?.thumbUrl)),
    category,
    props,
  };
}

export interface TemuListItem {
  goodsId: string;
  title?: string;
  mallId?: string;
}

/** One goods entry in camelCase (SSR) or snake_case (API) form. */
function listItem(entry: unknown): TemuListItem | undefined {
  const item = asRecord(at(entry, 'data')) ?? asRecord(entry);
  const goodsId = idString(item?.goodsId) ?? idString(item?.goods_id);
  if (!item || !goodsId) return undefined;
  const title = str(item.title) ?? str(item.goodsName) ?? str(item.goods_name);
  const mallId = idString(item.mallId) ?? idString(item.mall_id);
  return { goodsId, ...(title && { title }), ...(mallId && { mallId }) };
}

/** Goods lists in rawData (`store.goodsList`, `stores.store.goodsList`, `ssrListData.list`) or a search response. */
export function goodsListFrom(raw: unknown): TemuListItem[] {
  const lists = [
    at(raw, 'store', 'goodsList'),
    at(raw, 'stores', 'store', 'goodsList'),
    at(raw, 'ssrListData', 'list'),
    at(raw, 'result', 'data', 'goods_list'),
    at(raw, 'data', 'goods_list'),
    at(raw, 'goods_list'),
    at(raw, 'goodsList'),
  ];
  return lists.flatMap((list) =>
    asArray(list)
      .map(listItem)
      .filter((item): item is TemuListItem => !!item),
  );
}
