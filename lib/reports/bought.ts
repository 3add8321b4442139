/**
 * "Remember what I bought": the items of orders the user opens, kept in the watch list (the same table and
 * the same after-update check as viewed listings) with what the order page said — order number and date,
 * chosen variant. Nothing here leaves the browser; the user lists, exports and deletes them in the options.
 */
import type { HazardDb, WatchedListing } from '../hazards/db';
import type { Verdict } from '../core/verdict';
import { orderHelpUrl } from '../sites';
import type { CardReading, PageReading } from '../sites/types';
import { canonicalListingUrl } from './listing-url';
import { warningIds } from './watched';

const clip = (text: string | undefined, max: number) => text?.replace(/\s+/g, ' ').trim().slice(0, max) || undefined;

function boughtEntry(reading: PageReading, card: CardReading, existing: WatchedListing | undefined, verdict: Pick<Verdict, 'cards'>, now: number): WatchedListing {
  const itemId = card.globalItemId ?? card.itemId;
  const title = clip(card.title, 300) ?? existing?.title;
  const sellerName = clip(card.seller?.name, 200);
  const seller = sellerName || card.seller?.id ? { ...(sellerName && { name: sellerName }), ...(card.seller?.id && { id: card.seller.id }) } : existing?.seller;
  const variant = clip(card.variant, 200);
  return {
    ...existing,
    listingKey: `${reading.site}:${itemId}`,
    site: reading.site,
    itemId,
    ...(title && { title }),
    ...(seller && { seller }),
    url: canonicalListingUrl({ site: reading.site, itemId: card.itemId, globalItemId: card.globalItemId, pageUrl: reading.url }),
    viewedAt: existing?.viewedAt ?? now,
    marked: existing?.marked ?? false,
    // Warnings shown on the order page count as told: an alert only names records found later.
    notifiedRecordIds: [...new Set([...(existing?.notifiedRecordIds ?? []), ...warningIds(verdict.cards[card.itemId] ?? [])])],
    purchase: {
      ...existing?.purchase,
      ...(card.orderId && { orderId: card.orderId }),
      ...(card.orderDate && { orderDate: card.orderDate }),
      ...(variant && { variant }),
      seenAt: now,
    },
  };
}

/** Stores the lines of an order page that was read. Returns the rows written (none for other pages). */
export async function rememberPurchases(
  db: HazardDb,
  reading: PageReading,
  verdict: Pick<Verdict, 'cards' | 'state'>,
  now: number,
): Promise<WatchedListing[]> {
  if (reading.pageType !== 'orders' || reading.state !== 'ok' || verdict.state !== 'ok') return [];
  const cards = (reading.cards ?? []).filter((card) => /^\d{4,32}$/.test(card.globalItemId ?? card.itemId));
  if (!cards.length) return [];
  return db.transaction('rw', db.watched, async () => {
    const rows: WatchedListing[] = [];
    for (const card of cards) {
      const key = `${reading.site}:${card.globalItemId ?? card.itemId}`;
      const row = boughtEntry(reading, card, await db.watched.get(key), verdict, now);
      await db.watched.put(row);
      rows.push(row);
    }
    return rows;
  });
}

/** Bought items, newest order first. */
export async function listBought(db: HazardDb): Promise<WatchedListing[]> {
  const rows = (await db.watched.toArray()).filter((row) => row.purchase);
  const when = (row: WatchedListing) => row.purchase?.orderDate ?? new Date(row.purchase?.seenAt ?? 0).toISOString();
  return rows.sort((a, b) => when(b).localeCompare(when(a)));
}

/** Deletes one bought item, or all of them. The rows go entirely: nothing about the item is kept. */
export async function deleteBought(db: HazardDb, listingKey?: string): Promise<number> {
  const doomed = (await listBought(db)).map((row) => row.listingKey).filter((key) => !listingKey || key === listingKey);
  await db.watched.bulkDelete(doomed);
  return doomed.length;
}

/** The export file: exactly what is stored about each bought item. */
export function boughtExport(rows: WatchedListing[], exportedAt: number): string {
  const items = rows.map((row) => ({
    site: row.site,
    listingId: row.itemId,
    ...(row.title && { title: row.title }),
    ...(row.seller && { seller: row.seller }),
    ...(row.purchase?.variant && { variant: row.purchase.variant }),
    ...(row.purchase?.orderDate && { orderDate: row.purchase.orderDate }),
    ...(row.purchase?.orderId && { orderId: row.purchase.orderId }),
    url: row.url,
    reportedRecordIds: row.notifiedRecordIds,
  }));
  return `${JSON.stringify({ kind: 'hazard-check-bought-items', exportedAt: new Date(exportedAt).toISOString(), items }, null, 2)}\n`;
}

/** Where to ask for a refund of a bought item: its order's page on the marketplace. */
export function refundUrlOf(row: Pick<WatchedListing, 'site' | 'purchase'>): string {
  return orderHelpUrl(row.site, row.purchase?.orderId);
}
