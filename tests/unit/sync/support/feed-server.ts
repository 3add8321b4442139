/**
 * A local HTTP server that serves a feed folder the way a static host does (ETag, If-None-Match → 304,
 * Content-Length), plus per-file faults for the failure tests: status codes, slow answers, cut-off or
 * padded bodies, bodies without a length, dropped connections.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface Fault {
  status?: number;
  /** Wait this long before sending headers. */
  delayMs?: number;
  /** Send the headers and this many body bytes, then stall (never finish). */
  stallAfterBytes?: number;
  /** Replace the body (served with no Content-Length, chunked). */
  body?: Buffer;
  /** Close the connection without answering. */
  drop?: boolean;
}

export interface ServedRequest {
  file: string;
  status: number;
  headers: IncomingHttpHeaders;
}

export interface FeedServer {
  manifestUrl: string;
  requests: ServedRequest[];
  faults: Map<string, Fault>;
  close(): Promise<void>;
}

export async function startFeedServer(dir: string): Promise<FeedServer> {
  const requests: ServedRequest[] = [];
  const faults = new Map<string, Fault>();
  const timers = new Set<NodeJS.Timeout>();
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => (timers.delete(timer), resolve()), ms);
      timers.add(timer);
    });

  const server: Server = createServer(async (req, res) => {
    const file = path.basename(new URL(req.url ?? '/', 'http://x').pathname);
    const fault = faults.get(file);
    const log = (status: number) => requests.push({ file, status, headers: req.headers });
    if (fault?.drop) {
      log(0);
      req.socket.destroy();
      return;
    }
    if (fault?.delayMs) await wait(fault.delayMs);
    if (fault?.status) {
      log(fault.status);
      res.writeHead(fault.status, { 'content-type': 'text/plain' }).end('error');
      return;
    }
    if (fault?.body) {
      log(200);
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(fault.body);
      return;
    }
    const full = path.join(dir, file);
    if (!existsSync(full)) {
      log(404);
      res.writeHead(404).end('not found');
      return;
    }
    const bytes = readFileSync(full);
    const etag = `"${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      log(304);
      res.writeHead(304, { etag }).end();
      return;
    }
    log(200);
    res.writeHead(200, { etag, 'content-length': String(bytes.length), 'content-type': 'application/octet-stream' });
    if (fault?.stallAfterBytes !== undefined) {
      res.write(bytes.subarray(0, fault.stallAfterBytes));
      return; // never ends: the client's deadline has to cut it off
    }
    res.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    manifestUrl: `http://127.0.0.1:${port}/feed/manifest.json`,
    requests,
    faults,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
