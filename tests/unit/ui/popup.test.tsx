// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import type { Response } from '../../../lib/messaging';
import type { SyncStatus, Verdict } from '../../../lib/core/verdict';
import type { PageReading } from '../../../lib/sites/types';
import type { ReportRequest } from '../../../lib/ui/report-request';
import { record } from '../background/helpers';
import { fakeApi } from './fake-api';
import { byTestId, click, hairband, matched, render, settle, waitFor, type Rendered } from './helpers';

const reading: PageReading = {
  site: 'aliexpress',
  pageType: 'product',
  state: 'ok',
  url: 'https://www.aliexpress.com/item/1005001111111111.html',
  product: { itemId: '1005001111111111', title: 'Girls hairband' },
};
const verdict: Verdict = {
  state: 'ok',
  listingKey: 'aliexpress:1005001111111111',
  matches: [matched(hairband, 'exact')],
  cards: {},
  signature: 's',
};
const status: SyncStatus = {
  dataAsOf: '2026-11-01',
  recordCount: 2,
  sources: [{ source: 'curated', count: 2 }],
  bundled: false,
  lastSyncAt: Date.now() - 3_600_000,
};

let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
});

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('Popup', () => {
  it("shows this tab's verdict with its evidence and the data freshness", async () => {
    const { api } = fakeApi({
      'tab-verdict': () => ({ reading, verdict, checkedAt: 1 }),
      'sync-status': () => status,
    });
    view = await render(<Popup api={api} />);
    await settle();
    const panel = byTestId(view.container, 'popup-verdict')!;
    expect(panel.textContent).toContain('DEHP (phthalate plasticiser) 270× the legal limit');
    expect(panel.textContent).toContain('Reported by Seoul Metropolitan Government');
    expect(byTestId(panel, 'hazard-evidence')).not.toBeNull();
    const fresh = byTestId(view.container, 'popup-freshness')!;
    expect(fresh.textContent).toContain('Data as of Nov 1, 2026');
    expect(fresh.textContent).toContain('Curated lists of blocked listings — 2 records');
    expect(byTestId(fresh, 'data-stale')).toBeNull();
  });

  it('says "not checked" for a page it could not read, never "safe"', async () => {
    const { api } = fakeApi({
      'tab-verdict': () => ({
        reading: { ...reading, state: 'challenge' },
        verdict: { ...verdict, state: 'challenge', matches: [] },
      }),
      'sync-status': () => ({ ...status, dataAsOf: '2026-01-01', lastSyncAt: undefined, lastError: 'Network down' }),
    });
    view = await render(<Popup api={api} />);
    await settle();
    expect(byTestId(view.container, 'popup-not-checked')!.textContent).toContain(
      'Not checked: the shop showed a security check instead of the page.',
    );
    expect(byTestId(view.container, 'data-stale')!.textContent).toContain('more than 14 days old');
    expect(byTestId(view.container, 'data-error')!.textContent).toContain('Network down');
  });

  it('checks again and waits for the fresh answer', async () => {
    let checkedAt = 1;
    const { api, sent } = fakeApi({
      'tab-verdict': () => ({ reading, verdict, checkedAt }),
      'recheck-tab': () => {
        checkedAt = 2;
        return { ok: true };
      },
      'sync-status': () => status,
    });
    view = await render(<Popup api={api} />);
    await settle();
    await click(byTestId(view.container, 'popup-check-again'));
    await waitFor(() => view!.container.textContent!.includes('Checked again.'));
    expect(sent.filter((m) => m.type === 'recheck-tab')).toEqual([{ type: 'recheck-tab', data: { tabId: 7 } }]);
    expect(view.container.textContent).toContain('Checked again.');
  });

  it('searches the hazard database and says plainly when nothing is found', async () => {
    const found = record({ ...hairband, ref: 'S1' });
    const { api, sent } = fakeApi({
      'tab-verdict': () => ({}),
      'sync-status': () => status,
      'search-records': ({ query }): Response<'search-records'> => ({ records: query === 'hairband' ? [found] : [] }),
    });
    view = await render(<Popup api={api} />);
    await settle();
    expect(byTestId(view.container, 'popup-verdict')!.textContent).toContain('Open a product, search or store page');
    const input = view.container.querySelector<HTMLInputElement>('input[type="search"]')!;
    await type(input, 'hairband');
    await act(async () => input.form!.requestSubmit());
    await settle();
    expect(byTestId(view.container, 'search-status')!.textContent).toBe('1 record found');
    const results = byTestId(view.container, 'search-results')!;
    expect(results.textContent).toContain("Children's hairband");
    expect(results.textContent).toContain('DEHP (phthalate plasticiser) 270× the legal limit');
    expect(results.querySelector('a')!.getAttribute('href')).toBe('https://example.org/notices/hair-1');
    expect(sent.at(-1)).toEqual({ type: 'search-records', data: { query: 'hairband', limit: 20 } });

    await type(input, 'zzz unknown');
    await act(async () => input.form!.requestSubmit());
    await settle();
    expect(byTestId(view.container, 'search-status')!.textContent).toContain('That does not mean the product is safe');
  });

  it('offers "Report this listing" through the report hook', async () => {
    const reports: ReportRequest[] = [];
    const { api } = fakeApi({
      'tab-verdict': () => ({ reading, verdict: { ...verdict, matches: [] } }),
      'sync-status': () => status,
    });
    view = await render(<Popup api={api} onReport={(r) => reports.push(r)} />);
    await settle();
    expect(view.container.textContent).toContain(
      'Nothing in the hazard database matched this listing. This is not a safety guarantee.',
    );
    await click(byTestId(view.container, 'popup-report'));
    expect(reports).toEqual([
      { reason: 'missed-hazard', from: 'popup', listingKey: verdict.listingKey, recordIds: [] },
    ]);
  });

  it('offers to report a listing the shop says is gone, and nothing on a security check', async () => {
    const reports: ReportRequest[] = [];
    const gone: PageReading = { ...reading, state: 'not-found', product: { itemId: '1005001111111111' } };
    const { api } = fakeApi({
      'tab-verdict': () => ({ reading: gone, verdict: { ...verdict, state: 'not-found', matches: [] } }),
      'sync-status': () => status,
    });
    view = await render(<Popup api={api} onReport={(r) => reports.push(r)} />);
    await settle();
    expect(byTestId(view.container, 'popup-not-checked')).not.toBeNull();
    const button = byTestId(view.container, 'popup-report')!;
    expect(button.textContent).toBe('Report this listing as gone');
    await click(button);
    expect(reports).toEqual([
      { reason: 'listing-gone', from: 'popup', listingKey: 'aliexpress:1005001111111111', recordIds: [] },
    ]);

    await view.unmount();
    const { api: challenged } = fakeApi({
      'tab-verdict': () => ({
        reading: { ...reading, state: 'challenge' },
        verdict: { ...verdict, state: 'challenge', matches: [] },
      }),
      'sync-status': () => status,
    });
    view = await render(<Popup api={challenged} onReport={(r) => reports.push(r)} />);
    await settle();
    expect(byTestId(view.container, 'popup-report')).toBeNull();
  });

  it('lets the user undo a dismissal', async () => {
    const { api, sent } = fakeApi({
      'tab-verdict': () => ({ reading, verdict: { ...verdict, dismissed: 'dismissed' }, checkedAt: 1 }),
      'set-dismissal': () => ({ ok: true }),
      'recheck-tab': () => ({ ok: true }),
      'sync-status': () => status,
    });
    view = await render(<Popup api={api} />);
    await settle();
    expect(view.container.textContent).toContain('You hid the warning on this listing.');
    const undo = [...view.container.querySelectorAll('button')].find((b) => b.textContent === 'Show the warning again');
    await click(undo);
    await settle();
    expect(sent.find((m) => m.type === 'set-dismissal')?.data).toEqual({
      listingKey: verdict.listingKey,
      kind: 'clear',
      signature: '',
    });
  });

  it('notes a store that a notice named, apart from any warning, with the authority and link', async () => {
    const storeRecord = record({
      ref: 'S1',
      authority: 'Example Ministry via Consumer24',
      url: 'https://www.consumer.go.kr/',
      product: { names: [{ lang: 'en', text: 'Example paint pen' }] },
    });
    const noted: Verdict = { ...verdict, matches: [], storeNotes: [matched(storeRecord, 'similar')] };
    const { api } = fakeApi({ 'tab-verdict': () => ({ reading, verdict: noted }), 'sync-status': () => status });
    view = await render(<Popup api={api} />);
    await settle();
    const note = byTestId(view.container, 'popup-store-note')!;
    expect(note.textContent).toContain('This store had a listing blocked by Example Ministry via Consumer24');
    expect(note.textContent).toContain('"Example paint pen"');
    expect(note.textContent).toContain('This does not mean this listing is that product.');
    expect(note.querySelector('a')!.getAttribute('href')).toBe('https://www.consumer.go.kr/');
    expect(byTestId(view.container, 'popup-verdict')!.textContent).toContain(
      'Nothing in the hazard database matched this listing',
    );
  });

  it("on the bundled data, says when the bundle was selected and each source's licence", async () => {
    const bundledStatus: SyncStatus = {
      ...status,
      bundled: true,
      lastSyncAt: undefined,
      sources: [{ source: 'kr-consumer24', count: 21 }],
      bundle: {
        generatedAt: '2026-12-02',
        sources: [{ source: 'kr-consumer24', publisher: 'Example publisher', licence: 'Example licence, KOGL Type 1' }],
      },
    };
    const { api } = fakeApi({ 'tab-verdict': () => ({ reading, verdict }), 'sync-status': () => bundledStatus });
    view = await render(<Popup api={api} />);
    await settle();
    const fresh = byTestId(view.container, 'popup-freshness')!;
    expect(fresh.textContent).toContain(
      'Using the data that came with the extension, selected on Dec 2, 2026 from the official registers listed below.',
    );
    expect(fresh.textContent).toContain(
      'Consumer24 (Korea Fair Trade Commission recall portal) — 21 records · Example licence, KOGL Type 1',
    );
  });

  it('speaks Korean when the settings say so', async () => {
    const { api } = fakeApi(
      { 'tab-verdict': () => ({ reading, verdict }), 'sync-status': () => status },
      { language: 'ko' },
    );
    view = await render(<Popup api={api} />);
    await settle();
    expect(view.container.textContent).toContain('이 페이지');
    expect(view.container.textContent).toContain('DEHP(프탈레이트 가소제) 기준치의 270배');
    expect(document.documentElement.lang).toBe('ko');
  });
});
