/**
 * Scoring the matcher against labelled listings (../shared/eval/README.md): precision and recall of
 * warnings, agreement on the `similar` tier, warnings on plain negatives, curated listing-ID cases, and
 * every false warning and missed match listed for inspection. Pure functions; the CLI reads the files.
 */
import type { HazardRecord, SourceFamily } from '../hazards/schema';
import { parseListingUrl } from '../identifiers';
import { RULES } from './rules';
import { isWarningTier, TIERS } from './tiers';
import type { ListingQuery, Match } from './types';

export interface ListingLine {
  id: string;
  site: 'aliexpress' | 'temu';
  url: string;
  title: string;
  seller?: string | null;
  lang?: string;
}

export interface LabelLine {
  listing: string;
  source: string | null;
  ref: string | null;
  expect: 'match' | 'similar' | 'none';
}

/** Label files name the Korean family by its agency. */
const SOURCE_ALIASES: Record<string, SourceFamily> = { 'kr-kats': 'kr-safetykorea' };

export function familyOf(source: string): string {
  return SOURCE_ALIASES[source] ?? source;
}

export function parseJsonLines<T>(text: string, what: string): T[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }) => {
      try {
        return JSON.parse(line) as T;
      } catch (error) {
        throw new Error(`${what} line ${n}: ${(error as Error).message}`, { cause: error });
      }
    });
}

/** The listing as the matcher sees it. The item ID comes from the URL; the URL's words are never read. */
export function queryOf(listing: ListingLine): ListingQuery {
  const parsed = parseListingUrl(listing.url);
  return {
    site: parsed?.site ?? listing.site,
    ...(parsed ? { itemId: parsed.itemId } : {}),
    title: listing.title,
    ...(listing.seller ? { seller: listing.seller } : {}),
  };
}

/** The rule, the evidence in words, and the brand's other reported products. */
function reasonsOf(m: Match): string[] {
  const reasons = [...m.evidence.map((e) => `${e.kind}: "${e.listingValue}" ~ "${e.recordValue}" (${e.how})`)];
  if (m.otherRecordsOfBrand)
    reasons.push(`other products of this brand were reported: ${m.otherRecordsOfBrand} more record(s)`);
  return reasons;
}

/** One result line of `npm run match`. */
export interface MatchLine {
  id: string;
  matches: { source: string; ref: string; tier: Match['tier']; rule: string; score: number; reasons: string[] }[];
}

export function matchLine(id: string, matches: Match[]): MatchLine {
  return {
    id,
    matches: matches.map((m) => ({
      source: m.source,
      ref: m.ref,
      tier: m.tier,
      rule: m.rule,
      score: Math.round(m.score * 1000) / 1000,
      reasons: reasonsOf(m),
    })),
  };
}

export interface PairOutcome {
  listing: string;
  title: string;
  source: string;
  ref: string;
  expect: LabelLine['expect'] | 'plain-negative' | 'unlabelled';
  got: Match['tier'] | 'none';
  rule?: string;
  reasons: string[];
}

export interface EvalReport {
  listings: number;
  labelledPairs: number;
  warnings: { total: number; correct: number; onUnlabelledPairs: number };
  precision: number;
  recall: number;
  matchPairs: number;
  matchPairsWarned: number;
  similarPairs: { total: number; similar: number; silent: number; warned: number };
  similarResultsOnLabelledPairs: {
    total: number;
    labelledSimilar: number;
    labelledMatch: number;
    labelledNone: number;
  };
  plainNegatives: { listings: number; warned: number; rate: number };
  curated: { cases: number; exact: number };
  /** Korean-language listings only. */
  korean: { matchPairs: number; warned: number; falseWarnings: number };
  falseWarnings: PairOutcome[];
  missedMatches: PairOutcome[];
  curatedMisses: PairOutcome[];
  /** Warnings on pairs the labels do not list (not scored; shown for inspection). */
  unscoredWarnings: PairOutcome[];
  /** `similar` results on pairs labelled `none`. */
  similarOnNone: PairOutcome[];
  /** Per matching rule: listings it fired on, and how its results fell on labelled pairs. */
  rules: RuleStats[];
}

export interface RuleStats {
  rule: string;
  /** Listings the rule produced a result on. */
  listings: number;
  /** Right results (a warning on a `match` pair; a similar note on a `match` or `similar` pair), wrong ones, unlabelled. */
  right: number;
  wrong: number;
  unscored: number;
  /** right / (right + wrong); 1 when nothing was scored. */
  precision: number;
}

/** A rule that fires this rarely is a special case, not a general rule. */
export const RARE_RULE_LISTINGS = 2;

interface Ref {
  source: string;
  refs: Set<string>;
}

