/**
 * The bundled default dataset, generated from a built feed: what a first-install user most needs before
 * the first sync, within a size budget. In order of need:
 *
 *   1. every record that names a marketplace listing or a seller (the re-listings the extension exists for)
 *   2. children's products, cosmetics and jewellery published in the last five years
 *
 * Korean sources first within each group, then newest first. Records without an official link are left
 * out: every bundled warning must cite its notice. The bundle names each source with its licence and
 * attribution.
 */
import { gzipSync } from 'node:zlib';
import type { HazardRecord, SourceFamily } from '../hazards/schema';

/** 1 MB of gzip in the package. */
export const DEFAULT_BUNDLE_BUDGET_BYTES = 1_000_000;
const RECENT_YEARS = 5;
const RECENT_CATEGORIES = new Set(['cosmetics', 'jewellery']);

/** Who publishes each source's data, and on what terms we redistribute it. */
export const SOURCE_ATTRIBUTION: Record<SourceFamily, { publisher: string; licence: string; url: string }> = {
  'eu-safety-gate': {
    publisher: 'European Commission – Safety Gate',
    licence: '© European Union, Creative Commons Attribution 4.0 (CC BY 4.0), Commission reuse policy',
    url: 'https://ec.europa.eu/safety-gate-alerts/',
  },
  'us-cpsc': {
    publisher: 'U.S. Consumer Product Safety Commission',
    licence: 'U.S. Government work, public domain',
    url: 'https://www.cpsc.gov/Recalls',
  },
  'ca-health-canada': {
    publisher: 'Health Canada – Recalls and safety alerts',
    licence: 'Contains information licensed under the Open Government Licence – Canada',
    url: 'https://recalls-rappels.canada.ca/',
  },
  'kr-safetykorea': {
    publisher: '국가기술표준원 SafetyKorea (Korean Agency for Technology and Standards)',
    licence: 'Korean public data (공공누리 제1유형, KOGL Type 1): free reuse with attribution of the source',
    url: 'https://www.safetykorea.kr/',
  },
  curated: {
    publisher: 'Hazard Check curated lists (from public regulator notices)',
    licence: 'MIT, facts from the cited public notices',
    url: 'https://github.com/',
  },
  'au-accc': {
    publisher: 'Australian Competition and Consumer Commission – Product Safety Australia',
    licence: '© Commonwealth of Australia, Creative Commons Attribution 4.0 (CC BY 4.0)',
    url: 'https://www.productsafety.gov.au/',
  },
  community: {
    publisher: 'Hazard Check shoppers\u2019 reports, confirmed by the maintainers (each cites its evidence)',
    licence: 'MIT, facts from the cited public evidence',
    url: 'https://github.com/',
  },
  'kr-consumer24': {
    publisher:
      '공정거래위원회 소비자24 (Consumer24, Korea Fair Trade Commission), with the originating agency of each notice',
    licence: 'Korean public data (공공누리 제1유형, KOGL Type 1): free reuse with attribution of the source',
    url: 'https://www.consumer.go.kr/',
  },
};

export interface BundleSource {
  source: SourceFamily;
  count: number;
  publisher: string;
  licence: string;
  url: string;
}

export interface Bundle {
  /** Newest notice date among the bundled records. */
  dataAsOf: string;
  /** When the feed the bundle was made from was built. */
  generatedAt: string;
  sources: BundleSource[];
  records: HazardRecord[];
}

export interface BundleReport {
  bundle: Bundle;
  gzipBytes: number;
  /** Records that qualified, before the size budget. */
  candidates: number;
  byGroup: { listingOrSeller: number; recent: number };
}

const namesListingOrSeller = (r: HazardRecord) => r.marketplaces.some((m) => m.listingId || m.shopName || m.shopId);

function isRecentNeed(record: HazardRecord, since: string): boolean {
  if (!record.publishedAt || record.publishedAt.slice(0, 10) < since) return false;
  return record.product.forChildren || RECENT_CATEGORIES.has(record.product.category);
}

const isKorean = (r: HazardRecord) => r.jurisdiction === 'KR';

/** Bundle text: one record per line, so a regenerated bundle diffs record by record. */
export function bundleText(bundle: Bundle): string {
  const { records, ...head } = bundle;
  const headJson = JSON.stringify(head);
  return `${headJson.slice(0, -1)},"records":[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}

export function selectBundle(
  records: readonly HazardRecord[],
  options: { generatedAt: string; budgetBytes?: number },
): BundleReport {
  const budget = options.budgetBytes ?? DEFAULT_BUNDLE_BUDGET_BYTES;
  const reference = new Date(options.generatedAt);
  const since = new Date(
    Date.UTC(reference.getUTCFullYear() - RECENT_YEARS, reference.getUTCMonth(), reference.getUTCDate()),
  )
    .toISOString()
    .slice(0, 10);

  const ranked = records
    .filter((r) => r.url)
    .map((record) => ({ record, group: namesListingOrSeller(record) ? 0 : isRecentNeed(record, since) ? 1 : 2 }))
    .filter((entry) => entry.group < 2)
    .sort(
      (a, b) =>
        a.group - b.group ||
        Number(isKorean(b.record)) - Number(isKorean(a.record)) ||
        (b.record.publishedAt ?? '').localeCompare(a.record.publishedAt ?? '') ||
        a.record.id.localeCompare(b.record.id),
    );

  const bundleOf = (count: number): Bundle => {
    const chosen = ranked.slice(0, count).map((entry) => entry.record);
    const counts = new Map<SourceFamily, number>();
    for (const record of chosen) counts.set(record.source, (counts.get(record.source) ?? 0) + 1);
    const dates = chosen
      .map((r) => r.publishedAt?.slice(0, 10))
      .filter((d): d is string => !!d)
      .sort();
    return {
      dataAsOf: dates.pop() ?? options.generatedAt.slice(0, 10),
      generatedAt: options.generatedAt.slice(0, 10),
      sources: [...counts].map(([source, count]) => ({ source, count, ...SOURCE_ATTRIBUTION[source] })),
      records: chosen,
    };
  };
  const sizeOf = (count: number) => gzipSync(bundleText(bundleOf(count))).length;

  // The largest prefix of the ranking that fits the budget (size grows with the prefix).
  let low = 0;
  let high = ranked.length;
  if (sizeOf(high) > budget) {
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (sizeOf(mid) <= budget) low = mid;
      else high = mid - 1;
    }
  } else low = high;
  const bundle = bundleOf(low);
  return {
    bundle,
    gzipBytes: sizeOf(low),
    candidates: ranked.length,
    byGroup: {
      listingOrSeller: bundle.records.filter(namesListingOrSeller).length,
      recent: bundle.records.filter((r) => !namesListingOrSeller(r)).length,
    },
  };
}
