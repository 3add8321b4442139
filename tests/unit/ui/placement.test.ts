import { describe, expect, it } from 'vitest';
import { boxAt, choosePlacement, overlaps } from '../../../lib/ui/placement';

const viewport = { width: 1280, height: 720 };
const size = { width: 360, height: 300 };
const pillSize = { width: 240, height: 44 };

describe('banner placement', () => {
  it('stays top-right when the price and buy button are elsewhere', () => {
    const avoid = [{ x: 400, y: 150, width: 120, height: 40 }];
    expect(choosePlacement({ size, pillSize, viewport, avoid })).toEqual({ corner: 'top-right', collapse: false });
  });

  it('moves to the next free corner when a sticky buy box sits top-right', () => {
    const buyBox = { x: 1000, y: 80, width: 240, height: 48 };
    const placement = choosePlacement({ size, pillSize, viewport, avoid: [buyBox] });
    expect(placement).toEqual({ corner: 'bottom-right', collapse: false });
    expect(overlaps(boxAt(placement.corner, size, viewport), buyBox)).toBe(false);
  });

  it('keeps its corner while it is free, so it does not jump around', () => {
    const avoid = [{ x: 20, y: 600, width: 100, height: 40 }];
    expect(choosePlacement({ size, pillSize, viewport, avoid, current: 'top-left' }).corner).toBe('top-left');
  });

  it('collapses to the pill when the open banner fits nowhere', () => {
    const tall = { width: 360, height: 700 };
    const avoid = [{ x: 0, y: 340, width: 1280, height: 20 }];
    expect(choosePlacement({ size: tall, pillSize, viewport, avoid })).toEqual({ corner: 'top-right', collapse: true });
  });
});

describe('the shop header bar', () => {
  it('starts top corners below it, and falls back when the banner no longer fits there', () => {
    const size = { width: 360, height: 200 };
    const pillSize = { width: 240, height: 44 };
    const viewport = { width: 1280, height: 720 };
    expect(boxAt('top-right', size, viewport, 64).y).toBe(76);
    expect(choosePlacement({ size, pillSize, viewport, avoid: [], topInset: 64 }).corner).toBe('top-right');
    const tall = { width: 360, height: 660 };
    expect(choosePlacement({ size: tall, pillSize, viewport, avoid: [], topInset: 64 }).corner).toBe('bottom-right');
  });
});
