// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportDialog } from '../../../components/report/ReportDialog';
import type { Handlers, MessageType, Request, Response } from '../../../lib/messaging';
import { formatPayload, parseReportPayload } from '../../../lib/reports/types';
import type { PageReading } from '../../../lib/sites/types';
import type { ReportRequest } from '../../../lib/ui/report-request';
import { byTestId, click, render, settle, type Rendered } from '../ui/helpers';
import { aliReading, GLOBAL_ID, record } from './helpers';
import { harness, type Harness } from './service-harness';

/** The dialog talks to the real report handlers and hazard service, as in the extension. */
function sendTo(h: Harness) {
  const handlers: Partial<Handlers> = {
    ...h.reports.handlers,
    'get-records': async ({ ids }) => ({ records: await h.hazards.records(ids) }),
    'search-records': async ({ query }) => ({ records: await h.hazards.search(query) }),
  };
  return async <K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> => {
    const handler = handlers[type] as ((d: Request<K>, s: { tabId?: number }) => Promise<Response<K>>) | undefined;
    if (!handler) throw new Error(`no handler for ${type}`);
    return handler(data, { tabId: 3 });
  };
}

async function type(element: Element | null, value: string) {
  if (!element) throw new Error('no field');
  await act(async () => {
    const input = element as HTMLInputElement;
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Settles until `ready()` holds (real IndexedDB work takes several turns), or fails after a while. */
async function until(ready: () => unknown) {
  for (let i = 0; i < 100 && !ready(); i++) await settle();
  if (!ready()) throw new Error('condition never held');
}

const hostileTitle = 'Puzzle <img src=x onerror="alert(1)"> </pre><b>bold</b>';
const reading: PageReading = { ...aliReading, product: { ...aliReading.product!, title: hostileTitle } };
const missed: ReportRequest = { reason: 'missed-hazard', from: 'popup', recordIds: [] };

let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
});

async function open(h: Harness, request: ReportRequest, extra: { locale?: string; copied?: string[] } = {}) {
  let closed = 0;
  view = await render(
    <ReportDialog
      request={request}
      reading={reading}
      lang="en"
      locale={extra.locale ?? 'en-US'}
      send={sendTo(h)}
      copyText={async (text) => void extra.copied?.push(text)}
      onClose={() => void closed++}
    />,
  );
  await settle();
  return { root: view.container, closed: () => closed };
}

async function fillEvidence(root: HTMLElement) {
  await type(byTestId(root, 'report-hazard'), 'Magnets come loose');
  await type(byTestId(root, 'report-authority'), 'Test Lab');
  await type(byTestId(root, 'report-evidence'), 'https://example.org/test?utm_source=x');
}

describe('report dialog', () => {
  it('previews exactly what will be sent, as text, and stores nothing before confirming', async () => {
    const h = await harness({ endpoint: 'http://127.0.0.1:9/none' });
    const { root } = await open(h, missed);
    await fillEvidence(root);
    await click(byTestId(root, 'report-preview-button'));
    await until(() => byTestId(root, 'report-preview') ?? byTestId(root, 'report-error'));

    const pre = byTestId(root, 'report-preview')!;
    const payload = parseReportPayload(JSON.parse(pre.textContent!));
    expect(pre.textContent).toBe(formatPayload(payload));
    // Markup in page text is defused (a space after `<`), never sent as markup.
    expect(payload.listing.title).toBe('Puzzle < img src=x onerror="alert(1)"> < /pre>< b>bold< /b>');
    expect(payload.missedHazard?.evidenceUrl).toBe('https://example.org/test');
    expect(root.querySelector('img, b')).toBeNull(); // page text stays text
    expect(await h.db.reports.count()).toBe(0);
    expect((byTestId(root, 'report-channel-endpoint') as HTMLInputElement).checked).toBe(true);
  });

  it('explains what is missing', async () => {
    const h = await harness();
    const { root } = await open(h, missed);
    await type(byTestId(root, 'report-hazard'), 'Lead');
    await type(byTestId(root, 'report-authority'), 'Lab');
    await click(byTestId(root, 'report-preview-button'));
    await until(() => byTestId(root, 'report-preview') ?? byTestId(root, 'report-error'));
    expect(byTestId(root, 'report-error')?.textContent).toBe('Give a link to the evidence, or pick a record.');
    expect(byTestId(root, 'report-preview')).toBeNull();
  });

  it('confirms a missed hazard to GitHub: opens the issue and marks the listing as the user’s report', async () => {
    const h = await harness();
    const { root } = await open(h, missed);
    await fillEvidence(root);
    await click(byTestId(root, 'report-preview-button'));
    await until(() => byTestId(root, 'report-preview') ?? byTestId(root, 'report-error'));
    expect((byTestId(root, 'report-channel-github') as HTMLInputElement).checked).toBe(true); // no endpoint in this build
    await click(byTestId(root, 'report-confirm'));
    await until(() => byTestId(root, 'report-done'));

    expect(byTestId(root, 'report-done')?.textContent).toContain('GitHub opened in a new tab');
    expect(byTestId(root, 'report-local-rule')).not.toBeNull();
    expect(h.opened[0]).toMatch(/^https:\/\/github\.com\/hazard-check\/hazard-data\/issues\/new\?/);
    expect(await h.db.localRules.where('listingKey').equals(`aliexpress:${GLOBAL_ID}`).count()).toBe(1);
  });

  it('copies the report for the official channel of the user’s region and opens it', async () => {
    const h = await harness();
    const copied: string[] = [];
    const { root } = await open(h, { reason: 'other', from: 'popup', recordIds: [] }, { locale: 'ko-KR', copied });
    await click(byTestId(root, 'report-kind-listing-changed'));
    await click(byTestId(root, 'report-preview-button'));
    await until(() => byTestId(root, 'report-preview') ?? byTestId(root, 'report-error'));
    await click(byTestId(root, 'report-channel-official'));
    expect((byTestId(root, 'report-official-channel') as HTMLSelectElement).value).toBe('kr-consumer24');
    const shown = byTestId(root, 'report-preview')!.textContent;
    await click(byTestId(root, 'report-confirm'));
    await until(() => byTestId(root, 'report-done'));
    expect(copied).toEqual([shown]);
    expect(shown).toContain('Change: It is gone (removed or unavailable)');
    expect(h.opened).toEqual(['https://www.consumer.go.kr']);
    expect(byTestId(root, 'report-done')?.textContent).toContain('Copied.');
  });

  it('reports a wrong match from the banner with the shown records preselected', async () => {
    const shown = record({ ref: 'W-1', marketplaces: [{ platform: 'aliexpress', listingId: GLOBAL_ID }] });
    const h = await harness({ records: [shown] });
    const { root } = await open(h, { reason: 'wrong-match', from: 'banner', recordIds: [shown.id] });
    expect((byTestId(root, 'report-kind-wrong-match') as HTMLInputElement).checked).toBe(true);
    expect((byTestId(root, 'report-wrong-record') as HTMLInputElement).checked).toBe(true);
    await click(byTestId(root, 'report-preview-button'));
    await until(() => byTestId(root, 'report-preview') ?? byTestId(root, 'report-error'));
    const payload = JSON.parse(byTestId(root, 'report-preview')!.textContent!.split('```json\n')[1]!.split('\n```')[0]!);
    expect(payload).toMatchObject({ kind: 'wrong-match', wrongMatch: { recordRefs: [shown.id] }, matchedRecordIds: [shown.id] });
  });

  it('picks the missed record from a search of the local database', async () => {
    const beads = record({ ref: 'B-1', product: { names: [{ lang: 'en', text: 'Water beads' }] }, hazardText: [{ lang: 'en', text: 'Swallowing hazard' }], url: 'https://example.org/b1' });
    const h = await harness({ records: [beads] });
    const { root } = await open(h, missed);
    await type(byTestId(root, 'report-search-input'), 'water');
    await click(byTestId(root, 'report-search'));
    await until(() => byTestId(root, 'report-search-result'));
    await click(byTestId(root, 'report-search-result'));
    expect(byTestId(root, 'report-picked')?.textContent).toContain('Water beads');
    await click(byTestId(root, 'report-preview-button'));
    await until(() => byTestId(root, 'report-preview') ?? byTestId(root, 'report-error'));
    expect(byTestId(root, 'report-preview')!.textContent).toContain('"recordRef": "curated:B-1"');
  });

  const press = async (root: HTMLElement, key: string, shiftKey = false) =>
    act(async () => {
      byTestId(root, 'report-dialog')!.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));
    });

  it('closes on Escape and on Cancel while nothing was entered', async () => {
    const h = await harness();
    const { root, closed } = await open(h, missed);
    await press(root, 'Escape');
    await click(byTestId(root, 'report-close'));
    expect(closed()).toBe(2);
  });

  it('asks before Escape or Cancel throws away what the user typed', async () => {
    const h = await harness();
    const { root, closed } = await open(h, missed);
    await type(byTestId(root, 'report-hazard'), 'Magnets come loose');
    await press(root, 'Escape');
    expect(closed()).toBe(0);
    expect(byTestId(root, 'report-discard')!.textContent).toContain('Discard this report?');
    await click(byTestId(root, 'report-discard-no'));
    expect(byTestId(root, 'report-discard')).toBeNull();
    expect((byTestId(root, 'report-hazard') as HTMLInputElement).value).toBe('Magnets come loose');
    await click(byTestId(root, 'report-close'));
    await click(byTestId(root, 'report-discard-yes'));
    expect(closed()).toBe(1);
  });

  it('keeps keyboard focus inside the dialog', async () => {
    const h = await harness();
    const { root } = await open(h, missed);
    const dialog = byTestId(root, 'report-dialog')!;
    const buttons = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled])')];
    buttons.at(-1)!.focus();
    await press(root, 'Tab');
    expect(document.activeElement).toBe(dialog.querySelector('button, [href], input, select, textarea'));
    await press(root, 'Tab', true);
    expect(document.activeElement).toBe(buttons.at(-1));
  });
});
