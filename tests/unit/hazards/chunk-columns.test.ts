import { describe, expect, it } from 'vitest';
import { ChunkColumns, ChunkColumnsError, encodeChunkColumns } from '../../../lib/hazards/chunk-columns';
import { hazardRecordSchema, type HazardRecord } from '../../../lib/hazards/schema';

const plain = hazardRecordSchema.parse({
  id: 'us-cpsc:26140',
  source: 'us-cpsc',
  sourceKind: 'cpsc-api',
  ref: '26140',
  refs: ['RecallID 10519'],
  url: 'https://www.cpsc.gov/Recalls/2026/Costumes-Recalled',
  authority: 'U.S. Consumer Product Safety Commission (CPSC)',
  jurisdiction: 'US',
  publishedAt: '2025-12-11',
  actions: ['recall'],
  riskTypes: ['CHEMICAL', 'INJURIES'],
  chemicals: [{ name: 'DEHP', measured: 27, limit: 0.1, unit: '%' }],
  hazardText: [{ lang: 'en', text: 'The costumes contain a prohibited phthalate.' }],
  remedyText: [{ lang: 'en', text: 'Refund' }],
  product: {
    names: [{ lang: 'en', text: "Children's Costumes" }],
    category: 'kids-clothing',
    forChildren: true,
    brands: ['SKCAIHT'],
    images: ['https://www.cpsc.gov/s3fs-public/Recall.26140.jpg'],
  },
  marketplaces: [{ platform: 'amazon', shopName: 'SKCAI', raw: 'Sold on Amazon by SKCAI' }],
  linkedIds: ['us-cpsc:26341'],
});

/** What a line-based format could lose: separators and escapes inside values, empty strings, odd IDs. */
const awkward = hazardRecordSchema.parse({
  id: 'curated:legacy-id',
  source: 'curated',
  sourceKind: 'curated',
  ref: 'R\\-1',
  authority: 'Shoppers\t(confirmed)',
  jurisdiction: 'KR',
  hazardText: [
    { lang: 'ko', text: '줄 하나\n줄 둘\\n 그대로\t탭' },
    { lang: 'en', text: '\\-' },
  ],
  product: {
    names: [
      { lang: 'und', text: 'Name\\' },
      { lang: 'en', text: '-' },
    ],
    type: '',
    categoryRaw: '',
    models: ['A\tB', '\\'],
    originCountry: 'CN',
  },
  community: { confirmedBy: 'maintainer', confirmedOn: '2026-11-30', evidenceAuthority: 'KATS' },
});

function roundTrip(records: HazardRecord[]) {
  const chunk = new ChunkColumns(encodeChunkColumns(records));
  return { ids: [...chunk.ids], records: records.map((_, row) => chunk.record(row)) };
}

describe('chunk files in columns', () => {
  it('reads back every record as its JSON, IDs first and keys in the schema order', () => {
    const records = [plain, awkward];
    const { ids, records: decoded } = roundTrip(records);
    expect(ids).toEqual(['us-cpsc:26140', 'curated:legacy-id']);
    records.forEach((record, row) => {
      expect(decoded[row]).toStrictEqual(JSON.parse(JSON.stringify(record)));
      expect(JSON.stringify(decoded[row])).toBe(JSON.stringify(record));
    });
  });

  it('leaves out an ID that is source:ref, and keeps one that is not', () => {
    const text = encodeChunkColumns([plain, awkward]);
    expect(text).not.toContain('us-cpsc:26140');
    expect(text).toContain('curated:legacy-id');
  });

  it('holds one field of every record per column', () => {
    const lines = encodeChunkColumns([plain, awkward]).split('\n');
    const { records, columns } = JSON.parse(lines[0]!) as { records: number; columns: string[] };
    expect(records).toBe(2);
    expect(lines).toHaveLength(1 + 2 * columns.length);
    const remedies = 1 + 2 * columns.indexOf('remedyText.text');
    expect(lines.slice(remedies, remedies + 2)).toEqual(['Refund', '']);
  });

  it('reads an empty chunk', () => {
    expect(roundTrip([])).toEqual({ ids: [], records: [] });
  });

  it('refuses text that is not a chunk of these columns', () => {
    const text = encodeChunkColumns([plain]);
    expect(() => new ChunkColumns('{"id":"us-cpsc:1"}')).toThrow(ChunkColumnsError);
    expect(() => new ChunkColumns(text.replace('"source"', '"origin"'))).toThrow(/other columns/);
    expect(() => new ChunkColumns(`${text}\nextra`)).toThrow(/number of lines/);
  });
});
