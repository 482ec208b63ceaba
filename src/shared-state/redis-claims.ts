import { CLAIM_TTL_MS, type Claims } from './claims.js';
import type { RedisConnection } from './redis-connection.js';

export interface RedisClaimsOptions {
  /**
   * How long a claim holds while its event is being answered. Default 30 s: answers take well
   * under 5 s (the engine, then a few quick Web API retries), and Slack retries an event after
   * about 1 and 5 minutes, which then reach an instance that answers.
   */
  answeringMs?: number;
  /** How long it holds once answered. Default `CLAIM_TTL_MS`. */
  ttlMs?: number;
}

/**
 * Claims every instance sees: `SET key NX PX ttl` succeeds for exactly one of them. While Redis is
 * away each process claims on its own, so an event may be answered twice but never not at all.
 */
export class RedisClaims implements Claims {
  readonly #connection: RedisConnection;
  readonly #fallback: Claims;
  readonly #answeringMs: number;
  readonly #ttlMs: number;

  constructor(connection: RedisConnection, fallback: Claims, options: RedisClaimsOptions = {}) {
    this.#connection = connection;
    this.#fallback = fallback;
    this.#answeringMs = options.answeringMs ?? 30_000;
    this.#ttlMs = options.ttlMs ?? CLAIM_TTL_MS;
  }

  claim(key: string): Promise<boolean> {
    return this.#connection.run(
      async (client) => (await client.set(`claim:${key}`, 'answering', 'PX', this.#answeringMs, 'NX')) === 'OK',
      () => this.#fallback.claim(key),
    );
  }

  answered(key: string): Promise<void> {
    return this.#connection.run(
      async (client) => {
        await client.set(`claim:${key}`, 'answered', 'PX', this.#ttlMs, 'XX');
      },
      () => this.#fallback.answered(key),
    );
  }
}
