import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../lib/background/badge';
import { checkTab, TabState } from '../../../lib/background/tab-state';
import type { Verdict } from '../../../lib/core/verdict';
import type { PageReading } from '../../../lib/sites/types';

const reading: PageReading = {
  site: 'aliexpress',
  pageType: 'product',
  state: 'ok',
  url: 'https://www.aliexpress.com/item/1005000000000001.html',
  product: { itemId: '1005000000000001', title: 'Hairband' },
};
const flagged: Verdict = {
  state: 'ok',
  listingKey: 'aliexpress:1005000000000001',
  signature: 'abc',
  cards: {},
  matches: [
    {
      match: {
        recordId: 'r',
        source: 'curated',
        sourceKind: 'curated',
        ref: 'r',
        tier: 'exact',
        score: 1,
        evidence: [],
        rule: 'exact-identifier',
      },
      record: {} as never,
    },
  ],
};

describe('checkTab', () => {
  it('records the verdict and shows its badge', async () => {
    const tabs = new TabState();
    const shown: string[] = [];
    const verdict = await checkTab(
      tabs,
      7,
      reading,
      async () => flagged,
      async (_id, v) => void shown.push(badgeFor(v).text),
    );
    expect(verdict).toBe(flagged);
    expect(shown).toEqual(['1']);
    expect((await tabs.get(7))?.verdict).toBe(flagged);
  });

  it('marks the tab "not checked" when the check fails, instead of keeping the last count', async () => {
    const tabs = new TabState();
    const shown: string[] = [];
    const show = async (_id: number, v: Verdict) => void shown.push(badgeFor(v).text);
    await checkTab(tabs, 7, reading, async () => flagged, show);
    await expect(
      checkTab(
        tabs,
        7,
        { ...reading, url: 'https://www.aliexpress.com/item/1005000000000002.html' },
        async () => {
          throw new Error('database closed');
        },
        show,
      ),
    ).rejects.toThrow('database closed');
    expect(shown).toEqual(['1', '?']);
    const stored = await tabs.get(7);
    expect(stored?.verdict.state).toBe('unreadable');
    expect(stored?.reading).toMatchObject({
      state: 'unreadable',
      url: 'https://www.aliexpress.com/item/1005000000000002.html',
    });
    expect(stored?.reading.reason).toMatch(/hazard database could not answer: database closed/);
  });
});
