/**
 * Sellers named in notices: store keys, and the real Consumer24 records (the rules' own examples run in
 * rules.test.ts with the rest of the rule table).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterFor, runAdapter } from '../../../lib/feed/sources';
import { buildEngine } from '../../../lib/matching/engine';
import { isStoreNote, listingSellerKeys, recordSellerKeys, storeNameKey } from '../../../lib/matching/seller';
import { isWarningTier } from '../../../lib/matching/tiers';
import { missing, sharedFile } from '../feed/helpers';
import { record } from './fixtures';

const REAL = sharedFile('data/korea-consumer24/consumer24-api-shape_from-minilabs-first75.xml');

describe('store keys', () => {
  it('normalise legal forms, case and punctuation; too short a name identifies nothing', () => {
    expect(storeNameKey('Example Works Co., Ltd.')).toBe(storeNameKey('EXAMPLE-WORKS co ltd'));
    expect(storeNameKey('(주)예시상점')).toBe('예시상점');
    expect(storeNameKey('A1 Ltd')).toBeUndefined();
    expect(recordSellerKeys([{ platform: 'other', shopName: 'Example Store' }])).toEqual([]);
    expect(
      listingSellerKeys({ site: 'temu', storeId: '634418200', seller: 'Example Store' }).map((k) => k.key),
    ).toEqual(['temu:id:634418200', 'temu:name:examplestore']);
  });
});

describe('sellers and identifiers', () => {
  it('the listing whose ID the notice names stays exact, whoever sells it', () => {
    const hazard = record(
      'curated',
      'SELLER-2',
      { name: 'Paint pen' },
      {
        marketplaces: [{ platform: 'aliexpress', listingId: '1005000000000777', shopName: 'Nordhaven Craft Store' }],
      },
    );
    const [match] = buildEngine([hazard]).match({
      site: 'aliexpress',
      itemId: '1005000000000777',
      title: 'Paint pen',
      seller: 'Another Store',
    });
    expect(match).toMatchObject({ tier: 'exact' });
  });
});

describe('sellers in the real Consumer24 records', () => {
  it.skipIf(missing(REAL))(
    'exact for the named listing, strong naming the seller for its same-kind listing, no warning for another kind (needs ../shared/data/korea-consumer24)',
    () => {
      const records = runAdapter(adapterFor('consumer24'), readFileSync(REAL, 'utf8'), REAL).rows.map((r) => r.record);
      const engine = buildEngine(records);
      const seller = 'Che Zuofang Department Store, Yongding District';

      const named = engine.match({ site: 'aliexpress', itemId: '1005008161916337', title: 'HS auto paint pen' });
      // Two notices (two colours) name that listing.
      expect(
        named
          .filter((m) => m.tier === 'exact')
          .map((m) => m.ref)
          .sort(),
      ).toEqual(['RCLL_000000000605994', 'RCLL_000000000605995']);

      const sameKind = engine.match({
        site: 'aliexpress',
        itemId: '1005000000000123',
        title: 'Car Scratch Repair Touch Up Paint Pen Matte Grey',
        seller,
      });
      const warning = sameKind.find((m) => m.tier === 'strong')!;
      expect(warning.source).toBe('kr-consumer24');
      expect(warning.evidence[0]).toEqual({ kind: 'seller', listingValue: seller, recordValue: seller, how: 'exact' });

      const otherKind = engine.match({
        site: 'aliexpress',
        itemId: '1005000000000124',
        title: 'Silicone Phone Case with Ring Holder',
        seller,
      });
      expect(otherKind.filter((m) => isWarningTier(m.tier))).toEqual([]);
      expect(otherKind.length).toBeGreaterThan(0);
      expect(otherKind.every(isStoreNote)).toBe(true);
    },
  );
});
