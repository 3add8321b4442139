import { afterEach, describe, expect, it } from 'vitest';
import type { HazardDb } from '../../../lib/hazards/db';
import { boughtExport, deleteBought, listBought, refundUrlOf } from '../../../lib/reports/bought';
import { boughtKeyOfNotification, boughtNotifications } from '../../../lib/reports/notifications';
import { listWatched, pruneWatched } from '../../../lib/reports/watched';
import type { PageReading } from '../../../lib/sites/types';
import { record, TEMU_ID, temuReading } from './helpers';
import { harness } from './service-harness';

const dbs: HazardDb[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

const OTHER_ID = '601099444444445';
const ORDER = 'PO-211-01234567890123456';
const orders: PageReading = {
  site: 'temu',
  pageType: 'orders',
  state: 'ok',
  url: 'https://www.temu.com/kr/bgt_orders.html?refer_page_sn=1',
  cards: [
    { itemId: TEMU_ID, globalItemId: TEMU_ID, title: 'Fizzpop  Bubble Machine', seller: { id: '634418200000001', name: 'Lumo Baby Store' }, variant: 'Blue', orderId: ORDER, orderDate: '2026-03-05' },
    { itemId: OTHER_ID, globalItemId: OTHER_ID, title: 'Kite for Kids', orderDate: '2026-02-01' },
  ],
};

async function setup(records = [record({ ref: 'OLD' })]) {
  const h = await harness({ records });
  dbs.push(h.db);
  return h;
}

describe('remember what I bought', () => {
  it('stores nothing while the option is off (the default)', async () => {
    const h = await setup();
    expect(h.settings.rememberPurchases).toBe(false);
    await h.reports.afterCheck(orders, await h.hazards.checkPage(orders));
    expect(await h.db.watched.count()).toBe(0);
  });

  it('stores listing ID, title, seller, variant and order date of each order line, with a canonical URL', async () => {
    const h = await setup();
    h.settings.rememberPurchases = true;
    await h.reports.afterCheck(orders, await h.hazards.checkPage(orders));
    const items = await listBought(h.db);
    expect(items.map((i) => i.itemId)).toEqual([TEMU_ID, OTHER_ID]); // newest order first
    expect(items[0]).toMatchObject({
      listingKey: `temu:${TEMU_ID}`,
      title: 'Fizzpop Bubble Machine',
      seller: { id: '634418200000001', name: 'Lumo Baby Store' },
      url: `https://www.temu.com/g-${TEMU_ID}.html`,
      purchase: { orderId: ORDER, orderDate: '2026-03-05', variant: 'Blue' },
      notifiedRecordIds: [],
    });
    // Pages other than orders, and unread ones, store nothing.
    await h.db.watched.clear();
    await h.reports.afterCheck({ ...orders, pageType: 'cart' }, await h.hazards.checkPage({ ...orders, pageType: 'cart' }));
    await h.reports.afterCheck({ ...orders, state: 'challenge' }, await h.hazards.checkPage({ ...orders, state: 'challenge' }));
    expect(await h.db.watched.count()).toBe(0);
  });

  it('alerts once per item and record after a feed update; what the order page already showed is not repeated', async () => {
    const shown = record({ ref: 'SHOWN', marketplaces: [{ platform: 'temu', listingId: TEMU_ID }] });
    const h = await setup([shown]);
    h.settings.rememberPurchases = true;
    await h.reports.afterCheck(orders, await h.hazards.checkPage(orders));
    expect((await listBought(h.db))[0]?.notifiedRecordIds).toEqual([shown.id]);

    const recall = record({
      ref: 'RECALL-1',
      marketplaces: [{ platform: 'temu', listingId: OTHER_ID }],
      hazardText: [{ lang: 'en', text: 'The kite line can cut.' }, { lang: 'ko', text: '연줄에 베일 수 있습니다.' }],
      remedyText: [{ lang: 'en', text: 'Stop using it and return it to the seller.' }, { lang: 'ko', text: '사용을 멈추고 판매자에게 반품하세요.' }],
      authority: 'Invented Safety Board',
    });
    await h.update([shown, recall]);
    await h.reports.afterUpdate();
    expect(h.alerts.map((a) => [a.listing.itemId, a.records.map((r) => r.record.id)])).toEqual([[OTHER_ID, [recall.id]]]);
    await h.update([shown, recall]);
    await h.reports.afterUpdate();
    expect(h.alerts).toHaveLength(1);

    const [alert] = h.alerts;
    const [en] = boughtNotifications(alert!, 'en', 'icon.png');
    expect(en!.options.title).toBe('Something you bought was reported');
    expect(en!.options.message).toBe('Kite for Kids: The kite line can cut. Advice from Invented Safety Board: Stop using it and return it to the seller.');
    expect(en!.options.contextMessage).toBe('To ask for a refund, open the order on Temu (Return/Refund). Click to open it.');
    const [ko] = boughtNotifications(alert!, 'ko', 'icon.png');
    expect(ko!.options.message).toBe('Kite for Kids: 연줄에 베일 수 있습니다. Invented Safety Board의 권고: 사용을 멈추고 판매자에게 반품하세요.');
    expect(boughtKeyOfNotification(en!.id)).toBe(`temu:${OTHER_ID}`);
  });

  it('a bought item keeps its purchase when the product page is viewed later, and is never pruned as "viewed"', async () => {
    const h = await setup();
    h.settings.rememberPurchases = true;
    await h.reports.afterCheck(orders, await h.hazards.checkPage(orders));
    await h.reports.afterCheck(temuReading, await h.hazards.checkPage(temuReading));
    const row = (await listWatched(h.db)).find((w) => w.itemId === TEMU_ID);
    expect(row?.purchase?.orderId).toBe(ORDER);
    const viewed: PageReading = { ...temuReading, url: 'https://www.temu.com/g-601099444444499.html', product: { itemId: '601099444444499', title: 'Viewed later' } };
    await h.reports.afterCheck(viewed, await h.hazards.checkPage(viewed));
    expect(await h.db.watched.count()).toBe(3);
    // Over the limit, the merely viewed listing goes first, though it is the newest.
    await pruneWatched(h.db, 2);
    expect((await listWatched(h.db)).map((w) => w.itemId).sort()).toEqual([TEMU_ID, OTHER_ID].sort());
  });

  it('lists, exports exactly what is stored, and deletes one or all', async () => {
    const h = await setup();
    h.settings.rememberPurchases = true;
    await h.reports.afterCheck(orders, await h.hazards.checkPage(orders));
    const exported = await h.reports.handlers['bought-export']({}, {});
    expect(exported.fileName).toMatch(/^hazard-check-bought-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(exported.text).items[0]).toEqual({
      site: 'temu', listingId: TEMU_ID, title: 'Fizzpop Bubble Machine', seller: { id: '634418200000001', name: 'Lumo Baby Store' },
      variant: 'Blue', orderDate: '2026-03-05', orderId: ORDER, url: `https://www.temu.com/g-${TEMU_ID}.html`, reportedRecordIds: [],
    });
    expect(boughtExport([], 0)).toContain('"items": []');
    expect(await h.reports.handlers['bought-delete']({ listingKey: `temu:${TEMU_ID}` }, {})).toEqual({ deleted: 1 });
    expect((await h.reports.handlers['bought-list']({}, {})).items.map((i) => i.itemId)).toEqual([OTHER_ID]);
    expect(await deleteBought(h.db)).toBe(1);
    expect(await h.db.watched.count()).toBe(0);
  });

  it('the refund link is the order page on its marketplace, or the order list without an order number', () => {
    expect(refundUrlOf({ site: 'temu', purchase: { orderId: ORDER, seenAt: 0 } })).toBe(
      `https://www.temu.com/bgt_order_detail.html?parent_order_sn=${ORDER}`,
    );
    expect(refundUrlOf({ site: 'aliexpress', purchase: { orderId: '8190000000000001', seenAt: 0 } })).toBe(
      'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000001',
    );
    expect(refundUrlOf({ site: 'aliexpress', purchase: { seenAt: 0 } })).toBe('https://www.aliexpress.com/p/order/index.html');
  });
});
