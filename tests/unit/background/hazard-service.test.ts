import { afterEach, describe, expect, it, vi } from 'vitest';
import { HazardService, type BundledData, type EngineLike } from '../../../lib/background/hazard-service';
import { HazardDb } from '../../../lib/hazards/db';
import type { HazardRecord } from '../../../lib/hazards/schema';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { record } from './helpers';

const flagged = record({ ref: 'A', marketplaces: [{ platform: 'temu', listingId: '601000000000001' }] });
let dbs: HazardDb[] = [];
afterEach(async () => {
  for (const db of dbs) await db.delete();
  dbs = [];
});

/** An engine that matches listing IDs exactly: enough to see the service wiring, not the matcher. */
function listingIdEngine(records: HazardRecord[]): EngineLike {
  return {
    match: (q) =>
      records
        .filter((r) => r.marketplaces.some((m) => m.listingId === q.itemId))
        .map((r) => ({
          recordId: r.id,
          source: r.source,
          sourceKind: r.sourceKind,
          ref: r.ref,
          tier: 'exact',
          score: 1,
          evidence: [],
          rule: 'exact-identifier',
        })),
    search: (text) => records.filter((r) => r.product.names[0]!.text.includes(text)).map((r) => r.id),
  };
}

/** A service over `db` (a worker that wakes on the same database makes a new one). */
function serviceOn(
  db: HazardDb,
  bundle: BundledData,
  createEngine: (records: HazardRecord[]) => EngineLike = listingIdEngine,
) {
  return new HazardService({
    db,
    createEngine,
    profileOf: () => undefined,
    bundled: () => bundle,
    settings: async () => DEFAULT_SETTINGS,
  });
}

function freshDb(): HazardDb {
  const db = new HazardDb(`test-${Math.random()}`);
  dbs.push(db);
  return db;
}

function service(bundle: BundledData) {
  const db = freshDb();
  let builds = 0;
  const svc = serviceOn(db, bundle, (records) => (builds++, listingIdEngine(records)));
  return { db, svc, builds: () => builds };
}

