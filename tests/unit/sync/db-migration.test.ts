/**
 * The user's own tables must survive every schema upgrade and every sync. The database here is written
 * with the schema as first released (version 1, spelled out below so later edits to db.ts cannot change
 * it), then opened with the current HazardDb, whatever its latest version is, and then synced.
 */
import { randomUUID } from 'node:crypto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { HazardDb } from '../../../lib/hazards/db';
import { HazardRecords } from '../../../lib/hazards/records';
import { startFeedServer } from './support/feed-server';
import { createHarness, deleteOpenDbs, expectedRows, hazardRows } from './support/harness';
import { TestFeed, testRecord, testRecords } from './support/test-feed';

const RELEASED_V1_STORES = {
  hazards: 'id, source, *listingKeys, *gtinKeys, *modelKeys, *brandKeys, *certKeys',
  meta: 'key',
  watched: 'listingKey, viewedAt',
  dismissals: 'listingKey',
  reports: 'id, status, createdAt, nextAttemptAt',
  localRules: 'id, listingKey, reportId',
};

const userData = {
  watched: [
    {
      listingKey: 'aliexpress:1005001111111111',
      site: 'aliexpress',
      itemId: '1005001111111111',
      title: 'Hairband',
      url: 'https://www.aliexpress.com/item/1005001111111111.html',
      viewedAt: 1_700_000_000_000,
      marked: true,
      notifiedRecordIds: ['curated:T-000001'],
    },
  ],
  dismissals: [{ listingKey: 'temu:601099333333333', kind: 'snoozed', signature: 'sig-1', at: 1_700_000_000_001 }],
  reports: [
    {
      id: 'b9f7c3a0-0000-4000-8000-000000000001',
      createdAt: 1_700_000_000_002,
      status: 'queued',
      attempts: 2,
      nextAttemptAt: 1_700_000_100_000,
      payload: { kind: 'missed', title: '완구' },
    },
  ],
  localRules: [
    {
      id: 'rule-1',
      listingKey: 'temu:601099444444444',
      reportId: 'b9f7c3a0-0000-4000-8000-000000000001',
      createdAt: 1_700_000_000_003,
      note: 'smells of solvent',
    },
  ],
};
type UserTable = keyof typeof userData;
const USER_TABLES = Object.keys(userData) as UserTable[];

const dbNames: string[] = [];
afterEach(async () => {
  await deleteOpenDbs();
  for (const name of dbNames.splice(0)) await Dexie.delete(name);
});

async function writeReleasedV1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(RELEASED_V1_STORES);
  await old.open();
  for (const table of USER_TABLES) await old.table(table).bulkPut(userData[table]);
  await old.table('hazards').bulkPut([
    {
      ...testRecord(1),
      listingKeys: ['aliexpress:1005000000000001'],
      gtinKeys: [],
      modelKeys: [],
      brandKeys: [],
      certKeys: [],
    },
  ]);
  await old.table('meta').bulkPut([
    { key: 'feedVersion', value: 1 },
    { key: 'dataAsOf', value: '2026-11-01' },
  ]);
  old.close();
}

async function userTables(db: Dexie) {
  const out: Record<string, unknown[]> = {};
  for (const table of USER_TABLES) out[table] = await db.table(table).toArray();
  return out;
}

describe('database upgrades', () => {
  it('opens a database written by the first released schema with every user row intact', async () => {
    const name = `migrate-${randomUUID()}`;
    dbNames.push(name);
    await writeReleasedV1(name);

    const db = new HazardDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);
    expect(await userTables(db)).toEqual(userData);
    // Version 3 dropped the lookup-key indexes; the old row is still read as the same record.
    expect(db.hazards.schema.indexes).toEqual([]);
    expect((await new HazardRecords(db).get(['curated:T-000001'])).get('curated:T-000001')).toEqual(testRecord(1));
    expect((await db.meta.get('feedVersion'))?.value).toBe(1);
    db.close();
  });

  it('keeps every user row through an upgrade followed by a full snapshot sync and a delta', async () => {
    const name = `migrate-${randomUUID()}`;
    dbNames.push(name);
    await writeReleasedV1(name);
    const feed = new TestFeed();
    const server = await startFeedServer(feed.dir);
    try {
      feed.publish(1, testRecords(1, 3));
      feed.publish(2, testRecords(2, 9)); // the stored version-1 data has 1 record, not 3: the delta fails its digest
      const h = createHarness(feed, server, { dbName: name });
      expect(await h.manager.sync()).toMatchObject({ result: 'updated', to: 2, via: 'snapshot' });
      feed.publish(3, testRecords(4, 12));
      expect(await h.manager.sync()).toMatchObject({ result: 'updated', to: 3, via: 'delta' });
      expect(await hazardRows(h.db)).toEqual(expectedRows(testRecords(4, 12)));
      expect(await userTables(h.db)).toEqual(userData);
    } finally {
      await server.close();
      feed.remove();
    }
  });
});
