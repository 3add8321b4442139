import { afterEach, describe, expect, it } from 'vitest';
import { HazardDb } from '../../../lib/hazards/db';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import {
  clearLocalData,
  EXPORT_FORMAT,
  exportFileName,
  exportLocalData,
  settingsAfterClear,
} from '../../../lib/ui/local-data';
import { record } from '../background/helpers';

let db: HazardDb;
afterEach(async () => {
  await db?.delete();
});

async function seeded() {
  db = new HazardDb(`local-data-${Math.random()}`);
  const r = record({ ref: 'KEEP' });
  await db.hazards.put(r);
  await db.meta.put({ key: 'dataAsOf', value: '2026-11-01' });
  await db.dismissals.put({ listingKey: 'temu:1', kind: 'dismissed', signature: 's', at: 1 });
  await db.watched.put({
    listingKey: 'temu:2',
    site: 'temu',
    itemId: '2',
    url: 'https://www.temu.com/x-g-2.html',
    viewedAt: 2,
    marked: false,
    notifiedRecordIds: [],
  });
  await db.reports.put({ id: 'r1', createdAt: 3, status: 'queued', attempts: 0, payload: { kind: 'missed' } });
  await db.localRules.put({ id: 'l1', listingKey: 'temu:3', reportId: 'r1', createdAt: 3, note: 'mine' });
  return db;
}

describe('local data', () => {
  it('exports settings, dismissals, watched listings, reports and local rules', async () => {
    await seeded();
    const out = await exportLocalData(db, DEFAULT_SETTINGS, new Date('2026-11-23T10:00:00Z'));
    expect(out).toMatchObject({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: '2026-11-23T10:00:00.000Z',
      settings: DEFAULT_SETTINGS,
    });
    expect([out.dismissals.length, out.watched.length, out.reports.length, out.localRules.length]).toEqual([
      1, 1, 1, 1,
    ]);
    expect(JSON.stringify(out)).not.toContain('KEEP'); // hazard records are not the user's data
    expect(exportFileName(new Date('2026-11-23T10:00:00Z'))).toBe('hazard-check-data-2026-11-23.json');
  });

  it("clears the user's tables and never the hazard database", async () => {
    await seeded();
    await clearLocalData(db);
    expect(
      await Promise.all([db.dismissals.count(), db.watched.count(), db.reports.count(), db.localRules.count()]),
    ).toEqual([0, 0, 0, 0]);
    expect(await db.hazards.count()).toBe(1);
    expect(await db.meta.get('dataAsOf')).toEqual({ key: 'dataAsOf', value: '2026-11-01' });
    expect(settingsAfterClear()).toEqual({ ...DEFAULT_SETTINGS, noticeAcknowledged: true });
  });
});
