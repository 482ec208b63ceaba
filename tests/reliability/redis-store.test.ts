import { Redis } from 'ioredis';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MemoryQueryLog, RateLimiter, type QueryLogEntry } from '../../src/app/index.js';
import { QueryLogSummary } from '../../src/ops/index.js';
import {
  MemoryClaims,
  openSharedState,
  RedisClaims,
  RedisConnection,
  RedisQueryLog,
  readSharedQueryLog,
  RedisRateLimiter,
  sharedQueryLines,
} from '../../src/shared-state/index.js';
import { captureLogs } from '../helpers/logs.js';
import { startRedisServer, type RedisServer } from '../helpers/redis-server.js';

let redis: RedisServer;
const opened: RedisConnection[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
});

afterAll(async () => {
  await redis.stop();
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((connection) => connection.close()));
});

/** One bot instance's connection, ready to use. */
async function instance(options: { restMs?: number } = {}) {
  const logs = captureLogs();
  const connection = new RedisConnection({ url: redis.url, logger: logs.logger, ...options });
  opened.push(connection);
  expect(await connection.ready()).toBe(true);
  return { connection, logs };
}

let unique = 0;
const fresh = (name: string): string => `${name}-${process.pid}-${(unique += 1)}`;

async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('Redis claims', () => {
  it('gives each key to exactly one of two instances, however the claims interleave', async () => {
    const a = new RedisClaims((await instance()).connection, new MemoryClaims());
    const b = new RedisClaims((await instance()).connection, new MemoryClaims());
    for (let round = 0; round < 20; round += 1) {
      const key = fresh('event');
      const won = await Promise.all([a.claim(key), b.claim(key), a.claim(key), b.claim(key)]);
      expect(won.filter(Boolean)).toHaveLength(1);
    }
  });

  it('holds a claim briefly while answering, so an instance that died mid-answer does not keep the event, and long once answered', async () => {
    const { connection } = await instance();
    const claims = new RedisClaims(connection, new MemoryClaims(), { answeringMs: 150, ttlMs: 60_000 });
    const [abandoned, answered] = [fresh('event'), fresh('event')];
    expect(await claims.claim(abandoned)).toBe(true);
    expect(await claims.claim(answered)).toBe(true);
    await claims.answered(answered);
    expect([await claims.claim(abandoned), await claims.claim(answered)]).toEqual([false, false]);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect([await claims.claim(abandoned), await claims.claim(answered)]).toEqual([true, false]);
  });
});

