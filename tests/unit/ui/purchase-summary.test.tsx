// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PurchaseSummary } from '../../../components/PurchaseSummary';
import type { Verdict } from '../../../lib/core/verdict';
import type { PageReading } from '../../../lib/sites/types';
import { purchaseSummaryOf } from '../../../lib/ui/purchase-summary';
import { byTestId, click, hairband, matched, render, type Rendered } from './helpers';

let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
});

const cart: PageReading = {
  site: 'aliexpress',
  pageType: 'cart',
  state: 'ok',
  url: 'https://www.aliexpress.com/p/shoppingcart/index.html',
  cards: [
    { itemId: '1005000000000001', title: 'Brightfield hairband' },
    { itemId: '1005000000000002', title: 'Glimwick lamp' },
    { itemId: '1005000000000003', title: 'Northpeak lantern' },
    { itemId: '1005000000000004' },
  ],
};

const noUrl = { ...hairband, ref: 'NOURL-1', url: undefined, authority: 'Other Authority' };
const verdict: Verdict = {
  state: 'ok',
  matches: [],
  signature: '',
  cards: {
    '1005000000000001': [matched(hairband, 'exact')],
    '1005000000000002': [matched({ ref: 'SIM-1' }, 'similar')],
    '1005000000000004': [matched(noUrl, 'strong')],
  },
};

describe('purchaseSummaryOf', () => {
  it('counts warned items only (not "similar"), in page order, with the evidence link', () => {
    const summary = purchaseSummaryOf(verdict, cart, 'en');
    expect(summary?.heading).toBe('2 items in your cart were reported');
    expect(summary?.items).toEqual([
      {
        itemId: '1005000000000001',
        title: 'Brightfield hairband',
        authority: 'Seoul Metropolitan Government',
        noticeUrl: 'https://example.org/notices/hair-1',
      },
      // No title on the page: the record's product name stands in.
      { itemId: '1005000000000004', title: "Children's hairband", authority: 'Other Authority' },
    ]);
  });

  it('words the heading for the page kind and language, singular and plural', () => {
    const one = { ...verdict, cards: { '1005000000000001': verdict.cards['1005000000000001']! } };
    expect(purchaseSummaryOf(one, cart, 'en')?.heading).toBe('1 item in your cart was reported');
    expect(purchaseSummaryOf(verdict, cart, 'ko')?.heading).toBe('장바구니의 상품 2개가 신고되었습니다');
    expect(purchaseSummaryOf(verdict, { ...cart, pageType: 'checkout' }, 'en')?.heading).toBe(
      '2 items in this order were reported',
    );
    expect(purchaseSummaryOf(verdict, { ...cart, pageType: 'orders' }, 'en')?.heading).toBe(
      '2 items you bought were reported',
    );
  });

  it('shows nothing on search pages, when nothing was reported, or when the page was not checked', () => {
    expect(purchaseSummaryOf(verdict, { ...cart, pageType: 'search' }, 'en')).toBeNull();
    expect(purchaseSummaryOf({ ...verdict, cards: {} }, cart, 'en')).toBeNull();
    expect(purchaseSummaryOf({ ...verdict, state: 'unreadable' }, cart, 'en')).toBeNull();
  });
});

describe('PurchaseSummary', () => {
  it('is a labelled region with one evidence link per item that opens the notice in a new tab, and can be hidden', async () => {
    let hidden = 0;
    view = await render(
      <PurchaseSummary summary={purchaseSummaryOf(verdict, cart, 'en')!} lang="en" onHide={() => hidden++} />,
    );
    const region = byTestId(view.container, 'hazard-purchase-summary')!;
    expect(region.getAttribute('aria-label')).toBe('Hazard Check: reported items on this page');
    expect(region.textContent).toContain('2 items in your cart were reported');
    const links = [...region.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')])).toEqual([
      ['https://example.org/notices/hair-1', '_blank', 'noopener noreferrer'],
    ]);
    expect(links[0]!.getAttribute('aria-label')).toBe(
      'Evidence for Brightfield hairband: official notice from Seoul Metropolitan Government (opens in a new tab)',
    );
    expect(region.textContent).toContain('Other Authority (no link to the notice)');
    await click(region.querySelector('button'));
    expect(hidden).toBe(1);
  });
});
