/**
 * One record per notice, links between notices about the same product.
 *
 * - The same record ID from several inputs (a CPSC recall in both the API file and the CSV) is merged:
 *   the first input's values win, lists are united, the longer text per language is kept.
 * - Records of different notices are linked through `linkedIds` when a notice points at the other
 *   (CPSC `Inconjunctions` → Health Canada URL, SafetyKorea foreign `recallUrl` → origin notice), or when
 *   they share a valid GTIN, a normalised brand + model, or a brand + specific product name. Keys shared by many records (a placeholder
 *   barcode, a generic brand) link nothing.
 */
import type { HazardRecord, LocalizedText } from '../hazards/schema';
import { uniqueBy } from './text';

export interface LinkableRecord {
  record: HazardRecord;
  linkUrls: string[];
}

/** Keys shared by more records than this are too generic to mean "same product". */
const MAX_GROUP = 6;

/** Text without a trailing ellipsis, lower case: a cut copy is a prefix of the full text. */
const stem = (text: string) =>
  text
    .replace(/(?:\.\.\.|…)$/, '')
    .trim()
    .toLowerCase();
const sameText = (x: string, y: string) => stem(x).startsWith(stem(y)) || stem(y).startsWith(stem(x));

/** Unites two text lists; of a cut copy ("The magnets can detach…") and the full text, the longer stays. */
function longestPerLanguage(first: LocalizedText[], second: LocalizedText[]): LocalizedText[] {
  const out = [...first];
  for (const text of second) {
    const same = out.findIndex((t) => t.lang === text.lang && sameText(t.text, text.text));
    if (same < 0) out.push(text);
    else if (text.text.length > out[same]!.text.length) out[same] = text;
  }
  return out.slice(0, 10);
}

const union = <T>(a: T[], b: T[], max: number, key: (t: T) => string = (t) => JSON.stringify(t).toLowerCase()) =>
  uniqueBy([...a, ...b], key).slice(0, max);

export function mergeRecords(first: HazardRecord, second: HazardRecord): HazardRecord {
  const p = first.product;
  const q = second.product;
  return {
    ...second,
    ...first,
    refs: union(first.refs, second.refs, 20).filter((r) => r !== first.ref),
    url: first.url ?? second.url,
    publishedAt: first.publishedAt ?? second.publishedAt,
    updatedAt: [first.updatedAt, second.updatedAt].filter(Boolean).sort().pop(),
    actions: union(first.actions, second.actions, 10),
    riskTypes: union(first.riskTypes, second.riskTypes, 22),
    riskLevel: first.riskLevel !== 'unknown' ? first.riskLevel : second.riskLevel,
    chemicals: union(first.chemicals, second.chemicals, 50, (c) => c.name + (c.measured ?? '')),
    hazardText: longestPerLanguage(first.hazardText, second.hazardText),
    remedyText: longestPerLanguage(first.remedyText, second.remedyText),
    product: {
      ...q,
      ...p,
      names: union(p.names, q.names, 20, (n) => n.text.toLowerCase()),
      type: p.type ?? q.type,
      category: p.category !== 'other' ? p.category : q.category,
      categoryRaw: p.categoryRaw ?? q.categoryRaw,
      forChildren: p.forChildren || q.forChildren,
      brands: union(p.brands, q.brands, 20),
      models: union(p.models, q.models, 100),
      gtins: union(p.gtins, q.gtins, 100),
      otherCodes: union(p.otherCodes, q.otherCodes, 100),
      certNumbers: union(p.certNumbers, q.certNumbers, 50),
      images: union(p.images, q.images, 20),
      originCountry: p.originCountry ?? q.originCountry,
    },
    marketplaces: union(first.marketplaces, second.marketplaces, 100),
    linkedIds: union(first.linkedIds, second.linkedIds, 50),
  };
}

export interface MergeResult {
  records: LinkableRecord[];
  /** Rows folded into an earlier row with the same ID, per source label. */
  mergedDuplicates: number;
}

export function mergeById(rows: LinkableRecord[]): MergeResult {
  const byId = new Map<string, LinkableRecord>();
  let mergedDuplicates = 0;
  for (const row of rows) {
    const known = byId.get(row.record.id);
    if (known) {
      mergedDuplicates++;
      byId.set(row.record.id, {
        record: mergeRecords(known.record, row.record),
        linkUrls: [...new Set([...known.linkUrls, ...row.linkUrls])],
      });
    } else byId.set(row.record.id, row);
  }
  return { records: [...byId.values()], mergedDuplicates };
}

/** Comparable URL: no scheme, no `www.`, no query/fragment (except Safety Gate's `reference=`), no trailing slash. */
export function normaliseUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    const reference = parsed.searchParams.get('reference');
    const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
    const pathname = decodeURIComponent(parsed.pathname).replace(/\/+$/, '').toLowerCase();
    return `${host}${pathname}${reference ? `?reference=${reference.toUpperCase()}` : ''}`;
  } catch {
    return url.trim().toLowerCase();
  }
}

