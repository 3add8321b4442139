import { describe, expect, it } from 'vitest';
import { createListener, isTabMessage, RECHECK_MESSAGE, send, type Handlers } from '../../../lib/messaging';

/** A runtime whose sendMessage goes straight to one listener, as the browser does. */
function runtimeFor(listener: ReturnType<typeof createListener>, tabId?: number) {
  return {
    sendMessage: (message: unknown) =>
      new Promise<unknown>((resolve) => {
        const handled = listener(message, { tab: tabId === undefined ? undefined : { id: tabId } }, resolve);
        if (!handled) resolve(undefined);
      }),
  };
}

describe('typed messaging', () => {
  it('round-trips a request and passes the sender tab', async () => {
    let seenTab: number | undefined;
    const handlers: Partial<Handlers> = {
      'search-records': async ({ query }, sender) => {
        seenTab = sender.tabId;
        return { records: [], query } as never;
      },
    };
    const result = await send(runtimeFor(createListener(handlers), 7), 'search-records', { query: 'lead' });
    expect(result).toMatchObject({ records: [] });
    expect(seenTab).toBe(7);
  });

  it('turns a handler error into a rejected promise with its message', async () => {
    const handlers: Partial<Handlers> = {
      'sync-now': async () => {
        throw new Error('feed host unreachable');
      },
    };
    await expect(send(runtimeFor(createListener(handlers)), 'sync-now', {})).rejects.toThrow('feed host unreachable');
  });

  it('ignores messages that are not ours and types nobody handles', async () => {
    const listener = createListener({});
    expect(listener('hello', {}, () => undefined)).toBe(false);
    expect(listener({ type: 'sync-now', data: {} }, {}, () => undefined)).toBe(false);
    await expect(send(runtimeFor(listener), 'sync-now', {})).rejects.toThrow(/No answer/);
  });
});

describe('messages to a tab', () => {
  it('recognises only the recheck message', () => {
    expect(isTabMessage(RECHECK_MESSAGE)).toBe(true);
    expect(isTabMessage({ type: 'hazard-check:other' })).toBe(false);
    expect(isTabMessage(null)).toBe(false);
    expect(isTabMessage('hazard-check:recheck')).toBe(false);
  });
});
