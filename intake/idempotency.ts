/**
 * What the endpoint remembers per Idempotency-Key (the report's random ID): that a report is being
 * filed, or the issue it became. A repeat of a filed report gets the same answer and files nothing.
 * Keys are kept for `retentionMs` (longer than the extension retries: 7 days), then forgotten.
 */

export type KeyState =
  { state: 'filing'; since: number } | { state: 'filed'; at: number; issueUrl: string; issueNumber: number };

export interface IdempotencyStore {
  get(key: string): Promise<KeyState | undefined>;
  /** Claims `key` for filing; false when it is already claimed or filed (someone else is on it). */
  claim(key: string, now: number): Promise<boolean>;
  filed(key: string, state: Extract<KeyState, { state: 'filed' }>): Promise<void>;
  /** Filing failed: the key is released so a retry can file it. */
  release(key: string): Promise<void>;
}

export const IDEMPOTENCY_RETENTION_MS = 30 * 24 * 60 * 60_000;
/** A claim older than this was left by a request that died; the key may be claimed again. */
export const STALE_CLAIM_MS = 2 * 60_000;

/**
 * In memory, optionally mirrored to a file by `onFiled` (the Node server appends one JSON line per
 * filed report and loads them at start, so a restart does not forget which reports it filed).
 */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly keys = new Map<string, KeyState>();

  constructor(
    private readonly options: { now(): number; retentionMs?: number; onFiled?(key: string, state: KeyState): void } = {
      now: () => Date.now(),
    },
  ) {}

  /** Restores filed keys (from the server's state file); expired ones are skipped. */
  load(entries: Iterable<[string, KeyState]>): void {
    for (const [key, state] of entries) if (state.state === 'filed' && !this.expired(state)) this.keys.set(key, state);
  }

  async get(key: string): Promise<KeyState | undefined> {
    this.sweep();
    return this.keys.get(key);
  }

  async claim(key: string, now: number): Promise<boolean> {
    const held = this.keys.get(key);
    if (held && (held.state === 'filed' || now - held.since < STALE_CLAIM_MS)) return false;
    this.keys.set(key, { state: 'filing', since: now });
    return true;
  }

  async filed(key: string, state: Extract<KeyState, { state: 'filed' }>): Promise<void> {
    this.keys.set(key, state);
    this.options.onFiled?.(key, state);
  }

  async release(key: string): Promise<void> {
    if (this.keys.get(key)?.state === 'filing') this.keys.delete(key);
  }

  private expired(state: KeyState): boolean {
    const at = state.state === 'filed' ? state.at : state.since;
    return this.options.now() - at > (this.options.retentionMs ?? IDEMPOTENCY_RETENTION_MS);
  }

  private sweep(): void {
    for (const [key, state] of this.keys) if (this.expired(state)) this.keys.delete(key);
  }
}
