import type { RateLimitConfig } from '../config/index.js';

/** Past this many buckets, full ones are forgotten, so memory stays bounded by the recently active. */
const SWEEP_AT = 10_000;

interface Bucket {
  tokens: number;
  updatedAt: number;
  /** Whether the "slow down" note was already sent since the bucket ran dry. */
  warned: boolean;
}

/** What to do with a question: answer it, say "slow down" once, or stay silent. */
export type Admission = 'allow' | 'warn' | 'drop';

/** Decides the admission of each question: one process's buckets, or buckets every instance shares. */
export interface AdmissionControl {
  admit(user: string, channel: string): Admission | Promise<Admission>;
}

/**
 * Token buckets per user and per channel. The defaults let a person ask freely and stop a script:
 * a dry bucket answers "slow down" once, then nothing until it has refilled a token.
 */
export class RateLimiter implements AdmissionControl {
  readonly #buckets = new Map<string, Bucket>();
  readonly #config: RateLimitConfig;
  readonly #clock: () => number;

  constructor(config: RateLimitConfig, clock: () => number = Date.now) {
    this.#config = config;
    this.#clock = clock;
  }

  admit(user: string, channel: string): Admission {
    const now = this.#clock();
    if (this.#buckets.size >= SWEEP_AT) this.#sweep(now);
    const userBucket = this.#refill(`u:${user}`, this.#config.userBurst, this.#config.userPerSecond, now);
    const channelBucket = this.#refill(`c:${channel}`, this.#config.channelBurst, this.#config.channelPerSecond, now);
    if (userBucket.tokens >= 1 && channelBucket.tokens >= 1) {
      userBucket.tokens -= 1;
      channelBucket.tokens -= 1;
      userBucket.warned = false;
      return 'allow';
    }
    const dry = userBucket.tokens < 1 ? userBucket : channelBucket;
    if (dry.warned) return 'drop';
    dry.warned = true;
    return 'warn';
  }

  /** Forgets buckets that have refilled completely: they behave exactly like a new one. */
  #sweep(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      const user = key.startsWith('u:');
      const burst = user ? this.#config.userBurst : this.#config.channelBurst;
      const perSecond = user ? this.#config.userPerSecond : this.#config.channelPerSecond;
      if (bucket.tokens + ((now - bucket.updatedAt) / 1000) * perSecond >= burst) this.#buckets.delete(key);
    }
  }

  /** Buckets kept, for tests and health. */
  get size(): number {
    return this.#buckets.size;
  }

  #refill(key: string, burst: number, perSecond: number, now: number): Bucket {
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      bucket = { tokens: burst, updatedAt: now, warned: false };
      this.#buckets.set(key, bucket);
      return bucket;
    }
    const refilled = Math.min(burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * perSecond);
    if (refilled >= 1 && bucket.tokens < 1) bucket.warned = false;
    bucket.tokens = refilled;
    bucket.updatedAt = now;
    return bucket;
  }
}
