/** Sellers named in notices: the rule's own examples against the engine, and the real Consumer24 records. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterFor, runAdapter } from '../../../lib/feed/sources';
import { buildEngine } from '../../../lib/matching/engine';
import { isStoreNote, listingSellerKeys, recordSellerKeys, SELLER_EXAMPLES, storeNameKey } from '../../../lib/matching/seller';
import type { Match } from '../../../lib/matching/types';
import { missing, sharedFile } from '../feed/helpers';
import { record } from './fixtures';

const REAL = sharedFile('data/korea-consumer24/consumer24-api-shape_from-minilabs-first75.xml');
const verdictOf = (matches: Match[]) =>
  matches.some((m) => m.tier !== 'similar') ? 'strong' : matches.some(isStoreNote) ? 'note' : 'none';

describe('store keys', () => {
  it('normalise legal forms, case and punctuation; too short a name identifies nothing', () => {
    expect(storeNameKey('Example Works Co., Ltd.')).toBe(storeNameKey('EXAMPLE-WORKS co ltd'));
    expect(storeNameKey('(주)예시상점')).toBe('예시상점');
    expect(storeNameKey('A1 Ltd')).toBeUndefined();
    expect(recordSellerKeys([{ platform: 'other', shopName: 'Example Store' }])).toEqual([]);
    expect(listingSellerKeys({ site: 'temu', storeId: '634418200', seller: 'Example Store' }).map((k) => k.key)).toEqual([
      'temu:id:634418200',
      'temu:name:examplestore',
    ]);
  });
});

describe('seller rule examples', () => {
  it.each(SELLER_EXAMPLES.map((e) => [e.why, e] as const))('%s', (_why, example) => {
    const hazard = record('curated', 'SELLER-1', { name: example.record.name, forChildren: example.record.forChildren ?? false }, {
      marketplaces: [
        { platform: example.record.platform, listingId: '1005000000000999', ...(example.record.shopName && { shopName: example.record.shopName }), ...(example.record.shopId && { shopId: example.record.shopId }) },
      ],
    });
    const other = record('eu-safety-gate', 'SR/09999/26', { name: 'Unrelated kettle', type: 'Kettle', brands: ['Zentrova'] });
    const matches = buildEngine([hazard, other]).match(example.listing);
    expect(verdictOf(matches)).toBe(example.expect);
    const warning = matches.find((m) => m.tier === 'strong');
    if (warning) expect(warning.evidence[0]).toMatchObject({ kind: 'seller', recordValue: example.record.shopName ?? example.record.shopId });
  });

  it('the listing whose ID the notice names stays exact, whoever sells it', () => {
    const hazard = record('curated', 'SELLER-2', { name: 'Paint pen' }, {
      marketplaces: [{ platform: 'aliexpress', listingId: '1005000000000777', shopName: 'Nordhaven Craft Store' }],
    });
    const [match] = buildEngine([hazard]).match({ site: 'aliexpress', itemId: '1005000000000777', title: 'Paint pen', seller: 'Another Store' });
    expect(match).toMatchObject({ tier: 'exact' });
  });

  it('a children’s record and an adult listing of the same store are no warning', () => {
    const hazard = record('curated', 'SELLER-3', { name: 'Kids glitter hair clips', forChildren: true }, {
      marketplaces: [{ platform: 'aliexpress', listingId: '1005000000000778', shopName: 'Nordhaven Craft Store' }],
    });
    const matches = buildEngine([hazard]).match({ site: 'aliexpress', title: 'Glitter hair clips for women adult', seller: 'Nordhaven Craft Store' });
    expect(verdictOf(matches)).toBe('note');
  });
});

describe('sellers in the real Consumer24 records', () => {
  it.skipIf(missing(REAL))('exact for the named listing, strong naming the seller for its same-kind listing, no warning for another kind (needs ../shared/data/korea-consumer24)', () => {
    const records = runAdapter(adapterFor('consumer24'), readFileSync(REAL, 'utf8'), REAL).rows.map((r) => r.record);
    const engine = buildEngine(records);
    const seller = 'Che Zuofang Department Store, Yongding District';

    const named = engine.match({ site: 'aliexpress', itemId: '1005008161916337', title: 'HS auto paint pen' });
    // Two notices (two colours) name that listing.
    expect(named.filter((m) => m.tier === 'exact').map((m) => m.ref).sort()).toEqual(['RCLL_000000000605994', 'RCLL_000000000605995']);

    const sameKind = engine.match({ site: 'aliexpress', itemId: '1005000000000123', title: 'Car Scratch Repair Touch Up Paint Pen Matte Grey', seller });
    const warning = sameKind.find((m) => m.tier === 'strong')!;
    expect(warning.source).toBe('kr-consumer24');
    expect(warning.evidence[0]).toEqual({ kind: 'seller', listingValue: seller, recordValue: seller, how: 'exact' });

    const otherKind = engine.match({ site: 'aliexpress', itemId: '1005000000000124', title: 'Silicone Phone Case with Ring Holder', seller });
    expect(otherKind.filter((m) => m.tier !== 'similar')).toEqual([]);
    expect(otherKind.length).toBeGreaterThan(0);
    expect(otherKind.every(isStoreNote)).toBe(true);
  });
});
