/**
 * A local HTTPS server that plays AliExpress, Temu and the feed host for the browser under test.
 * Chromium maps the real hostnames here with --host-resolver-rules, so the content script sees real
 * shop URLs. Pages are registered per test (`setPage`) or read from ../shared at run time; nothing
 * third-party is copied into the repository. The TLS certificate is generated per run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServedFile {
  body: string | Buffer;
  contentType?: string;
  status?: number;
  headers?: Record<string, string>;
  /** Delay before answering, to simulate a slow host. */
  delayMs?: number;
}

export type Route = (req: IncomingMessage, url: URL) => ServedFile | undefined | Promise<ServedFile | undefined>;

export interface ShopServer {
  port: number;
  /** Serve `file` for exactly this absolute URL (query string ignored unless given). */
  setPage(url: string, file: ServedFile | string): void;
  /** Custom handler tried before the page table, e.g. for the feed host. */
  addRoute(route: Route): void;
  reset(): void;
  requests: string[];
  close(): Promise<void>;
}

function selfSignedCert(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'hc-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=localhost',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const keyOf = (url: URL) => `${url.host.replace(/:\d+$/, '')}${url.pathname}${url.search}`;
const keyNoQuery = (url: URL) => `${url.host.replace(/:\d+$/, '')}${url.pathname}`;

export async function startShopServer(): Promise<ShopServer> {
  const pages = new Map<string, ServedFile>();
  const routes: Route[] = [];
  const requests: string[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    requests.push(`${req.method} ${url.host}${url.pathname}${url.search}`);
    let file: ServedFile | undefined;
    for (const route of routes) {
      file = await route(req, url);
      if (file) break;
    }
    file ??= pages.get(keyOf(url)) ?? pages.get(keyNoQuery(url));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    if (file.delayMs) await new Promise((r) => setTimeout(r, file.delayMs));
    res.writeHead(file.status ?? 200, {
      'content-type': file.contentType ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...file.headers,
    });
    res.end(file.body);
  };

  const server: Server = createServer(selfSignedCert(), (req, res) => {
    handle(req, res).catch((error) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    requests,
    setPage(url, file) {
      const parsed = new URL(url);
      const served = typeof file === 'string' ? { body: file } : file;
      pages.set(parsed.search ? keyOf(parsed) : keyNoQuery(parsed), served);
    },
    addRoute(route) {
      routes.push(route);
    },
    reset() {
      pages.clear();
      routes.length = 0;
      requests.length = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Chromium flag mapping every shop host (and the test feed and report hosts) to the local server, and nothing else. */
export function hostResolverRules(port: number): string {
  const hosts = [
    '*.aliexpress.com',
    'aliexpress.com',
    '*.aliexpress.us',
    'aliexpress.us',
    'aliexpress.ru',
    '*.aliexpress.ru',
    '*.temu.com',
    'temu.com',
    'feed.test',
    'reports.test',
  ];
  return `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}, MAP * ~NOTFOUND`;
}
