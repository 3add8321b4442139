// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MainWorldBridge } from '../../../lib/content/main-world-bridge';
import { MAIN_WORLD_SOURCE } from '../../../lib/sites/main-world';
import type { PageReading } from '../../../lib/sites/types';

const goods = (goodsId: string, goodsName: string) => ({
  source: MAIN_WORLD_SOURCE,
  kind: 'product-data',
  site: 'temu',
  itemId: goodsId,
  payload: { format: 'temu-goods', store: { goodsId, goods: { goodsId, goodsName, status: 1 } } },
});

const unreadable = (itemId: string): PageReading => ({
  site: 'temu',
  pageType: 'product',
  state: 'unreadable',
  url: `https://www.temu.com/g-${itemId}.html`,
  product: { itemId },
  reason: 'stale',
});

function bridgeFor(expected: string) {
  let nudged = 0;
  const bridge = new MainWorldBridge(
    window,
    () => [expected],
    () => nudged++,
  );
  return { bridge, nudged: () => nudged };
}

describe('MainWorldBridge', () => {
  it('fills an unreadable reading from page data for the same item and wakes the check', () => {
    const { bridge, nudged } = bridgeFor('601000000000001');
    bridge.handle(
      new MessageEvent('message', {
        data: goods('601000000000001', 'Water Beads'),
        source: window,
        origin: location.origin,
      }),
    );
    const reading = bridge.enrich(unreadable('601000000000001'));
    expect(reading.state).toBe('ok');
    expect(reading.product?.title).toBe('Water Beads');
    expect(nudged()).toBe(1);
  });

  it('ignores data for another item, and messages from another window or origin', () => {
    const { bridge, nudged } = bridgeFor('601000000000001');
    bridge.handle(
      new MessageEvent('message', { data: goods('601000000000009', 'Other'), source: window, origin: location.origin }),
    );
    bridge.handle(
      new MessageEvent('message', { data: goods('601000000000001', 'Spoofed'), source: null, origin: location.origin }),
    );
    bridge.handle(
      new MessageEvent('message', {
        data: goods('601000000000001', 'Spoofed'),
        source: window,
        origin: 'https://evil.example',
      }),
    );
    expect(bridge.enrich(unreadable('601000000000001')).state).toBe('unreadable');
    expect(nudged()).toBe(0);
  });
});
