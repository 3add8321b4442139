import { describe, expect, it } from 'vitest';
import { bundledDataAsOf, loadBundledRecords } from '../../../lib/feed/bundled';
import { validateRecord } from '../../../lib/hazards/schema';

describe('bundled default dataset', () => {
  const records = loadBundledRecords();

  it('has 40–80 records that each validate, with an https official link and a date', () => {
    expect(records.length).toBeGreaterThanOrEqual(40);
    expect(records.length).toBeLessThanOrEqual(80);
    for (const record of records) {
      expect(validateRecord(record), record.id).toMatchObject({ ok: true });
      expect(record.url, record.id).toMatch(/^https:\/\/(ec\.europa\.eu\/safety-gate-alerts|www\.cpsc\.gov\/Recalls)\//);
      expect(record.publishedAt, record.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(record.hazardText.length, record.id).toBeGreaterThan(0);
      expect(record.id).toBe(`${record.source}:${record.ref}`);
    }
  });

  it('has unique IDs and puts children’s products first', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    const forChildren = records.filter((r) => r.product.forChildren).length;
    expect(forChildren / records.length).toBeGreaterThan(0.9);
    const hazards = new Set(records.flatMap((r) => r.riskTypes));
    for (const type of ['CHOKING', 'CHEMICAL', 'INJURIES', 'FIRE', 'SUFFOCATION', 'DROWNING']) expect(hazards).toContain(type);
    expect(records.some((r) => r.chemicals.some((c) => c.name === 'lead'))).toBe(true);
    expect(records.some((r) => r.product.category === 'chargers')).toBe(true);
  });

  it('names the newest notice date as data-as-of', () => {
    expect(bundledDataAsOf()).toBe(records.map((r) => r.publishedAt!).sort().pop());
  });
});
