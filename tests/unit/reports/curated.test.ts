import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../../lib/hazards/schema';
import { curatedAdapter } from '../../../lib/feed/sources/curated';
import { curatedInputLine } from '../../../lib/reports/curated';
import { buildReportPayload } from '../../../lib/reports/payload';
import { listingKeyOfReport } from '../../../lib/reports/queue';
import { curatedSuggestionSchema } from '../../../lib/reports/types';
import { aliReading, context, GLOBAL_ID, missedForm, missedPayload, record, TEMU_ID, temuReading } from './helpers';

/** The fields every curated input line must have (lib/feed/sources/curated.ts). */
const REQUIRED = ['curatedId', 'platform', 'listingId', 'title', 'hazard', 'authority', 'date'];

describe('the curated suggestion in a missed-hazard report', () => {
  it('has every required field of a curated input line', () => {
    const { curated } = missedPayload();
    expect(curated).toBeDefined();
    for (const field of REQUIRED) expect(curated, field).toHaveProperty(field);
    expect(curated).toMatchObject({
      curatedId: `VOL-AE-${GLOBAL_ID}`,
      platform: 'aliexpress',
      listingId: GLOBAL_ID,
      title: 'Wooden Puzzle Board for Toddlers',
      hazard: 'Small magnets can be swallowed',
      authority: 'Seoul Metropolitan Government',
      date: '2024-05-09',
      url: `https://www.aliexpress.com/item/${GLOBAL_ID}.html`,
      noticeUrl: 'https://news.seoul.go.kr/economy/archives/123',
      shopName: 'Wood Store',
      brand: 'WoodCo',
      model: 'WP-100',
    });
    expect(curatedSuggestionSchema.safeParse(curated).success).toBe(true);
  });

  it.each([
    ['AliExpress, typed evidence', () => missedPayload()],
    ['Temu, typed evidence', () => missedPayload(temuReading)],
    [
      'a record picked from the database',
      () =>
        buildReportPayload(
          { kind: 'missed-hazard', recordRef: 'curated:P-1' },
          context(aliReading, { pickedRecord: record({ ref: 'P-1', hazardText: [{ lang: 'en', text: 'Cadmium' }] }) }),
        ),
    ],
  ])('passes the feed builder’s curated parser and becomes a valid record flagging the listing (%s)', (_, make) => {
    const payload = make();
    const built = curatedAdapter.toRecord(curatedInputLine(payload.curated!));
    if (!('record' in built)) throw new Error('skipped');
    const validation = validateRecord(built.record);
    expect(validation.ok, validation.ok ? '' : validation.error).toBe(true);
    if (!validation.ok) return;
    const listing = validation.record.marketplaces[0]!;
    expect(`${listing.platform}:${listing.listingId}`).toBe(listingKeyOfReport(payload));
    expect(validation.record.hazardText[0]?.text).toBe(payload.missedHazard!.hazard);
  });

  it('is only made for missed hazards', () => {
    const wrong = buildReportPayload({ kind: 'wrong-match', recordRefs: ['curated:A'] }, context(aliReading));
    expect(wrong.curated).toBeUndefined();
    expect(missedPayload(temuReading, missedForm).curated?.curatedId).toBe(`VOL-TEMU-${TEMU_ID}`);
  });
});
