/**
 * Source health: per source family, how many records its inputs listed this build, a hash of what is
 * published, and counts per sub-list. A build refuses a source that listed much less than last time or
 * lost a sub-list it had (a partly failed download), unless the publisher accepts that shrink by name.
 */
import { createHash } from 'node:crypto';
import type { HazardRecord, SourceFamily } from '../hazards/schema';
import { sortRecords } from './codec';
import type { SourceHealth } from './format';

/** A source may list this share fewer records than last time before the build refuses it. */
export const DEFAULT_MAX_SHRINK = 0.1;

/**
 * Lists a source publishes separately, each of which can fail alone. Derived from the record, since
 * merged records no longer say which input file they came from.
 */
const SUB_LIST_OF: Partial<Record<SourceFamily, (record: HazardRecord) => string>> = {
  // The adapter names the foreign list in the authority (lib/feed/sources/safetykorea.ts).
  'kr-safetykorea': (record) => (/\(foreign recall/.test(record.authority) ? 'foreign' : 'domestic'),
};

export function sourceHealth(
  listed: readonly HazardRecord[],
  published: readonly HazardRecord[],
): Record<string, SourceHealth> {
  const health: Record<string, SourceHealth> = {};
  const byFamily = new Map<string, HazardRecord[]>();
  for (const record of published) {
    const list = byFamily.get(record.source);
    if (list) list.push(record);
    else byFamily.set(record.source, [record]);
  }
  const listedCount = new Map<string, number>();
  const subLists = new Map<string, Record<string, number>>();
  for (const record of listed) {
    listedCount.set(record.source, (listedCount.get(record.source) ?? 0) + 1);
    const subListOf = SUB_LIST_OF[record.source];
    if (!subListOf) continue;
    const counts = subLists.get(record.source) ?? {};
    const name = subListOf(record);
    counts[name] = (counts[name] ?? 0) + 1;
    subLists.set(record.source, counts);
  }
  for (const [family, records] of [...byFamily].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // Hashed line by line: a million records' text is more than one string can hold.
    const hash = createHash('sha256');
    for (const record of sortRecords(records)) hash.update(`${JSON.stringify(record)}\n`);
    health[family] = {
      listed: listedCount.get(family) ?? 0,
      records: records.length,
      sha256: hash.digest('hex'),
      subLists: subLists.get(family) ?? {},
    };
  }
  return health;
}

export interface ShrinkProblem {
  source: string;
  message: string;
}

/**
 * Sources that listed more than `maxShrink` fewer records than the previous version, or lost a sub-list.
 * Only families that listed something this time are compared: a family with no input at all is
 * carried over whole (and warned about) by the build.
 */
export function findShrinks(
  current: Record<string, SourceHealth>,
  previous: { sourceHealth?: Record<string, SourceHealth>; sources: Record<string, number>; version: number },
  options: { maxShrink?: number; accepted?: readonly string[] } = {},
): ShrinkProblem[] {
  const maxShrink = options.maxShrink ?? DEFAULT_MAX_SHRINK;
  const accepted = new Set(options.accepted ?? []);
  const problems: ShrinkProblem[] = [];
  for (const [source, now] of Object.entries(current)) {
    if (now.listed === 0 || accepted.has(source)) continue;
    const before = previous.sourceHealth?.[source];
    // Manifests written before source health existed only have the published count.
    const listedBefore = before?.listed ?? previous.sources[source] ?? 0;
    if (listedBefore > 0 && (listedBefore - now.listed) / listedBefore > maxShrink) {
      problems.push({
        source,
        message:
          `${source} listed ${now.listed} records, ${listedBefore - now.listed} fewer than the ${listedBefore} of version ${previous.version} ` +
          `(more than ${Math.round(maxShrink * 100)}% less)`,
      });
      continue;
    }
    for (const [subList, count] of Object.entries(before?.subLists ?? {})) {
      if (count > 0 && !now.subLists[subList]) {
        problems.push({
          source,
          message: `${source} lost its ${subList} list (${count} records in version ${previous.version}, none now)`,
        });
      }
    }
  }
  return problems;
}

export class SourceShrinkError extends Error {
  constructor(readonly problems: ShrinkProblem[]) {
    super(
      [
        'refusing to publish: a source shrank, which usually means its download failed partly.',
        ...problems.map((problem) => `  ${problem.message}`),
        'Check the fetch report; fetch again once the source is back. If the source really removed them, build again with ' +
          [...new Set(problems.map((problem) => `--accept-shrink ${problem.source}`))].join(' ') +
          ' (records it no longer lists are kept either way).',
      ].join('\n'),
    );
    this.name = 'SourceShrinkError';
  }
}
