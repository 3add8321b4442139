import { describe, expect, it } from 'vitest';
import { buildEngine, engineFromSerialized } from '../../../lib/matching/engine';
import { decodeIndex, encodeIndex, IndexFileError } from '../../../lib/matching/index-codec';
import { record } from './fixtures';

const records = [
  record('eu-safety-gate', 'A12/00001/24', {
    name: 'Electric kettle',
    type: 'Kettle',
    brands: ['Velmora'],
    models: ['VK-2207'],
    category: 'electrical',
  }),
  record('us-cpsc', '24-101', {
    name: 'Velmora Toaster Ovens',
    type: 'Toaster oven',
    brands: ['Velmora'],
    models: ['TO-88'],
    category: 'electrical',
  }),
  record('kr-safetykorea', 'R-7', { name: '어린이 장난감 자동차', type: '완구', brands: ['Dorabi'] }),
];
const titles = [
  'Velmora Electric Kettle VK-2207 1.7L',
  'Velmora TO-88 toaster oven',
  '도라비 어린이 장난감 자동차',
  'plain mug',
];

describe('index file', () => {
  it('round-trips every section, and the loaded engine decides exactly as the built one', () => {
    const built = buildEngine(records);
    const serialized = built.serialize();
    const decoded = decodeIndex(encodeIndex(serialized));
    expect(decoded).toEqual(serialized);
    const loaded = engineFromSerialized(decoded);
    for (const title of titles) {
      expect(loaded.match({ site: 'aliexpress', title })).toEqual(built.match({ site: 'aliexpress', title }));
    }
    expect(built.match({ site: 'aliexpress', title: titles[0]! })[0]?.recordId).toBe(records[0]!.id);
  });

  it('reads a file whose bytes start at an odd offset (a slice of a larger buffer)', () => {
    const bytes = encodeIndex(buildEngine(records).serialize());
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(decodeIndex(shifted.subarray(1)).ids).toBe(records.map((r) => r.id).join('\n'));
  });

  it('refuses anything that is not a whole, consistent index', () => {
    const bytes = encodeIndex(buildEngine(records).serialize());
    const refuse = (data: Uint8Array, reason: RegExp) => {
      expect(() => decodeIndex(data)).toThrow(IndexFileError);
      expect(() => decodeIndex(data)).toThrow(reason);
    };
    refuse(new TextEncoder().encode('{"format":"hazard-check-index"}'), /not an index file/);
    refuse(bytes.subarray(0, bytes.length - 64), /runs past the end/);
    const headerLength = new DataView(bytes.buffer).getUint32(4, true);
    const header = new TextDecoder().decode(bytes.subarray(8, 8 + headerLength));
    const renamed = bytes.slice();
    renamed.set(new TextEncoder().encode(header.replace('"vocab"', '"vocaX"')), 8);
    refuse(renamed, /unknown field vocaX/);
    // One record's features point past the vocabulary.
    const serialized = buildEngine(records).serialize();
    const features = serialized.features.slice();
    features[0] = 0x00ffffff;
    refuse(encodeIndex({ ...serialized, features }), /inconsistent sections/);
    // Display values are found by binary search over their keys, so the keys must be in order.
    expect(serialized.displayIds.length).toBeGreaterThan(1);
    const displayIds = serialized.displayIds.slice().reverse();
    refuse(encodeIndex({ ...serialized, displayIds }), /inconsistent sections/);
  });
});
