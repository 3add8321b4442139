/** What a marketplace adapter reads off a page. Pure data: safe to send between contexts. */

export type Site = 'aliexpress' | 'temu';
/** `cart`, `checkout` and `orders` (order list and order detail) list line items as cards. */
export type PageType = 'product' | 'search' | 'store' | 'cart' | 'checkout' | 'orders' | 'other';

/** Pages whose cards are items the user is buying or bought, rather than search results. */
export const PURCHASE_PAGE_TYPES: readonly PageType[] = ['cart', 'checkout', 'orders'];

/**
 * `ok`: read; `challenge`: slider/punish/security check; `not-found`: a 404 page (AliExpress answers 200);
 * `unavailable`: listing blocked or sold out; `unsupported`: a page we do not read; `unreadable`: we expected
 * data and could not find it (markup changed). Everything but `ok` is shown as "not checked", never "safe".
 */
export type PageState = 'ok' | 'challenge' | 'not-found' | 'unavailable' | 'unsupported' | 'unreadable';

export interface PageUrlInfo {
  site: Site;
  pageType: PageType;
  /** The item ID in the URL (AliExpress .us gives a local 3256… ID here). */
  itemId?: string;
  /** Store number (AliExpress storeNum) or Temu mall_id from the URL. */
  storeId?: string;
  /** Temu locale prefix (`kr`, `pk-en`) or AliExpress language subdomain (`ko`, `es`). */
  locale?: string;
  /** Order detail pages: the order number in the URL (AliExpress `orderId`, Temu `parent_order_sn`). */
  orderId?: string;
}

export interface Seller {
  name?: string;
  id?: string;
}

export interface ProductReading {
  /** The ID in the URL of the page being read. */
  itemId: string;
  /** AliExpress canonical `1005…` ID (differs from itemId on aliexpress.us); Temu: equals itemId. */
  globalItemId?: string;
  title?: string;
  seller?: Seller;
  brand?: string;
  models?: string[];
  /** Other identifiers the page states: GTIN/EAN/UPC, KC certification numbers, … */
  identifiers?: { kind: 'gtin' | 'kc' | 'other'; value: string }[];
  category?: string[];
  image?: string;
  price?: { amount: number; currency?: string };
}

export interface CardReading {
  /** The card's key: the global ID when the card gives it (AliExpress `x_object_id`), else the link's ID. */
  itemId: string;
  globalItemId?: string;
  /** The site-local ID from the card link when it differs from the global one (aliexpress.us `3256…`). */
  localItemId?: string;
  title?: string;
  /** Store the card belongs to: Temu mall_id on a store page, or when the card states it. */
  storeId?: string;
  /** Cart, checkout and order lines: the shop the line is grouped under. */
  seller?: Seller;
  /** Cart, checkout and order lines: the chosen variant as the page states it ("Blue, EU plug"). */
  variant?: string;
  /** Order lines: the order the item belongs to, and its date (ISO `YYYY-MM-DD` when the page's date parses). */
  orderId?: string;
  orderDate?: string;
}

export interface PageReading {
  site: Site;
  pageType: PageType;
  state: PageState;
  url: string;
  product?: ProductReading;
  cards?: CardReading[];
  /** Why the page is not `ok`, for the "not checked" explanation. */
  reason?: string;
}

/** One adapter per marketplace. `doc` is passed in so adapters stay pure and testable on saved pages. */
export interface SiteAdapter {
  site: Site;
  matchesHost(host: string): boolean;
  classifyUrl(url: URL): PageUrlInfo | null;
  read(url: URL, doc: Document): PageReading;
}
