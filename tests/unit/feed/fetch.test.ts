/** `feed fetch` against a local node:http server standing in for the official endpoints (never the internet). */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchSources } from '../../../lib/feed/fetch';
import { adapterFor, runAdapter } from '../../../lib/feed/sources';
import { fixture, tempDir } from './helpers';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server | undefined;
const requests: { url: string; authKey?: string }[] = [];

async function serve(routes: Record<string, Handler>): Promise<string> {
  requests.length = 0;
  server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', authKey: req.headers.authkey as string | undefined });
    const route = Object.keys(routes).find((prefix) => (req.url ?? '').startsWith(prefix));
    if (route) routes[route]!(req, res);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

const json =
  (body: unknown, status = 200): Handler =>
  (_req, res) => {
    res
      .writeHead(status, { 'content-type': 'application/json' })
      .end(typeof body === 'string' ? body : JSON.stringify(body));
  };
const fast = { timeoutMs: 2_000, retries: 2, backoffMs: 5 };

describe('fetchSources', () => {
  it('downloads every source, completes Safety Gate summaries with details, retries a 503 and sends the AuthKey header', async () => {
    const notifications = JSON.parse(readFileSync(fixture('safety-gate-api.json'), 'utf8')).records.slice(0, 2);
    let cpscCalls = 0;
    const base = await serve({
      '/safety-gate-alerts/public/api/notification/mostRecent/': json({
        content: [{ id: 90000001, reference: 'SR/00001/26' }, notifications[1]],
      }),
      '/safety-gate-alerts/public/api/notification/90000001': json(notifications[0]),
      '/RestWebServices/Recall': (req, res) => {
        cpscCalls++;
        if (cpscCalls === 1) res.writeHead(503).end('busy');
        else json(readFileSync(fixture('cpsc-api.json'), 'utf8'))(req, res);
      },
      '/sites/default/files/opendata-donneesouvertes/HCRSAMOpenData.json': json(
        readFileSync(fixture('health-canada.json'), 'utf8'),
      ),
      '/openapi/api/recall/recallList.json': json(readFileSync(fixture('safetykorea-domestic.json'), 'utf8')),
      '/openapi/api/recall/fRecallList.json': json(readFileSync(fixture('safetykorea-foreign.json'), 'utf8')),
    });
    const out = tempDir();
    const result = await fetchSources({
      outDir: out,
      baseUrl: base,
      sources: ['safety-gate', 'cpsc', 'health-canada', 'safetykorea'],
      since: '2026-01-01',
      env: { SAFETYKOREA_AUTH_KEY: 'secret-key' },
      ...fast,
    });

    expect(result.failures).toEqual([]);
    expect(result.files.map((f) => [f.kind, path.basename(f.path)])).toEqual([
      ['safety-gate-api', 'safety-gate-api.json'],
      ['cpsc-api', 'cpsc-api.json'],
      ['health-canada', 'health-canada.json'],
      ['safetykorea', 'safetykorea-domestic.json'],
      ['safetykorea', 'safetykorea-foreign.json'],
    ]);
    expect(cpscCalls).toBe(2);
    expect(requests.find((r) => r.url.startsWith('/RestWebServices'))!.url).toBe(
      '/RestWebServices/Recall?format=json&LastPublishDateStart=2026-01-01',
    );
    expect(requests.filter((r) => r.url.startsWith('/openapi')).every((r) => r.authKey === 'secret-key')).toBe(true);
    expect(requests.filter((r) => !r.url.startsWith('/openapi')).every((r) => r.authKey === undefined)).toBe(true);

    // The written files feed straight into the adapters.
    const safetyGate = runAdapter(
      adapterFor('safety-gate-api'),
      readFileSync(path.join(out, 'safety-gate-api.json'), 'utf8'),
      'x',
    );
    expect(safetyGate.rows.map((r) => r.record.ref)).toEqual(['SR/00001/26', 'A11/00002/26']);
    expect(readFileSync(result.inputsFile, 'utf8')).toBe(
      'safety-gate-api=safety-gate-api.json\ncpsc-api=cpsc-api.json\nhealth-canada=health-canada.json\nsafetykorea=safetykorea-domestic.json\nsafetykorea=safetykorea-foreign.json\n',
    );
  });

  it('reports failing sources and still writes the others: missing key, HTML instead of JSON, 404 without retry', async () => {
    let notFoundCalls = 0;
    const base = await serve({
      '/RestWebServices/Recall': json('<html>Access denied</html>'),
      '/sites/default/files/opendata-donneesouvertes/HCRSAMOpenData.json': (_req, res) => {
        notFoundCalls++;
        res.writeHead(404).end();
      },
      '/safety-gate-alerts/public/api/notification/mostRecent/': json([]),
    });
    const out = tempDir();
    const result = await fetchSources({ outDir: out, baseUrl: base, env: {}, ...fast });
    expect(result.files.map((f) => f.kind)).toEqual(['safety-gate-api']);
    expect(result.failures.map((f) => f.source)).toEqual(['cpsc', 'health-canada', 'safetykorea', 'consumer24']);
    expect(result.failures[0]!.reason).toMatch(/did not return JSON/);
    expect(result.failures[1]!.reason).toMatch(/HTTP 404/);
    expect(result.failures[2]!.reason).toMatch(/SAFETYKOREA_AUTH_KEY is not set/);
    expect(result.failures[3]!.reason).toMatch(/CONSUMER24_SERVICE_KEY is not set/);
    expect(notFoundCalls).toBe(1);
    expect(JSON.parse(readFileSync(path.join(out, 'fetch-report.json'), 'utf8')).failures).toHaveLength(4);
  });

  it('gives up on a server that never answers after the bounded retries', async () => {
    let calls = 0;
    const base = await serve({ '/RestWebServices/Recall': () => void calls++ });
    const started = Date.now();
    const result = await fetchSources({
      outDir: tempDir(),
      baseUrl: base,
      sources: ['cpsc'],
      timeoutMs: 150,
      retries: 1,
      backoffMs: 5,
    });
    expect(calls).toBe(2);
    expect(result.failures).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

/** A Consumer24 page in the API's XML shape, with invented recalls. */
function consumer24Page(
  code: string,
  serials: string[],
  allCnt = serials.length,
  message = code === '00' ? '정상' : '오류',
): string {
  const content = serials.map(
    (sn) =>
      `<content><recallSn><![CDATA[${sn}]]></recallSn><cntntsId><![CDATA[0401]]></cntntsId>` +
      `<productNm><![CDATA[Example spray ${sn}]]></productNm><makr><![CDATA[ㅇ 제조: Example Works ㅇ판매: Example Store]]></makr>` +
      `<shrtcomCn><![CDATA[· 납 검출\n\n※ https://ko.aliexpress.com/item/10050000${sn.slice(-8)}.html?spm=x]]></shrtcomCn>` +
      `<infoOriginInstt><![CDATA[기후에너지환경부]]></infoOriginInstt></content>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<selectCntntsForOpenAPIResponse><channel><return><code>${code}</code><codeMsg>${message}</codeMsg><allCnt>${allCnt}</allCnt>${content.join('\n')}</return></channel></selectCntntsForOpenAPIResponse>`;
}
const xml =
  (body: string): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/xml; charset=UTF-8' }).end(body);
  };
const serials = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `RCLL_${String(from + i).padStart(15, '0')}`);

describe('fetchSources: Consumer24', () => {
  it('pages through each chosen menu with the service key until allCnt, and the file builds into records', async () => {
    const base = await serve({
      '/openapi/recall/contents/index.do': (req, res) => {
        const query = new URL(req.url ?? '', 'http://x').searchParams;
        const page = Number(query.get('pageNo'));
        if (query.get('cntntsId') === '0401')
          xml(consumer24Page('00', serials(page * 1000, page < 3 ? 100 : 5), 205))(req, res);
        else xml(consumer24Page('30', [], 0, '데이터 없음'))(req, res);
      },
    });
    const out = tempDir();
    const result = await fetchSources({
      outDir: out,
      baseUrl: base,
      sources: ['consumer24'],
      consumer24Menus: ['0401', '0501'],
      env: { CONSUMER24_SERVICE_KEY: 'key/with+chars' },
      ...fast,
    });
    expect(result.failures).toEqual([]);
    expect(result.files.map((f) => path.basename(f.path))).toEqual(['consumer24-0401.xml', 'consumer24-0501.xml']);
    const pages = requests.map((r) => new URL(r.url, 'http://x').searchParams);
    expect(pages.map((q) => `${q.get('cntntsId')}:${q.get('pageNo')}:${q.get('cntPerPage')}`)).toEqual([
      '0401:1:100',
      '0401:2:100',
      '0401:3:100',
      '0501:1:100',
    ]);
    expect(pages.every((q) => q.get('serviceKey') === 'key/with+chars')).toBe(true);

    const built = runAdapter(
      adapterFor('consumer24'),
      readFileSync(path.join(out, 'consumer24-0401.xml'), 'utf8'),
      'x',
    );
    expect(built.bad).toEqual([]);
    expect(built.rows).toHaveLength(205);
    expect(built.rows[0]!.record.authority).toBe('기후에너지환경부 via Consumer24');
    expect(built.rows[0]!.record.marketplaces[0]).toMatchObject({ platform: 'aliexpress', shopName: 'Example Store' });
    const empty = runAdapter(
      adapterFor('consumer24'),
      readFileSync(path.join(out, 'consumer24-0501.xml'), 'utf8'),
      'x',
    );
    expect(empty.fileError).toBeUndefined();
    expect(empty.rows).toEqual([]);
    expect(readFileSync(result.inputsFile, 'utf8')).toBe(
      'consumer24=consumer24-0401.xml\nconsumer24=consumer24-0501.xml\n',
    );
  });

  it('stops at the page limit', async () => {
    const base = await serve({ '/openapi/recall/contents/index.do': xml(consumer24Page('00', serials(1, 100), 5000)) });
    const result = await fetchSources({
      outDir: tempDir(),
      baseUrl: base,
      sources: ['consumer24'],
      consumer24Menus: ['0101'],
      consumer24MaxPages: 2,
      env: { CONSUMER24_SERVICE_KEY: 'k' },
      ...fast,
    });
    expect(result.failures).toEqual([]);
    expect(requests).toHaveLength(2);
  });

  it.each([
    ['40', /error 40, bad request \(a required parameter is missing\)/],
    ['41', /error 41, bad request \(a parameter has a wrong value\)/],
    ['50', /error 50, service key not registered .*check CONSUMER24_SERVICE_KEY/],
    ['51', /error 51, service key not authorised for this API .*check CONSUMER24_SERVICE_KEY/],
  ])('result code %s fails the source with its meaning, without retrying, and writes no file', async (code, reason) => {
    const base = await serve({
      '/openapi/recall/contents/index.do': xml(consumer24Page(code, [], 0, 'SERVICE ERROR')),
    });
    const out = tempDir();
    const result = await fetchSources({
      outDir: out,
      baseUrl: base,
      sources: ['consumer24'],
      consumer24Menus: ['0101'],
      env: { CONSUMER24_SERVICE_KEY: 'k' },
      ...fast,
    });
    expect(result.files).toEqual([]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.reason).toMatch(reason);
    expect(result.failures[0]!.reason).toContain('"SERVICE ERROR"');
    expect(requests).toHaveLength(1);
  });

  it('reports an HTML error page instead of XML records, and a missing key, in plain words', async () => {
    const base = await serve({ '/openapi/recall/contents/index.do': json('{"error":"maintenance"}') });
    const failed = await fetchSources({
      outDir: tempDir(),
      baseUrl: base,
      sources: ['consumer24'],
      consumer24Menus: ['0101'],
      env: { CONSUMER24_SERVICE_KEY: 'k' },
      ...fast,
    });
    expect(failed.failures[0]!.reason).toMatch(/menu 0101 page 1 is not XML/);
    const noKey = await fetchSources({ outDir: tempDir(), baseUrl: base, sources: ['consumer24'], env: {}, ...fast });
    expect(noKey.failures[0]!.reason).toBe('CONSUMER24_SERVICE_KEY is not set; Consumer24 skipped');
  });
});
