/**
 * The AliExpress client-rendered product payload (`mtop.aliexpress.pdp.pc.query` → `data.result`), as seen in
 * working third-party code; we hold no captured payload, so every path is optional (structure-from-code).
 */
import { imageUrl } from '../dom';
import { productCodes, type SpecRow } from '../identifiers';
import { cleanField, cleanTitle } from '../text';
import type { ProductReading } from '../types';
import { asArray, at, firstOf, idString, str } from '../values';

/** The product ID the payload is about, used to bind it to the page. */
export function pdpProductId(result: unknown): string | undefined {
  return idString(at(result, 'GLOBAL_DATA', 'globalData', 'productId'));
}

/** Product facts from a pdp.pc.query `result`; `itemId` is the page URL's ID. */
export function productFromPdp(itemId: string, result: unknown): ProductReading {
  const global = at(result, 'GLOBAL_DATA', 'globalData');
  const title = cleanTitle(firstOf(str(at(result, 'PRODUCT_TITLE', 'text')), str(at(global, 'subject'))));
  const storeName = cleanField(firstOf(str(at(global, 'storeName')), str(at(result, 'SHOP_CARD_PC', 'storeName'))));
  const storeUrl = str(at(result, 'SHOP_CARD_PC', 'sellerInfo', 'storeURL')) ?? '';
  const storeId = firstOf(idString(at(global, 'storeId')), /\/store\/(\d{3,15})/.exec(storeUrl)?.[1]);
  const rows: SpecRow[] = asArray(at(result, 'PRODUCT_PROP_PC', 'showedProps')).flatMap((prop) => {
    const name = str(at(prop, 'attrName'));
    const value = str(at(prop, 'attrValue'));
    return name && value ? [{ name, value }] : [];
  });
  const codes = productCodes({ rows, title });
  const productId = pdpProductId(result);
  const image = imageUrl(asArray(at(result, 'HEADER_IMAGE_PC', 'imagePathList'))[0]);
  return {
    itemId,
    ...(productId && productId !== itemId && { globalItemId: productId }),
    ...(title && { title }),
    ...((storeName || storeId) && {
      seller: { ...(storeName && { name: storeName }), ...(storeId && { id: storeId }) },
    }),
    ...(codes.brand && { brand: codes.brand }),
    ...(codes.models.length && { models: codes.models }),
    ...(codes.identifiers.length && { identifiers: codes.identifiers }),
    ...(image && { image }),
  };
}
