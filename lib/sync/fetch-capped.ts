/**
 * Fetches one feed file with a deadline and a byte cap enforced while the body streams in, so a hostile
 * or broken server can neither hang the service worker nor fill its memory. Cookies are never sent.
 */
import { capitalize, keptData, SyncError } from './errors';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface CappedFetchOptions {
  fetch: FetchLike;
  /** What the user would call this file, for error messages ("the update list"). */
  label: string;
  maxBytes: number;
  /** How to name the cap in the error ("the size the signed update list declares"). */
  maxBytesLabel?: string;
  timeoutMs: number;
  headers?: Record<string, string>;
}

export type CappedResponse = { status: 304; etag?: string } | { status: 200; bytes: Uint8Array; etag?: string };

export async function fetchCapped(url: string, options: CappedFetchOptions): Promise<CappedResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await options.fetch(url, {
      signal: controller.signal,
      headers: options.headers,
      // We do our own conditional requests; the HTTP cache must not answer 200 for a 304 or vice versa.
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    const etag = response.headers.get('etag') ?? undefined;
    if (response.status === 304) {
      await response.body?.cancel();
      return { status: 304, etag };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw httpError(response.status, options.label);
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(options);
    }
    return { status: 200, bytes: await readCapped(response, options), etag };
  } catch (error) {
    if (error instanceof SyncError) throw error;
    if (timedOut) {
      throw new SyncError(
        'timeout',
        `The hazard data server took longer than ${Math.round(options.timeoutMs / 1000)} s to send ${options.label}. ${keptData}`,
        { cause: error },
      );
    }
    throw new SyncError(
      'network',
      `Could not reach the hazard data server (${describeNetworkError(error)}). ${keptData} It will try again later.`,
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(response: Response, options: CappedFetchOptions): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > options.maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(options);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

export function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function httpError(status: number, label: string): SyncError {
  if (status === 404 || status === 410) {
    return new SyncError('not-found', `The hazard data server does not have ${label} (HTTP ${status}). ${keptData}`);
  }
  if (status >= 500) {
    return new SyncError(
      'server',
      `The hazard data server had a problem (HTTP ${status}) while sending ${label}. ${keptData} It will try again later.`,
    );
  }
  return new SyncError('http', `The hazard data server refused to send ${label} (HTTP ${status}). ${keptData}`);
}

function tooLarge({ label, maxBytes, maxBytesLabel }: CappedFetchOptions): SyncError {
  const limit = maxBytesLabel ?? `the ${formatBytes(maxBytes)} allowed`;
  return new SyncError('too-large', `${capitalize(label)} is larger than ${limit}, so it was refused. ${keptData}`);
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  if (typeof cause === 'string') return cause;
  return error instanceof Error ? error.message : String(error);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
