// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CardBadge } from '../../../components/CardBadge';
import { CardPopover } from '../../../components/CardPopover';
import type { ReportRequest } from '../../../lib/ui/report-request';
import { byTestId, click, hairband, key, matched, render, settle, type Rendered } from './helpers';

let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
});

describe('CardBadge', () => {
  it('is a labelled button that opens without following the card link', async () => {
    const opened: HTMLButtonElement[] = [];
    const link = document.createElement('a');
    link.href = 'https://www.aliexpress.com/item/1.html';
    let followed = false;
    link.addEventListener('click', (e) => {
      followed = !e.defaultPrevented;
      e.preventDefault(); // the test page must not navigate either way
    });
    document.body.append(link);
    view = await render(<CardBadge tier="exact" lang="en" expanded={false} onOpen={(b) => opened.push(b)} />);
    link.append(view.container);
    const badge = byTestId(view.container, 'hazard-card-badge')!;
    expect(badge.getAttribute('aria-label')).toBeNull(); // named by its text, visible part first
    expect(badge.textContent).toBe('⚠ Hazard report — Hazard Check: Exact match. Show why this item is flagged');
    expect(badge.getAttribute('aria-haspopup')).toBe('dialog');
    expect(badge.textContent).toContain('Hazard report');
    await click(badge);
    expect(opened).toEqual([badge]);
    expect(followed).toBe(false);
    link.remove();
  });

  it('looks softer for the similar tier', async () => {
    view = await render(<CardBadge tier="similar" lang="ko" expanded={false} onOpen={() => undefined} />);
    const badge = byTestId(view.container, 'hazard-card-badge')!;
    expect(badge.className).toContain('hc-tone-caution');
    expect(badge.textContent).toContain('유사 제품 경고');
  });
});

describe('CardPopover', () => {
  it('shows the same evidence as the banner, reports, and closes on Escape', async () => {
    const closed: string[] = [];
    const reports: ReportRequest[] = [];
    view = await render(
      <CardPopover
        itemId="1005001111111111"
        matches={[matched(hairband, 'exact')]}
        lang="en"
        anchorRect={() => new DOMRect(100, 100, 80, 20)}
        onClose={() => closed.push('x')}
        onReport={(r) => reports.push(r)}
      />,
    );
    await settle();
    const dialog = byTestId(view.container, 'hazard-card-popover')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.textContent).toContain('DEHP (phthalate plasticiser) 270× the legal limit');
    expect(dialog.textContent).toContain('Reported by Seoul Metropolitan Government');
    expect(byTestId(dialog, 'hazard-evidence')).not.toBeNull();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Close');
    await click(byTestId(dialog, 'hazard-card-report'));
    expect(reports).toEqual([
      { reason: 'wrong-match', from: 'card', itemId: '1005001111111111', recordIds: ['curated:HAIR-1'] },
    ]);
    await key(dialog, 'Escape');
    expect(closed).toEqual(['x']);
  });
});

describe('own-report card badge', () => {
  it('says "Your report" and its popover keeps it apart from authority data', async () => {
    view = await render(<CardBadge tier="own" lang="en" expanded={false} onOpen={() => undefined} />);
    const badge = byTestId(view.container, 'hazard-card-badge')!;
    expect(badge.className).toContain('hc-tone-own');
    expect(badge.textContent).toBe('✎ Your report — Hazard Check: Your report. Show why this item is flagged');
    await view.unmount();
    view = await render(
      <CardPopover
        itemId="9"
        matches={[]}
        ownReport={{ reportId: 'r', note: 'Sharp edges', createdAt: Date.UTC(2026, 10, 2) }}
        lang="en"
        anchorRect={() => undefined}
        onClose={() => undefined}
        onReport={() => undefined}
      />,
    );
    const dialog = byTestId(view.container, 'hazard-card-popover')!;
    expect(byTestId(dialog, 'hazard-own-report')!.textContent).toContain('Your note: Sharp edges');
    expect(byTestId(dialog, 'hazard-card-report')).toBeNull();
  });
});
