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

const json = (body: unknown, status = 200): Handler => (_req, res) => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body));
};
const fast = { timeoutMs: 2_000, retries: 2, backoffMs: 5 };

describe('fetchSources', () => {
  it('downloads every source, completes Safety Gate summaries with details, retries a 503 and sends the AuthKey header', async () => {
    const notifications = JSON.parse(readFileSync(fixture('safety-gate-api.json'), 'utf8')).records.slice(0, 2);
    let cpscCalls = 0;
    const base = await serve({
      '/safety-gate-alerts/public/api/notification/mostRecent/': json({ content: [{ id: 90000001, reference: 'SR/00001/26' }, notifications[1]] }),
      '/safety-gate-alerts/public/api/notification/90000001': json(notifications[0]),
      '/RestWebServices/Recall': (req, res) => {
        cpscCalls++;
        if (cpscCalls === 1) res.writeHead(503).end('busy');
        else json(readFileSync(fixture('cpsc-api.json'), 'utf8'))(req, res);
      },
      '/sites/default/files/opendata-donneesouvertes/HCRSAMOpenData.json': json(readFileSync(fixture('health-canada.json'), 'utf8')),
      '/openapi/api/recall/recallList.json': json(readFileSync(fixture('safetykorea-domestic.json'), 'utf8')),
      '/openapi/api/recall/fRecallList.json': json(readFileSync(fixture('safetykorea-foreign.json'), 'utf8')),
    });
    const out = tempDir();
    const result = await fetchSources({ outDir: out, baseUrl: base, since: '2026-01-01', env: { SAFETYKOREA_AUTH_KEY: 'secret-key' }, ...fast });

    expect(result.failures).toEqual([]);
    expect(result.files.map((f) => [f.kind, path.basename(f.path)])).toEqual([
      ['safety-gate-api', 'safety-gate-api.json'],
      ['cpsc-api', 'cpsc-api.json'],
      ['health-canada', 'health-canada.json'],
      ['safetykorea', 'safetykorea-domestic.json'],
      ['safetykorea', 'safetykorea-foreign.json'],
    ]);
    expect(cpscCalls).toBe(2);
    expect(requests.find((r) => r.url.startsWith('/RestWebServices'))!.url).toBe('/RestWebServices/Recall?format=json&LastPublishDateStart=2026-01-01');
    expect(requests.filter((r) => r.url.startsWith('/openapi')).every((r) => r.authKey === 'secret-key')).toBe(true);
    expect(requests.filter((r) => !r.url.startsWith('/openapi')).every((r) => r.authKey === undefined)).toBe(true);

    // The written files feed straight into the adapters.
    const safetyGate = runAdapter(adapterFor('safety-gate-api'), readFileSync(path.join(out, 'safety-gate-api.json'), 'utf8'), 'x');
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
    expect(result.failures.map((f) => f.source)).toEqual(['cpsc', 'health-canada', 'safetykorea']);
    expect(result.failures[0]!.reason).toMatch(/did not return JSON/);
    expect(result.failures[1]!.reason).toMatch(/HTTP 404/);
    expect(result.failures[2]!.reason).toMatch(/SAFETYKOREA_AUTH_KEY is not set/);
    expect(notFoundCalls).toBe(1);
    expect(JSON.parse(readFileSync(path.join(out, 'fetch-report.json'), 'utf8')).failures).toHaveLength(3);
  });

  it('gives up on a server that never answers after the bounded retries', async () => {
    let calls = 0;
    const base = await serve({ '/RestWebServices/Recall': () => void calls++ });
    const started = Date.now();
    const result = await fetchSources({ outDir: tempDir(), baseUrl: base, sources: ['cpsc'], timeoutMs: 150, retries: 1, backoffMs: 5 });
    expect(calls).toBe(2);
    expect(result.failures).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
