/**
 * The contract between the two sides of a match: an identifier read off a page and the same identifier
 * written in a record produce the same key, and a placeholder barcode is refused on both sides. The page
 * side goes through the page readers' `productCodes` and the listing analysis, the record side through
 * the feed builder's field splitters and the record profile (index keys).
 */
import { describe, expect, it } from 'vitest';
import { extractKcNumbers, splitCodeField, splitModelField } from '../../../lib/feed/identifiers';
import { hazardRecordSchema, type HazardRecord } from '../../../lib/hazards/schema';
import { listingKeyOf, parseListingUrl } from '../../../lib/identifiers';
import { indexKeysOf } from '../../../lib/matching/keys';
import { analyseListing } from '../../../lib/matching/listing';
import type { ListingQuery } from '../../../lib/matching/types';
import { productCodes } from '../../../lib/sites/identifiers';

/** A record whose identifier fields went through the feed builder's splitters. */
function recordWith(fields: { barcode?: string; model?: string; cert?: string; listingUrl?: string }): HazardRecord {
  const codes = splitCodeField(fields.barcode);
  const listing = fields.listingUrl ? parseListingUrl(fields.listingUrl) : null;
  return hazardRecordSchema.parse({
    id: 'eu-safety-gate:SR/99999/26',
    source: 'eu-safety-gate',
    sourceKind: 'safety-gate-export',
    ref: 'SR/99999/26',
    authority: 'Test authority',
    jurisdiction: 'EU',
    product: {
      names: [{ lang: 'en', text: 'Travel charger' }],
      brands: ['Quellix'],
      models: splitModelField(fields.model),
      gtins: codes.gtins,
      otherCodes: codes.otherCodes,
      certNumbers: extractKcNumbers(fields.cert, true),
    },
    marketplaces: listing ? [{ platform: listing.site, listingId: listing.itemId }] : [],
  });
}

/** A listing whose spec sheet the page reader read. */
function pageQuery(
  rows: { name: string; value: string }[],
  url = 'https://www.aliexpress.com/item/1005009900112233.html',
): ListingQuery {
  const codes = productCodes({ rows });
  const listing = parseListingUrl(url);
  return {
    site: listing!.site,
    itemId: listing!.itemId,
    title: 'Travel charger',
    models: codes.models,
    identifiers: codes.identifiers,
  };
}

describe('page and record identifiers meet', () => {
  it('a barcode written with spaces on the page and bare in the record has one key', () => {
    const page = analyseListing(pageQuery([{ name: 'EAN', value: '6 971410 558167' }]));
    const record = indexKeysOf(recordWith({ barcode: '6971410558167' }));
    expect(page.gtins.map((g) => g.gtin)).toEqual(record.gtinKeys);
    expect(record.gtinKeys).toEqual(['06971410558167']);
  });

  it('a model number spelt two ways has one key', () => {
    const page = analyseListing(pageQuery([{ name: 'Model Number', value: 'hk w003' }]));
    const record = indexKeysOf(recordWith({ model: 'HK-W003' }));
    expect(record.modelKeys).toEqual(['HKW003']);
    // Model windows join up to three title tokens, however they were separated.
    expect(page.codeWindows.map((w) => w.key)).toContain('HKW003');
  });

  it('a KC certificate number has one key', () => {
    const page = analyseListing(pageQuery([{ name: 'KC 인증번호', value: 'cb063r1234-5001' }]));
    const record = indexKeysOf(recordWith({ cert: 'CB063R1234-5001' }));
    expect(page.statedCodes.map((c) => c.key)).toEqual(record.certKeys);
    expect(record.certKeys).toEqual(['CB063R1234-5001'.replace(/-/g, '')]);
  });

  it('a listing URL in a record and the page\u2019s own URL give one listing key', () => {
    const page = analyseListing(pageQuery([], 'https://ko.aliexpress.com/item/1005009900112233.html?spm=a2g0o'));
    const record = indexKeysOf(recordWith({ listingUrl: 'https://www.aliexpress.com/item/1005009900112233.html' }));
    expect(page.listingKeys).toEqual(record.listingKeys);
    expect(record.listingKeys).toEqual([listingKeyOf('aliexpress', '1005009900112233')]);
  });
});

describe('placeholder barcodes', () => {
  it.each(['6912345678902', '5901234123457', '2001234567893'])('refuses %s on both sides', (code) => {
    expect(
      productCodes({ rows: [{ name: 'Barcode', value: code }], title: `Charger EAN ${code}` }).identifiers,
    ).toEqual([]);
    expect(productCodes({ ldGtins: [code] }).identifiers).toEqual([]);
    const page = analyseListing({
      site: 'aliexpress',
      title: `Charger EAN ${code}`,
      identifiers: [{ kind: 'gtin', value: code }],
    });
    expect(page.gtins).toEqual([]);
    const record = indexKeysOf(recordWith({ barcode: code }));
    expect(record.gtinKeys).toEqual([]);
    expect(record.modelKeys).not.toContain(code);
    // Written in a model field instead, it is no model either.
    expect(indexKeysOf(recordWith({ model: code }))).toMatchObject({ gtinKeys: [], modelKeys: [] });
  });
});