/** Brand key: NFKC, lower case, no punctuation or company-form words. */
export function brandKey(brand: string): string {
  return brand
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\b(?:co|corp|corporation|company|ltd|limited|inc|llc|gmbh|s\.?a|s\.?r\.?l|b\.?v|ag|plc|of)\b\.?/g, ' ')
    .replace(/주식회사|\(주\)|㈜/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Model key: upper case, letters and digits only. */
export function modelKey(model: string): string {
  return model
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '');
}

/** Brands shared by more records than this are compared by name only within smaller groups. */
const MAX_BRAND_GROUP = 60;

const phrase = (text: string) =>
  ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** Names that say which product it is: at least two words and ten letters, not the generic type. */
function specificNames(record: HazardRecord): string[] {
  const type = record.product.type ? phrase(record.product.type) : undefined;
  return record.product.names
    .map((n) => phrase(n.text))
    .filter((p) => p !== type && p.trim().split(' ').length >= 2 && p.replace(/[\s\d]/g, '').length >= 10);
}

const containsPhrase = (haystack: string, needle: string) => haystack.includes(needle);

const modelKeyUsable = (key: string) => key.length >= 4 && /\d/.test(key) && !/^\d{1,5}$/.test(key);

export interface LinkStats {
  /** Distinct record pairs linked, by the first rule that linked them. */
  pairs: { url: number; gtin: number; brandModel: number; brandName: number };
  /** Records with at least one link to a record of another source family. */
  crossSourceRecords: number;
  /** Records with at least one link at all. */
  linkedRecords: number;
}

export function linkRecords(items: LinkableRecord[]): { records: HazardRecord[]; stats: LinkStats } {
  const links = new Map<string, Set<string>>();
  const stats: LinkStats = {
    pairs: { url: 0, gtin: 0, brandModel: 0, brandName: 0 },
    crossSourceRecords: 0,
    linkedRecords: 0,
  };
  const link = (a: string, b: string, rule: keyof LinkStats['pairs']) => {
    if (a === b) return;
    const setA = links.get(a) ?? new Set<string>();
    if (setA.has(b)) return;
    setA.add(b);
    links.set(a, setA);
    const setB = links.get(b) ?? new Set<string>();
    setB.add(a);
    links.set(b, setB);
    stats.pairs[rule]++;
  };

  const byUrl = new Map<string, string[]>();
  for (const { record } of items) {
    for (const url of [record.url].filter((u): u is string => !!u)) {
      const key = normaliseUrl(url);
      const ids = byUrl.get(key);
      if (ids) ids.push(record.id);
      else byUrl.set(key, [record.id]);
    }
  }
  for (const { record, linkUrls } of items) {
    for (const url of linkUrls) {
      for (const target of byUrl.get(normaliseUrl(url)) ?? []) link(record.id, target, 'url');
    }
  }

  const groups = (keysOf: (record: HazardRecord) => string[]) => {
    const index = new Map<string, Set<string>>();
    for (const { record } of items) {
      for (const key of new Set(keysOf(record))) index.set(key, (index.get(key) ?? new Set()).add(record.id));
    }
    return [...index.values()].filter((ids) => ids.size > 1 && ids.size <= MAX_GROUP);
  };
  for (const ids of groups((r) => r.product.gtins)) {
    const list = [...ids];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) link(list[i]!, list[j]!, 'gtin');
  }
  const brandModelKeys = (record: HazardRecord) =>
    record.product.brands
      .flatMap((brand) =>
        record.product.models
          .map(modelKey)
          .filter(modelKeyUsable)
          .map((model) => `${brandKey(brand)}|${model}`),
      )
      .filter((key) => !key.startsWith('|'));
  for (const ids of groups(brandModelKeys)) {
    const list = [...ids];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) link(list[i]!, list[j]!, 'brandModel');
  }

  // Across sources: same brand and one record's specific product name inside the other's ("Baby Biceps Gift Set" in
  // "Dumbbell toy sold with Baby Biceps Gift Set"). Generic type names never count.
  const byBrand = new Map<string, HazardRecord[]>();
  for (const { record } of items) {
    for (const key of new Set(record.product.brands.map(brandKey).filter((k) => k.length >= 2))) {
      const group = byBrand.get(key);
      if (group) group.push(record);
      else byBrand.set(key, [record]);
    }
  }
  for (const group of byBrand.values()) {
    if (group.length < 2 || group.length > MAX_BRAND_GROUP) continue;
    const names = group.map(specificNames);
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        // Within one authority a brand's notices about a product line are separate notices, not one product.
        if (group[i]!.source === group[j]!.source) continue;
        const contained = names[i]!.some((a) => names[j]!.some((b) => containsPhrase(a, b) || containsPhrase(b, a)));
        if (contained) link(group[i]!.id, group[j]!.id, 'brandName');
      }
    }
  }

  const familyOf = new Map(items.map(({ record }) => [record.id, record.source]));
  const records = items.map(({ record }) => {
    const linked = links.get(record.id);
    if (!linked) return record;
    stats.linkedRecords++;
    if ([...linked].some((id) => familyOf.get(id) !== record.source)) stats.crossSourceRecords++;
    return { ...record, linkedIds: [...new Set([...record.linkedIds, ...linked])].sort().slice(0, 50) };
  });
  return { records, stats };
}