export function evaluate(
  listings: ListingLine[],
  labels: LabelLine[],
  records: HazardRecord[],
  results: Map<string, Match[]>,
): EvalReport {
  const refsById = new Map<string, Ref>();
  for (const r of records) refsById.set(r.id, { source: r.source, refs: new Set([r.ref, ...r.refs]) });
  const labelsByListing = new Map<string, LabelLine[]>();
  for (const label of labels) {
    const list = labelsByListing.get(label.listing) ?? [];
    list.push(label);
    labelsByListing.set(label.listing, list);
  }
  const labelFor = (listing: string, match: Match): LabelLine | undefined => {
    const ref = refsById.get(match.recordId) ?? { source: match.source, refs: new Set([match.ref]) };
    return labelsByListing
      .get(listing)
      ?.find((l) => l.source !== null && familyOf(l.source) === ref.source && l.ref !== null && ref.refs.has(l.ref));
  };
  const matchFor = (listing: string, label: LabelLine): Match | undefined =>
    (results.get(listing) ?? []).find((m) => {
      const ref = refsById.get(m.recordId) ?? { source: m.source, refs: new Set([m.ref]) };
      return (
        label.source !== null && familyOf(label.source) === ref.source && label.ref !== null && ref.refs.has(label.ref)
      );
    });

  const report: EvalReport = {
    listings: listings.length,
    labelledPairs: labels.filter((l) => l.source !== null).length,
    warnings: { total: 0, correct: 0, onUnlabelledPairs: 0 },
    precision: 1,
    recall: 1,
    matchPairs: 0,
    matchPairsWarned: 0,
    similarPairs: { total: 0, similar: 0, silent: 0, warned: 0 },
    similarResultsOnLabelledPairs: { total: 0, labelledSimilar: 0, labelledMatch: 0, labelledNone: 0 },
    plainNegatives: { listings: 0, warned: 0, rate: 0 },
    curated: { cases: 0, exact: 0 },
    korean: { matchPairs: 0, warned: 0, falseWarnings: 0 },
    falseWarnings: [],
    missedMatches: [],
    curatedMisses: [],
    unscoredWarnings: [],
    similarOnNone: [],
    rules: [],
  };
  const ruleStats = new Map<string, RuleStats & { seen: Set<string> }>();
  for (const rule of RULES)
    ruleStats.set(rule.id, {
      rule: rule.id,
      listings: 0,
      right: 0,
      wrong: 0,
      unscored: 0,
      precision: 1,
      seen: new Set(),
    });
  const countRule = (listing: string, m: Match, label: LabelLine | undefined, plainNegative: boolean) => {
    let stats = ruleStats.get(m.rule);
    if (!stats) {
      stats = { rule: m.rule, listings: 0, right: 0, wrong: 0, unscored: 0, precision: 1, seen: new Set() };
      ruleStats.set(m.rule, stats);
    }
    stats.seen.add(listing);
    if (label?.expect === 'match' || (!isWarningTier(m.tier) && label?.expect === 'similar')) stats.right++;
    else if (label || plainNegative) stats.wrong++;
    else stats.unscored++;
  };
  const outcome = (
    listing: ListingLine,
    m: Match | undefined,
    label: LabelLine | undefined,
    expect: PairOutcome['expect'],
  ): PairOutcome => ({
    listing: listing.id,
    title: listing.title,
    source: m?.source ?? familyOf(label?.source ?? ''),
    ref: m?.ref ?? label?.ref ?? '',
    expect,
    got: m?.tier ?? 'none',
    ...(m ? { rule: m.rule } : {}),
    reasons: m ? reasonsOf(m) : [],
  });

  for (const listing of listings) {
    const matches = results.get(listing.id) ?? [];
    const own = labelsByListing.get(listing.id) ?? [];
    const plainNegative = own.some((l) => l.source === null);
    const korean = listing.lang === 'ko';
    if (plainNegative) report.plainNegatives.listings++;
    let warnedPlain = false;
    for (const m of matches) {
      const label = labelFor(listing.id, m);
      countRule(listing.id, m, label, plainNegative);
      if (!isWarningTier(m.tier)) {
        if (!label) continue;
        report.similarResultsOnLabelledPairs.total++;
        if (label.expect === 'similar') report.similarResultsOnLabelledPairs.labelledSimilar++;
        else if (label.expect === 'match') report.similarResultsOnLabelledPairs.labelledMatch++;
        else {
          report.similarResultsOnLabelledPairs.labelledNone++;
          report.similarOnNone.push(outcome(listing, m, label, 'none'));
        }
        continue;
      }
      if (label) {
        report.warnings.total++;
        if (label.expect === 'match') report.warnings.correct++;
        else {
          report.falseWarnings.push(outcome(listing, m, label, label.expect));
          if (korean) report.korean.falseWarnings++;
        }
      } else if (plainNegative) {
        report.warnings.total++;
        warnedPlain = true;
        report.falseWarnings.push(outcome(listing, m, undefined, 'plain-negative'));
        if (korean) report.korean.falseWarnings++;
      } else {
        report.warnings.onUnlabelledPairs++;
        report.unscoredWarnings.push(outcome(listing, m, undefined, 'unlabelled'));
      }
    }
    if (warnedPlain) report.plainNegatives.warned++;
    for (const label of own) {
      if (label.source === null) continue;
      const m = matchFor(listing.id, label);
      if (label.expect === 'match') {
        report.matchPairs++;
        if (korean) report.korean.matchPairs++;
        const warned = m !== undefined && isWarningTier(m.tier);
        if (warned) {
          report.matchPairsWarned++;
          if (korean) report.korean.warned++;
        } else report.missedMatches.push(outcome(listing, m, label, 'match'));
        if (familyOf(label.source) === 'curated') {
          report.curated.cases++;
          if (m && TIERS[m.tier].identifies) report.curated.exact++;
          else report.curatedMisses.push(outcome(listing, m, label, 'match'));
        }
      } else if (label.expect === 'similar') {
        report.similarPairs.total++;
        if (!m) report.similarPairs.silent++;
        else if (!isWarningTier(m.tier)) report.similarPairs.similar++;
        else report.similarPairs.warned++;
      }
    }
  }
  report.precision = report.warnings.total === 0 ? 1 : report.warnings.correct / report.warnings.total;
  report.recall = report.matchPairs === 0 ? 1 : report.matchPairsWarned / report.matchPairs;
  report.rules = [...ruleStats.values()].map(({ seen, ...stats }) => ({
    ...stats,
    listings: seen.size,
    precision: stats.right + stats.wrong === 0 ? 1 : stats.right / (stats.right + stats.wrong),
  }));
  report.plainNegatives.rate =
    report.plainNegatives.listings === 0 ? 0 : report.plainNegatives.warned / report.plainNegatives.listings;
  return report;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function formatReport(report: EvalReport, verbose = false): string {
  const lines: string[] = [];
  const r = report;
  lines.push(`listings ${r.listings}, labelled pairs ${r.labelledPairs}`);
  lines.push(
    `precision ${r.precision.toFixed(4)} (${r.warnings.correct}/${r.warnings.total} warnings hit a match pair; ${r.warnings.onUnlabelledPairs} more on unlabelled pairs, not scored)`,
  );
  lines.push(`recall    ${r.recall.toFixed(4)} (${r.matchPairsWarned}/${r.matchPairs} match pairs warned)`);
  lines.push(
    `korean    ${r.korean.warned}/${r.korean.matchPairs} match pairs warned, ${r.korean.falseWarnings} false warnings`,
  );
  lines.push(
    `similar pairs ${r.similarPairs.total}: ${r.similarPairs.similar} similar, ${r.similarPairs.silent} silent, ${r.similarPairs.warned} warned`,
  );
  const s = r.similarResultsOnLabelledPairs;
  lines.push(
    `similar results on labelled pairs ${s.total}: ${s.labelledSimilar} labelled similar (${pct(s.total ? s.labelledSimilar / s.total : 1)}), ${s.labelledNone} labelled none, ${s.labelledMatch} labelled match`,
  );
  lines.push(
    `plain negatives ${r.plainNegatives.listings}: ${r.plainNegatives.warned} warned (${pct(r.plainNegatives.rate)})`,
  );
  lines.push(`curated listing-ID cases ${r.curated.cases}: ${r.curated.exact} exact`);
  lines.push('per rule (listings fired on; right / wrong / unlabelled results; precision):');
  for (const stats of r.rules) {
    const rare = stats.listings <= RARE_RULE_LISTINGS ? `  <- fires on ${RARE_RULE_LISTINGS} or fewer listings` : '';
    lines.push(
      `  ${stats.rule.padEnd(26)} ${String(stats.listings).padStart(4)} listings  ${stats.right}/${stats.wrong}/${stats.unscored}  precision ${stats.precision.toFixed(3)}${rare}`,
    );
  }
  const list = (title: string, items: PairOutcome[]) => {
    lines.push(`${title} (${items.length})`);
    for (const o of items) {
      lines.push(
        `  ${o.listing} ${o.source} ${o.ref} expect=${o.expect} got=${o.got}${o.rule ? ` (${o.rule})` : ''} | ${o.title.slice(0, 110)}`,
      );
      for (const reason of o.reasons) lines.push(`      ${reason}`);
    }
  };
  if (!verbose) {
    // Titles and the evidence quoting them stay hidden: scoring a hold-out must not show what it holds.
    lines.push(
      `false warnings ${r.falseWarnings.length}, missed matches ${r.missedMatches.length}, curated cases not exact ${r.curatedMisses.length} (--verbose lists them with titles and reasons)`,
    );
    return lines.join('\n');
  }
  list('false warnings', r.falseWarnings);
  list('missed matches', r.missedMatches);
  if (r.curatedMisses.length > 0) list('curated cases not exact', r.curatedMisses);
  list('warnings on unlabelled pairs (not scored)', r.unscoredWarnings);
  list('similar notes on pairs labelled none', r.similarOnNone);
  return lines.join('\n');
}

const PAIR_LISTS = ['falseWarnings', 'missedMatches', 'curatedMisses', 'unscoredWarnings', 'similarOnNone'] as const;
type PairList = (typeof PAIR_LISTS)[number];

/** The report with each list of pairs (titles, records, reasons) replaced by its length. */
export type EvalSummary = Omit<EvalReport, PairList> & Record<PairList, number>;

export function summaryOf(report: EvalReport): EvalSummary {
  const summary: Record<string, unknown> = { ...report };
  for (const key of PAIR_LISTS) summary[key] = report[key].length;
  return summary as EvalSummary;
}
