/**
 * AliExpress cart, checkout and order lines: product links are `/item/<id>.html` (local `3256…` IDs on
 * aliexpress.us, whose global ID follows from the fixed offset), shops are `/store/<storeNum>`, orders are
 * `…/order/detail.html?orderId=<n>` links or "Order ID: <n>" text.
 */
import { readLineItems, type LineItemElement, type LineItemRules } from '../line-items';
import type { PageUrlInfo } from '../types';
import { globalIdOfUsLocal } from '../../identifiers';
import { classifyAliExpressUrl, orderIdOf, storeNumFromHref } from './url';

const rules: LineItemRules = {
  itemOf(link) {
    const info = classifyAliExpressUrl(link);
    if (info?.pageType !== 'product' || !info.itemId || /^\/ssr\//i.test(link.pathname)) return undefined;
    const global = /aliexpress\.us$/i.test(link.hostname) ? globalIdOfUsLocal(info.itemId) : info.itemId;
    // The link's own ID stays the key: it is what the page's links carry, so badges find the row.
    return {
      itemId: info.itemId,
      ...(global && { globalItemId: global }),
      ...(global !== info.itemId && { localItemId: info.itemId }),
    };
  },
  storeOf: storeNumFromHref,
  orderOf: (link) => (/\/order[/_]?detail/i.test(link.pathname) ? orderIdOf(link) : undefined),
  orderInText: /order\s*(?:id|no\.?|number|#)\s*[:：#]?\s*(\d{12,24})|주문\s*번호\s*[:：]?\s*(\d{12,24})/,
};

export function aliexpressLineItems(pageUrl: URL, info: PageUrlInfo, root: ParentNode): LineItemElement[] {
  return readLineItems(pageUrl, info, root, rules);
}
