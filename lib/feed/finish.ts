/**
 * Last step before validation: drops duplicates and empty values and keeps every list and text inside
 * the schema's limits, so a long-winded source row is trimmed instead of rejected.
 */
import type { HazardRecordInput, LocalizedText, MarketplaceRef } from '../hazards/schema';
import { truncate, uniqueBy, uniqueStrings } from './text';

type Product = HazardRecordInput['product'];

function texts(items: LocalizedText[] | undefined, max: number, maxLength: number): LocalizedText[] {
  return uniqueBy(
    (items ?? [])
      .map((t) => ({ lang: t.lang, text: truncate(t.text.trim(), maxLength) }))
      .filter((t) => t.text.length > 0),
    (t) => `${t.lang}|${t.text.toLowerCase()}`,
  ).slice(0, max);
}

function strings(
  items: readonly (string | undefined)[] | undefined,
  max: number,
  maxLength: number,
  minLength = 1,
): string[] {
  return uniqueStrings((items ?? []).map((s) => (s ? truncate(s, maxLength) : s)))
    .filter((s) => s.length >= minLength)
    .slice(0, max);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function marketplaces(items: MarketplaceRef[] | undefined): MarketplaceRef[] {
  return uniqueBy(
    (items ?? []).map((ref) => {
      const out: MarketplaceRef = { platform: ref.platform };
      if (ref.listingId && /^[A-Za-z0-9]{4,32}$/.test(ref.listingId)) out.listingId = ref.listingId;
      if (ref.url && isHttpUrl(ref.url)) out.url = ref.url;
      if (ref.shopName) out.shopName = truncate(ref.shopName, 300);
      if (ref.shopId && /^[A-Za-z0-9_-]{1,40}$/.test(ref.shopId)) out.shopId = ref.shopId;
      if (ref.raw) out.raw = truncate(ref.raw, 2000);
      return out;
    }),
    (r) =>
      `${r.platform}|${r.listingId ?? ''}|${r.url ?? ''}|${r.shopName ?? ''}|${r.shopId ?? ''}|${r.listingId || r.url || r.shopName ? '' : (r.raw ?? '')}`,
  ).slice(0, 100);
}

export function finishRecord(input: HazardRecordInput): HazardRecordInput {
  const product: Product = input.product;
  const gtins = strings(product.gtins, 100, 14);
  const finished: HazardRecordInput = {
    ...input,
    refs: strings(input.refs, 20, 100).filter((r) => r !== input.ref),
    actions: [...new Set(input.actions ?? [])].slice(0, 10),
    riskTypes: [...new Set(input.riskTypes ?? [])],
    chemicals: uniqueBy(input.chemicals ?? [], (c) => JSON.stringify(c)).slice(0, 50),
    hazardText: texts(input.hazardText, 10, 20_000),
    remedyText: texts(input.remedyText, 10, 20_000),
    product: {
      ...product,
      names: texts(product.names, 20, 1_000),
      ...(product.type && { type: truncate(product.type, 300) }),
      ...(product.categoryRaw && { categoryRaw: truncate(product.categoryRaw, 300) }),
      brands: strings(product.brands, 20, 200),
      models: strings(product.models, 100, 200),
      gtins,
      otherCodes: strings(product.otherCodes, 100, 200).filter((code) => !gtins.includes(code.padStart(14, '0'))),
      certNumbers: strings(product.certNumbers, 50, 40, 4),
      images: strings(product.images, 20, 2_000).filter(isHttpUrl),
    },
    marketplaces: marketplaces(input.marketplaces),
    linkedIds: strings(input.linkedIds, 50, 200),
  };
  if (finished.url && !isHttpUrl(finished.url)) delete finished.url;
  return finished;
}
