/**
 * The `curated` feed input line a maintainer can paste after reviewing a missed-hazard report. It is a
 * suggestion: the curatedId is derived from the listing so two reports of one listing collide on
 * purpose, and the maintainer decides what is published.
 */
import type { CuratedSuggestion, ReportPayload } from './types';

export function curatedIdFor(site: 'aliexpress' | 'temu', listingId: string): string {
  return `VOL-${site === 'aliexpress' ? 'AE' : 'TEMU'}-${listingId}`;
}

export function suggestCurated(
  payload: Pick<ReportPayload, 'listing' | 'missedHazard' | 'reportedOn'>,
  extra: { brand?: string; model?: string },
): CuratedSuggestion | undefined {
  const hazard = payload.missedHazard;
  if (!hazard?.authority) return undefined;
  const { listing } = payload;
  const listingId = listing.globalItemId ?? listing.itemId;
  const brand = extra.brand?.replace(/\s+/g, ' ').trim().slice(0, 200);
  const model = extra.model?.replace(/\s+/g, ' ').trim().slice(0, 200);
  return {
    curatedId: curatedIdFor(listing.site, listingId),
    platform: listing.site,
    listingId,
    title: listing.title ?? `${listing.site} ${listingId}`,
    hazard: hazard.hazard,
    authority: hazard.authority,
    date: hazard.date ?? payload.reportedOn,
    url: listing.url,
    ...(hazard.evidenceUrl && { noticeUrl: hazard.evidenceUrl }),
    ...(listing.store?.name && { shopName: listing.store.name }),
    ...(brand && { brand }),
    ...(model && { model }),
  };
}

/** One line of the curated input file, as the feed builder reads it (`--input curated=<file>`). */
export function curatedInputLine(suggestion: CuratedSuggestion): string {
  return JSON.stringify(suggestion);
}
