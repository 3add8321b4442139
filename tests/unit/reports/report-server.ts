/**
 * A local report endpoint for delivery tests, on node:http: stores each report once per
 * Idempotency-Key (a repeat gets 409, as a real endpoint would answer), and answers from a script so a
 * test can make it fail first ('500', '429', 'drop' = store, then cut the connection; 'slow' = answer late).
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Scripted = 'ok' | '500' | '503' | '429' | '408' | '425' | '400' | 'drop' | 'slow';

export interface ReportServer {
  url: string;
  /** Every request, in order. */
  requests: { key?: string; body: string; headers: IncomingHttpHeaders }[];
  /** Reports stored, by Idempotency-Key. */
  stored: Map<string, string>;
  /** Answers for the next requests; then 'ok'. */
  script: Scripted[];
  close(): Promise<void>;
}

export async function startReportServer(): Promise<ReportServer> {
  const requests: ReportServer['requests'] = [];
  const stored = new Map<string, string>();
  const script: Scripted[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const key = req.headers['idempotency-key'] as string | undefined;
      requests.push({ key, body, headers: req.headers });
      const answer = script.shift() ?? 'ok';
      if (answer === '500' || answer === '503') return void res.writeHead(Number(answer)).end('upstream down');
      if (answer === '408' || answer === '425') return void res.writeHead(Number(answer)).end('try again later');
      if (answer === '429') return void res.writeHead(429, { 'retry-after': '600' }).end('slow down');
      if (answer === '400') return void res.writeHead(400).end('listing.url: not an item URL');
      if (!key) return void res.writeHead(400).end('missing Idempotency-Key');
      if (stored.has(key)) return void res.writeHead(409).end('duplicate');
      stored.set(key, body);
      if (answer === 'drop') return void res.socket?.destroy(); // stored, but the answer is lost
      const created = () => res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}');
      if (answer === 'slow') return void setTimeout(created, 300);
      created();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/reports`,
    requests,
    stored,
    script,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
