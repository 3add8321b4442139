import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReportForm, ReportPayload } from '../../../lib/reports/types';
import { formatPayload } from '../../../lib/reports/types';
import type { PageReading } from '../../../lib/sites/types';
import { aliReading, GLOBAL_ID, LOCAL_US_ID, missedForm, record, TEMU_ID, temuReading } from './helpers';
import { startReportServer, type ReportServer } from './report-server';
import { harness } from './service-harness';

let server: ReportServer;
beforeAll(async () => {
  server = await startReportServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.stored.clear();
  server.script.length = 0;
});

const fromTab = { tabId: 7 };

async function preview(h: Awaited<ReturnType<typeof harness>>, reading: PageReading = aliReading, form: ReportForm = missedForm) {
  const answer = await h.reports.handlers['report-preview']({ reading, form, matchedRecordIds: [] }, fromTab);
  if (!answer.ok) throw new Error(answer.problem);
  return answer;
}

describe('report service', () => {
  it('sends exactly the previewed report to the endpoint and flags the listing for the reporter at once', async () => {
    const h = await harness({ endpoint: server.url });
    const before = await h.hazards.checkPage(aliReading);
    expect(before.ownReport).toBeUndefined();

    const shown = await preview(h);
    expect(shown.endpoint).toBe(true);
    expect(shown.json).toBe(formatPayload(shown.payload));
    expect(shown.payload.app).toEqual({ extensionVersion: '0.1.0', dataAsOf: '2026-11-01' }); // bundled data: no feed version yet
    expect(shown.payload.reportedOn).toBe('2026-11-23');
    expect(await h.db.reports.count()).toBe(0); // a preview stores nothing

    const result = await h.reports.handlers['report-submit']({ payload: shown.payload, channel: { kind: 'endpoint' } }, fromTab);
    expect(result).toMatchObject({ report: { status: 'sent', channel: 'endpoint' }, localRule: true });
    expect(server.requests.map((r) => r.body)).toEqual([shown.json]);
    expect(h.rechecked).toEqual([7]);

    const after = await h.hazards.checkPage(aliReading);
    expect(after.ownReport).toEqual({ reportId: shown.payload.reportId, note: 'Small magnets can be swallowed', createdAt: expect.any(Number) });
    expect(after.matches).toEqual([]); // kept apart from authority data
  });

  it('answers "queued" when the endpoint is slow, and delivery carries on', async () => {
    const h = await harness({ endpoint: server.url, wait: async () => undefined });
    server.script.push('slow');
    const shown = await preview(h);
    const result = await h.reports.handlers['report-submit']({ payload: shown.payload, channel: { kind: 'endpoint' } }, fromTab);
    expect(result.report.status).toBe('sending');
    await h.reports.deliver(); // joins the run in progress
    expect((await h.db.reports.get(shown.payload.reportId))?.status).toBe('sent');
    expect(server.stored.size).toBe(1);
  });

  it('flags the listing on aliexpress.us (local ID in the URL) and in search cards too', async () => {
    const h = await harness();
    const shown = await preview(h);
    await h.reports.handlers['report-submit']({ payload: shown.payload, channel: { kind: 'github' } }, {});

    const us: PageReading = {
      ...aliReading,
      url: `https://www.aliexpress.us/item/${LOCAL_US_ID}.html`,
      product: { itemId: LOCAL_US_ID, globalItemId: GLOBAL_ID, title: 'Wooden Puzzle' },
    };
    expect((await h.hazards.checkPage(us)).ownReport?.reportId).toBe(shown.payload.reportId);

    const search: PageReading = {
      site: 'aliexpress', pageType: 'search', state: 'ok', url: 'https://www.aliexpress.com/w/wholesale-puzzle.html',
      cards: [{ itemId: GLOBAL_ID, title: 'Puzzle' }, { itemId: '1005007777777777', title: 'Other' }],
    };
    const verdict = await h.hazards.checkPage(search);
    expect(Object.keys(verdict.ownReportCards ?? {})).toEqual([GLOBAL_ID]);
    expect(verdict.cards).toEqual({});
  });

  it('says what is missing instead of building a report', async () => {
    const h = await harness();
    const answer = await h.reports.handlers['report-preview'](
      { reading: aliReading, form: { kind: 'missed-hazard', hazard: 'Lead', authority: 'Lab' }, matchedRecordIds: [] },
      fromTab,
    );
    expect(answer).toEqual({ ok: false, problem: 'evidence-required' });
  });

  it('fills a missed hazard from a record picked in the local database', async () => {
    const lead = record({ ref: 'LEAD-1', url: 'https://example.org/lead', hazardText: [{ lang: 'en', text: 'Lead 40× the limit' }] });
    const h = await harness({ records: [lead] });
    // What the form's record search (`search-records`) offers.
    expect((await h.hazards.search('test product')).map((r) => r.id)).toContain(lead.id);
    const shown = await preview(h, aliReading, { kind: 'missed-hazard', recordRef: lead.id });
    expect(shown.payload.missedHazard).toMatchObject({ recordRef: lead.id, hazard: 'Lead 40× the limit', evidenceUrl: 'https://example.org/lead' });
  });

  it('opens a prefilled GitHub issue or the official channel, from the background', async () => {
    const h = await harness({ endpoint: server.url });
    const github = await preview(h, temuReading, { kind: 'listing-changed', change: 'gone' });
    const viaGithub = await h.reports.handlers['report-submit']({ payload: github.payload, channel: { kind: 'github' } }, fromTab);
    expect(viaGithub.report.status).toBe('copied');
    expect(h.opened[0]).toMatch(/^https:\/\/github\.com\/hazard-check\/hazard-data\/issues\/new\?title=/);
    expect(decodeURIComponent(h.opened[0]!)).toContain(`https://www.temu.com/g-${TEMU_ID}.html`);
    expect(h.rechecked).toEqual([]); // no listing rule for this kind

    const official = await preview(h);
    await h.reports.handlers['report-submit']({ payload: official.payload, channel: { kind: 'official', channelId: 'kr-consumer24' } }, fromTab);
    expect(h.opened[1]).toBe('https://www.consumer.go.kr');
    expect(server.requests).toHaveLength(0);
    expect((await h.reports.handlers['report-list']({}, {})).reports.map((r) => r.channel)).toEqual(['official', 'github']);
  });

  it('refuses the endpoint when the build has none, and payloads with extra fields', async () => {
    const h = await harness();
    const shown = await preview(h);
    await expect(h.reports.handlers['report-submit']({ payload: shown.payload, channel: { kind: 'endpoint' } }, {})).rejects.toThrow(/no report endpoint/);
    const polluted = { ...shown.payload, history: ['https://example.com'] } as ReportPayload;
    await expect(h.reports.handlers['report-submit']({ payload: polluted, channel: { kind: 'github' } }, {})).rejects.toThrow(/Invalid report/);
    expect(await h.db.reports.count()).toBe(0);
  });

  it('exports the reports as JSON and CSV files', async () => {
    const h = await harness();
    await h.reports.handlers['report-submit']({ payload: (await preview(h)).payload, channel: { kind: 'github' } }, {});
    const csv = await h.reports.handlers['report-export']({ format: 'csv' }, {});
    const json = await h.reports.handlers['report-export']({ format: 'json' }, {});
    expect(csv).toMatchObject({ fileName: 'hazard-check-reports-2026-11-23.csv', mimeType: 'text/csv;charset=utf-8' });
    expect(csv.text.split('\r\n')).toHaveLength(3);
    expect(JSON.parse(json.text).reports).toHaveLength(1);
  });
});
