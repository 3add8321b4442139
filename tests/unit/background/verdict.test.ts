import { describe, expect, it } from 'vitest';
import { computeVerdict, signatureOf, type VerdictDeps } from '../../../lib/background/verdict';
import type { Dismissal } from '../../../lib/hazards/db';
import type { Match } from '../../../lib/matching/types';
import type { PageReading } from '../../../lib/sites/types';
import { match, record } from './helpers';

const exact = record({ ref: 'A', product: { names: [{ lang: 'en', text: 'Hairband' }], forChildren: true } });
const similarAdult = record({ ref: 'B', product: { names: [{ lang: 'en', text: 'Lamp' }] } });
const similarKids = record({ ref: 'C', product: { names: [{ lang: 'en', text: 'Toy' }], forChildren: true } });
const all = new Map([exact, similarAdult, similarKids].map((r) => [r.id, r]));

function deps(matches: Match[], overrides: Partial<VerdictDeps> = {}): VerdictDeps {
  return {
    match: () => matches,
    records: async (ids) => new Map(ids.filter((id) => all.has(id)).map((id) => [id, all.get(id)!])),
    dismissal: async () => undefined,
    localRule: async () => undefined,
    settings: { showSimilar: true, disabledSources: [], childrenOnly: false },
    dataAsOf: '2026-11-01',
    ...overrides,
  };
}

const productPage: PageReading = {
  site: 'aliexpress',
  pageType: 'product',
  state: 'ok',
  url: 'https://www.aliexpress.com/item/1005000000000001.html',
  product: { itemId: '3256000000000001', globalItemId: '1005000000000001', title: 'Hairband' },
};

