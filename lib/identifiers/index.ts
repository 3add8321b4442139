/**
 * The one identifier module: barcodes, model numbers, standards that are not models, KC certificate
 * numbers, code keys, and marketplace listing IDs in URLs. The bottom layer: it imports nothing from the
 * rest of lib/ but the record schema, and the feed builder, matcher, page readers, reports, card badges
 * and the evaluation tool all use it, so both sides of a match read an identifier the same way.
 */
export { codeKey } from './code-key';
export { isRefusedGtin, refusedGtinReason, usableGtin } from './gtin';
export { isCertNumberLike, KC_CUE, KC_SHAPES, kcNumbersIn } from './kc';
export {
  canonicalListingUrl,
  aliexpressPathId,
  aliexpressProductOfPath,
  globalIdOfUsLocal,
  isAliExpressHost,
  isAliExpressShopHost,
  isTemuHost,
  listingIdsOfUrl,
  listingIdTwins,
  listingInText,
  listingKeyOf,
  objectIdOfHref,
  parseListingUrl,
  temuGoodsIdOfPath,
  temuPathParts,
  usLocalIdOfGlobal,
  type ListingSite,
  type ListingUrl,
} from './listing-url';
export {
  expandSiblings,
  isDistinctiveCode,
  isModelLike,
  modelShape,
  recordModelKey,
  splitModels,
  type ModelShape,
} from './models';
export { isStandardLike, isUnitLike, STANDARDS, UNIT_LIMITS } from './standards';
