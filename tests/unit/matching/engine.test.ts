import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../../lib/matching/engine';
import { queryOf } from '../../../lib/matching/evaluate';
import type { ListingQuery, Match } from '../../../lib/matching/types';
import { corpus, record } from './fixtures';

const engine = buildEngine(corpus());
const listing = (title: string, extra: Partial<ListingQuery> = {}): ListingQuery => ({
  site: 'aliexpress',
  title,
  ...extra,
});
const warnings = (matches: Match[]) => matches.filter((m) => m.tier !== 'similar');
const warned = (title: string, extra?: Partial<ListingQuery>) =>
  warnings(engine.match(listing(title, extra))).map((m) => m.recordId);

describe('exact tier', () => {
  it('flags a curated listing by its own ID even when the seller renamed it', () => {
    const matches = engine.match({
      site: 'temu',
      itemId: '601099000000001',
      title: 'Toddler Weather Shoes Cute Print',
    });
    expect(matches[0]).toMatchObject({ recordId: 'curated:KR-TEST-0001', tier: 'exact', score: 1 });
    expect(matches[0]!.evidence).toEqual([
      { kind: 'listing-id', listingValue: 'temu:601099000000001', recordValue: 'temu:601099000000001', how: 'exact' },
    ]);
  });

  it('never matches a curated record on title similarity alone', () => {
    const matches = engine.match({
      site: 'temu',
      itemId: '601099999999999',
      title: 'Kids Rain Boots PVC Waterproof Cartoon Boots',
    });
    expect(warnings(matches)).toEqual([]);
    expect(engine.match({ site: 'aliexpress', itemId: '601099000000001', title: 'x' })).toEqual([]);
  });

  it('flags a valid GTIN written in the title', () => {
    const matches = engine.match(listing('Wall Charger Adapter 5V 2.4A EAN 6971410558167'));
    expect(matches[0]).toMatchObject({ recordId: 'eu-safety-gate:SR/00005/25', tier: 'exact' });
    expect(matches[0]!.evidence[0]).toMatchObject({ kind: 'gtin', listingValue: '6971410558167' });
    expect(warned('Wall Charger 6971410558168')).toEqual([]);
  });

  it('flags a KC certification number in any spelling', () => {
    const matches = engine.match(listing('USB 충전기 5V 1A KC인증 XU071234 12001'));
    expect(matches[0]).toMatchObject({ recordId: 'kr-safetykorea:902', tier: 'exact' });
    expect(matches[0]!.evidence[0]!.kind).toBe('kc-cert');
  });
});

describe('strong tier', () => {
  it('matches brand + model however the model is spaced', () => {
    for (const title of ['Zorvex Foam Play Mat ZX-W204', 'ZORVEX play mat ZXW204', 'zorvex mat ZX W204']) {
      expect(warned(title)).toEqual(['eu-safety-gate:SR/00001/25']);
    }
    const [match] = engine.match(listing('Zorvex Foam Play Mat ZX-W204'));
    expect(match!.evidence.map((e) => e.kind)).toEqual(['brand', 'model']);
  });

  it('matches model + product type without the brand', () => {
    const [match] = engine.match(listing('16pcs Safari Animal Foam Puzzle Mat ZXW204 Baby Crawling Mat'));
    expect(match).toMatchObject({ recordId: 'eu-safety-gate:SR/00001/25', tier: 'strong' });
    expect(match!.evidence[0]).toMatchObject({
      kind: 'model',
      listingValue: 'ZXW204',
      recordValue: 'ZX-W204',
      how: 'normalised',
    });
    expect(match!.evidence.slice(1).every((e) => e.kind === 'product-type')).toBe(true);
  });

  it('does not match a near-miss model number', () => {
    expect(warned('Brevik Cycling Helmet KY-055 Adult')).toEqual([]);
    expect(warned('Road Bike Helmet KY-055')).toEqual([]);
    expect(warned('Brevik Adult Bike Helmet KY-550')).toEqual(['us-cpsc:26901']);
  });

  it('matches brand + the specific name, and not another product of the brand', () => {
    expect(warned('Mellowbee Pacifier Clip Autumn Leaf Wooden Beads Soother Holder')).toEqual([
      'eu-safety-gate:SR/00004/25',
    ]);
    expect(warned('Mellowbee Pacifier Clip Rainbow Bow Soother Holder')).toEqual([]);
    expect(warned('Lumessa 14 HER Eau de Toilette 100ml')).toEqual(['eu-safety-gate:SR/00006/25']);
    expect(warned('Lumessa 16 Her Perfume Women 100ml')).toEqual(['eu-safety-gate:SR/00007/25']);
    expect(warned('Lumessa Hand Cream Rose 75ml')).toEqual([]);
  });

  it('reads brands from recall-notice names and wants them leading the title', () => {
    expect(warned('Quintaro Pull String Teether Silicone Baby Toy')).toEqual(['us-cpsc:26902']);
    expect(warned('Silicone Baby Toy Pull String Teether by Quintaro')).toEqual([]);
  });

  it('keeps a children\u2019s product apart from an adult one of the same brand', () => {
    expect(warned('Nimbrook Kids Bike Helmet XS Orange')).toEqual(['us-cpsc:26903']);
    expect(warned('Nimbrook Commuter Helmet Adult Size L')).toEqual([]);
  });

  it('does not let a listing naming another model match brand + type', () => {
    expect(warned('Rollmax Pull Back Toy Car RM3050-2')).toEqual([]);
    expect(warned('Rollmax Pull Back Toy Car RM3040-1')).toEqual(['kr-safetykorea:901']);
  });
});

