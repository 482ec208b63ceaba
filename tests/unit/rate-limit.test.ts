import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/app/index.js';

const limits = { userBurst: 2, userPerSecond: 1, channelBurst: 100, channelPerSecond: 10 };

describe('rate limits', () => {
  it('lets a burst through, says "slow down" once, then stays silent until a token is back', () => {
    let now = 0;
    const limiter = new RateLimiter(limits, () => now);
    expect([limiter.admit('u', 'c'), limiter.admit('u', 'c'), limiter.admit('u', 'c'), limiter.admit('u', 'c')]).toEqual(['allow', 'allow', 'warn', 'drop']);
    now = 1_000;
    expect(limiter.admit('u', 'c')).toBe('allow');
  });

  it('forgets people who have stopped asking, so memory does not grow with every user ever seen', () => {
    let now = 0;
    const limiter = new RateLimiter(limits, () => now);
    // One assertion over all 30 000 verdicts: an expect() per call cost more than the limiter itself.
    const refused: string[] = [];
    for (let i = 0; i < 30_000; i += 1) {
      now += 10;
      const verdict = limiter.admit(`user-${i}`, `channel-${i}`);
      if (verdict !== 'allow') refused.push(`user-${i}: ${verdict}`);
    }
    expect(refused).toEqual([]);
    expect(limiter.size).toBeLessThanOrEqual(10_002);
  });
});
