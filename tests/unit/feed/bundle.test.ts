/** Selecting the bundled dataset from a feed: what a first-install user needs, within the size budget. */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleText, selectBundle } from '../../../lib/feed/bundle';
import { hazardRecordSchema, type HazardRecord, type HazardRecordInput } from '../../../lib/hazards/schema';

type Over = Partial<Omit<HazardRecordInput, 'product'>> & { product?: Partial<HazardRecordInput['product']> };

function rec(ref: string, over: Over): HazardRecord {
  const { product, ...rest } = over;
  return hazardRecordSchema.parse({
    id: `us-cpsc:${ref}`,
    source: 'us-cpsc',
    sourceKind: 'cpsc-api',
    ref,
    authority: 'Test',
    jurisdiction: 'US',
    url: `https://example.org/${ref}`,
    publishedAt: '2025-01-01',
    ...rest,
    product: { names: [{ lang: 'en', text: `Product ${ref}` }], ...product },
  });
}

const korean = (ref: string, over: Over) =>
  rec(ref, {
    id: `kr-consumer24:${ref}`,
    source: 'kr-consumer24',
    sourceKind: 'consumer24',
    jurisdiction: 'KR',
    ...over,
  });

describe('selectBundle', () => {
  const records = [
    rec('OLD-KIDS', { publishedAt: '2019-05-01', product: { forChildren: true } }),
    rec('KIDS', { product: { forChildren: true } }),
    rec('ADULT', { product: { category: 'kitchen' } }),
    rec('COSMETIC', { publishedAt: '2024-03-01', product: { category: 'cosmetics' } }),
    rec('LISTING', { publishedAt: '2018-01-01', marketplaces: [{ platform: 'temu', listingId: '601099000000001' }] }),
    rec('NO-LINK', { url: undefined, product: { forChildren: true } }),
    korean('KR-SELLER', {
      publishedAt: undefined,
      marketplaces: [{ platform: 'aliexpress', shopName: 'Example Store' }],
    }),
    korean('KR-KIDS', { product: { forChildren: true } }),
  ];

  it('keeps listing/seller records first, then recent children’s, cosmetics and jewellery, Korean first; never an unlinked one', () => {
    const { bundle, candidates, byGroup } = selectBundle(records, { generatedAt: '2026-12-01T00:00:00Z' });
    expect(bundle.records.map((r) => r.ref)).toEqual(['KR-SELLER', 'LISTING', 'KR-KIDS', 'KIDS', 'COSMETIC']);
    expect(candidates).toBe(5);
    expect(byGroup).toEqual({ listingOrSeller: 2, recent: 3 });
    expect(bundle.generatedAt).toBe('2026-12-01');
    expect(bundle.dataAsOf).toBe('2025-01-01');
    expect(bundle.sources.map((s) => [s.source, s.count])).toEqual([
      ['kr-consumer24', 2],
      ['us-cpsc', 3],
    ]);
    expect(bundle.sources[0]!.licence).toMatch(/KOGL/);
  });

  it('cuts the least needed records to fit the budget', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      // Hex digests: text that does not compress away.
      rec(`K${i}`, {
        hazardText: [
          {
            lang: 'en',
            text: [0, 1, 2, 3].map((n) => createHash('sha256').update(`${i}:${n}`).digest('hex')).join(' '),
          },
        ],
        product: { forChildren: true },
      }),
    );
    const listing = rec('LISTING', { marketplaces: [{ platform: 'temu', listingId: '601099000000001' }] });
    const { bundle, gzipBytes } = selectBundle([...many, listing], {
      generatedAt: '2026-12-01T00:00:00Z',
      budgetBytes: 20_000,
    });
    expect(gzipBytes).toBeLessThanOrEqual(20_000);
    expect(gzipSync(bundleText(bundle)).length).toBe(gzipBytes);
    expect(bundle.records.length).toBeLessThan(401);
    expect(bundle.records.length).toBeGreaterThan(10);
    expect(bundle.records[0]!.ref).toBe('LISTING');
  });

  it('writes one record per line, and the text parses back', () => {
    const { bundle } = selectBundle(records, { generatedAt: '2026-12-01T00:00:00Z' });
    const text = bundleText(bundle);
    expect(text.split('\n').length).toBe(bundle.records.length + 3);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(bundle)));
  });
});