describe('computeVerdict', () => {
  it('keys the listing on the global ID and sorts warnings before soft matches', async () => {
    const verdict = await computeVerdict(
      productPage,
      deps([match(similarKids, 'similar', 0.9), match(exact, 'exact')]),
    );
    expect(verdict.listingKey).toBe('aliexpress:1005000000000001');
    expect(verdict.matches.map((m) => m.match.tier)).toEqual(['exact', 'similar']);
    expect(verdict.signature).toMatch(/^[0-9a-f]{8}$/);
  });

  it('hides the similar tier unless the user asked for it', async () => {
    const d = deps([match(similarAdult, 'similar')], {
      settings: { showSimilar: false, disabledSources: [], childrenOnly: false },
    });
    expect((await computeVerdict(productPage, d)).matches).toEqual([]);
  });

  it("children's focus keeps warnings and only children's soft matches", async () => {
    const d = deps([match(exact, 'exact'), match(similarAdult, 'similar'), match(similarKids, 'similar')], {
      settings: { showSimilar: true, disabledSources: [], childrenOnly: true },
    });
    expect((await computeVerdict(productPage, d)).matches.map((m) => m.record.ref)).toEqual(['A', 'C']);
  });

  it('a store-only match is a popup note whatever the similar setting, and only the soft tier when asked', async () => {
    const storeNote: Match = {
      ...match(similarAdult, 'similar', 0.5),
      evidence: [{ kind: 'seller', listingValue: 'Example Store', recordValue: 'Example Store', how: 'exact' }],
    };
    const quiet = await computeVerdict(
      productPage,
      deps([storeNote], { settings: { showSimilar: false, disabledSources: [], childrenOnly: true } }),
    );
    expect(quiet.matches).toEqual([]);
    expect(quiet.storeNotes?.map((m) => m.record.ref)).toEqual(['B']);
    const soft = await computeVerdict(productPage, deps([storeNote]));
    expect(soft.matches.map((m) => m.match.tier)).toEqual(['similar']);
    // A warning about the listing itself says more: no store note beside it.
    const warned = await computeVerdict(productPage, deps([match(exact, 'exact'), storeNote]));
    expect(warned.storeNotes).toBeUndefined();
    // A store page of a named store says so; the engine is asked with the store's ID.
    const queries: unknown[] = [];
    const storePage: PageReading = {
      site: 'temu',
      pageType: 'store',
      state: 'ok',
      url: 'https://www.temu.com/-m-634418200.html',
      cards: [{ itemId: '601099000000001', title: 'Cup', storeId: '634418200' }],
    };
    const onStore = await computeVerdict(storePage, {
      ...deps([storeNote]),
      match: (q) => (queries.push(q), q.storeId && !q.title ? [storeNote] : []),
    });
    expect(onStore.storeNotes?.map((m) => m.record.ref)).toEqual(['B']);
    expect(queries).toContainEqual({ site: 'temu', storeId: '634418200', title: '' });
  });

  it('drops matches from sources the user switched off', async () => {
    const d = deps([match(exact, 'exact')], {
      settings: { showSimilar: true, disabledSources: ['curated'], childrenOnly: false },
    });
    expect((await computeVerdict(productPage, d)).matches).toEqual([]);
  });

  it('honours a dismissal only while the matched record set is unchanged', async () => {
    const matches = [match(exact, 'exact')];
    const signature = (await computeVerdict(productPage, deps(matches))).signature;
    const dismissed: Dismissal = { listingKey: 'aliexpress:1005000000000001', kind: 'snoozed', signature, at: 1 };
    const stale: Dismissal = { ...dismissed, signature: 'deadbeef' };
    expect((await computeVerdict(productPage, deps(matches, { dismissal: async () => dismissed }))).dismissed).toBe(
      'snoozed',
    );
    expect(
      (await computeVerdict(productPage, deps(matches, { dismissal: async () => stale }))).dismissed,
    ).toBeUndefined();
    const notThis: Dismissal = { ...stale, kind: 'not-this-product' };
    expect(
      (await computeVerdict(productPage, deps(matches, { dismissal: async () => notThis }))).dismissed,
    ).toBeUndefined();
  });

  it('keeps a dismissal for the listing when its records change later', async () => {
    const dismissed: Dismissal = {
      listingKey: 'aliexpress:1005000000000001',
      kind: 'dismissed',
      signature: 'deadbeef',
      at: 1,
    };
    const verdict = await computeVerdict(
      productPage,
      deps([match(exact, 'exact')], { dismissal: async () => dismissed }),
    );
    expect(verdict.dismissed).toBe('dismissed');
    expect(verdict.matches).toHaveLength(1);
  });

  it('asks nothing for a page that could not be read', async () => {
    let asked = false;
    const d = deps([], { match: () => ((asked = true), []) });
    const verdict = await computeVerdict({ ...productPage, state: 'challenge' }, d);
    expect(verdict.state).toBe('challenge');
    expect(asked).toBe(false);
  });

  it('calls a listing page without any cards "not checked", never "nothing matched"', async () => {
    const reading: PageReading = {
      site: 'temu',
      pageType: 'store',
      state: 'ok',
      url: 'https://www.temu.com/--home--m-3597628347664.html',
      cards: [],
    };
    const verdict = await computeVerdict(reading, deps([]));
    expect(verdict.state).toBe('unreadable');
    expect(verdict.cards).toEqual({});
  });

  it('flags only the matching cards of a listing page', async () => {
    const reading: PageReading = {
      site: 'temu',
      pageType: 'search',
      state: 'ok',
      url: 'https://www.temu.com/search_result.html',
      cards: [
        { itemId: '601000000000001', title: 'Hairband' },
        { itemId: '601000000000002', title: 'Mug' },
      ],
    };
    const d = deps([], { match: (q) => (q.itemId === '601000000000001' ? [match(exact, 'exact')] : []) });
    const verdict = await computeVerdict(reading, d);
    expect(Object.keys(verdict.cards)).toEqual(['601000000000001']);
  });
});

describe('signatureOf', () => {
  it('changes when a matched record is updated, ignores soft matches', () => {
    const updated = { ...exact, updatedAt: '2025-01-01' };
    const a = signatureOf([{ match: match(exact, 'exact'), record: exact }]);
    const b = signatureOf([{ match: match(updated, 'exact'), record: updated }]);
    const c = signatureOf([
      { match: match(exact, 'exact'), record: exact },
      { match: match(similarKids, 'similar'), record: similarKids },
    ]);
    expect(a).not.toBe(b);
    expect(a).toBe(c);
    expect(signatureOf([])).toBe('');
  });
});
