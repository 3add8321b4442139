import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../lib/matching/profile';
import { INDEX_FORMAT_VERSION } from '../../../lib/matching/store';
import { profileOfRow, storedProfileOf } from '../../../lib/matching/stored-profile';
import { buildEngine } from '../../../lib/matching/engine';
import { record } from './fixtures';

describe('a profile stored beside its record', () => {
  const kettle = record('eu-safety-gate', 'SR/09001/25', {
    name: 'Electric kettle',
    type: 'Electric kettle',
    brands: ['Quorvant'],
    models: ['QK-220'],
  });

  it('is reused when this matcher version made it for this record', () => {
    const stored = storedProfileOf(kettle);
    expect(stored.format).toBe(INDEX_FORMAT_VERSION);
    expect(profileOfRow({ ...kettle, profile: stored })).toEqual(JSON.parse(stored.json));
    // Read from the row, not made again: a profile that differs from a fresh one is taken as stored.
    const marked = { ...JSON.parse(stored.json), flags: 255 };
    expect(profileOfRow({ ...kettle, profile: { ...stored, json: JSON.stringify(marked) } }).flags).toBe(255);
  });

  it('is rebuilt when another version made it, when it belongs to another record, or is missing', () => {
    const stored = storedProfileOf(kettle);
    const other = record('eu-safety-gate', 'SR/09002/25', { name: 'Toy drum', brands: ['Lumetta'] });
    for (const profile of [
      { ...stored, format: INDEX_FORMAT_VERSION - 1 },
      storedProfileOf(other),
      { format: INDEX_FORMAT_VERSION, json: JSON.stringify({ id: kettle.id }) },
      { format: INDEX_FORMAT_VERSION, json: '{"id":' },
      undefined,
    ]) {
      expect(profileOfRow({ ...kettle, profile })).toEqual(buildProfile(kettle));
    }
  });

  it('gives an engine patched with stored rows the same answers as one built from the records', () => {
    const fresh = buildEngine([kettle]);
    const patched = buildEngine([]);
    patched.upsert([{ ...kettle, profile: storedProfileOf(kettle) }]);
    const query = { site: 'aliexpress' as const, itemId: '1', title: 'Quorvant QK-220 electric kettle 1.7L' };
    expect(patched.match(query)).toEqual(fresh.match(query));
    expect(patched.match(query).length).toBeGreaterThan(0);
  });
});
