/**
 * Downloads the official registers into raw files for `feed build`. Runs in the publishing job only
 * (API keys, size, CORS): never in the extension. Every request has a timeout and a bounded number of
 * retries; a source that fails is reported and the others are still written.
 *
 * `baseUrl` replaces the scheme and host of every endpoint (tests point it at a local server).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceKind } from '../hazards/schema';
import { isRecordObject } from './text';
import { consumer24Failure, consumer24ResultCode } from './sources/consumer24';
import { rowArray } from './sources/unwrap';
import { readXmlRecords } from './sources/xml-elements';

export const FETCH_SOURCES = ['safety-gate', 'cpsc', 'health-canada', 'safetykorea', 'cpsc-csv', 'consumer24'] as const;
export type FetchSourceName = (typeof FETCH_SOURCES)[number];
/** What `fetch` gets when no `--source` is given (the CPSC CSV duplicates the API and is opt-in). */
export const DEFAULT_FETCH_SOURCES: FetchSourceName[] = [
  'safety-gate',
  'cpsc',
  'health-canada',
  'safetykorea',
  'consumer24',
];

/**
 * Consumer24 menus fetched by default: industrial products, cosmetics, household chemicals, living
 * radiation products and overseas recalls (the kinds of product sold on the marketplaces).
 */
export const DEFAULT_CONSUMER24_MENUS = ['0101', '0206', '0401', '0405', '0501'];
/** Pages of 100 per menu: the API lists newest first, and the overseas menu alone holds ~100,000. */
export const DEFAULT_CONSUMER24_MAX_PAGES = 20;
const CONSUMER24_PAGE_SIZE = 100;

export const ENDPOINTS = {
  safetyGateList: 'https://ec.europa.eu/safety-gate-alerts/public/api/notification/mostRecent/?',
  safetyGateDetail: (id: string) => `https://ec.europa.eu/safety-gate-alerts/public/api/notification/${id}?language=en`,
  cpsc: (since?: string) =>
    `https://www.saferproducts.gov/RestWebServices/Recall?format=json${since ? `&LastPublishDateStart=${since}` : ''}`,
  cpscCsv:
    'https://www.cpsc.gov/product_recalls_download?tabset=on&search_combined_fields=&field_rc_date_value=&field_rc_date_value_1=&field_rc_hazards_target_id=All&field_rc_recall_by_product_target_id=All&field_rc_manufactured_in_value=&tab=csv&page&_format=csv',
  healthCanada: 'https://recalls-rappels.canada.ca/sites/default/files/opendata-donneesouvertes/HCRSAMOpenData.json',
  safetyKoreaDomestic: 'https://www.safetykorea.kr/openapi/api/recall/recallList.json?conditionKey=all&conditionValue=',
  safetyKoreaForeign: 'https://www.safetykorea.kr/openapi/api/recall/fRecallList.json?conditionKey=all&conditionValue=',
  consumer24: (key: string, menu: string, page: number, size: number) =>
    `https://www.consumer.go.kr/openapi/recall/contents/index.do?serviceKey=${/%[0-9A-F]{2}/i.test(key) ? key : encodeURIComponent(key)}&pageNo=${page}&cntPerPage=${size}&cntntsId=${encodeURIComponent(menu)}`,
} as const;

/** Safety Gate answers bots with errors; a browser-like agent is what its own web app sends. */
const USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126 Safari/537.36 hazard-check-feed';
const MAX_SAFETY_GATE_DETAILS = 500;

export interface FetchOptions {
  outDir: string;
  sources?: readonly FetchSourceName[];
  baseUrl?: string;
  /** CPSC incremental sync: only recalls published since this date (YYYY-MM-DD). */
  since?: string;
  timeoutMs?: number;
  retries?: number;
  /** First retry delay; doubles per attempt. */
  backoffMs?: number;
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
  /** Consumer24 `cntntsId` menus to page through. */
  consumer24Menus?: readonly string[];
  consumer24MaxPages?: number;
}

export interface FetchedFile {
  source: FetchSourceName;
  kind: SourceKind;
  path: string;
  bytes: number;
}

export interface FetchResult {
  files: FetchedFile[];
  failures: { source: FetchSourceName; reason: string }[];
  /** `kind=file` lines for `feed build --inputs-file`. */
  inputsFile: string;
}

class FetchError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