describe('Redis rate limits', () => {
  const limits = { userBurst: 3, userPerSecond: 1, channelBurst: 5, channelPerSecond: 2 };

  it('decides exactly as the in-process limiter, whichever instance is asked', async () => {
    const [a, b] = [await instance(), await instance()];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ user: fc.integer({ min: 0, max: 2 }), channel: fc.integer({ min: 0, max: 1 }), waitMs: fc.integer({ min: 0, max: 1_500 }) }), {
          minLength: 1,
          maxLength: 25,
        }),
        async (questions) => {
          let now = 1_000_000;
          const clock = () => now;
          const memory = new RateLimiter(limits, clock);
          const shared = [a, b].map(({ connection }) => new RedisRateLimiter(connection, limits, new RateLimiter(limits, clock), clock));
          const run = fresh('run');
          for (const [index, question] of questions.entries()) {
            now += question.waitMs;
            const user = `${run}-u${question.user}`;
            const channel = `${run}-c${question.channel}`;
            expect(await shared[index % 2]?.admit(user, channel)).toBe(memory.admit(user, channel));
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('spends a burst once across instances: the second instance says "slow down", then nothing', async () => {
    const [a, b] = [await instance(), await instance()];
    const tight = { userBurst: 2, userPerSecond: 0.01, channelBurst: 100, channelPerSecond: 10 };
    const limiters = [a, b].map(({ connection }) => new RedisRateLimiter(connection, tight, new RateLimiter(tight)));
    const user = fresh('user');
    const decided = [];
    for (const limiter of [...limiters, ...limiters]) decided.push(await limiter.admit(user, 'C1'));
    expect(decided).toEqual(['allow', 'allow', 'warn', 'drop']);
  });

  it('lets a bucket expire when it would have refilled, so Redis keeps only the recently active', async () => {
    const { connection } = await instance();
    const limiter = new RedisRateLimiter(connection, limits, new RateLimiter(limits));
    const user = fresh('user');
    await limiter.admit(user, 'C2');
    const inspect = new Redis(redis.url);
    try {
      // One token spent at 1 token/s: full again after 1 s, kept one second longer for clock skew.
      const ttl = await inspect.pttl(`istio-events:rate:u:${user}`);
      expect(ttl).toBeGreaterThan(1_000);
      expect(ttl).toBeLessThanOrEqual(2_000);
    } finally {
      inspect.disconnect();
    }
  });
});

describe('Redis query log', () => {
  it('collects the lines of every instance, and the report reads them page by page', async () => {
    const [a, b] = [await instance(), await instance()];
    const inspect = new Redis(redis.url);
    await inspect.del('istio-events:queries');
    const logs = [new RedisQueryLog(a.connection, new MemoryQueryLog()), new RedisQueryLog(b.connection, new MemoryQueryLog())];
    const entry = (query: string, minute: number): QueryLogEntry => ({ type: 'unanswered', at: `2032-01-01T00:0${minute}:00Z`, surface: 'slack', query, lang: 'en' });
    logs[0]?.write(entry('wasm plugins', 1));
    logs[1]?.write(entry('Wasm  Plugins', 2));
    logs[1]?.write({ type: 'feedback', at: '2032-01-01T00:03:00Z', surface: 'discord', query: 'ztunnel', vote: 'down', user: 'U1' });
    logs[0]?.write(entry('gateway api support', 4));
    logs[1]?.write(entry('wasm plugins', 5));
    await Promise.all(logs.map((log) => log.flush()));
    inspect.disconnect();
    const summary = new QueryLogSummary();
    const lines: string[] = [];
    for await (const line of sharedQueryLines(a.connection.client, 2)) {
      lines.push(line);
      summary.add(line);
    }
    expect(lines).toHaveLength(5);
    const report = summary.report();
    expect(report.unanswered).toMatchObject({ total: 4, distinct: 2 });
    expect(report.unanswered.top[0]).toMatchObject({ query: 'wasm plugins', count: 3 });
    expect(report.votes).toMatchObject({ up: 0, down: 1 });
  });
});

describe('the report on a Redis that is not there', () => {
  it('stops with one line naming REDIS_URL and the fix, at once', async () => {
    const nothing = await startRedisServer();
    await nothing.stop();
    const began = performance.now();
    const reading = readSharedQueryLog(nothing.url, () => undefined);
    await expect(reading).rejects.toMatchObject({ code: 'REDIS_UNAVAILABLE', message: expect.stringMatching(/^Redis at REDIS_URL did not answer \(.*ECONNREFUSED.*\): start it, or .*--file$/) });
    expect(performance.now() - began).toBeLessThan(1_000);
  });
});

describe('when Redis goes away', () => {
  it('answers from process state at once, logs one line, and shares again when Redis is back', async () => {
    const { connection, logs } = await instance();
    const claims = new RedisClaims(connection, new MemoryClaims());
    const fallbackLog = new MemoryQueryLog();
    const queryLog = new RedisQueryLog(connection, fallbackLog);
    const limits = { userBurst: 1, userPerSecond: 0.01, channelBurst: 100, channelPerSecond: 10 };
    const limiter = new RedisRateLimiter(connection, limits, new RateLimiter(limits));

    await redis.stop();
    await eventually(() => !connection.usable);
    const began = performance.now();
    const key = fresh('event');
    expect(await claims.claim(key)).toBe(true);
    expect(await claims.claim(key)).toBe(false);
    expect([await limiter.admit('U9', 'C9'), await limiter.admit('U9', 'C9')]).toEqual(['allow', 'warn']);
    queryLog.write({ type: 'unanswered', at: '2032-01-01T00:00:00Z', surface: 'discord', query: 'during the outage', lang: 'en' });
    await queryLog.flush();
    expect(performance.now() - began).toBeLessThan(100);
    expect(fallbackLog.entries.map((entry) => entry.query)).toEqual(['during the outage']);
    // The client retries in the background, failing each time: still one line for the whole outage.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(logs.lines.filter((line) => line['event'] === 'redis_unavailable')).toHaveLength(1);

    await redis.start();
    await eventually(() => logs.lines.some((line) => line['event'] === 'redis_recovered'));
    const other = new RedisClaims((await instance()).connection, new MemoryClaims());
    const after = fresh('event');
    expect(await claims.claim(after)).toBe(true);
    expect(await other.claim(after)).toBe(false);
    expect(logs.lines.filter((line) => line['event'] === 'redis_unavailable')).toHaveLength(1);
    expect(logs.lines.filter((line) => line['event'] === 'redis_recovered')).toHaveLength(1);
  });

  it('gives up on a stalled Redis within the command timeout, then skips it for a while', async () => {
    const { connection, logs } = await instance({ restMs: 60_000 });
    const claims = new RedisClaims(connection, new MemoryClaims());
    const pauser = new Redis(redis.url);
    try {
      // Every client but this one waits a second for an answer, as a stalled server makes it.
      await pauser.client('PAUSE', 1_000, 'ALL');
      const began = performance.now();
      expect(await claims.claim(fresh('event'))).toBe(true);
      expect(performance.now() - began).toBeLessThan(500);
      const resting = performance.now();
      expect(await claims.claim(fresh('event'))).toBe(true);
      expect(performance.now() - resting).toBeLessThan(20);
      expect(logs.lines.filter((line) => line['event'] === 'redis_unavailable')).toEqual([expect.objectContaining({ reason: expect.stringMatching(/timed out/i) })]);
    } finally {
      await pauser.client('UNPAUSE');
      pauser.disconnect();
    }
  });

  it('starts without Redis, answering from process state, and logs it once', async () => {
    const { logger, lines } = captureLogs();
    const nothing = await startRedisServer();
    await nothing.stop();
    const began = performance.now();
    const shared = await openSharedState({
      redisUrl: nothing.url,
      rateLimit: { userBurst: 1, userPerSecond: 1, channelBurst: 1, channelPerSecond: 1 },
      queryLogFile: '/nonexistent/never-written.jsonl',
      logger,
    });
    try {
      // A refused connection is known at once: start-up does not wait out the connect timeout.
      expect(performance.now() - began).toBeLessThan(500);
      expect(shared.store).toBe('redis');
      expect(await shared.claims.claim('E1')).toBe(true);
      expect(await shared.claims.claim('E1')).toBe(false);
      expect(await shared.limiter.admit('U1', 'C1')).toBe('allow');
      expect(lines.find((line) => line['event'] === 'shared_state')).toMatchObject({ store: 'redis', connected: false });
      expect(lines.filter((line) => line['event'] === 'redis_unavailable')).toHaveLength(1);
    } finally {
      await shared.close();
    }
  });
});
