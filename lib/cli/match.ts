/**
 * npm run match -- --feed <feed dir> --listings <listings.jsonl>
 *
 * Prints one JSON line per listing: {"id","matches":[{"source","ref","tier","score","reasons":[…]}]}.
 * The item ID is read from the listing URL (AliExpress /item/<id>.html, Temu -g-<id>.html); the URL's
 * words are never matched.
 */
import { readFileSync } from 'node:fs';
import { readFeedDir } from '../feed/read';
import { buildEngine } from '../matching/engine';
import { matchLine, parseJsonLines, queryOf, type ListingLine } from '../matching/evaluate';
import { readArgs, requireString } from './cli-args';

const USAGE = 'usage: npm run match -- --feed <feed dir> --listings <listings.jsonl>';

function main(): void {
  const args = readArgs(process.argv.slice(2), ['feed', 'listings']);
  const feed = readFeedDir(requireString(args, 'feed', USAGE));
  const listings = parseJsonLines<ListingLine>(
    readFileSync(requireString(args, 'listings', USAGE), 'utf8'),
    'listings',
  );
  const engine = buildEngine(feed.records);
  const out: string[] = [];
  for (const listing of listings) out.push(JSON.stringify(matchLine(listing.id, engine.match(queryOf(listing)))));
  process.stdout.write(`${out.join('\n')}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
