/** Scoring against labels: precision, recall and the per-rule report (invented listings and records). */
import { describe, expect, it } from 'vitest';
import { evaluate, formatReport, summaryOf, type LabelLine, type ListingLine } from '../../../lib/matching/evaluate';
import type { Match } from '../../../lib/matching/types';
import { record } from './fixtures';

const records = [
  record('eu-safety-gate', 'SR/00101/25', { name: 'Night lamp', brands: ['Zorblin'] }),
  record('us-cpsc', '27001', { name: 'Quillet kettles', brands: ['Quillet'] }),
];
const listings: ListingLine[] = ['E1', 'E2', 'E3'].map((id) => ({
  id,
  site: 'aliexpress',
  url: `https://www.aliexpress.com/item/100500000000000${id[1]}.html`,
  title: `Listing title ${id}`,
}));
const labels: LabelLine[] = [
  { listing: 'E1', source: 'eu-safety-gate', ref: 'SR/00101/25', expect: 'match' },
  { listing: 'E2', source: 'us-cpsc', ref: '27001', expect: 'none' },
  { listing: 'E3', source: null, ref: null, expect: 'none' },
];
const hit = (r: (typeof records)[number], rule: string, tier: Match['tier'] = 'strong'): Match => ({
  recordId: r.id,
  source: r.source,
  sourceKind: r.sourceKind,
  ref: r.ref,
  tier,
  score: 0.9,
  evidence: [],
  rule,
});

describe('evaluate', () => {
  it('counts each rule\u2019s right and wrong results and flags rules that fire on two or fewer listings', () => {
    const results = new Map<string, Match[]>([
      ['E1', [hit(records[0]!, 'brand-model')]],
      ['E2', [hit(records[1]!, 'brand-type')]],
      ['E3', []],
    ]);
    const report = evaluate(listings, labels, records, results);
    expect(report.precision).toBe(0.5);
    expect(report.recall).toBe(1);
    const byRule = Object.fromEntries(report.rules.map((r) => [r.rule, r]));
    expect(byRule['brand-model']).toMatchObject({ listings: 1, right: 1, wrong: 0, precision: 1 });
    expect(byRule['brand-type']).toMatchObject({ listings: 1, right: 0, wrong: 1, precision: 0 });
    // Every rule of the table is listed, fired or not.
    expect(byRule['exact-identifier']).toMatchObject({ listings: 0 });
    expect(formatReport(report)).toMatch(/brand-model\s+1 listings .*fires on 2 or fewer listings/);
  });

  it('counts a warning on a plain negative against the rule that made it', () => {
    const results = new Map<string, Match[]>([['E3', [hit(records[1]!, 'brand-name')]]]);
    const report = evaluate(listings, labels, records, results);
    expect(report.plainNegatives.warned).toBe(1);
    expect(report.rules.find((r) => r.rule === 'brand-name')).toMatchObject({ wrong: 1, precision: 0 });
  });

  it('shows titles and reasons only when asked (--verbose), in text and in JSON', () => {
    const results = new Map<string, Match[]>([
      ['E1', []],
      ['E2', [hit(records[1]!, 'brand-type')]],
      ['E3', []],
    ]);
    const report = evaluate(listings, labels, records, results);
    const quiet = formatReport(report);
    expect(quiet).toMatch(/false warnings 1, missed matches 1/);
    expect(quiet).not.toContain('Listing title');
    expect(formatReport(report, true)).toContain('Listing title E1');
    expect(formatReport(report, true)).toContain('Listing title E2');
    const summary = summaryOf(report);
    expect(summary).toMatchObject({ falseWarnings: 1, missedMatches: 1, precision: 0, recall: 0 });
    expect(JSON.stringify(summary)).not.toContain('Listing title');
  });
});
