import { CLAIM_TTL_MS, type Claims } from './claims.js';
import type { RedisConnection } from './redis-connection.js';

/**
 * Claims every instance sees: `SET key NX PX ttl` succeeds for exactly one of them. While Redis is
 * away each process claims on its own, so an event may be answered twice but never not at all.
 */
export class RedisClaims implements Claims {
  readonly #connection: RedisConnection;
  readonly #fallback: Claims;
  readonly #ttlMs: number;

  constructor(connection: RedisConnection, fallback: Claims, ttlMs = CLAIM_TTL_MS) {
    this.#connection = connection;
    this.#fallback = fallback;
    this.#ttlMs = ttlMs;
  }

  claim(key: string): Promise<boolean> {
    return this.#connection.run(
      async (client) => (await client.set(`claim:${key}`, '1', 'PX', this.#ttlMs, 'NX')) === 'OK',
      () => this.#fallback.claim(key),
    );
  }
}
