export interface DedupeOptions {
  /**
   * How long an id is remembered, in milliseconds. Default 10 minutes: Slack retries an event it
   * saw no acknowledgement for up to three times, the last about five minutes after the first.
   */
  ttlMs?: number;
  /** Most ids remembered at once; the oldest are forgotten first. Default 10,000. */
  maxEntries?: number;
  /** Clock in milliseconds. Default `Date.now`. */
  now?: () => number;
}

/**
 * Remembers the event ids already handled, so a retried delivery of the same event is not answered
 * twice. Memory is bounded by both age and count. One process only: several replicas behind one
 * Slack app would each need to see the same retry, which Slack does not promise.
 */
export class EventDeduper {
  readonly #seen = new Map<string, number>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: DedupeOptions = {}) {
    this.#ttlMs = options.ttlMs ?? 10 * 60_000;
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /** True the first time an id is offered (and remembers it); false for every repeat within the TTL. */
  firstTime(id: string): boolean {
    const now = this.#now();
    this.#forgetOld(now);
    if (this.#seen.has(id)) return false;
    this.#seen.set(id, now);
    if (this.#seen.size > this.#maxEntries) {
      const oldest = this.#seen.keys().next().value;
      if (oldest !== undefined) this.#seen.delete(oldest);
    }
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }

  // Insertion order is age order, so expired ids are always at the front.
  #forgetOld(now: number): void {
    for (const [id, at] of this.#seen) {
      if (now - at < this.#ttlMs) return;
      this.#seen.delete(id);
    }
  }
}
