import { describe, expect, it } from 'vitest';
import { evidenceRows } from '../../../lib/ui/evidence';
import { chemicalGroupOf, explanationKeys } from '../../../lib/ui/explanations';
import { formatDate, formatJurisdiction } from '../../../lib/ui/format';
import { freshnessOf } from '../../../lib/ui/freshness';
import { recordFacts, safeUrl } from '../../../lib/ui/record-facts';
import { syncLines } from '../../../lib/ui/sync-text';
import { parseCssColor, pickTheme } from '../../../lib/ui/theme';
import { record } from '../background/helpers';

const DAY = 86_400_000;

describe('dates and places', () => {
  it('formats calendar dates without shifting the day', () => {
    expect(formatDate('2024-05-09', 'en')).toBe('May 9, 2024');
    expect(formatDate('2024-05-09', 'ko')).toBe('2024. 5. 9.');
    expect(formatDate(undefined, 'en')).toBe('');
  });

  it('names the jurisdiction in the UI language', () => {
    expect(formatJurisdiction('KR', 'en')).toBe('South Korea');
    expect(formatJurisdiction('KR', 'ko')).toBe('대한민국');
    expect(formatJurisdiction('EU', 'en')).toBe('European Union');
  });
});

describe('record facts', () => {
  it('attributes without a date when the record has none, and lists actions', () => {
    const facts = recordFacts(record({ ref: 'A', publishedAt: undefined, actions: ['recall', 'sales_ban'] }), 'en');
    expect(facts.reportedBy).toBe('Reported by Test Authority');
    expect(facts.actions).toBe('Action taken: Recalled and Sale banned');
  });

  it("writes word units in the reader's language", () => {
    const r = record({ ref: 'A', chemicals: [{ name: 'DEHP', measured: 27, limit: 0.1, unit: '% by weight' }] });
    expect(recordFacts(r, 'ko').measurements[0]).toBe('DEHP: 측정값 27 %(중량 기준), 기준 0.1 %(중량 기준)');
    expect(recordFacts(r, 'en').measurements[0]).toContain('27 % by weight');
  });

  it('only lets http(s) links through', () => {
    expect(safeUrl('https://ec.europa.eu/x')).toBe('https://ec.europa.eu/x');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });
});

describe('evidence rows', () => {
  it('say which field matched, both values, and how', () => {
    expect(
      evidenceRows([{ kind: 'model', listingValue: 'AB-12', recordValue: 'AB12', how: 'normalised' }], 'en'),
    ).toEqual([
      {
        label: 'Model',
        listingValue: 'AB-12',
        recordValue: 'AB12',
        how: 'the same once case, spaces and dashes are ignored',
      },
    ]);
    expect(
      evidenceRows([{ kind: 'kc-cert', listingValue: 'x', recordValue: 'x', how: 'exact' }], 'ko')[0],
    ).toMatchObject({
      label: 'KC 인증번호',
      how: '동일',
    });
  });
});

describe('explanations', () => {
  it('recognises the common chemicals by name or abbreviation', () => {
    expect(
      [
        'DEHP',
        'DINP',
        'Phthalates (DBP)',
        'lead',
        'Lead (Pb)',
        'Cd',
        'cadmium',
        'Formaldehyde',
        'nickel release',
        'boric acid',
        '붕소',
      ].map(chemicalGroupOf),
    ).toEqual([
      'phthalates',
      'phthalates',
      'phthalates',
      'lead',
      'lead',
      'cadmium',
      'cadmium',
      'formaldehyde',
      'nickel',
      'boron',
      'boron',
    ]);
    expect(chemicalGroupOf('Leading brand')).toBeUndefined();
  });

  it('picks the specific physical hazard over the generic choking text', () => {
    const beads = record({
      ref: 'B',
      riskTypes: ['CHOKING'],
      product: { names: [{ lang: 'en', text: 'Water beads sensory toy' }] },
    });
    expect(explanationKeys(beads)).toEqual(['explain_waterBeads']);
    const magnets = record({
      ref: 'M',
      riskTypes: ['INJURIES'],
      hazardText: [{ lang: 'en', text: 'Small powerful magnets can be swallowed' }],
    });
    expect(explanationKeys(magnets)).toEqual(['explain_magnets']);
    const battery = record({
      ref: 'C',
      riskTypes: ['CHOKING', 'BURNS'],
      hazardText: [{ lang: 'en', text: 'The button cell battery is easily accessible' }],
    });
    expect(explanationKeys(battery)).toEqual(['explain_buttonBatteries']);
    const toy = record({ ref: 'T', riskTypes: ['CHOKING'], chemicals: [{ name: 'DEHP' }] });
    expect(explanationKeys(toy)).toEqual(['explain_phthalates', 'explain_smallParts']);
    const hoodie = record({ ref: 'H', riskTypes: ['STRANGULATION'] });
    expect(explanationKeys(hoodie)).toEqual(['explain_cords']);
  });
});