function rebase(url: string, baseUrl: string | undefined): string {
  if (!baseUrl) return url;
  const original = new URL(url);
  return `${baseUrl.replace(/\/+$/, '')}${original.pathname}${original.search || (url.endsWith('?') ? '?' : '')}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function download(
  url: string,
  options: Required<Pick<FetchOptions, 'timeoutMs' | 'retries' | 'backoffMs'>> & {
    headers?: Record<string, string>;
    log: (line: string) => void;
  },
): Promise<string> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    if (attempt > 0) await sleep(options.backoffMs * 2 ** (attempt - 1));
    try {
      const response = await fetch(url, {
        headers: { 'User-Agent': USER_AGENT, Accept: 'application/json, text/csv, */*', ...options.headers },
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'follow',
      });
      if (!response.ok) {
        const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
        throw new FetchError(`HTTP ${response.status} from ${redactUrl(url)}`, retryable);
      }
      return await response.text();
    } catch (error) {
      lastError = error;
      const retryable = !(error instanceof FetchError) || error.retryable;
      options.log(
        `  attempt ${attempt + 1} failed: ${(error as Error).message}${retryable && attempt < options.retries ? ', retrying' : ''}`,
      );
      if (!retryable) break;
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

const redactUrl = (url: string) => url.replace(/([?&](?:serviceKey|AuthKey|key)=)[^&]*/gi, '$1***');

function expectJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error(`${what} did not return JSON (got ${JSON.stringify(text.slice(0, 80))}…)`);
  }
}

function writeRaw(outDir: string, name: string, text: string): { path: string; bytes: number } {
  const file = path.join(outDir, name);
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, text);
  renameSync(temp, file);
  return { path: file, bytes: Buffer.byteLength(text) };
}

/**
 * Pages through one Consumer24 menu until a short or empty page, `allCnt`, or `maxPages`. Result code
 * 30 (no data) ends the menu; any other code than 00 fails it with the code's meaning.
 */
async function fetchConsumer24Menu(
  menu: string,
  maxPages: number,
  get: (page: number) => Promise<string>,
): Promise<{ bodies: string[]; records: number }> {
  const bodies: string[] = [];
  let records = 0;
  for (let page = 1; page <= maxPages; page++) {
    const text = await get(page);
    if (!/<\s*[\w:]+[\s>]/.test(text) || /^\s*[{[]/.test(text)) {
      throw new Error(`Consumer24 menu ${menu} page ${page} is not XML (got ${JSON.stringify(text.slice(0, 80))}…)`);
    }
    const { records: rows, envelope } = readXmlRecords(text, 'content');
    const { code, message } = consumer24ResultCode(envelope);
    const failure = consumer24Failure(code, message);
    if (failure) throw new Error(`${failure} (menu ${menu}, page ${page})`);
    if (code === '30' || rows.length === 0) break;
    bodies.push(text.replace(/^\uFEFF?\s*<\?xml[^>]*\?>\s*/, ''));
    records += rows.length;
    const total = Number(envelope.allCnt ?? envelope.totalCount ?? NaN);
    if (rows.length < CONSUMER24_PAGE_SIZE || (Number.isFinite(total) && records >= total)) break;
  }
  return { bodies, records };
}

export async function fetchSources(options: FetchOptions): Promise<FetchResult> {
  const log = options.log ?? (() => {});
  const settings = {
    timeoutMs: options.timeoutMs ?? 120_000,
    retries: options.retries ?? 2,
    backoffMs: options.backoffMs ?? 2_000,
    log,
  };
  const env = options.env ?? {};
  const at = (url: string) => rebase(url, options.baseUrl);
  mkdirSync(options.outDir, { recursive: true });
  const files: FetchedFile[] = [];
  const failures: FetchResult['failures'] = [];

  const tasks: Record<FetchSourceName, () => Promise<void>> = {
    'safety-gate': async () => {
      const listUrl = at(ENDPOINTS.safetyGateList);
      const list = expectJson(await download(listUrl, settings), 'Safety Gate list');
      const rows = rowArray(list, (o) => 'reference' in o && 'product' in o);
      // The list may hold summaries only; fetch the detail of every row without a product.
      const records: unknown[] = [];
      let details = 0;
      for (const row of rows) {
        const id = isRecordObject(row) ? row.id : undefined;
        if (
          isRecordObject(row) &&
          !isRecordObject(row.product) &&
          (typeof id === 'number' || typeof id === 'string') &&
          details < MAX_SAFETY_GATE_DETAILS
        ) {
          details++;
          records.push(
            expectJson(
              await download(at(ENDPOINTS.safetyGateDetail(String(id))), settings),
              `Safety Gate notification ${id}`,
            ),
          );
        } else records.push(row);
      }
      const text = JSON.stringify({ fetchedAt: new Date().toISOString(), endpoint: ENDPOINTS.safetyGateList, records });
      files.push({
        source: 'safety-gate',
        kind: 'safety-gate-api',
        ...writeRaw(options.outDir, 'safety-gate-api.json', text),
      });
    },
    cpsc: async () => {
      const text = await download(at(ENDPOINTS.cpsc(options.since)), settings);
      expectJson(text, 'CPSC Recall API');
      files.push({ source: 'cpsc', kind: 'cpsc-api', ...writeRaw(options.outDir, 'cpsc-api.json', text) });
    },
    'cpsc-csv': async () => {
      const text = await download(at(ENDPOINTS.cpscCsv), settings);
      if (!/recall number/i.test(text.slice(0, 500))) throw new Error('cpsc.gov did not return the recalls CSV');
      files.push({ source: 'cpsc-csv', kind: 'cpsc-csv', ...writeRaw(options.outDir, 'cpsc.csv', text) });
    },
    'health-canada': async () => {
      const text = await download(at(ENDPOINTS.healthCanada), settings);
      expectJson(text, 'Health Canada open data');
      files.push({
        source: 'health-canada',
        kind: 'health-canada',
        ...writeRaw(options.outDir, 'health-canada.json', text),
      });
    },
    safetykorea: async () => {
      const key = env.SAFETYKOREA_AUTH_KEY?.trim();
      if (!key) throw new Error('SAFETYKOREA_AUTH_KEY is not set; SafetyKorea skipped');
      const headers = { AuthKey: key };
      for (const [name, url] of [
        ['safetykorea-domestic.json', ENDPOINTS.safetyKoreaDomestic],
        ['safetykorea-foreign.json', ENDPOINTS.safetyKoreaForeign],
      ] as const) {
        const text = await download(at(url), { ...settings, headers });
        const json = expectJson(text, `SafetyKorea ${name}`);
        if (isRecordObject(json) && json.resultData === undefined) {
          throw new Error(`SafetyKorea error ${String(json.resultCode)}: ${String(json.resultMsg ?? '')}`);
        }
        files.push({ source: 'safetykorea', kind: 'safetykorea', ...writeRaw(options.outDir, name, text) });
      }
    },
    consumer24: async () => {
      const key = env.CONSUMER24_SERVICE_KEY?.trim();
      if (!key) throw new Error('CONSUMER24_SERVICE_KEY is not set; Consumer24 skipped');
      const maxPages = options.consumer24MaxPages ?? DEFAULT_CONSUMER24_MAX_PAGES;
      for (const menu of options.consumer24Menus ?? DEFAULT_CONSUMER24_MENUS) {
        if (!/^\d{4}$/.test(menu)) throw new Error(`Consumer24 menu "${menu}" is not a 4-digit cntntsId`);
        const pages = await fetchConsumer24Menu(menu, maxPages, (page) =>
          download(at(ENDPOINTS.consumer24(key, menu, page, CONSUMER24_PAGE_SIZE)), settings),
        );
        log(`  consumer24 menu ${menu}: ${pages.records} records in ${pages.bodies.length} pages`);
        // The pages' raw XML, one after another in one wrapper: the adapter finds <content> wherever it sits.
        const text = `<?xml version="1.0" encoding="UTF-8"?>\n<consumer24Pages cntntsId="${menu}">\n${pages.bodies.join('\n')}\n</consumer24Pages>\n`;
        files.push({
          source: 'consumer24',
          kind: 'consumer24',
          ...writeRaw(options.outDir, `consumer24-${menu}.xml`, text),
        });
      }
    },
  };

  for (const source of options.sources ?? DEFAULT_FETCH_SOURCES) {
    log(`fetching ${source}…`);
    try {
      await tasks[source]();
    } catch (error) {
      failures.push({ source, reason: (error as Error).message });
    }
  }

  const inputsFile = path.join(options.outDir, 'inputs.txt');
  writeFileSync(inputsFile, files.map((f) => `${f.kind}=${path.basename(f.path)}\n`).join(''));
  writeFileSync(
    path.join(options.outDir, 'fetch-report.json'),
    `${JSON.stringify({ fetchedAt: new Date().toISOString(), files: files.map((f) => ({ ...f, path: path.basename(f.path) })), failures }, null, 2)}\n`,
  );
  return { files, failures, inputsFile };
}
