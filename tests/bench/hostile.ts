/**
 * Hostile page reading: a megabyte of markup built to make the reader slow (many unclosed inline-JSON
 * assignments, nested assignments, deeply nested or huge JSON-LD). Each is timed through readPage on a
 * product URL, against parsing the same page (what the browser has paid anyway). The reader should cost
 * about what the parse costs, never many times more.
 */
import { parseHtml } from '../../lib/cli/extract';
import { readPage } from '../../lib/sites';

const MB = 1 << 20;
const TEMU = 'https://www.temu.com/kuiper/invented-toy-g-601099512345678.html';
const ALIEXPRESS = 'https://www.aliexpress.com/item/1005001234567890.html';

const fill = (unit: string, bytes = MB) => unit.repeat(Math.ceil(bytes / unit.length));
const page = (head: string, body = '<h1>Invented toy</h1>') =>
  `<!doctype html><html><head><title>Invented toy</title>${head}</head><body>${body}</body></html>`;
const script = (text: string, type = '') => `<script${type ? ` type="${type}"` : ''}>${text}</script>`;

export const HOSTILE_PAGES: { name: string; url: string; html: string }[] = [
  { name: 'Temu: 1 MB of unclosed window.rawData={', url: TEMU, html: page(script(fill('window.rawData={'))) },
  {
    name: 'Temu: 1 MB of nested window.rawData={…}',
    url: TEMU,
    html: page(script(`${fill('window.rawData={"a":')}1${'}'.repeat(MB / 18)}`)),
  },
  {
    name: 'AliExpress: 1 MB of unclosed runParams = { data: {',
    url: ALIEXPRESS,
    html: page(script(fill('window.runParams = { data: {'))),
  },
  {
    name: 'JSON-LD: 1 MB nested [[[…]]]',
    url: ALIEXPRESS,
    html: page(script(`${'['.repeat(MB / 2)}${']'.repeat(MB / 2)}`, 'application/ld+json')),
  },
  {
    name: 'JSON-LD: 1 MB of "@graph" objects',
    url: ALIEXPRESS,
    html: page(script(`{"@graph":[${fill('{"@type":"Thing","name":"x"},', MB)}{}]}`, 'application/ld+json')),
  },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** CPU time of this process (ms): the machine may be shared, so wall-clock alone is noisy. */
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

export async function benchHostilePages(rounds = 3): Promise<void> {
  console.log(
    '\n== hostile page reading (1 MB each; readPage on a product URL, against parsing the page; wall / cpu ms) ==',
  );
  let worst = 0;
  for (const { name, url, html } of HOSTILE_PAGES) {
    const parses: number[] = [];
    const reads: number[] = [];
    const readsCpu: number[] = [];
    for (let i = 0; i < rounds; i++) {
      let started = performance.now();
      const opened = parseHtml(html, url);
      parses.push(performance.now() - started);
      started = performance.now();
      const startedCpu = cpu();
      readPage(url, opened.document);
      reads.push(performance.now() - started);
      readsCpu.push(cpu() - startedCpu);
      await opened.close();
    }
    const read = median(reads);
    worst = Math.max(worst, read);
    console.log(
      `  ${name.padEnd(52)} parse ${median(parses).toFixed(1).padStart(7)}   read ${read.toFixed(1).padStart(7)} / ${median(readsCpu).toFixed(1).padStart(6)}   ` +
        `${(read / median(parses)).toFixed(2)}× the parse`,
    );
  }
  console.log(`  worst-case reading time: ${worst.toFixed(1)} ms wall (a frame is 16.7 ms)`);
}
