/**
 * Fixed-window rate limits, per client and for the whole endpoint. A client is known only by a hash of
 * its address with a salt drawn at random for each window; when the window ends, the salt and every
 * hash made with it are dropped. No address, and nothing that could be matched to one later, is kept
 * longer than one window.
 */

export interface RateLimits {
  /** Reports one client may send per window. */
  perClient: number;
  /** Reports the endpoint accepts per window from everyone together (caps the bot's GitHub usage). */
  global: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perClient: 10, global: 300, windowMs: 60 * 60_000 };

export type RateDecision = { ok: true } | { ok: false; scope: 'client' | 'global'; retryAfterSeconds: number };

interface Window {
  start: number;
  salt: Uint8Array;
  total: number;
  perClient: Map<string, number>;
}

export class RateLimiter {
  private window: Window | undefined;

  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => number,
  ) {}

  /** Counts one request from `client` (its address), or says how long to wait. */
  async take(client: string): Promise<RateDecision> {
    const window = this.current();
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + this.limits.windowMs - this.now()) / 1000));
    if (window.total >= this.limits.global) return { ok: false, scope: 'global', retryAfterSeconds };
    const key = await hashClient(window.salt, client);
    const used = window.perClient.get(key) ?? 0;
    if (used >= this.limits.perClient) return { ok: false, scope: 'client', retryAfterSeconds };
    window.perClient.set(key, used + 1);
    window.total += 1;
    return { ok: true };
  }

  /** How many client hashes are held right now (for tests: none survive the window). */
  heldClients(): number {
    this.current();
    return this.window?.perClient.size ?? 0;
  }

  private current(): Window {
    const now = this.now();
    const start = now - (now % this.limits.windowMs);
    if (this.window?.start !== start) {
      // A new window: the old salt and hashes go, so nothing links this window's clients to earlier ones.
      this.window = { start, salt: crypto.getRandomValues(new Uint8Array(32)), total: 0, perClient: new Map() };
    }
    return this.window;
  }
}

async function hashClient(salt: Uint8Array, client: string): Promise<string> {
  const data = new Uint8Array([...salt, ...new TextEncoder().encode(client)]);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}
