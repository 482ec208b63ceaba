import { describe, expect, it } from 'vitest';
import { MemoryClaims } from '../../src/shared-state/index.js';

describe('MemoryClaims (one process, no REDIS_URL)', () => {
  it('lets a key through once and refuses its repeats', async () => {
    const claims = new MemoryClaims();
    expect(await claims.claim('Ev1')).toBe(true);
    expect(await claims.claim('Ev1')).toBe(false);
    expect(await claims.claim('Ev2')).toBe(true);
  });

  it('forgets keys older than the TTL', async () => {
    let now = 0;
    const claims = new MemoryClaims({ ttlMs: 1_000, now: () => now });
    await claims.claim('Ev1');
    now = 999;
    expect(await claims.claim('Ev1')).toBe(false);
    now = 1_000;
    expect(await claims.claim('Ev1')).toBe(true);
  });

  it('keeps at most maxEntries keys, forgetting the oldest', async () => {
    const claims = new MemoryClaims({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd']) await claims.claim(key);
    expect(claims.size).toBe(3);
    expect(await claims.claim('d')).toBe(false);
    expect(await claims.claim('a')).toBe(true);
  });
});
