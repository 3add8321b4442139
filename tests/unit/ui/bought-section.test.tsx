// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { BoughtSection } from '../../../components/options/BoughtSection';
import type { WatchedListing } from '../../../lib/hazards/db';
import { byTestId, click, render, settle, type Rendered } from './helpers';
import { fakeApi } from './fake-api';

let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
});

const row = (id: string, extra: Partial<WatchedListing> = {}): WatchedListing => ({
  listingKey: `temu:${id}`,
  site: 'temu',
  itemId: id,
  title: `Item ${id}`,
  url: `https://www.temu.com/g-${id}.html`,
  viewedAt: 1,
  marked: false,
  notifiedRecordIds: [],
  purchase: { orderDate: '2026-03-05', variant: 'Blue', seenAt: 1 },
  ...extra,
});

describe('BoughtSection (options)', () => {
  it('explains the opt-in, is off by default, lists the items and deletes one or all', async () => {
    let items = [
      row('601099650000001', { seller: { name: 'Lumo Baby Store' }, notifiedRecordIds: ['curated:X'] }),
      row('601099650000002'),
    ];
    const fake = fakeApi({
      'bought-list': () => ({ items }),
      'bought-delete': ({ listingKey }) => {
        const before = items.length;
        items = listingKey ? items.filter((i) => i.listingKey !== listingKey) : [];
        return { deleted: before - items.length };
      },
    });
    const toggled: boolean[] = [];
    view = await render(
      <BoughtSection lang="en" send={fake.api.send} enabled={false} onToggle={(on) => toggled.push(on)} />,
    );
    await settle();
    const section = byTestId(view.container, 'bought-section')!;
    expect(section.textContent).toContain('never sent anywhere');
    const toggle = byTestId(section, 'opt-remember-purchases') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    await click(toggle);
    expect(toggled).toEqual([true]);

    const lines = section.querySelectorAll('[data-testid="bought-item"]');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.textContent).toContain('Item 601099650000001 · Lumo Baby Store · variant: Blue · ordered');
    expect(lines[0]!.textContent).toContain('reported');
    await click(lines[1]!.querySelector('button'));
    await settle();
    expect(section.querySelectorAll('[data-testid="bought-item"]')).toHaveLength(1);
    await click(byTestId(section, 'bought-delete-all'));
    await settle();
    expect(section.textContent).toContain('No bought items are remembered.');
    expect(fake.sent.map((s) => s.type)).toEqual([
      'bought-list',
      'bought-delete',
      'bought-list',
      'bought-delete',
      'bought-list',
    ]);
  });
});

describe('BoughtAlerts (popup)', () => {
  it('shows only bought items a record names, with the refund link to the order on its marketplace', async () => {
    const { BoughtAlerts } = await import('../../../components/popup/BoughtAlerts');
    const fake = fakeApi({
      'bought-list': () => ({
        items: [
          row('601099650000001', {
            notifiedRecordIds: ['curated:X'],
            purchase: { orderId: 'PO-211-01234567890123456', seenAt: 1 },
          }),
          row('601099650000002'),
        ],
      }),
    });
    view = await render(<BoughtAlerts api={fake.api} lang="ko" />);
    await settle();
    const items = view.container.querySelectorAll('[data-testid="popup-bought-item"]');
    expect(items).toHaveLength(1);
    expect(view.container.textContent).toContain('신고된 구매 상품');
    const refund = [...items[0]!.querySelectorAll('a')].at(-1)!;
    expect(refund.textContent).toBe('Temu에 환불 요청하기');
    expect(refund.getAttribute('href')).toBe(
      'https://www.temu.com/bgt_order_detail.html?parent_order_sn=PO-211-01234567890123456',
    );
  });

  it('stays away when nothing bought was reported', async () => {
    const { BoughtAlerts } = await import('../../../components/popup/BoughtAlerts');
    view = await render(
      <BoughtAlerts api={fakeApi({ 'bought-list': () => ({ items: [row('601099650000002')] }) }).api} lang="en" />,
    );
    await settle();
    expect(view.container.querySelector('[data-testid="popup-bought-alerts"]')).toBeNull();
  });
});
