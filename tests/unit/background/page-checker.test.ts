// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageChecker, type PageCheckerDeps } from '../../../lib/content/page-checker';
import type { Verdict } from '../../../lib/core/verdict';
import type { PageReading } from '../../../lib/sites/types';

const okVerdict = (state: PageReading['state'] = 'ok'): Verdict => ({ state, matches: [], cards: {}, signature: '' });

function setup(read: (url: URL, doc: Document) => PageReading, ask: PageCheckerDeps['ask']) {
  const rendered: string[] = [];
  let cleared = 0;
  const checker = new PageChecker({
    doc: document,
    readPage: read,
    ask,
    renderProduct: (_v, r) => void rendered.push(`product:${r.product?.itemId ?? r.state}`),
    renderCards: (v) => rendered.push(`cards:${Object.keys(v.cards).join(',')}`),
    clear: () => cleared++,
    hydrationTimeoutMs: 500,
  });
  return { checker, rendered, cleared: () => cleared };
}

const marker = () => document.documentElement.dataset.hazardCheck;

describe('PageChecker', () => {
  it('reports "not-checked" for a page that could not be read', async () => {
    const { checker } = setup(
      (url) => ({ site: 'aliexpress', pageType: 'product', state: 'challenge', url: url.href }),
      async () => okVerdict('challenge'),
    );
    await checker.check('https://www.aliexpress.com/item/1005000000000001.html');
    expect(marker()).toBe('not-checked');
  });

  it('tells the background a page whose reading threw is unreadable, so the toolbar does not keep the last count', async () => {
    const asked: PageReading[] = [];
    const errors: unknown[] = [];
    const checker = new PageChecker({
      doc: document,
      readPage: () => {
        throw new Error('markup changed');
      },
      ask: async (r) => (asked.push(r), okVerdict(r.state)),
      renderProduct: () => undefined,
      renderCards: () => undefined,
      clear: () => undefined,
      onError: (e) => errors.push(e),
    });
    await checker.check('https://www.temu.com/kr/toy-g-601099999999999.html');
    expect(marker()).toBe('not-checked');
    expect(errors).toHaveLength(1);
    expect(asked).toEqual([
      {
        site: 'temu',
        pageType: 'other',
        state: 'unreadable',
        url: 'https://www.temu.com/kr/toy-g-601099999999999.html',
        reason: 'reading the page failed: markup changed',
      },
    ]);
  });

  it('marks the check finished only once the banner is on the page', async () => {
    let mounted!: () => void;
    const mounting = new Promise<void>((r) => (mounted = r));
    const checker = new PageChecker({
      doc: document,
      readPage: (url) => ({
        site: 'aliexpress',
        pageType: 'product',
        state: 'ok',
        url: url.href,
        product: { itemId: '1', title: 't' },
      }),
      ask: async () => okVerdict(),
      renderProduct: () => mounting,
      renderCards: () => undefined,
      clear: () => undefined,
    });
    const done = checker.check('https://www.aliexpress.com/item/1.html');
    await new Promise((r) => setTimeout(r, 20));
    expect(marker()).toBe('pending');
    mounted();
    await done;
    expect(marker()).toBe('none');
  });

  it('does not ask twice when the background itself failed', async () => {
    let calls = 0;
    const { checker } = setup(
      (url) => ({
        site: 'aliexpress',
        pageType: 'product',
        state: 'ok',
        url: url.href,
        product: { itemId: '1', title: 't' },
      }),
      async () => {
        calls++;
        throw new Error('database closed');
      },
    );
    await checker.check('https://www.aliexpress.com/item/1.html');
    expect(marker()).toBe('not-checked');
    expect(calls).toBe(1);
  });

  it('waits for a client-rendered title before asking', async () => {
    document.body.replaceChildren();
    const read = (url: URL, doc: Document): PageReading => {
      const title = doc.querySelector('h1')?.textContent;
      return title
        ? { site: 'aliexpress', pageType: 'product', state: 'ok', url: url.href, product: { itemId: '1', title } }
        : { site: 'aliexpress', pageType: 'product', state: 'unreadable', url: url.href };
    };
    const asked: PageReading[] = [];
    const { checker } = setup(read, async (r) => (asked.push(r), okVerdict()));
    const done = checker.check('https://www.aliexpress.com/item/1.html');
    const h1 = document.createElement('h1');
    h1.textContent = 'Hydrated title';
    document.body.append(h1);
    await done;
    expect(asked.map((r) => r.product?.title)).toEqual(['Hydrated title']);
    expect(marker()).toBe('none');
  });

  it('drops an answer that arrives after the user navigated away', async () => {
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    const read = (url: URL): PageReading => ({
      site: 'temu',
      pageType: 'product',
      state: 'ok',
      url: url.href,
      product: { itemId: url.pathname.match(/g-(\d+)/)![1]!, title: 't' },
    });
    let calls = 0;
    const { checker, rendered } = setup(read, async () => {
      if (++calls === 1) await slow;
      return okVerdict();
    });
    const first = checker.check('https://www.temu.com/g-601000000000001.html');
    const second = checker.check('https://www.temu.com/g-601000000000002.html');
    await second;
    release();
    await first;
    expect(rendered).toEqual(['product:601000000000002']);
  });

  it('checks only new cards as more load, and keeps earlier flags', async () => {
    document.body.replaceChildren();
    const cards = [{ itemId: 'a', title: 'A' }];
    const read = (url: URL): PageReading => ({
      site: 'temu',
      pageType: 'search',
      state: 'ok',
      url: url.href,
      cards: [...cards],
    });
    const asked: string[][] = [];
    const { checker, rendered } = setup(read, async (r) => {
      asked.push((r.cards ?? []).map((c) => c.itemId));
      return { ...okVerdict(), cards: Object.fromEntries((r.cards ?? []).map((c) => [c.itemId, []])) };
    });
    await checker.check('https://www.temu.com/search_result.html?search_key=toy');
    cards.push({ itemId: 'b', title: 'B' });
    document.body.append(document.createElement('div'));
    await expect.poll(() => asked.length).toBe(2);
    expect(asked).toEqual([['a'], ['b']]);
    await expect.poll(() => rendered.at(-1)).toBe('cards:a,b');
    checker.reset();
  });
});
