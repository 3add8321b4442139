import { afterEach, describe, expect, it } from 'vitest';
import type { HazardDb } from '../../../lib/hazards/db';
import type { MatchedRecord } from '../../../lib/core/verdict';
import { watchNotification } from '../../../lib/reports/notifications';
import { checkWatchedAfterUpdate, listWatched, pruneWatched, readingOfWatched, rememberListing, type WatchAlert } from '../../../lib/reports/watched';
import { productQuery } from '../../../lib/background/verdict';
import { buildEngine } from '../../../lib/matching/engine';
import type { PageReading } from '../../../lib/sites/types';
import { aliReading, GLOBAL_ID, openDb, record, TEMU_ID, temuReading } from './helpers';
import { harness } from './service-harness';

const dbs: HazardDb[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));
const fresh = () => {
  const db = openDb();
  dbs.push(db);
  return db;
};

const productAt = (id: string): PageReading => ({
  site: 'temu', pageType: 'product', state: 'ok', url: `https://www.temu.com/x-g-${id}.html?_oak_x=1`, product: { itemId: id, title: `Item ${id}` },
});

describe('watched listings', () => {
  it('remembers a product page by its canonical URL, only when it was read', async () => {
    const db = fresh();
    expect(await rememberListing(db, { ...temuReading, state: 'challenge' }, { matches: [] }, { now: 1 })).toBeNull();
    expect(await rememberListing(db, { ...temuReading, pageType: 'search', cards: [] }, { matches: [] }, { now: 1 })).toBeNull();
    await rememberListing(db, aliReading, { matches: [] }, { now: 5 });
    expect(await listWatched(db)).toEqual([
      {
        listingKey: `aliexpress:${GLOBAL_ID}`, site: 'aliexpress', itemId: GLOBAL_ID, title: 'Wooden Puzzle Board for Toddlers',
        seller: { name: 'Wood Store', id: '1102' }, brand: 'WoodCo', models: ['WP-100'],
        identifiers: [{ kind: 'gtin', value: '04006381333900' }],
        url: `https://www.aliexpress.com/item/${GLOBAL_ID}.html`, viewedAt: 5, marked: false, notifiedRecordIds: [],
      },
    ]);
  });

  it('re-checks a watched listing by what its page stated, not only its title: a later barcode record flags it', async () => {
    const db = fresh();
    await rememberListing(db, aliReading, { matches: [] }, { now: 5 });
    const [watched] = await listWatched(db);
    const barcodeRecord = record({ ref: 'GTIN-1', product: { names: [{ lang: 'en', text: 'Shape sorter' }], gtins: ['04006381333900'] } });
    const engine = buildEngine([barcodeRecord]);
    const reading = readingOfWatched(watched!);
    const matches = engine.match(productQuery(reading, reading.product!));
    expect(matches[0]).toMatchObject({ recordId: barcodeRecord.id, tier: 'exact' });
  });

  it('keeps the most recent listings, marked ones last to go', async () => {
    const db = fresh();
    for (let i = 0; i < 6; i++) {
      await rememberListing(db, productAt(`60109900000000${i}`), { matches: [] }, { now: i, mark: i === 0, limit: 4 });
    }
    const kept = (await listWatched(db)).map((w) => w.itemId);
    expect(kept).toEqual(['601099000000005', '601099000000004', '601099000000003', '601099000000000']);
    expect(await pruneWatched(db, 10)).toBe(0);
  });

  it('alerts once per new record set, never for what the user already saw on the page', async () => {
    const seen = record({ ref: 'SEEN', marketplaces: [{ platform: 'temu', listingId: TEMU_ID }] });
    const h = await harness({ records: [seen] });
    dbs.push(h.db);
    await h.reports.afterCheck(temuReading, await h.hazards.checkPage(temuReading));
    expect((await listWatched(h.db))[0]?.notifiedRecordIds).toEqual([seen.id]);

    await h.update([seen]); // a sync with nothing new for this listing
    expect(await h.reports.afterUpdate()).toEqual([]);

    const fresh1 = record({ ref: 'NEW-1', marketplaces: [{ platform: 'temu', listingId: TEMU_ID }] });
    await h.update([seen, fresh1]);
    await h.reports.afterUpdate(); // waits for the check the reload started
    expect(h.alerts.map((a) => a.records.map((r) => r.record.id))).toEqual([[fresh1.id]]);

    await h.update([seen, fresh1]); // same set again: quiet
    await h.reports.afterUpdate();
    expect(h.alerts).toHaveLength(1);

    const fresh2 = record({ ref: 'NEW-2', marketplaces: [{ platform: 'temu', listingId: TEMU_ID }] });
    await h.update([seen, fresh1, fresh2]);
    await h.reports.afterUpdate();
    expect(h.alerts.map((a) => a.records.map((r) => r.record.id))).toEqual([[fresh1.id], [fresh2.id]]);
  });

  it('remembers viewed listings only while the setting allows, but always marked ones', async () => {
    const h = await harness();
    dbs.push(h.db);
    h.settings.watchViewed = false;
    await h.reports.afterCheck(temuReading, await h.hazards.checkPage(temuReading));
    expect(await h.db.watched.count()).toBe(0);

    await h.reports.handlers['watch-mark']({ reading: temuReading, marked: true }, {});
    expect((await h.reports.handlers['watch-list']({}, {})).listings).toEqual([expect.objectContaining({ listingKey: `temu:${TEMU_ID}`, marked: true })]);
    await h.reports.afterCheck(temuReading, await h.hazards.checkPage(temuReading));
    expect((await h.db.watched.get(`temu:${TEMU_ID}`))?.marked).toBe(true);

    await h.reports.handlers['watch-clear']({}, {});
    expect(await h.db.watched.count()).toBe(0);
  });

  it('notifies with the listing and the hazard, under one ID per listing', () => {
    const r = record({ ref: 'N', authority: 'Seoul Metropolitan Government', hazardText: [{ lang: 'en', text: 'Phthalates 300× the limit' }] });
    const alert: WatchAlert = {
      listing: { listingKey: `temu:${TEMU_ID}`, site: 'temu', itemId: TEMU_ID, title: 'Water beads', url: 'https://www.temu.com/g-1.html', viewedAt: 1, marked: false, notifiedRecordIds: [] },
      records: [{ record: r } as MatchedRecord],
    };
    const { id, options } = watchNotification(alert, 'ko', 'icon.png');
    expect(id).toBe(`hazard-check:watch:temu:${TEMU_ID}`);
    expect(options).toMatchObject({ type: 'basic', title: '본 적 있는 상품이 신고되었습니다', message: 'Water beads: Phthalates 300× the limit', iconUrl: 'icon.png' });
    expect(options.contextMessage).toContain('Seoul Metropolitan Government');
  });

  it('checks nothing when nothing is watched', async () => {
    const db = fresh();
    const alerts = await checkWatchedAfterUpdate({ db, matchListing: async () => [], notify: async () => undefined });
    expect(alerts).toEqual([]);
  });
});