describe('theme', () => {
  it('parses computed colours', () => {
    expect(parseCssColor('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseCssColor('rgba(0, 0, 0, 0)')?.a).toBe(0);
    expect(parseCssColor('#222')).toEqual({ r: 34, g: 34, b: 34, a: 1 });
    expect(parseCssColor('color(srgb 1 0 0)')).toBeUndefined();
  });

  it('follows an opaque page background first, then the OS preference', () => {
    expect(pickTheme(['rgb(24, 24, 27)'], false)).toBe('dark');
    expect(pickTheme(['rgb(245, 245, 245)'], true)).toBe('light');
    expect(pickTheme(['rgba(0, 0, 0, 0)', 'rgb(18, 18, 18)'], false)).toBe('dark');
    expect(pickTheme(['rgba(0, 0, 0, 0)', 'transparent'], true)).toBe('dark');
    expect(pickTheme(['rgba(0, 0, 0, 0)'], false)).toBe('light');
  });
});

describe('freshness', () => {
  const now = Date.UTC(2026, 10, 30);
  it('is stale past 14 days since the newer of the data date and the last sync', () => {
    expect(freshnessOf({ dataAsOf: '2026-11-01' }, now)).toMatchObject({ ageDays: 29, stale: true });
    expect(freshnessOf({ dataAsOf: '2026-11-01', lastSyncAt: now - DAY }, now)).toMatchObject({
      ageDays: 1,
      stale: false,
    });
    expect(freshnessOf({ dataAsOf: '2026-11-20' }, now).stale).toBe(false);
  });

  it('turns a status into lines, translating a known error code', () => {
    const lines = syncLines(
      {
        dataAsOf: '2026-11-01',
        recordCount: 1,
        sources: [],
        bundled: true,
        lastError: 'raw',
        lastErrorCode: 'bad-signature',
      },
      'ko',
      now,
    );
    expect(lines.asOf).toBe('2026. 11. 1. 기준 데이터');
    expect(lines.records).toBe('기록 1건');
    expect(lines.stale).toContain('14일');
    expect(lines.error).toBe(
      '마지막 업데이트에 실패했습니다: Hazard Check 키로 서명되지 않은 업데이트라 거부했습니다.',
    );
    expect(
      syncLines({ recordCount: 2, sources: [], bundled: false, lastError: 'Disk on fire' }, 'en', now),
    ).toMatchObject({
      asOf: 'The age of the hazard data is unknown.',
      stale: undefined,
      error: 'The last update failed: Disk on fire.',
    });
  });

  it('says a sync is running, with the parts of a full download stored so far', () => {
    const base = { recordCount: 2, sources: [], bundled: false };
    expect(syncLines(base, 'en', now).progress).toBeUndefined();
    expect(syncLines({ ...base, syncing: true }, 'en', now).progress).toMatch(/^Checking for new hazard data/);
    expect(syncLines({ ...base, syncing: true, syncProgress: { done: 40, total: 250 } }, 'en', now).progress).toBe(
      'Downloading new hazard data: part 40 of 250. Pages are checked with the current data meanwhile.',
    );
    expect(syncLines({ ...base, syncing: true, syncProgress: { done: 40, total: 250 } }, 'ko', now).progress).toMatch(
      /250개 중 40번째/,
    );
  });
});

describe("the authority's own sentence", () => {
  it('follows the structured headline, labelled with its language, and never when it says the same', () => {
    const r = record({
      ref: 'ORIG',
      riskTypes: ['CHEMICAL'],
      chemicals: [{ name: 'DEHP', timesLimit: 9 }],
      hazardText: [{ lang: 'en', text: 'Phthalate plasticiser (DEHP) at 9 times the limit.' }],
    });
    expect(recordFacts(r, 'ko').original).toEqual({
      label: '원문(영어)',
      text: 'Phthalate plasticiser (DEHP) at 9 times the limit.',
      lang: 'en',
    });
    expect(recordFacts(r, 'en').original?.label).toBe('Original text (English)');
    const korean = record({
      ref: 'KO',
      chemicals: [{ name: 'lead' }],
      hazardText: [{ lang: 'ko', text: '납 기준치 초과' }],
    });
    expect(recordFacts(korean, 'ko').original?.label).toBe('원문(한국어)');
    expect(recordFacts(korean, 'en').original?.label).toBe('Original text (Korean)');
  });
});
