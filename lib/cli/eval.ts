/**
 * npm run eval -- --feed <feed dir> --listings <listings.jsonl> --labels <labels.jsonl> [--json] [--verbose]
 *
 * Precision and recall of warnings against the labels, agreement on the `similar` tier, warnings on
 * plain negatives, curated listing-ID cases, and hits per rule. Only with --verbose does it list each
 * false warning and missed match with its title and reasons (with --json too): scoring a hold-out set
 * does not show its titles.
 */
import { readFileSync } from 'node:fs';
import { readFeedDir } from '../feed/read';
import { buildEngine } from '../matching/engine';
import {
  evaluate,
  formatReport,
  parseJsonLines,
  queryOf,
  summaryOf,
  type LabelLine,
  type ListingLine,
} from '../matching/evaluate';
import type { Match } from '../matching/types';
import { readArgs, requireString } from './cli-args';

const USAGE =
  'usage: npm run eval -- --feed <feed dir> --listings <listings.jsonl> --labels <labels.jsonl> [--json] [--verbose]';

function main(): void {
  const args = readArgs(process.argv.slice(2), ['feed', 'listings', 'labels', 'json', 'verbose']);
  const feed = readFeedDir(requireString(args, 'feed', USAGE));
  const listings = parseJsonLines<ListingLine>(
    readFileSync(requireString(args, 'listings', USAGE), 'utf8'),
    'listings',
  );
  const labels = parseJsonLines<LabelLine>(readFileSync(requireString(args, 'labels', USAGE), 'utf8'), 'labels');
  const started = performance.now();
  const engine = buildEngine(feed.records);
  const built = performance.now();
  const results = new Map<string, Match[]>();
  for (const listing of listings) results.set(listing.id, engine.match(queryOf(listing)));
  const matched = performance.now();
  const report = evaluate(listings, labels, feed.records, results);
  if (args.json) {
    process.stdout.write(`${JSON.stringify(args.verbose === true ? report : summaryOf(report), null, 2)}\n`);
    return;
  }
  process.stdout.write(`${formatReport(report, args.verbose === true)}\n`);
  process.stdout.write(
    `engine: ${feed.records.length} records indexed in ${(built - started).toFixed(0)} ms; ` +
      `${listings.length} listings matched in ${(matched - built).toFixed(0)} ms\n`,
  );
}

try {
  main();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
