/**
 * The listing a report is about, as a product reading: the product page itself, or one card of a
 * search or store page (reported from its badge). Null when the listing is not on the page.
 * A product page that says the listing is gone (404, unavailable) still names it: that is what a
 * "listing gone" report is about.
 */
import type { PageReading } from '../sites/types';

/** Product pages that could not be checked, yet name a listing someone may report as gone. */
export function isGoneListing(reading: PageReading | undefined): boolean {
  return (
    !!reading &&
    reading.pageType === 'product' &&
    (reading.state === 'not-found' || reading.state === 'unavailable') &&
    !!reading.product?.itemId
  );
}

export function readingForReport(reading: PageReading | undefined, itemId?: string): PageReading | null {
  if (!reading) return null;
  if (isGoneListing(reading)) {
    const { product } = reading;
    return !itemId || itemId === product!.itemId || itemId === product!.globalItemId ? reading : null;
  }
  if (reading.state !== 'ok') return null;
  if (reading.pageType === 'product' && reading.product) {
    const { product } = reading;
    return !itemId || itemId === product.itemId || itemId === product.globalItemId ? reading : null;
  }
  const card = itemId ? reading.cards?.find((c) => c.itemId === itemId || c.globalItemId === itemId) : undefined;
  if (!card) return null;
  return {
    site: reading.site,
    pageType: 'product',
    state: 'ok',
    // Only the host is used (a local aliexpress.us ID resolves on its own site); the path is never sent.
    url: reading.url,
    product: {
      itemId: card.itemId,
      ...(card.globalItemId && { globalItemId: card.globalItemId }),
      ...(card.title && { title: card.title }),
      ...(card.storeId && { seller: { id: card.storeId } }),
    },
  };
}
