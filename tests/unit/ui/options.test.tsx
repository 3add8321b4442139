// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Options } from '../../../components/options/Options';
import type { SyncStatus } from '../../../lib/core/verdict';
import type { LocalDataApi } from '../../../lib/ui/local-data';
import { fakeApi } from './fake-api';
import { byTestId, click, render, settle, type Rendered } from './helpers';

const status: SyncStatus = {
  dataAsOf: '2026-11-01',
  recordCount: 3,
  bundled: true,
  sources: [
    { source: 'eu-safety-gate', count: 2 },
    { source: 'curated', count: 1 },
  ],
};

let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
});

function localData() {
  const calls: string[] = [];
  const data: LocalDataApi = {
    exportData: async () => (
      calls.push('export'),
      {
        format: 'hazard-check-local-data',
        version: 1,
        exportedAt: '',
        settings: {} as never,
        dismissals: [],
        watched: [],
        reports: [],
        localRules: [],
      }
    ),
    clearData: async () => void calls.push('clear'),
  };
  return { data, calls };
}

async function change(input: HTMLInputElement | HTMLSelectElement, value?: string) {
  await act(async () => {
    if (input instanceof HTMLSelectElement) {
      input.value = value!;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    } else input.click();
  });
  await settle();
}

describe('Options', () => {
  it('shows the one-time notice until it is acknowledged, then keeps it readable', async () => {
    const fake = fakeApi({ 'sync-status': () => status });
    view = await render(<Options api={fake.api} data={localData().data} welcome />);
    await settle();
    const notice = byTestId(view.container, 'notice')!;
    expect(notice.textContent).toContain('warnings can be wrong');
    expect(notice.textContent).toContain('No warning does not mean a product is safe');
    expect(document.activeElement?.id).toBe('hc-notice-title');
    await click(byTestId(notice, 'notice-acknowledge'));
    await settle();
    expect(fake.settings().noticeAcknowledged).toBe(true);
    expect(byTestId(view.container, 'notice')).toBeNull();
    expect(byTestId(view.container, 'notice-read-again')).not.toBeNull();
  });

  it("switches sources, the similar tier, children's focus and the interval, and says it saved", async () => {
    const fake = fakeApi({ 'sync-status': () => status }, { noticeAcknowledged: true });
    view = await render(<Options api={fake.api} data={localData().data} />);
    await settle();
    const sources = byTestId(view.container, 'options-sources')!;
    expect(sources.textContent).toContain('EU Safety Gate — 2 records');
    await change(sources.querySelector<HTMLInputElement>('[data-source="us-cpsc"]')!);
    expect(fake.settings().disabledSources).toEqual(['us-cpsc']);
    // Children's focus narrows the similar notes: off (and saying why) until they are on.
    const children = byTestId(view.container, 'opt-children-only') as HTMLInputElement;
    expect(children.disabled).toBe(true);
    expect(view.container.textContent).toContain('Turn on the similar-product notes above to use it.');
    await change(byTestId(view.container, 'opt-show-similar') as HTMLInputElement);
    expect(children.disabled).toBe(false);
    await change(byTestId(view.container, 'opt-children-only') as HTMLInputElement);
    await change(byTestId(view.container, 'opt-sync-interval') as HTMLSelectElement, '24');
    expect(fake.settings()).toMatchObject({ showSimilar: true, childrenOnly: true, syncIntervalHours: 24 });
    expect(byTestId(view.container, 'options-saved')!.textContent).toBe('Saved.');
  });

  it('switches the whole page to Korean at once', async () => {
    const fake = fakeApi({ 'sync-status': () => status }, { noticeAcknowledged: true });
    view = await render(<Options api={fake.api} data={localData().data} />);
    await settle();
    await change(byTestId(view.container, 'opt-lang-ko') as HTMLInputElement);
    expect(fake.settings().language).toBe('ko');
    expect(view.container.querySelector('h1')!.textContent).toBe('Hazard Check 설정');
    // The "auto" rule is spelled out, in the page's language.
    expect(byTestId(view.container, 'opt-lang-rule')!.textContent).toContain('브라우저 자체의 표시 언어');
  });

  it('reports the result of "update now", and an error in words', async () => {
    let fail = false;
    const fake = fakeApi(
      {
        'sync-status': () => status,
        'sync-now': () =>
          (fail
            ? { ...status, lastError: 'x', lastErrorCode: 'network' }
            : { ...status, dataAsOf: '2026-11-20' }) as SyncStatus,
      },
      { noticeAcknowledged: true },
    );
    view = await render(<Options api={fake.api} data={localData().data} />);
    await settle();
    await click(byTestId(view.container, 'opt-sync-now'));
    await settle();
    expect(byTestId(view.container, 'sync-result')!.textContent).toBe('Done. Data as of Nov 20, 2026.');
    fail = true;
    await click(byTestId(view.container, 'opt-sync-now'));
    await settle();
    expect(byTestId(view.container, 'sync-result')!.textContent).toBe(
      'The update failed: The update server could not be reached. Check your connection. The current data stays in use.',
    );
  });

  it('deletes local data only after confirmation, focusing "Cancel" first', async () => {
    const fake = fakeApi({ 'sync-status': () => status }, { noticeAcknowledged: true, showSimilar: true });
    const { data, calls } = localData();
    view = await render(<Options api={fake.api} data={data} />);
    await settle();
    await click(byTestId(view.container, 'opt-clear'));
    const confirm = byTestId(view.container, 'opt-clear-confirm')!;
    expect(confirm.getAttribute('role')).toBe('alertdialog');
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(calls).toEqual([]);
    await click(byTestId(confirm, 'opt-clear-yes'));
    await settle();
    expect(calls).toEqual(['clear']);
    expect(fake.settings()).toMatchObject({ showSimilar: false, noticeAcknowledged: true });
    expect(byTestId(view.container, 'data-result')!.textContent).toBe('Your data was deleted.');
  });
});
