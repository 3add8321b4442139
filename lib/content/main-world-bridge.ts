/**
 * Keeps what the MAIN-world observer posted (validated) and folds it into fresh readings, so data only
 * the page's own JavaScript sees (AliExpress client-rendered products, Temu goods after in-app
 * navigation, Temu search results) still reaches the matcher. Everything is bound to item IDs and page
 * URLs: data for another item or page is never merged.
 */
import {
  acceptMainWorldListing,
  acceptMainWorldMessage,
  mergeMainWorldCards,
  mergeMainWorldData,
  type MainWorldListingData,
  type MainWorldProductData,
} from '../sites/main-world';
import type { PageReading } from '../sites/types';

const KEEP_PRODUCTS = 20;
const KEEP_LISTINGS = 5;

export class MainWorldBridge {
  private readonly products = new Map<string, MainWorldProductData>();
  private readonly listings = new Map<string, MainWorldListingData[]>();

  /**
   * @param win the content script's window (messages must come from it)
   * @param expectedIds the item IDs the current page is about (URL ID, canonical global ID)
   * @param onData called after new data was accepted, so a waiting check can re-read
   */
  constructor(
    private readonly win: Window,
    private readonly expectedIds: () => (string | undefined)[],
    private readonly onData: () => void,
  ) {}

  handle = (event: MessageEvent): void => {
    const product = acceptMainWorldMessage(event, this.expectedIds(), { window: this.win });
    if (product) {
      this.products.delete(product.itemId);
      this.products.set(product.itemId, product);
      if (this.products.size > KEEP_PRODUCTS) this.products.delete(this.products.keys().next().value!);
      this.onData();
      return;
    }
    const pageUrl = this.win.location.href;
    const listing = acceptMainWorldListing(event, pageUrl, { window: this.win });
    if (listing) {
      const batches = this.listings.get(pageUrl) ?? [];
      batches.push(listing);
      this.listings.set(pageUrl, batches.slice(-50));
      if (this.listings.size > KEEP_LISTINGS) this.listings.delete(this.listings.keys().next().value!);
      this.onData();
    }
  };

  enrich(reading: PageReading): PageReading {
    if (reading.pageType === 'product' && reading.product) {
      const { itemId, globalItemId } = reading.product;
      const data = this.products.get(itemId) ?? (globalItemId ? this.products.get(globalItemId) : undefined);
      return data ? mergeMainWorldData(reading, data) : reading;
    }
    let merged = reading;
    for (const batch of this.listings.get(reading.url) ?? []) merged = mergeMainWorldCards(merged, batch);
    return merged;
  }
}
