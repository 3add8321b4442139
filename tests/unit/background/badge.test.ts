import { describe, expect, it } from 'vitest';
import { BADGE_GREY, BADGE_RED, badgeFor } from '../../../lib/background/badge';
import type { Verdict } from '../../../lib/core/verdict';
import { match, record } from './helpers';

const r = record({ ref: 'A' });
const base: Verdict = { state: 'ok', matches: [], cards: {}, signature: '' };

describe('badgeFor', () => {
  it('counts warnings on a product page in red', () => {
    const look = badgeFor({ ...base, listingKey: 'temu:1', matches: [{ match: match(r, 'exact'), record: r }] });
    expect(look).toMatchObject({ text: '1', color: BADGE_RED, title: { key: 'badgeFlagged', count: 1 } });
  });

  it('shows "not checked" distinctly from "nothing found"', () => {
    expect(badgeFor({ ...base, state: 'unreadable' })).toMatchObject({ text: '?', title: { key: 'badgeNotChecked' } });
    expect(badgeFor({ ...base, state: 'challenge' }).text).toBe('?');
    expect(badgeFor({ ...base, listingKey: 'temu:1' })).toMatchObject({
      text: '',
      color: BADGE_GREY,
      title: { key: 'badgeNothingFound' },
    });
  });

  it('does not count soft matches or dismissed warnings', () => {
    const similar = { match: match(r, 'similar'), record: r };
    expect(badgeFor({ ...base, listingKey: 'temu:1', matches: [similar] })).toMatchObject({
      text: '',
      title: { key: 'badgeSimilarOnly' },
    });
    expect(badgeFor({ ...base, cards: { a: [similar] } })).toMatchObject({
      text: '',
      title: { key: 'badgeSimilarOnly' },
    });
    const warning = { match: match(r, 'strong'), record: r };
    expect(badgeFor({ ...base, listingKey: 'temu:1', matches: [warning], dismissed: 'dismissed' }).text).toBe('');
  });

  it('counts flagged cards on a listing page', () => {
    const w = [{ match: match(r, 'exact'), record: r }];
    expect(badgeFor({ ...base, cards: { a: w, b: w } }).text).toBe('2');
  });
});
