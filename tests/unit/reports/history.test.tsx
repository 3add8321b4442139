// @vitest-environment happy-dom
/**
 * The popup's report list: a report that finally failed says why and offers "Send again", which puts
 * it back in the queue and delivers it through the real report service.
 */
import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ReportHistory } from '../../../components/report/ReportHistory';
import type { Handlers, MessageType, Request, Response as Reply } from '../../../lib/messaging';
import { enqueueReport } from '../../../lib/reports/queue';
import { byTestId, click, render, waitFor, type Rendered } from '../ui/helpers';
import { missedPayload } from './helpers';
import { startReportServer, type ReportServer } from './report-server';
import { harness } from './service-harness';

let server: ReportServer;
beforeAll(async () => {
  server = await startReportServer();
});
afterAll(() => server.close());

/** Node's HTTP client: happy-dom's fetch applies page CORS rules an extension's background does not have. */
const nodeFetch = ((url: string, init: RequestInit) =>
  new Promise<Response>((resolve, reject) => {
    const req = request(url, { method: init.method, headers: init.headers as Record<string, string> }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(new Response(Buffer.concat(chunks).toString('utf8'), { status: res.statusCode })));
    });
    req.on('error', reject);
    req.end(init.body as string);
  })) as unknown as typeof fetch;

let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
});

describe('popup report list', () => {
  it('shows why a report failed and sends it again from the popup', async () => {
    const h = await harness({ endpoint: server.url, fetch: nodeFetch });
    const payload = missedPayload();
    await enqueueReport(h.db, payload, { kind: 'endpoint' }, Date.UTC(2026, 10, 1));
    const reason = 'Gave up after 36 attempts over 7 days. Last error: Network error: fetch failed';
    await h.db.reports.update(payload.reportId, { status: 'failed', lastError: reason });

    const handlers = h.reports.handlers as Partial<Handlers>;
    const send = async <K extends MessageType>(type: K, data: Request<K>): Promise<Reply<K>> =>
      (handlers[type] as (d: Request<K>, s: object) => Promise<Reply<K>>)(data, {});
    view = await render(<ReportHistory lang="en" send={send} compact />);
    await waitFor(() => !!byTestId(view!.container, 'report-send-again'));

    const item = byTestId(view.container, 'report-history-item')!;
    expect(item.getAttribute('data-status')).toBe('failed');
    expect(byTestId(item, 'report-last-error')!.textContent).toBe(reason);
    expect(byTestId(item, 'report-send-again')!.textContent).toBe('Send again');

    await click(byTestId(item, 'report-send-again'));
    await waitFor(() => byTestId(view!.container, 'report-history-item')?.getAttribute('data-status') === 'sent');
    expect([...server.stored.keys()]).toEqual([payload.reportId]);
    expect(byTestId(view.container, 'report-send-again')).toBeNull();
  });
});