describe('HazardService', () => {
  it('seeds the bundled dataset on first run and answers from it', async () => {
    const { svc } = service({
      records: [flagged],
      dataAsOf: '2026-10-01',
      generatedAt: '2026-10-05',
      sources: [
        { source: 'curated', publisher: 'Example publisher', licence: 'Example licence', count: 1 } as {
          source: string;
          publisher: string;
          licence: string;
        },
      ],
    });
    const verdict = await svc.checkPage({
      site: 'temu',
      pageType: 'product',
      state: 'ok',
      url: 'https://www.temu.com/g-601000000000001.html',
      product: { itemId: '601000000000001', title: 'x' },
    });
    expect(verdict.matches.map((m) => m.record.id)).toEqual([flagged.id]);
    expect(verdict.dataAsOf).toBe('2026-10-01');
    const status = await svc.status();
    expect(status).toMatchObject({ bundled: true, recordCount: 1, sources: [{ source: 'curated', count: 1 }] });
    // The bundle's date and licences, for the popup and options.
    expect(status.bundle).toEqual({
      generatedAt: '2026-10-05',
      sources: [{ source: 'curated', publisher: 'Example publisher', licence: 'Example licence' }],
    });
  });

  it('answers again after a reload that failed, instead of failing every later check', async () => {
    let fail = false;
    const svc = serviceOn(freshDb(), { records: [flagged], dataAsOf: '2026-10-01' }, (records) => {
      if (fail) throw new Error('out of memory');
      return listingIdEngine(records);
    });
    await svc.ready();
    fail = true;
    await expect(svc.reload()).rejects.toThrow('out of memory');
    fail = false;
    const verdict = await svc.checkPage({
      site: 'temu',
      pageType: 'product',
      state: 'ok',
      url: 'https://www.temu.com/g-601000000000001.html',
      product: { itemId: '601000000000001', title: 'x' },
    });
    expect(verdict.matches.map((m) => m.record.id)).toEqual([flagged.id]);
  });

  it('answers checks and the status from the current engine while a reload rebuilds it', async () => {
    const { db, svc, builds } = service({ records: [flagged], dataAsOf: '2026-10-01' });
    await svc.ready();
    // The reload's read of every record is held back, as a large sync's rebuild takes seconds.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const readAll = db.hazards.toArray.bind(db.hazards);
    vi.spyOn(db.hazards, 'toArray').mockImplementation((() => held.then(() => readAll())) as never);
    const reloading = svc.reload();
    const later = (ms: number) => new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), ms));

    const verdict = await Promise.race([
      svc.checkPage({
        site: 'temu',
        pageType: 'product',
        state: 'ok',
        url: 'https://www.temu.com/g-601000000000001.html',
        product: { itemId: '601000000000001', title: 'x' },
      }),
      later(2_000),
    ]);
    expect(verdict).not.toBe('waited');
    expect(verdict !== 'waited' && verdict.matches.map((m) => m.record.id)).toEqual([flagged.id]);
    expect(await Promise.race([svc.status(), later(2_000)])).toMatchObject({ recordCount: 1 });
    expect(builds()).toBe(1);

    release();
    await reloading;
    expect(builds()).toBe(2);
  });

  it('replaces the bundle when an extension update ships a newer one, until the first sync', async () => {
    const { db, svc } = service({ records: [flagged], dataAsOf: '2026-10-01' });
    await svc.ready();
    const added = record({ ref: 'B', marketplaces: [{ platform: 'temu', listingId: '601000000000002' }] });
    const updated = serviceOn(db, { records: [added], dataAsOf: '2026-10-01' });
    await updated.ready();
    expect((await db.hazards.toArray()).map((r) => r.id)).toEqual([added.id]);

    // Once a feed was applied, a bundle never overwrites it.
    await db.meta.put({ key: 'feedVersion', value: 7 });
    const later = serviceOn(db, { records: [flagged], dataAsOf: '2026-12-01' });
    await later.ready();
    expect((await db.hazards.toArray()).map((r) => r.id)).toEqual([added.id]);
  });

  it('does not reseed over a synced feed that happens to be empty', async () => {
    const { db, svc } = service({ records: [flagged], dataAsOf: '2026-10-01' });
    await db.meta.put({ key: 'feedVersion', value: 3 });
    await svc.ready();
    expect(await db.hazards.count()).toBe(0);
  });

  it('rebuilds the engine on reload, and returns full records without index keys', async () => {
    const { svc, builds } = service({ records: [flagged], dataAsOf: '2026-10-01' });
    await svc.ready();
    await svc.reload();
    expect(builds()).toBe(2);
    const [found] = await svc.records([flagged.id]);
    expect(found).toEqual(flagged);
    expect(found).not.toHaveProperty('listingKeys');
  });

  it('ignores one-letter searches and caps the result count', async () => {
    const { svc } = service({ records: [flagged], dataAsOf: '2026-10-01' });
    expect(await svc.search('T')).toEqual([]);
    expect((await svc.search('Test')).map((r) => r.id)).toEqual([flagged.id]);
  });

  it('reports the parts of a full download stored so far, until it is done', async () => {
    const { svc } = service({ records: [flagged], dataAsOf: '2026-10-01' });
    await svc.ready();
    svc.progress(3, 120);
    expect((await svc.status()).syncProgress).toEqual({ done: 3, total: 120 });
    svc.progress(120, 120);
    expect((await svc.status()).syncProgress).toBeUndefined();
  });
});

describe('HazardService with a persisted match index', () => {
  it('restores the saved index on a cold start instead of re-profiling, and rebuilds after a data change', async () => {
    const db = new HazardDb(`test-${Math.random()}`);
    dbs.push(db);
    const calls: string[] = [];
    const make = () =>
      new HazardService({
        db,
        createEngine: (records) => (calls.push('build'), listingIdEngine(records)),
        restoreEngine: (saved, key) => {
          const ok = (saved as { key?: string } | undefined)?.key === key;
          calls.push(ok ? 'restore' : 'restore-miss');
          return ok ? listingIdEngine([flagged]) : null;
        },
        persistEngine: (_engine, key) => ({ key }),
        profileOf: () => undefined,
        bundled: () => ({ records: [flagged], dataAsOf: '2026-10-01' }),
        settings: async () => DEFAULT_SETTINGS,
      });
    await make().ready(); // first run: nothing saved yet
    const woken = make();
    await woken.ready(); // a service worker that was stopped and woken
    await woken.reload(); // a sync changed the data
    expect(calls).toEqual(['restore-miss', 'build', 'restore', 'build']);
  });
});
