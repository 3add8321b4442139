import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { HazardDb } from '../../../lib/hazards/db';
import { buildEngine, engineFromSerialized } from '../../../lib/matching/engine';
import { indexKeysOf } from '../../../lib/matching/keys';
import { loadIndex, saveIndex } from '../../../lib/matching/persist';
import { buildProfile, FEATURE } from '../../../lib/matching/profile';
import { ProfileStore } from '../../../lib/matching/store';
import type { ListingQuery } from '../../../lib/matching/types';
import { corpus, record } from './fixtures';

const probes: ListingQuery[] = [
  { site: 'temu', itemId: '601099000000001', title: 'Toddler Weather Shoes' },
  { site: 'aliexpress', title: 'Zorvex Foam Play Mat ZX-W204' },
  { site: 'aliexpress', title: 'Wall Charger 5V EAN 6971410558167' },
  { site: 'aliexpress', title: '풀백 자동차 장난감 RM30401 합금 모델카' },
  { site: 'aliexpress', title: 'Pacifier Clip Autumn Leaf Soother Holder Baby' },
  { site: 'aliexpress', title: 'Stainless Steel Water Bottle 750ml' },
];

describe('serialization', () => {
  it('answers identically after a round trip through the serialized form', () => {
    const engine = buildEngine(corpus());
    const data = engine.serialize();
    expect(data.features).toBeInstanceOf(Int32Array);
    const restored = engineFromSerialized(structuredClone(data));
    expect(restored.size).toBe(engine.size);
    for (const probe of probes) expect(restored.match(probe)).toEqual(engine.match(probe));
    expect(restored.search('zorvex', 5)).toEqual(engine.search('zorvex', 5));
  });

  it('refuses a serialized index of another format', () => {
    const data = { ...buildEngine(corpus()).serialize(), version: 999 };
    expect(() => engineFromSerialized(data)).toThrow(/unsupported index format/);
  });

  it('persists to IndexedDB and ignores an index built from another feed version', async () => {
    const db = new HazardDb(`match-index-${Math.random()}`);
    await db.open();
    const engine = buildEngine(corpus());
    await saveIndex(db, engine, 'feed-v3');
    const loaded = await loadIndex(db, 'feed-v3');
    expect(loaded?.match(probes[1]!)).toEqual(engine.match(probes[1]!));
    expect(await loadIndex(db, 'feed-v4')).toBeNull();
    await db.delete();
  });
});

describe('updates', () => {
  it('adds, replaces and removes records without a rebuild', () => {
    const engine = buildEngine(corpus());
    const title = { site: 'aliexpress' as const, title: 'Quellix Night Light Star Projector QX-7788' };
    expect(engine.match(title).filter((m) => m.tier !== 'similar')).toEqual([]);

    engine.upsert([
      record('eu-safety-gate', 'SR/00099/25', {
        name: 'Star projector night light',
        type: 'Night light',
        brands: ['Quellix'],
        models: ['QX-7788'],
      }),
    ]);
    expect(engine.match(title)[0]).toMatchObject({ recordId: 'eu-safety-gate:SR/00099/25', tier: 'strong' });

    // Replacing a record by ID: the old model no longer matches, the new one does.
    engine.upsert([
      record('eu-safety-gate', 'SR/00099/25', {
        name: 'Star projector night light',
        type: 'Night light',
        brands: ['Quellix'],
        models: ['QX-9900'],
      }),
    ]);
    expect(engine.match(title).filter((m) => m.tier !== 'similar')).toEqual([]);
    expect(engine.match({ site: 'aliexpress', title: 'Quellix Star Projector QX-9900' })[0]?.recordId).toBe(
      'eu-safety-gate:SR/00099/25',
    );

    engine.remove(['eu-safety-gate:SR/00099/25', 'curated:KR-TEST-0001']);
    expect(
      engine.match({ site: 'aliexpress', title: 'Quellix Star Projector QX-9900' }).filter((m) => m.tier !== 'similar'),
    ).toEqual([]);
    expect(engine.match(probes[0]!)).toEqual([]);
    expect(engine.size).toBe(corpus().length - 1);
  });

  it('replaces and removes base records whether the base lists IDs in order (a feed index) or not', () => {
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    for (const records of [[...corpus()].sort(byId), [...corpus()].sort(byId).reverse()]) {
      const store = ProfileStore.fromProfiles(records.map(buildProfile));
      const target = records[Math.floor(records.length / 2)]!;
      const slot = store.indexOf(target.id);
      expect(slot).toBeDefined();
      expect(store.recordId(slot!)).toBe(target.id);
      store.add(buildProfile({ ...target, updatedAt: '2026-12-01' }));
      expect(store.isLive(slot!)).toBe(false);
      expect(store.recordId(store.indexOf(target.id)!)).toBe(target.id);
      expect(store.remove(target.id)).toBe(true);
      expect(store.indexOf(target.id)).toBeUndefined();
      expect(store.remove(target.id)).toBe(false);
      expect(store.indexOf('eu-safety-gate:NOT/THERE')).toBeUndefined();
      expect(store.liveCount).toBe(records.length - 1);
    }
  });

  it('keeps updates through serialization (the overlay is folded in)', () => {
    const engine = buildEngine(corpus());
    engine.upsert([
      record('us-cpsc', '26999', { name: 'Tavrin Kids Scooter', brands: ['Tavrin'], models: ['TV-220'] }),
    ]);
    engine.remove(['eu-safety-gate:SR/00005/25']);
    const restored = engineFromSerialized(engine.serialize());
    expect(restored.match({ site: 'aliexpress', title: 'Tavrin Scooter TV-220' })[0]?.recordId).toBe('us-cpsc:26999');
    expect(
      restored.match({ site: 'aliexpress', title: 'Charger EAN 6971410558167' }).map((m) => m.recordId),
    ).not.toContain('eu-safety-gate:SR/00005/25');
  });
});

