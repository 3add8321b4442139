// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Banner } from '../../../components/Banner';
import type { Verdict } from '../../../lib/core/verdict';
import type { ReportRequest } from '../../../lib/ui/report-request';
import { byTestId, click, hairband, key, matched, render, settle, type Rendered } from './helpers';

const base: Verdict = {
  state: 'ok',
  matches: [],
  cards: {},
  signature: 'sig1',
  listingKey: 'aliexpress:1005001111111111',
};
let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
});

function setup(verdict: Verdict, lang: 'en' | 'ko' = 'en', withReport = true) {
  const decisions: string[] = [];
  const reports: ReportRequest[] = [];
  const onClose = vi.fn();
  return {
    decisions,
    reports,
    onClose,
    element: (
      <Banner
        verdict={verdict}
        lang={lang}
        onDecision={async (kind) => void decisions.push(kind)}
        onReport={withReport ? (r) => reports.push(r) : undefined}
        onClose={onClose}
      />
    ),
  };
}

describe('Banner', () => {
  it('leads with the hazard, then the product, authority, date, place, action, notice and evidence', async () => {
    const { element } = setup({ ...base, matches: [matched(hairband, 'exact')] });
    view = await render(element);
    const banner = byTestId(view.container, 'hazard-banner')!;
    expect(banner.getAttribute('data-tier')).toBe('exact');
    expect(byTestId(banner, 'hazard-headline')!.textContent).toBe(
      "DEHP (phthalate plasticiser) 270× the legal limit — Product as recorded: Children's hairband · children's product",
    );
    const text = banner.textContent!;
    expect(text).toContain('Reported by Seoul Metropolitan Government, May 9, 2024');
    expect(text).toContain('Where: South Korea');
    expect(text).toContain('Action taken: Listing blocked by the platform');
    expect(text).toContain('DEHP: measured 27 %, limit 0.1 %');
    const link = banner.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/notices/hair-1');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(byTestId(banner, 'hazard-evidence')!.textContent).toContain('Listing ID');
    expect(byTestId(banner, 'hazard-explanations')!.textContent).toContain('plasticisers');
  });

  it('announces itself with a short, labelled alert', async () => {
    const { element } = setup({ ...base, matches: [matched(hairband, 'exact')] });
    view = await render(element);
    const alert = view.container.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Reported as hazardous');
    expect(alert.textContent).toContain('DEHP (phthalate plasticiser) 270× the legal limit');
    const section = byTestId(view.container, 'hazard-banner')!;
    const label = view.container.querySelector(`#${CSS.escape(section.getAttribute('aria-labelledby')!)}`);
    expect(label?.textContent).toBe('DEHP (phthalate plasticiser) 270× the legal limit');
  });

  it('opens folded after the first view: headline, source, tier and actions, details unfold in place', async () => {
    const decisions: string[] = [];
    view = await render(
      <Banner
        verdict={{ ...base, matches: [matched(hairband, 'exact')] }}
        lang="ko"
        compact
        onDecision={async (k) => void decisions.push(k)}
        onClose={() => undefined}
      />,
    );
    const banner = byTestId(view.container, 'hazard-banner')!;
    expect(byTestId(banner, 'hazard-title')!.textContent).toBe('DEHP(프탈레이트 가소제) 기준치의 270배');
    expect(byTestId(banner, 'hazard-source')!.textContent).toContain('Seoul Metropolitan Government 보고');
    expect(byTestId(banner, 'hazard-headline')).toBeNull();
    const toggle = byTestId(banner, 'hazard-details-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(byTestId(banner, 'hazard-headline')!.textContent).toContain('기록된 제품');
    expect(byTestId(banner, 'hazard-evidence')).not.toBeNull();
  });

  it('hedges a strong match and a similar note, and never calls the product dangerous', async () => {
    const strong = setup({ ...base, matches: [matched(hairband, 'strong')] });
    view = await render(strong.element);
    expect(view.container.textContent).toContain('may be the same product as one in an official hazard record');
    expect(view.container.textContent).not.toMatch(/this product is dangerous/i);
    await view.unmount();

    const similar = setup({ ...base, signature: '', matches: [matched(hairband, 'similar')] });
    view = await render(similar.element);
    const banner = byTestId(view.container, 'hazard-banner')!;
    expect(banner.getAttribute('data-tier')).toBe('similar');
    expect(banner.className).toContain('hc-small');
    expect(banner.textContent).toContain('Similar products were flagged');
    expect(view.container.querySelector('[role="status"]')).not.toBeNull();
    // The soft tier can be snoozed too, but "not this product" is for warnings only.
    expect(byTestId(banner, 'hazard-snooze')).not.toBeNull();
    expect(byTestId(banner, 'hazard-not-this-product')).toBeNull();
  });

  it('shows the top match and "N more reports", never mixing in the soft tier', async () => {
    const { element } = setup({
      ...base,
      matches: [
        matched(hairband, 'exact'),
        matched({ ...hairband, ref: 'B' }, 'strong'),
        matched({ ...hairband, ref: 'C' }, 'strong'),
        matched({ ...hairband, ref: 'D' }, 'similar'),
      ],
    });
    view = await render(element);
    const more = byTestId(view.container, 'hazard-more-reports')!;
    expect(more.textContent).toBe('2 more reports');
    expect(view.container.querySelectorAll('.hc-match')).toHaveLength(1);
    await click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect([...view.container.querySelectorAll('.hc-match')].map((m) => m.getAttribute('data-record-id'))).toEqual([
      'curated:HAIR-1',
      'curated:B',
      'curated:C',
    ]);
  });

  it('dismisses for this listing and snoozes: saves the decision and closes', async () => {
    for (const [button, kind] of [
      ['hazard-dismiss', 'dismissed'],
      ['hazard-snooze', 'snoozed'],
    ] as const) {
      const s = setup({ ...base, matches: [matched(hairband, 'exact')] });
      view = await render(s.element);
      await click(byTestId(view.container, button));
      await settle();
      expect(s.decisions).toEqual([kind]);
      expect(byTestId(view.container, 'hazard-banner')).toBeNull();
      expect(s.onClose).toHaveBeenCalled();
      await view.unmount();
      view = undefined;
    }
  });

  it('"not this product" saves, thanks, and offers to report the wrong match', async () => {
    const s = setup({ ...base, matches: [matched(hairband, 'strong')] });
    view = await render(s.element);
    await click(byTestId(view.container, 'hazard-not-this-product'));
    await settle();
    expect(s.decisions).toEqual(['not-this-product']);
    expect(byTestId(view.container, 'hazard-thanks')).not.toBeNull();
    const reportButton = byTestId(view.container, 'hazard-report-wrong-match')!;
    expect(document.activeElement).toBe(reportButton);
    await click(reportButton);
    expect(s.reports).toEqual([
      { reason: 'wrong-match', from: 'banner', listingKey: base.listingKey, recordIds: ['curated:HAIR-1'] },
    ]);
    expect(s.onClose).toHaveBeenCalled();
  });

  it('keeps the warning and says so when the decision could not be saved', async () => {
    const onClose = vi.fn();
    view = await render(
      <Banner
        verdict={{ ...base, matches: [matched(hairband, 'exact')] }}
        lang="en"
        onDecision={() => Promise.reject(new Error('offline'))}
        onClose={onClose}
      />,
    );
    await click(byTestId(view.container, 'hazard-dismiss'));
    await settle();
    expect(byTestId(view.container, 'hazard-banner')).not.toBeNull();
    expect(view.container.textContent).toContain('Could not save your choice');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows no report button without a report flow', async () => {
    const s = setup({ ...base, matches: [matched(hairband, 'exact')] }, 'en', false);
    view = await render(s.element);
    expect(byTestId(view.container, 'hazard-report')).toBeNull();
  });

  it('collapses on Escape and from its button, and expands again', async () => {
    const { element } = setup({ ...base, matches: [matched(hairband, 'exact')] });
    view = await render(element);
    await key(byTestId(view.container, 'hazard-dismiss')!, 'Escape');
    const expand = byTestId(view.container, 'hazard-expand')!;
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    expect(expand.textContent).toContain('Hazard report (1)');
    expect(document.activeElement).toBe(expand);
    expect(byTestId(view.container, 'hazard-banner')).toBeNull();
    await click(expand);
    await click(byTestId(view.container, 'hazard-collapse'));
    expect(byTestId(view.container, 'hazard-expand')).not.toBeNull();
  });

  it("keeps the user's own report apart from authority data, and shows it after a dismissal", async () => {
    const ownReport = { reportId: 'r1', note: 'Smells of plastic', createdAt: Date.UTC(2026, 10, 2) };
    const s = setup({ ...base, matches: [matched(hairband, 'exact')], ownReport });
    view = await render(s.element);
    const own = byTestId(view.container, 'hazard-own-report')!;
    expect(own.textContent).toContain('Your report');
    expect(own.textContent).toContain('not a finding by an authority');
    expect(own.textContent).toContain('Your note: Smells of plastic');
    expect(byTestId(view.container, 'hazard-banner')!.contains(own)).toBe(false);
    await click(byTestId(view.container, 'hazard-dismiss'));
    await settle();
    expect(byTestId(view.container, 'hazard-banner')).toBeNull();
    expect(byTestId(view.container, 'hazard-own-report')).not.toBeNull();
    expect(s.onClose).not.toHaveBeenCalled();
  });

  it('speaks Korean', async () => {
    const { element } = setup({ ...base, matches: [matched(hairband, 'exact')] }, 'ko');
    view = await render(element);
    const text = byTestId(view.container, 'hazard-banner')!.textContent!;
    expect(text).toContain('위해 제품으로 보고됨');
    expect(text).toContain('DEHP(프탈레이트 가소제) 기준치의 270배');
    expect(text).toContain('Seoul Metropolitan Government 보고, 2024. 5. 9.');
    expect(text).toContain('이 상품에서 숨기기');
  });

  it('renders feed text as text, never as markup', async () => {
    const hostile = matched({
      ...hairband,
      chemicals: [],
      hazardText: [{ lang: 'en', text: '<img src=x onerror="alert(1)">Bad' }],
    });
    // The schema refuses such a URL; the UI must not rely on every stored row having passed it.
    hostile.record.url = 'javascript:alert(1)';
    const { element } = setup({ ...base, matches: [hostile] });
    view = await render(element);
    expect(view.container.querySelector('img')).toBeNull();
    expect(view.container.textContent).toContain('<img src=x onerror="alert(1)">Bad');
    expect(view.container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('follows the page theme', async () => {
    view = await render(
      <Banner
        verdict={{ ...base, matches: [matched(hairband, 'exact')] }}
        lang="en"
        theme="dark"
        onDecision={async () => undefined}
        onClose={() => undefined}
      />,
    );
    expect(byTestId(view.container, 'hazard-banner-root')!.className).toContain('hc-theme-dark');
  });
});
