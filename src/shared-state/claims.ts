/**
 * Who answers an event: the first instance to claim its key. With one process a claim only stops
 * repeats (a Slack retry, a replayed gateway event); with several sharing Redis it also stops the
 * other instances from answering what one of them took.
 */
export interface Claims {
  /** True for the first claim of `key` within the claim's lifetime; false for every later one. */
  claim(key: string): Promise<boolean>;
  /**
   * Says the claimed event was answered. Until then a shared claim holds only briefly, so that
   * when the instance that took an event dies before answering, a later retry of it reaches an
   * instance that answers; from then on it holds for `CLAIM_TTL_MS`.
   */
  answered(key: string): Promise<void>;
}

/**
 * How long a claim holds. Slack retries an event it saw no acknowledgement for up to three times,
 * the last about five minutes after the first; a Discord interaction can be answered for 15 minutes
 * but is delivered once, so ten minutes covers both.
 */
export const CLAIM_TTL_MS = 10 * 60_000;

export interface MemoryClaimsOptions {
  /** How long a key is remembered, in milliseconds. Default `CLAIM_TTL_MS`. */
  ttlMs?: number;
  /** Most keys remembered at once; the oldest are forgotten first. Default 10,000. */
  maxEntries?: number;
  /** Clock in milliseconds. Default `Date.now`. */
  now?: () => number;
}

/**
 * Claims held in this process, bounded by both age and count. A claim holds its whole lifetime at
 * once: the process that would answer a retry is the one that took the event.
 */
export class MemoryClaims implements Claims {
  readonly #seen = new Map<string, number>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: MemoryClaimsOptions = {}) {
    this.#ttlMs = options.ttlMs ?? CLAIM_TTL_MS;
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  claim(key: string): Promise<boolean> {
    const now = this.#now();
    this.#forgetOld(now);
    if (this.#seen.has(key)) return Promise.resolve(false);
    this.#seen.set(key, now);
    if (this.#seen.size > this.#maxEntries) {
      const oldest = this.#seen.keys().next().value;
      if (oldest !== undefined) this.#seen.delete(oldest);
    }
    return Promise.resolve(true);
  }

  answered(): Promise<void> {
    return Promise.resolve();
  }

  get size(): number {
    return this.#seen.size;
  }

  // Insertion order is age order, so expired keys are always at the front.
  #forgetOld(now: number): void {
    for (const [key, at] of this.#seen) {
      if (now - at < this.#ttlMs) return;
      this.#seen.delete(key);
    }
  }
}
