/**
 * The listing a report is about, as a product reading: the product page itself, or one card of a
 * search or store page (reported from its badge). Null when the listing is not on the page.
 */
import type { PageReading } from '../sites/types';

export function readingForReport(reading: PageReading | undefined, itemId?: string): PageReading | null {
  if (!reading || reading.state !== 'ok') return null;
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
