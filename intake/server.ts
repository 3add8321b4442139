/**
 * The report endpoint as a plain Node server (`npm run intake`), behind a TLS-terminating reverse proxy.
 * Configuration comes from the environment; see docs/REPORTS.md for deployment and token rotation.
 *
 *   INTAKE_REPO                owner/name of the data repository (required)
 *   INTAKE_GITHUB_TOKEN_FILE   file holding the bot token, re-read for every report (rotation without restart)
 *   INTAKE_GITHUB_TOKEN        the token itself, when no file is used
 *   INTAKE_HOST / INTAKE_PORT  where to listen (127.0.0.1:8787)
 *   INTAKE_STATE_FILE          filed report IDs, one JSON line each (./intake-state.jsonl)
 *   INTAKE_TRUST_PROXY         1: the client address is the last X-Forwarded-For entry (set by the proxy)
 *   INTAKE_GITHUB_API          https://api.github.com unless GitHub Enterprise
 *   INTAKE_LIMIT_PER_CLIENT / INTAKE_LIMIT_GLOBAL / INTAKE_WINDOW_SECONDS   rate limits (10 / 300 / 3600)
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createIntakeHandler, type IntakeHandler } from './handler';
import { MemoryIdempotencyStore, type KeyState } from './idempotency';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limit';

export interface NodeIntakeOptions {
  handler: IntakeHandler;
  host?: string;
  port?: number;
  trustProxy?: boolean;
}

/** Serves a Fetch-API handler on node:http. */
export async function serveIntake(
  options: NodeIntakeOptions,
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    respond(options, req, res).catch((error) => {
      console.error('intake: request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal error: the report will be retried');
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', resolve));
  const { address, port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function respond(options: NodeIntakeOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'GET' && req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const request = new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), {
    method: req.method,
    headers,
    ...(hasBody && { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' }),
  } as RequestInit);
  const response = await options.handler(request, { address: clientAddress(req, options.trustProxy ?? false) });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
  // A refused oversized body is not read to the end: close instead of draining it.
  if (hasBody && !req.readableEnded) req.destroy();
}

/** Behind our own proxy, its appended X-Forwarded-For entry is the client; anything before it is client-supplied. */
function clientAddress(req: IncomingMessage, trustProxy: boolean): string | undefined {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') return forwarded.split(',').at(-1)?.trim() || undefined;
  return req.socket.remoteAddress;
}

/** Filed report IDs survive restarts in an append-only JSON Lines file. */
export function fileBackedStore(file: string, now: () => number = Date.now): MemoryIdempotencyStore {
  const store = new MemoryIdempotencyStore({
    now,
    onFiled: (key, state) => appendFileSync(file, `${JSON.stringify({ key, ...state })}\n`, { mode: 0o600 }),
  });
  if (existsSync(file)) {
    const entries: [string, KeyState][] = [];
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const { key, ...state } = JSON.parse(line) as { key: string } & KeyState;
        entries.push([key, state]);
      } catch {
        // a line cut off by a crash: skip it
      }
    }
    store.load(entries);
  }
  return store;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer`);
  return n;
}

export function configFromEnv(env = process.env) {
  const repo = env.INTAKE_REPO ?? '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error('INTAKE_REPO must be owner/name of the data repository');
  const tokenFile = env.INTAKE_GITHUB_TOKEN_FILE;
  if (!tokenFile && !env.INTAKE_GITHUB_TOKEN)
    throw new Error('Set INTAKE_GITHUB_TOKEN_FILE (preferred) or INTAKE_GITHUB_TOKEN');
  const token = () => {
    const value = tokenFile ? readFileSync(tokenFile, 'utf8').trim() : (env.INTAKE_GITHUB_TOKEN ?? '').trim();
    if (!value) throw new Error('the GitHub token is empty');
    return value;
  };
  const limits: RateLimits = {
    perClient: intFromEnv('INTAKE_LIMIT_PER_CLIENT', DEFAULT_RATE_LIMITS.perClient),
    global: intFromEnv('INTAKE_LIMIT_GLOBAL', DEFAULT_RATE_LIMITS.global),
    windowMs: intFromEnv('INTAKE_WINDOW_SECONDS', DEFAULT_RATE_LIMITS.windowMs / 1000) * 1000,
  };
  return {
    repo,
    token,
    limits,
    apiBase: env.INTAKE_GITHUB_API || 'https://api.github.com',
    host: env.INTAKE_HOST || '127.0.0.1',
    port: intFromEnv('INTAKE_PORT', 8787),
    stateFile: env.INTAKE_STATE_FILE || 'intake-state.jsonl',
    trustProxy: env.INTAKE_TRUST_PROXY === '1',
  };
}

async function main(): Promise<void> {
  const config = configFromEnv();
  config.token(); // fail at start, not at the first report, when the token is missing
  const handler = createIntakeHandler({
    github: { repo: config.repo, token: config.token, apiBase: config.apiBase },
    idempotency: fileBackedStore(config.stateFile),
    limits: config.limits,
  });
  const { url } = await serveIntake({ handler, host: config.host, port: config.port, trustProxy: config.trustProxy });
  console.log(`intake: filing reports on ${config.repo}; listening on ${url}/v1/reports`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`intake: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