describe('posting loops', () => {
  it('collect and score the same live records as forEachPosting, overlay and removals included', () => {
    const store = ProfileStore.fromProfiles(corpus().map(buildProfile));
    store.add(buildProfile(record('us-cpsc', '26998', { name: 'Tavrin scooter', brands: ['ZORVEX'] })));
    store.remove('eu-safety-gate:SR/00001/25');
    const id = store.lookup(`${FEATURE.brand}zorvex`);
    const visited: number[] = [];
    store.forEachPosting(id, (i) => visited.push(i));
    expect(visited.length).toBeGreaterThan(0);
    expect(visited).toContain(store.indexOf('us-cpsc:26998'));

    const collected = new Set<number>();
    store.collectPostings(id, collected);
    expect([...collected]).toEqual(visited);
    const first = new Set<number>();
    store.collectPostings(id, first, 1);
    expect([...first]).toEqual(visited.slice(0, 1));

    const scores = new Float64Array(store.size);
    const touched: number[] = [];
    store.addPostingScores(id, 2, scores, touched);
    store.addPostingScores(id, 0.5, scores, touched);
    expect(touched).toEqual(visited);
    for (const i of visited) expect(scores[i]).toBe(2.5);
    expect(scores.reduce((a, b) => a + b, 0)).toBe(2.5 * visited.length);
  });

  it('reads a model feature\u2019s shape once, and again after a compaction renumbers the vocabulary', () => {
    const store = ProfileStore.fromProfiles(corpus().map(buildProfile));
    const model = () => store.lookup(`${FEATURE.model}ZXW204`);
    expect(store.modelShapeOf(model())).toBe('strong');
    store.add(buildProfile(record('us-cpsc', '26997', { name: 'Scooter', brands: ['Tavrin'], models: ['4410'] })));
    store.compact();
    expect(store.modelShapeOf(model())).toBe('strong');
    expect(store.modelShapeOf(store.lookup(`${FEATURE.model}4410`))).toBe('weak');
  });
});

describe('index keys', () => {
  it('computes the IndexedDB index keys with the engine\u2019s normalisation', () => {
    const [mat, , , , charger, , , , , , , kr, curatedBoots] = corpus();
    expect(indexKeysOf(mat!)).toMatchObject({
      modelKeys: ['ZXW204'],
      brandKeys: ['zorvex'],
      gtinKeys: [],
      listingKeys: [],
    });
    expect(indexKeysOf(charger!).gtinKeys).toEqual(['06971410558167']);
    expect(indexKeysOf(kr!).certKeys).toEqual(['XU07123412001']);
    expect(indexKeysOf(curatedBoots!).listingKeys).toEqual(['temu:601099000000001']);
    // Generic brands get no brand key.
    expect(indexKeysOf(corpus()[1]!).brandKeys).toEqual([]);
  });
});

describe('database search', () => {
  const engine = buildEngine(corpus());

  it('finds records by brand, by model in any spelling, by name, and by a Korean type word', () => {
    expect(engine.search('Zorvex', 5)[0]).toBe('eu-safety-gate:SR/00001/25');
    expect(engine.search('zx w204', 5)[0]).toBe('eu-safety-gate:SR/00001/25');
    expect(engine.search('autumn leaf pacifier', 5)[0]).toBe('eu-safety-gate:SR/00004/25');
    expect(engine.search('충전기', 5)).toEqual(expect.arrayContaining(['kr-safetykorea:902']));
    expect(engine.search('Zorv', 5)[0]).toBe('eu-safety-gate:SR/00001/25');
  });

  it('returns nothing for an empty or one-letter query', () => {
    expect(engine.search('', 5)).toEqual([]);
    expect(engine.search('z', 5)).toEqual([]);
  });
});
