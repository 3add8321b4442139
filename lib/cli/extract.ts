/**
 * npm run extract -- <file> [--url <page URL>]
 *
 * Reads a saved marketplace page with the same adapters the extension uses and prints what they see as JSON:
 *   {"site","pageType","state","reason"?,"product"?:{…},"cards"?:[{"itemId","title","seller"?,"variant"?,…}]}
 * pageType is `product`, `search`, `store`, `cart`, `checkout`, `orders` (order list and detail) or `other`;
 * cart, checkout and order pages give their lines as cards with the seller and chosen variant, and order pages
 * the order number and date.
 * Fields are absent when the page lacks them.
 *
 * Accepted files:
 * - `.html`: a saved page ("Save page as", or `page.content()`). Parsed with happy-dom, scripts disabled.
 *   Without `--url`, the URL comes from the `<!-- saved from url=(NNNN)… -->` header, else `og:url`, else the
 *   canonical link (og:url first: on aliexpress.us it keeps the page's own local item ID).
 * - `.json`: an AliExpress `window.runParams` capture (`{data:{productInfoComponent|titleModule…}}`), wrapped
 *   into a page as the inline script the shop served; or a Temu search API response
 *   (`{result:{data:{goods_list}}}`), read as the extension reads it when the page's MAIN world observes it;
 *   or an aliexpress.ru `__AER_DATA__` widget tree (`{widgets:[…]}`), wrapped into its script element.
 * Exit codes: 0 read, 2 usage error, missing file, or unsupported URL.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { classifyUrl, readPage } from '../sites';
import { cardsFromTemuSearch, mergeMainWorldCards } from '../sites/main-world';
import type { CardReading, PageReading } from '../sites/types';
import { asRecord, at, idString, str } from '../sites/values';

export class ExtractError extends Error {}

/** The page URL a saved HTML file was taken from. */
export function inferPageUrl(html: string): string | undefined {
  const saved = /<!--\s*saved from url=\((\d{4})\)/i.exec(html.slice(0, 4096));
  if (saved?.[1]) {
    const start = (saved.index ?? 0) + saved[0].length;
    const url = html.slice(start, start + Number(saved[1]));
    if (/^https?:\/\//i.test(url)) return url;
  }
  const attr = (re: RegExp) => re.exec(html)?.[1]?.replace(/&amp;/g, '&');
  const ogUrl =
    attr(/<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i) ??
    attr(/<meta[^>]+content=["']([^"']+)["'][^>]*property=["']og:url["']/i);
  const canonical =
    attr(/<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i) ??
    attr(/<link[^>]+href=["']([^"']+)["'][^>]*rel=["']canonical["']/i);
  for (const candidate of [ogUrl, canonical]) {
    if (!candidate) continue;
    const absolute = candidate.startsWith('//') ? `https:${candidate}` : candidate;
    if (classifyUrl(absolute)) return absolute;
  }
  return undefined;
}

/** Parses HTML into a document at `url` with scripts, stylesheets, frames and file loading disabled. */
export function parseHtml(html: string, url: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}

/** JSON text that is safe inside a `<script>` element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const page = (head: string) => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body></body></html>`;

export interface JsonCapture {
  html: string;
  url: string;
  /** Temu search API: cards merged after reading, as the MAIN-world observer would supply them. */
  temuSearchBody?: unknown;
}

/** Turns a supported JSON capture into a page the adapters read. */
export function wrapJsonCapture(json: unknown, url?: string): JsonCapture {
  const data = asRecord(at(json, 'data')) ?? asRecord(json);
  if (data && (data.productInfoComponent || data.titleModule || data.actionModule)) {
    const canonical = /href="([^"]+)"/.exec(str(at(data, 'metaDataComponent', 'canonicalTag')) ?? '')?.[1];
    const id = idString(at(data, 'productInfoComponent', 'id')) ?? idString(at(data, 'actionModule', 'productId'));
    const pageUrl = url ?? canonical ?? (id ? `https://www.aliexpress.com/item/${id}.html` : undefined);
    if (!pageUrl) throw new ExtractError('runParams capture without an item ID: pass --url');
    return { html: page(`<script>window.runParams = {data: ${scriptJson(data)}};</script>`), url: pageUrl };
  }
  const goods = at(json, 'result', 'data', 'goods_list');
  if (Array.isArray(goods)) {
    const first = str(at(goods[0], 'seo_link_url')) ?? '';
    const locale = /^\/([a-z]{2}(?:-[A-Za-z]{2,4}){0,2})\//.exec(first)?.[1];
    const query = str(at(json, 'result', 'data', 'p_search', 'query')) ?? '';
    const pageUrl =
      url ??
      `https://www.temu.com/${locale ? `${locale}/` : ''}search_result.html?search_key=${encodeURIComponent(query)}`;
    return { html: page(''), url: pageUrl, temuSearchBody: json };
  }
  if (Array.isArray(at(json, 'widgets'))) {
    if (!url) throw new ExtractError('__AER_DATA__ capture: pass --url with the aliexpress.ru item URL');
    return { html: page(`<script id="__AER_DATA__" type="application/json">${scriptJson(json)}</script>`), url };
  }
  throw new ExtractError('unsupported JSON: expected a runParams capture, a Temu search API response or __AER_DATA__');
}

type OutputCard = Pick<CardReading, 'itemId' | 'title' | 'seller' | 'variant' | 'orderId' | 'orderDate'>;
type Output = Omit<PageReading, 'url' | 'cards'> & { cards?: OutputCard[] };

/** Cart, checkout and order lines add what the page states about the purchase. */
function outputCard(card: CardReading): OutputCard {
  const { itemId, title, seller, variant, orderId, orderDate } = card;
  return {
    itemId,
    ...(title && { title }),
    ...(seller && { seller }),
    ...(variant && { variant }),
    ...(orderId && { orderId }),
    ...(orderDate && { orderDate }),
  };
}

/** The printed shape: the reading without its URL, cards reduced to ID, title and purchase details. */
export function toOutput(reading: PageReading): Output {
  const { url: _url, cards, ...rest } = reading;
  return {
    ...rest,
    ...(cards && { cards: cards.map(outputCard) }),
  };
}

export async function extract(file: string, url?: string): Promise<PageReading> {
  if (!existsSync(file)) throw new ExtractError(`file not found: ${file}`);
  const text = readFileSync(file, 'utf8');
  let html = text;
  let pageUrl = url;
  let temuSearchBody: unknown;
  if (/\.json$/i.test(file)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ExtractError(`not valid JSON: ${file} (${(error as Error).message})`);
    }
    ({ html, url: pageUrl, temuSearchBody } = wrapJsonCapture(json, url));
  }
  pageUrl ??= inferPageUrl(html);
  if (!pageUrl) throw new ExtractError('no page URL in the file: pass --url <page URL>');
  if (!classifyUrl(pageUrl)) throw new ExtractError(`unsupported URL (not AliExpress or Temu): ${pageUrl}`);
  const { document, close } = parseHtml(html, pageUrl);
  try {
    const reading = readPage(pageUrl, document);
    return temuSearchBody === undefined
      ? reading
      : mergeMainWorldCards(reading, { site: 'temu', cards: cardsFromTemuSearch(temuSearchBody) });
  } finally {
    await close();
  }
}

function parseArgs(argv: string[]): { file?: string; url?: string } {
  const args: { file?: string; url?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') args.url = argv[++i];
    else if (arg?.startsWith('--url=')) args.url = arg.slice(6);
    else if (arg && !args.file) args.file = arg;
  }
  return args;
}

export async function main(argv: string[]): Promise<number> {
  const { file, url } = parseArgs(argv);
  if (!file) {
    process.stderr.write('usage: npm run extract -- <saved.html|capture.json> [--url <page URL>]\n');
    return 2;
  }
  try {
    const reading = await extract(resolve(file), url);
    process.stdout.write(`${JSON.stringify(toOutput(reading), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    process.stderr.write(`extract: ${error.message}\n`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
