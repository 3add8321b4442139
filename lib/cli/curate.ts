/**
 * `npm run feed -- curate --issue <file> [--confirmed-by <name>] [--curated <file>] [--feed <dir>]
 *   [--date YYYY-MM-DD] [--write]`
 *
 * Reads a report issue body and prints the curated line it becomes (stdout, one JSON line), or exits 2
 * with the reason. `--write` also puts the line into the curated list (the workflow's pull request).
 * See docs/REPORTS.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadBundledRecords } from '../feed/bundled';
import { readFeedDir } from '../feed/read';
import type { HazardRecord } from '../hazards/schema';
import { curateIssue, parseCuratedText, upsertCuratedText } from '../reports/curate';

export const CURATE_USAGE = `  npm run feed -- curate --issue <file> [--confirmed-by <name>] [--curated <file>] [--feed <dir>]
                         [--date YYYY-MM-DD] [--write]`;

export const DEFAULT_CURATED_LIST = 'assets/bundled/curated.jsonl';

/** Listings the data already names, so a report of one of them is a duplicate. */
function knownListings(records: HazardRecord[]): Map<string, string> {
  const known = new Map<string, string>();
  for (const record of records) {
    for (const market of record.marketplaces) {
      if (market.listingId) known.set(`${market.platform}:${market.listingId}`, record.id);
    }
  }
  return known;
}

export function curateCommand(args: string[]): void {
  const { values } = parseArgs({
    args,
    options: {
      issue: { type: 'string' },
      'confirmed-by': { type: 'string' },
      curated: { type: 'string' },
      feed: { type: 'string' },
      date: { type: 'string' },
      write: { type: 'boolean' },
    },
  });
  const refuse = (reason: string): never => {
    console.error(`curate: ${reason}`);
    process.exit(2);
  };
  if (!values.issue) refuse(`needs --issue <file>\n\nUsage:\n${CURATE_USAGE}`);
  const today = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) refuse('--date must be YYYY-MM-DD');
  const curatedPath = values.curated ?? DEFAULT_CURATED_LIST;
  const curatedText = existsSync(curatedPath) ? readFileSync(curatedPath, 'utf8') : '';
  const records = [...loadBundledRecords(), ...(values.feed ? readFeedDir(values.feed).records : [])];

  const result = curateIssue(readFileSync(values.issue!, 'utf8'), {
    confirmedBy: values['confirmed-by']?.trim() || 'the maintainers',
    today,
    curated: parseCuratedText(curatedText),
    knownListings: knownListings(records),
  });
  if (!result.ok) return refuse(result.reason);
  console.log(JSON.stringify(result.line));
  if (values.write) writeFileSync(curatedPath, upsertCuratedText(curatedText, result.line));
}
