/**
 * The labelled dev set (../shared/eval/dev) against a feed built in-process from ../shared/data.
 * Needs ../shared; skipped with the reason shown when it is absent (a fresh clone passes without it).
 */
import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../../lib/matching/engine';
import { evaluate, formatReport, parseJsonLines, queryOf, type LabelLine, type ListingLine } from '../../../lib/matching/evaluate';
import type { Match } from '../../../lib/matching/types';
import { buildDevFeedRecords, devFilesPresent, readDevFile } from './shared-data';

const missing = !devFilesPresent();

describe('dev evaluation set', () => {
  it.skipIf(missing)('meets precision ≥ 0.99, recall ≥ 0.95, no warning on plain negatives, curated IDs exact (needs ../shared/eval/dev and ../shared/data)', () => {
    const records = buildDevFeedRecords();
    const listings = parseJsonLines<ListingLine>(readDevFile('listings.jsonl'), 'listings');
    const labels = parseJsonLines<LabelLine>(readDevFile('labels.jsonl'), 'labels');
    const engine = buildEngine(records);
    const results = new Map<string, Match[]>(listings.map((l) => [l.id, engine.match(queryOf(l))]));
    const report = evaluate(listings, labels, records, results);
    const summary = formatReport(report);
    expect(report.precision, summary).toBeGreaterThanOrEqual(0.99);
    expect(report.recall, summary).toBeGreaterThanOrEqual(0.95);
    expect(report.plainNegatives.warned, summary).toBe(0);
    expect(report.curated.cases).toBeGreaterThan(0);
    expect(report.curated.exact, summary).toBe(report.curated.cases);
    // Every match pair of a curated record is an exact listing-ID match, never a title match.
    for (const [id, matches] of results) {
      for (const m of matches.filter((x) => x.source === 'curated' && x.tier !== 'similar')) {
        expect(m.evidence.map((e) => e.kind), `${id} ${m.ref}`).toEqual(['listing-id']);
      }
    }
  });
});