describe('what sellers do to names', () => {
  it('survives a brand misspelt by one letter at the start of the title', () => {
    const [match] = engine.match(listing('Mellowbe Pacifier Clip Autumn Leaf Soother Holder'));
    expect(match).toMatchObject({ recordId: 'eu-safety-gate:SR/00004/25', tier: 'strong' });
    expect(match!.evidence[0]).toMatchObject({ kind: 'brand', how: 'fuzzy' });
  });

  it('survives keyword stuffing without inventing a match', () => {
    const stuffed =
      'Kids Toy Doll Car Charger Helmet Lamp Earrings Perfume Puzzle Mat Pacifier Clip Hoodie Shoes Gift Set';
    expect(warned(stuffed)).toEqual([]);
    expect(warned(`Zorvex ${stuffed} ZX-W204`)).toEqual(['eu-safety-gate:SR/00001/25']);
  });

  it('ignores the words of a Temu URL slug: only the item ID is read', () => {
    const query = queryOf({
      id: 'X1',
      site: 'temu',
      url: 'https://www.temu.com/kr/zorvex-foam-mat-zx-w204-g-601099512345678.html',
      title: 'Plain Mug',
    });
    expect(query).toEqual({ site: 'temu', itemId: '601099512345678', title: 'Plain Mug' });
    expect(engine.match(query)).toEqual([]);
  });
});

describe('one common word is never a warning', () => {
  it('does not treat "Type-C" or "3D" as a brand', () => {
    expect(warned('40W 2 Ports USB-C Type-C GaN Fast Charger with Type-C Cable')).toEqual([]);
    expect(warned('120W Type-C Charger Super Fast Charging Wall Adapter')).toEqual([]);
    expect(warned('3D Magnetic Building Sticks 64pcs Educational Toy')).toEqual([]);
  });

  it('treats a brand made of ordinary words as a description unless the title starts with it', () => {
    const kitchen = buildEngine([
      ...corpus(),
      record('eu-safety-gate', 'SR/00050/25', {
        name: 'Wooden kettle',
        type: 'Toy kettle',
        brands: ['KITCHEN TOYS'],
        category: 'toys',
      }),
    ]);
    const warnedBy = (title: string) =>
      kitchen
        .match(listing(title))
        .filter((m) => m.tier !== 'similar')
        .map((m) => m.recordId);
    expect(warnedBy('Wooden Kitchen Toys Kettle Pretend Play Cooking Set for Kids')).toEqual([]);
    expect(warnedBy('KITCHEN TOYS Wooden Kettle Pretend Play')).toEqual(['eu-safety-gate:SR/00050/25']);
    expect(warnedBy('Kitchen Toys Wooden Kettle Pretend Play')).toEqual(['eu-safety-gate:SR/00050/25']);
  });

  it('does not warn on a plain listing', () => {
    expect(engine.match(listing('Stainless Steel Water Bottle 750ml Vacuum Insulated'))).toEqual([]);
  });
});

describe('Korean titles', () => {
  it('matches model + a Korean product type', () => {
    const [match] = engine.match(listing('풀백 자동차 장난감 RM30401 합금 모델카 어린이'));
    expect(match).toMatchObject({ recordId: 'kr-safetykorea:901', tier: 'strong' });
    expect(match!.evidence.find((e) => e.kind === 'product-type')).toMatchObject({ how: 'translated' });
  });

  it('reads a brand written in Hangul by its consonants', () => {
    const [match] = engine.match(listing('님브룩 어린이 자전거 헬멧 오렌지 XS'));
    expect(match).toMatchObject({ recordId: 'us-cpsc:26903', tier: 'strong' });
    expect(match!.evidence[0]).toMatchObject({ kind: 'brand', listingValue: '님브룩', how: 'translated' });
    expect(warned('님버스 어린이 자전거 헬멧')).toEqual([]);
  });

  it('matches a Latin brand inside a Korean title', () => {
    expect(warned('Kelvo 충전기 K-026 USB 가정용 충전 어댑터')).toEqual(['kr-safetykorea:902']);
  });
});

describe('similar tier', () => {
  it('notes the same kind of product by name, softly', () => {
    const matches = engine.match(listing('Pacifier Clip Autumn Leaf Soother Holder Baby'));
    expect(matches.every((m) => m.tier === 'similar')).toBe(true);
    expect(matches.map((m) => m.recordId)).toContain('eu-safety-gate:SR/00004/25');
    expect(matches[0]!.score).toBeLessThan(0.7);
  });
});
