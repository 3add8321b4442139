/** The message protocol from the MAIN-world observer to the isolated content script (see ../main-world.ts). */
import type { Site } from '../types';

export const MAIN_WORLD_SOURCE = 'hazard-check-main';
/** Sent by the isolated script to have the observer post its latest messages again. */
export const ISOLATED_SOURCE = 'hazard-check-isolated';

export type MainWorldPayload =
  | { format: 'aliexpress-pdp'; result: Record<string, unknown> }
  | { format: 'temu-goods'; store: Record<string, unknown> };

export interface MainWorldProductMessage {
  source: typeof MAIN_WORLD_SOURCE;
  kind: 'product-data';
  site: Site;
  itemId: string;
  payload: MainWorldPayload;
}

export interface MainWorldListingMessage {
  source: typeof MAIN_WORLD_SOURCE;
  kind: 'listing-data';
  site: 'temu';
  /** `location.href` when the response arrived: listing data is bound to the page, not to an item. */
  pageUrl: string;
  payload: { format: 'temu-search'; goods: { goodsId: string; title?: string; mallId?: string }[] };
}
