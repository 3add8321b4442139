/**
 * Listings the user viewed (when `watchViewed` is on) or marked, remembered only in this browser so a
 * later database update can say "a listing you looked at is now flagged". Nothing here leaves the
 * device: the check runs against the local database and the alert is a local notification.
 */
import type { HazardDb, WatchedListing } from '../hazards/db';
import type { MatchedRecord, Verdict } from '../core/verdict';
import type { PageReading } from '../sites/types';
import { isWarning } from '../matching/tiers';
import { listingKeyOf } from '../identifiers';
import { canonicalListingUrl } from './listing-url';

/** The most recent listings kept; older unmarked ones go first. */
export const WATCH_LIMIT = 500;

export function warningIds(matches: MatchedRecord[]): string[] {
  return matches.filter((m) => isWarning(m.match)).map((m) => m.record.id);
}

/** A watch entry for a product page that was read; null for anything else. */
export function watchEntryFor(reading: PageReading, now: number): Omit<WatchedListing, 'marked' | 'notifiedRecordIds'> | null {
  const product = reading.product;
  if (reading.pageType !== 'product' || reading.state !== 'ok' || !product) return null;
  const itemId = product.globalItemId ?? product.itemId;
  return {
    listingKey: listingKeyOf(reading.site, itemId),
    site: reading.site,
    itemId,
    ...(product.title && { title: product.title.replace(/\s+/g, ' ').trim().slice(0, 300) }),
    ...(product.seller && { seller: { ...(product.seller.name && { name: product.seller.name.slice(0, 200) }), ...(product.seller.id && { id: product.seller.id }) } }),
    ...(product.brand && { brand: product.brand.slice(0, 200) }),
    ...(product.models?.length && { models: product.models.slice(0, 10).map((m) => m.slice(0, 100)) }),
    ...(product.identifiers?.length && { identifiers: product.identifiers.slice(0, 10) }),
    url: canonicalListingUrl({ site: reading.site, itemId: product.itemId, globalItemId: product.globalItemId, pageUrl: reading.url }),
    viewedAt: now,
  };
}

/**
 * Remembers a product page. The warnings shown on the page count as already notified, so an alert
 * only ever names records the user has not seen for this listing.
 */
export async function rememberListing(
  db: HazardDb,
  reading: PageReading,
  verdict: Pick<Verdict, 'matches'>,
  options: { now: number; mark?: boolean; limit?: number },
): Promise<WatchedListing | null> {
  const entry = watchEntryFor(reading, options.now);
  if (!entry) return null;
  const row = await db.transaction('rw', db.watched, async () => {
    const existing = await db.watched.get(entry.listingKey);
    const next: WatchedListing = {
      ...entry,
      ...(existing?.purchase && { purchase: existing.purchase }),
      marked: options.mark ?? existing?.marked ?? false,
      notifiedRecordIds: [...new Set([...(existing?.notifiedRecordIds ?? []), ...warningIds(verdict.matches)])],
    };
    await db.watched.put(next);
    return next;
  });
  await pruneWatched(db, options.limit ?? WATCH_LIMIT);
  return row;
}

export async function setMarked(db: HazardDb, listingKey: string, marked: boolean): Promise<boolean> {
  return (await db.watched.update(listingKey, { marked })) > 0;
}

/** Keeps the `limit` most recent listings, dropping merely viewed ones before marked or bought ones. */
export async function pruneWatched(db: HazardDb, limit: number): Promise<number> {
  const count = await db.watched.count();
  if (count <= limit) return 0;
  const oldestFirst = await db.watched.orderBy('viewedAt').toArray();
  const kept = (w: WatchedListing) => w.marked || !!w.purchase;
  const order = [...oldestFirst.filter((w) => !kept(w)), ...oldestFirst.filter(kept)];
  const doomed = order.slice(0, count - limit).map((w) => w.listingKey);
  await db.watched.bulkDelete(doomed);
  return doomed.length;
}

export async function listWatched(db: HazardDb): Promise<WatchedListing[]> {
  return db.watched.orderBy('viewedAt').reverse().toArray();
}

export async function clearWatched(db: HazardDb): Promise<void> {
  await db.watched.clear();
}

export async function removeWatched(db: HazardDb, listingKey: string): Promise<void> {
  await db.watched.delete(listingKey);
}

export interface WatchAlert {
  listing: WatchedListing;
  /** The newly matching warning records, best first. */
  records: MatchedRecord[];
}

export interface WatchCheckDeps {
  db: HazardDb;
  /** Matches a remembered listing against the current local database (warnings and soft matches). */
  matchListing(listing: WatchedListing): Promise<MatchedRecord[]>;
  notify(alert: WatchAlert): Promise<void>;
}

/**
 * Run after a database update: alerts once for each watched listing that a record it was not alerted
 * about now flags, then remembers those records so the same set never alerts twice.
 */
export async function checkWatchedAfterUpdate(deps: WatchCheckDeps): Promise<WatchAlert[]> {
  const alerts: WatchAlert[] = [];
  for (const listing of await deps.db.watched.toArray()) {
    const warnings = (await deps.matchListing(listing)).filter((m) => isWarning(m.match));
    const seen = new Set(listing.notifiedRecordIds);
    const fresh = warnings.filter((m) => !seen.has(m.record.id));
    if (!fresh.length) continue;
    const alert = { listing, records: fresh };
    await deps.notify(alert);
    await deps.db.watched.update(listing.listingKey, {
      notifiedRecordIds: [...seen, ...fresh.map((m) => m.record.id)],
    });
    alerts.push(alert);
  }
  return alerts;
}

/** The reading a watched listing stands for, to match it like a product page. */
export function readingOfWatched(listing: WatchedListing): PageReading {
  return {
    site: listing.site,
    pageType: 'product',
    state: 'ok',
    url: listing.url,
    product: {
      itemId: listing.itemId,
      ...(listing.title && { title: listing.title }),
      ...(listing.seller && { seller: listing.seller }),
      ...(listing.brand && { brand: listing.brand }),
      ...(listing.models && { models: listing.models }),
      ...(listing.identifiers && { identifiers: listing.identifiers }),
    },
  };
}
