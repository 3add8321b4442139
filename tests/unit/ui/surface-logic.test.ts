// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setMarkup } from './set-markup';
import { badgeFor, ICON_PATHS } from '../../../lib/background/badge';
import { PageChecker } from '../../../lib/content/page-checker';
import type { MessageType } from '../../../lib/messaging';
import type { Verdict } from '../../../lib/core/verdict';
import type { PageReading } from '../../../lib/sites/types';
import { authorityWarningOf, hasBannerContent } from '../../../lib/ui/banner-model';
import { recheckAndWait } from '../../../lib/ui/recheck';
import { summarizeTab } from '../../../lib/ui/tab-summary';
import { hairband, matched } from './helpers';

const ok: Verdict = { state: 'ok', matches: [], cards: {}, signature: '' };

describe('toolbar icon look', () => {
  it('greys the icon for "not checked" and keeps the normal icon for "nothing found"', () => {
    expect(badgeFor({ ...ok, state: 'unreadable' })).toMatchObject({ text: '?', icon: 'muted' });
    expect(badgeFor({ ...ok, listingKey: 'temu:1' })).toMatchObject({ text: '', icon: 'normal' });
    expect(ICON_PATHS.muted[16]).toBe('/icon/muted-16.png');
  });
});

describe('banner model', () => {
  it('shows warnings without the soft tier, the soft tier alone, nothing once dismissed', () => {
    const exact = matched(hairband, 'exact');
    const similar = matched({ ...hairband, ref: 'S' }, 'similar');
    expect(authorityWarningOf({ ...ok, matches: [exact, similar] })).toEqual({ tier: 'exact', top: exact, others: [] });
    expect(authorityWarningOf({ ...ok, matches: [similar] })?.tier).toBe('similar');
    expect(authorityWarningOf({ ...ok, matches: [exact], dismissed: 'snoozed' })).toBeUndefined();
    expect(
      hasBannerContent({
        ...ok,
        matches: [exact],
        dismissed: 'dismissed',
        ownReport: { reportId: 'r', note: '', createdAt: 1 },
      }),
    ).toBe(true);
    expect(hasBannerContent({ ...ok, state: 'challenge', matches: [exact] })).toBe(false);
  });
});

describe('popup tab summary', () => {
  const reading: PageReading = { site: 'temu', pageType: 'search', state: 'ok', url: 'https://www.temu.com/search' };
  it('distinguishes no page, not checked, product and card pages', () => {
    expect(summarizeTab(undefined, undefined)).toEqual({ kind: 'no-page' });
    expect(summarizeTab(reading, { ...ok, state: 'unreadable' })).toEqual({
      kind: 'not-checked',
      reasonKey: 'state_unreadable',
    });
    const flagged = [matched(hairband, 'exact')];
    expect(summarizeTab(reading, { ...ok, cards: { '1': flagged } })).toMatchObject({
      kind: 'cards',
      flagged: [['1', flagged]],
      ownReports: [],
    });
    const mine = { reportId: 'r', note: 'n', createdAt: 1 };
    expect(
      summarizeTab(reading, { ...ok, cards: { '1': flagged }, ownReportCards: { '1': mine, '2': mine } }),
    ).toMatchObject({
      ownReports: [['2', mine]],
    });
  });
});

describe('check again', () => {
  it('resolves once the background holds a newer check, or times out', async () => {
    let checkedAt = 5;
    const calls: MessageType[] = [];
    const api = {
      send: async (type: MessageType) => {
        calls.push(type);
        if (type === 'recheck-tab') checkedAt = 6;
        return { ok: true, checkedAt } as never;
      },
    };
    const noWait = async () => undefined;
    expect(await recheckAndWait(api, 1, { sleep: noWait })).toBe('checked');
    expect(calls).toEqual(['tab-verdict', 'recheck-tab', 'tab-verdict']);
    const silent = { send: async () => ({ ok: true, checkedAt: 5 }) as never };
    expect(await recheckAndWait(silent, 1, { sleep: noWait, timeoutMs: 1000, intervalMs: 100 })).toBe('timeout');
  });
});

describe('page checker and re-rendered cards', () => {
  it('draws badges again when the shop re-renders cards it already checked', async () => {
    setMarkup(document.body, '<div id="list"><a href="/item/1.html">one</a></div>');
    const read = (url: URL): PageReading => ({
      site: 'aliexpress',
      pageType: 'search',
      state: 'ok',
      url: url.href,
      cards: [...document.querySelectorAll('a')].map((a) => ({ itemId: a.getAttribute('href')!.match(/(\d+)/)![1]! })),
    });
    const renders: string[][] = [];
    let asked = 0;
    const checker = new PageChecker({
      doc: document,
      readPage: read,
      ask: async (r) => (
        asked++,
        { ...ok, cards: Object.fromEntries((r.cards ?? []).map((c) => [c.itemId, [matched(hairband, 'exact')]])) }
      ),
      renderProduct: () => undefined,
      renderCards: (v) => renders.push(Object.keys(v.cards)),
      clear: () => undefined,
    });
    await checker.check('https://www.aliexpress.com/w/wholesale-toy.html');
    expect(renders).toEqual([['1']]);
    // The shop replaces the card element with the same item: no new question, but a redraw.
    setMarkup(document.getElementById('list')!, '<a href="/item/1.html">one again</a>');
    await new Promise((resolve) => {
      const poll = () => (renders.length > 1 ? resolve(undefined) : setTimeout(poll, 20));
      poll();
    });
    expect(renders).toEqual([['1'], ['1']]);
    expect(asked).toBe(1);
    checker.reset();
  });
});

describe('toolbar count on listing pages checked in batches', () => {
  it('adds a scroll-loaded batch to the same page, and starts afresh elsewhere', async () => {
    const { mergeTabCheck } = await import('../../../lib/background/tab-state');
    const flagged = [matched(hairband, 'exact')];
    const page = (url: string, ids: string[]) => ({
      reading: {
        site: 'aliexpress' as const,
        pageType: 'search' as const,
        state: 'ok' as const,
        url,
        cards: ids.map((itemId) => ({ itemId })),
      },
      verdict: { ...ok, cards: Object.fromEntries(ids.map((id) => [id, flagged])) },
      at: 1,
    });
    const merged = mergeTabCheck(page('https://a/w', ['1', '2']), page('https://a/w', ['3']));
    expect(Object.keys(merged.verdict.cards)).toEqual(['1', '2', '3']);
    expect(merged.reading.cards?.map((c) => c.itemId)).toEqual(['1', '2', '3']);
    expect(badgeFor(merged.verdict).text).toBe('3');
    expect(
      Object.keys(mergeTabCheck(page('https://a/w', ['1']), page('https://a/other', ['3'])).verdict.cards),
    ).toEqual(['3']);
  });
});

describe('cards the user reported themselves', () => {
  it('count once on the toolbar and mark the page as a match', async () => {
    const { markerFor } = await import('../../../lib/content/page-checker');
    const mine = { reportId: 'r', note: 'n', createdAt: 1 };
    const verdict: Verdict = {
      ...ok,
      cards: { '1': [matched(hairband, 'exact')] },
      ownReportCards: { '1': mine, '2': mine },
    };
    expect(badgeFor(verdict).text).toBe('2');
    const reading: PageReading = { site: 'temu', pageType: 'search', state: 'ok', url: 'https://www.temu.com/search' };
    expect(markerFor({ ...ok, ownReportCards: { '2': mine } }, reading)).toBe('match');
  });
});
