/**
 * Page data only the page's own JavaScript world can see, handed to the isolated content script.
 *
 * Some data never reaches the DOM: AliExpress client-rendered product pages load their product over JSONP
 * (`mtop.aliexpress.pdp.pc.query`), and after in-app navigation Temu's `window.rawData` is stale while the new
 * goods arrive over `fetch`/XHR. A small observer in the MAIN world reads what the page already loaded and
 * posts it; the isolated world validates it and merges it into the reading.
 *
 * Wiring (done by the entrypoints owner):
 *   1. MAIN world, as early as possible, e.g. a WXT content script with `world: 'MAIN'`, `runAt: 'document_start'`,
 *      the same `matches` as the main content script:
 *        main() { installMainWorldObserver(window); }
 *      (import it from `lib/sites/main-world/observer` so the MAIN-world bundle carries nothing else)
 *      `installMainWorldObserver` is self-contained (uses nothing outside its body), so it can also be passed as
 *      `func` to `scripting.executeScript({ world: 'MAIN' })`.
 *   2. Isolated content script:
 *        window.addEventListener('message', (event) => {
 *          const product = acceptMainWorldMessage(event, [reading.product.itemId, reading.product.globalItemId]);
 *          if (product) reading = mergeMainWorldData(reading, product);
 *          const listing = acceptMainWorldListing(event, location.href);
 *          if (listing) reading = mergeMainWorldCards(reading, listing);
 *        });
 *        requestMainWorldReplay(); // data posted before this listener existed is sent again
 *
 * The observer never calls a marketplace API, never changes a request or response (responses are cloned), and
 * never touches Temu's `/api/phantom/` captcha endpoints. Messages are only hints: any page script can post the
 * same shape, so the isolated side checks source window, origin, shape and item ID, and only fills gaps.
 */
export {
  ISOLATED_SOURCE,
  MAIN_WORLD_SOURCE,
  type MainWorldListingMessage,
  type MainWorldPayload,
  type MainWorldProductMessage,
} from './main-world/messages';
export { installMainWorldObserver } from './main-world/observer';
export {
  acceptMainWorldListing,
  acceptMainWorldMessage,
  cardsFromTemuSearch,
  mergeMainWorldCards,
  mergeMainWorldData,
  requestMainWorldReplay,
  type MainWorldListingData,
  type MainWorldProductData,
} from './main-world/accept';
