/**
 * The account-free report endpoint as a standard Fetch-API handler (Request → Response), so the same
 * code runs on a Node server (intake/server.ts), Deno Deploy or Cloudflare Workers. It accepts exactly
 * what the extension sends: `POST /v1/reports`, a JSON body that passes the extension's own report
 * schema, and the report's ID as `Idempotency-Key`. It files each report once as an issue on the data
 * repository and answers every refusal with a short plain-text reason the extension shows the user.
 *
 * Answers:  201 filed · 200 already filed (same issue) · 400/413/415/422 refused (final) ·
 *           405/404 wrong method or path · 425 the same key is being filed right now (retry) ·
 *           429 rate limited (Retry-After) · 503 GitHub or the token failed (Retry-After).
 */
import { parseReportPayload, type ReportPayload } from '../lib/reports/types';
import { fileIssue, type GitHubTarget } from './github';
import type { IdempotencyStore } from './idempotency';
import { DEFAULT_RATE_LIMITS, RateLimiter, type RateLimits } from './rate-limit';

export const INTAKE_PATH = '/v1/reports';
/** Far above any valid report (its text fields are capped), far below anything worth abusing. */
export const MAX_BODY_BYTES = 32 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface IntakeOptions {
  github: GitHubTarget;
  idempotency: IdempotencyStore;
  limits?: RateLimits;
  now?(): number;
}

/** What the platform knows about the connection; only the address is used, for rate limits. */
export interface ClientInfo {
  address?: string;
}

export type IntakeHandler = (request: Request, client?: ClientInfo) => Promise<Response>;

export function createIntakeHandler(options: IntakeOptions): IntakeHandler {
  const now = options.now ?? (() => Date.now());
  const limiter = new RateLimiter(options.limits ?? DEFAULT_RATE_LIMITS, now);

  return async (request, client = {}) => {
    const url = new URL(request.url);
    if (url.pathname !== INTAKE_PATH) return text(404, 'Not found: reports go to POST /v1/reports');
    if (request.method !== 'POST') return text(405, 'Method not allowed: use POST', { allow: 'POST' });
    if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
      return text(415, 'Unsupported content type: send application/json');
    }
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > MAX_BODY_BYTES) return text(413, `Report too large: at most ${MAX_BODY_BYTES} bytes`);

    const key = request.headers.get('idempotency-key') ?? '';
    if (!UUID.test(key)) return text(400, 'Missing or invalid Idempotency-Key: send the report ID (a UUID)');

    // A repeat of a filed report costs nothing and is answered the same way, rate limit or not.
    const known = await options.idempotency.get(key);
    if (known?.state === 'filed') return filedAnswer(200, known.issueUrl, known.issueNumber);

    const rate = await limiter.take(client.address ?? 'unknown');
    if (!rate.ok) {
      const who = rate.scope === 'client' ? 'Too many reports from this connection' : 'Too many reports right now';
      return text(429, `${who}: try again in ${rate.retryAfterSeconds} s`, {
        'retry-after': String(rate.retryAfterSeconds),
      });
    }

    const body = await readLimited(request, MAX_BODY_BYTES);
    if (body === null) return text(413, `Report too large: at most ${MAX_BODY_BYTES} bytes`);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return text(400, 'Body is not valid JSON');
    }
    let payload: ReportPayload;
    try {
      payload = parseReportPayload(json);
    } catch (error) {
      return text(422, error instanceof Error ? error.message : 'Invalid report');
    }
    if (payload.reportId.toLowerCase() !== key.toLowerCase()) {
      return text(400, 'Idempotency-Key must be the report ID (reportId)');
    }

    if (!(await options.idempotency.claim(key, now()))) {
      const again = await options.idempotency.get(key);
      if (again?.state === 'filed') return filedAnswer(200, again.issueUrl, again.issueNumber);
      return text(425, 'This report is being filed right now: try again shortly', { 'retry-after': '10' });
    }
    const result = await fileIssue(options.github, payload);
    if (!result.ok) {
      await options.idempotency.release(key);
      // The reason is logged for maintainers; the client learns only that it should retry.
      console.error(`intake: filing ${key} failed: ${result.reason}`);
      return text(result.status, 'The report could not be filed yet: it will be retried', {
        'retry-after': String(result.retryAfterSeconds ?? 300),
      });
    }
    await options.idempotency.filed(key, {
      state: 'filed',
      at: now(),
      issueUrl: result.issueUrl,
      issueNumber: result.issueNumber,
    });
    return filedAnswer(201, result.issueUrl, result.issueNumber);
  };
}

function filedAnswer(status: 200 | 201, issueUrl: string, issueNumber: number): Response {
  return new Response(JSON.stringify({ ok: true, issue: issueUrl, number: issueNumber, duplicate: status === 200 }), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

function text(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** The body as text, or null once it passes `limit` bytes (a missing or lying Content-Length changes nothing). */
async function readLimited(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
