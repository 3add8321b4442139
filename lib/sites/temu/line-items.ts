/**
 * Temu cart, checkout and order lines: product links are `…-g-<goodsId>.html` or `goods.html?goods_id=`,
 * shops `…-m-<mallId>.html` or `mall.html?mall_id=`, orders `bgt_order_detail.html?parent_order_sn=PO-…`
 * links or the `PO-…` number in text.
 */
import { readLineItems, type LineItemElement, type LineItemRules } from '../line-items';
import type { PageUrlInfo } from '../types';
import { classifyTemuUrl, temuOrderIdOf } from './url';

const rules: LineItemRules = {
  itemOf(link) {
    const info = classifyTemuUrl(link);
    return info?.pageType === 'product' && info.itemId ? { itemId: info.itemId, globalItemId: info.itemId } : undefined;
  },
  storeOf(link) {
    const info = classifyTemuUrl(link);
    return info?.pageType === 'store' ? info.storeId : undefined;
  },
  orderOf: (link) => (/bgt_order_detail\.html$/i.test(link.pathname) ? temuOrderIdOf(link) : undefined),
  orderInText: /\b(PO-\d{2,4}-\d{6,24})\b/,
};

export function temuLineItems(pageUrl: URL, info: PageUrlInfo, root: ParentNode): LineItemElement[] {
  return readLineItems(pageUrl, info, root, rules);
}
