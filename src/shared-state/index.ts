import { FileQueryLog, RateLimiter, type AdmissionControl, type QueryLogSink } from '../app/index.js';
import type { RateLimitConfig } from '../config/index.js';
import type { Logger } from '../log/index.js';
import { MemoryClaims, type Claims } from './claims.js';
import { RedisClaims } from './redis-claims.js';
import { RedisConnection } from './redis-connection.js';
import { RedisQueryLog } from './redis-query-log.js';
import { RedisRateLimiter } from './redis-rate-limit.js';

export { MemoryClaims, type Claims } from './claims.js';
export { RedisConnection } from './redis-connection.js';
export { RedisClaims } from './redis-claims.js';
export { readSharedQueryLog, RedisQueryLog, sharedQueryLines } from './redis-query-log.js';
export { RedisRateLimiter } from './redis-rate-limit.js';

export interface SharedStateOptions {
  /** Set: share through this Redis. Unset: everything stays in this process. */
  redisUrl: string | undefined;
  rateLimit: RateLimitConfig;
  /** This host's query log: the whole log without Redis, the lines written while Redis is away with it. */
  queryLogFile: string;
  logger: Logger;
}

/** What the instances of one bot must agree on, in this process or in Redis. */
export interface SharedState {
  readonly store: 'process' | 'redis';
  /** Who answers each Slack event and Discord interaction or message. */
  readonly claims: Claims;
  readonly limiter: AdmissionControl;
  readonly queryLog: QueryLogSink;
  /** Writes what is pending and lets go of Redis. */
  close(): Promise<void>;
}

/**
 * The shared state the configuration asks for, chosen once at start. With Redis, each part keeps
 * the in-process version as its fallback, so an outage degrades to one process's view of things
 * and never to a bot that does not answer.
 */
export async function openSharedState(options: SharedStateOptions): Promise<SharedState> {
  const { logger } = options;
  const claims = new MemoryClaims();
  const limiter = new RateLimiter(options.rateLimit);
  const fileLog = new FileQueryLog(options.queryLogFile, (error) => logger.warn({ event: 'query_log_failed', err: error }, 'query log write failed'));
  if (options.redisUrl === undefined) {
    return { store: 'process', claims, limiter, queryLog: fileLog, close: () => fileLog.flush() };
  }
  const connection = new RedisConnection({ url: options.redisUrl, logger });
  const connected = await connection.ready();
  logger.info({ event: 'shared_state', store: 'redis', connected }, connected ? 'sharing state through Redis' : 'Redis not reachable yet: sharing state once it is');
  const queryLog = new RedisQueryLog(connection, fileLog);
  return {
    store: 'redis',
    claims: new RedisClaims(connection, claims),
    limiter: new RedisRateLimiter(connection, options.rateLimit, limiter),
    queryLog,
    async close() {
      await queryLog.flush();
      await connection.close();
    },
  };
}
