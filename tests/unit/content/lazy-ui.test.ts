import { describe, expect, it } from 'vitest';
import { LazyContentUi } from '../../../lib/content/lazy-ui';
import { registerContentUi, registeredContentUi } from '../../../lib/content/ui-contract';
import type { ContentUi } from '../../../lib/content/ui-contract';
import type { Verdict } from '../../../lib/core/verdict';
import { matched, hairband } from '../ui/helpers';
import type { PageReading } from '../../../lib/sites/types';

const searchPage = { site: 'aliexpress', pageType: 'search', state: 'ok', cards: [] } as unknown as PageReading;

const quiet: Verdict = { state: 'ok', matches: [], cards: {}, signature: '' };
const warning: Verdict = { ...quiet, listingKey: 'aliexpress:1005000000000001', matches: [matched(hairband)] };
const flaggedCards: Verdict = { ...quiet, cards: { '1005000000000002': [matched(hairband)] } };

function fakeUi() {
  const calls: string[] = [];
  let loads = 0;
  const ui: ContentUi = {
    showBanner: async () => void calls.push('showBanner'),
    removeBanner: () => void calls.push('removeBanner'),
    renderCards: () => void calls.push('renderCards'),
    clearCards: () => void calls.push('clearCards'),
  };
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const lazy = new LazyContentUi(async () => {
    loads++;
    await gate;
    return ui;
  });
  return { lazy, calls, loads: () => loads, release };
}

describe('LazyContentUi', () => {
  it('never loads the UI for verdicts with nothing to show', async () => {
    const { lazy, loads, release } = fakeUi();
    release();
    await lazy.showBanner(quiet);
    await lazy.showBanner({ ...warning, dismissed: 'dismissed' });
    await lazy.renderCards(quiet, searchPage);
    await lazy.renderCards({ ...quiet, cards: { '1005000000000002': [] } }, searchPage);
    lazy.clear();
    expect(loads()).toBe(0);
    expect(lazy.loaded).toBe(false);
  });

  it('loads once for a warning or a flagged card and forwards to it', async () => {
    const { lazy, calls, loads, release } = fakeUi();
    release();
    await lazy.showBanner(warning);
    await lazy.renderCards(flaggedCards, searchPage);
    await lazy.showBanner(quiet); // the next page has nothing: the old banner goes
    expect(loads()).toBe(1);
    expect(calls).toEqual(['showBanner', 'renderCards', 'removeBanner']);
  });

  it('drops a show overtaken by a clear while the UI file loaded', async () => {
    const { lazy, calls, release } = fakeUi();
    const shown = lazy.showBanner(warning);
    lazy.clear();
    release();
    await shown;
    expect(calls).toEqual([]);
    await lazy.showBanner(warning);
    expect(calls).toEqual(['showBanner']);
  });

  it('tries again after a failed load', async () => {
    let attempts = 0;
    const lazy = new LazyContentUi(async () => {
      attempts++;
      if (attempts === 1) throw new Error('blocked');
      return { showBanner: async () => undefined, removeBanner() {}, renderCards() {}, clearCards() {} };
    });
    await expect(lazy.showBanner(warning)).rejects.toThrow('blocked');
    await lazy.showBanner(warning);
    expect(attempts).toBe(2);
    expect(lazy.loaded).toBe(true);
  });
});

describe('content UI registration', () => {
  it('hands the factory from the UI file to the content script through the shared global', () => {
    const scope = {};
    expect(registeredContentUi(scope)).toBeUndefined();
    const create = () => ({ showBanner: async () => undefined, removeBanner() {}, renderCards() {}, clearCards() {} });
    registerContentUi(create, scope);
    expect(registeredContentUi(scope)).toBe(create);
  });
});
