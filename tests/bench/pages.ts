/**
 * Page reading: what the content script pays on every mutation batch of a search page, against parsing the
 * same page (the DOM work the browser has done anyway), on the largest saved search page in ../shared, on
 * a product page whose title is a megabyte long, and on hostile pages (hostile.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inferPageUrl, parseHtml } from '../../lib/cli/extract';
import { readCards, readPage } from '../../lib/sites';
import { cleanTitle } from '../../lib/sites/text';
import { sharedPath } from '../unit/sites/helpers';
import { benchHostilePages } from './hostile';

const ROUNDS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function largestSavedSearchPage(): string | null {
  const dir = sharedPath('fixtures/aliexpress/safecart');
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((name) => /\.html$/i.test(name))
      .map((name) => path.join(dir, name));
  } catch {
    return null;
  }
  const search = files.filter((file) =>
    /\/w\/wholesale|SearchText=/i.test(inferPageUrl(readFileSync(file, 'utf8').slice(0, 8192)) ?? ''),
  );
  return search.sort((a, b) => statSync(b).size - statSync(a).size)[0] ?? null;
}

export async function benchPages(): Promise<void> {
  console.log('\n== page reading (happy-dom; a browser DOM is faster) ==');
  const file = largestSavedSearchPage();
  if (!file) {
    console.log('  skipped: no saved search page in ../shared/fixtures/aliexpress/safecart');
  } else {
    const html = readFileSync(file, 'utf8');
    const url = inferPageUrl(html)!;
    let opened!: ReturnType<typeof parseHtml>;
    const parse = time(() => (opened = parseHtml(html, url)));
    const doc = opened.document;
    const first = time(() => readPage(url, doc));
    const list = doc.getElementById('card-list') ?? doc.body;
    const rereads: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      list.append(doc.createElement('div'));
      rereads.push(time(() => readPage(url, doc)));
    }
    const subtree = time(() => readCards(url, list.lastElementChild!));
    console.log(
      `  ${path.basename(file)} (${Math.round(statSync(file).size / 1024)} KB, ${readPage(url, doc).cards?.length ?? 0} cards)`,
    );
    console.log(`  parse the page (baseline)        ${parse.toFixed(1).padStart(8)} ms`);
    console.log(
      `  first readPage                   ${first.toFixed(1).padStart(8)} ms   ${(first / parse).toFixed(2)}× the parse`,
    );
    console.log(
      `  re-read after a mutation         ${median(rereads).toFixed(1).padStart(8)} ms   ${(median(rereads) / parse).toFixed(2)}× the parse (median of ${ROUNDS})`,
    );
    console.log(`  readCards on a new subtree       ${subtree.toFixed(2).padStart(8)} ms`);
    await opened.close();
  }
  // A megabyte title: cleaning reads a bounded prefix, so it costs about what a short title costs.
  const short = 'Fidget spinner LED toy for kids';
  const huge = `Fidget ${'spinner '.repeat(131_072)}`;
  const shortTimes: number[] = [];
  const hugeTimes: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    shortTimes.push(time(() => cleanTitle(short)));
    hugeTimes.push(time(() => cleanTitle(huge)));
  }
  console.log(`  cleanTitle, 31-character title (baseline) ${median(shortTimes).toFixed(3).padStart(8)} ms`);
  console.log(
    `  cleanTitle, 1 MB title                    ${median(hugeTimes).toFixed(3).padStart(8)} ms   ${(median(hugeTimes) / Math.max(median(shortTimes), 0.001)).toFixed(0)}× the short one`,
  );
  await benchHostilePages();
}
