import type { Result } from 'ioredis';
import type { Admission, AdmissionControl, RateLimiter } from '../app/index.js';
import type { RateLimitConfig } from '../config/index.js';
import type { RedisConnection } from './redis-connection.js';

/**
 * The token buckets of `RateLimiter`, rule for rule, kept in Redis hashes (tokens, last update,
 * whether "slow down" was sent) and updated in one script, so two instances asked at the same
 * moment cannot both spend the last token. A bucket expires when it would have refilled
 * completely: a missing bucket is a full one, so Redis holds only the recently active.
 */
const ADMIT = `
local now = tonumber(ARGV[1])
local function load(key, burst, rate)
  local stored = redis.call('HMGET', key, 'tokens', 'at', 'warned')
  local tokens = tonumber(stored[1])
  if tokens == nil then return { tokens = burst, warned = false } end
  local elapsed = math.max(0, now - tonumber(stored[2]))
  local refilled = math.min(burst, tokens + elapsed / 1000 * rate)
  local warned = stored[3] == '1' and not (refilled >= 1 and tokens < 1)
  return { tokens = refilled, warned = warned }
end
local function save(key, bucket, burst, rate)
  redis.call('HSET', key, 'tokens', tostring(bucket.tokens), 'at', tostring(now), 'warned', bucket.warned and '1' or '0')
  redis.call('PEXPIRE', key, math.ceil((burst - bucket.tokens) / rate * 1000) + 1000)
end
local userBurst, userRate = tonumber(ARGV[2]), tonumber(ARGV[3])
local channelBurst, channelRate = tonumber(ARGV[4]), tonumber(ARGV[5])
local user = load(KEYS[1], userBurst, userRate)
local channel = load(KEYS[2], channelBurst, channelRate)
local admission
if user.tokens >= 1 and channel.tokens >= 1 then
  user.tokens = user.tokens - 1
  channel.tokens = channel.tokens - 1
  user.warned = false
  admission = 'allow'
else
  local dry = channel
  if user.tokens < 1 then dry = user end
  if dry.warned then admission = 'drop' else dry.warned = true; admission = 'warn' end
end
save(KEYS[1], user, userBurst, userRate)
save(KEYS[2], channel, channelBurst, channelRate)
return admission
`;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    istioEventsAdmit(userKey: string, channelKey: string, ...args: Array<string | number>): Result<string, Context>;
  }
}

/** Rate limits shared by every instance; this process's own `RateLimiter` while Redis is away. */
export class RedisRateLimiter implements AdmissionControl {
  readonly #connection: RedisConnection;
  readonly #config: RateLimitConfig;
  readonly #fallback: RateLimiter;
  readonly #clock: () => number;

  constructor(connection: RedisConnection, config: RateLimitConfig, fallback: RateLimiter, clock: () => number = Date.now) {
    this.#connection = connection;
    this.#config = config;
    this.#fallback = fallback;
    this.#clock = clock;
    // ioredis sends the script by its digest and loads it again whenever Redis has forgotten it.
    connection.client.defineCommand('istioEventsAdmit', { numberOfKeys: 2, lua: ADMIT });
  }

  admit(user: string, channel: string): Promise<Admission> {
    const { userBurst, userPerSecond, channelBurst, channelPerSecond } = this.#config;
    return this.#connection.run(
      async (client) =>
        admissionOf(await client.istioEventsAdmit(`rate:u:${user}`, `rate:c:${channel}`, this.#clock(), userBurst, userPerSecond, channelBurst, channelPerSecond)),
      () => this.#fallback.admit(user, channel),
    );
  }
}

function admissionOf(reply: string): Admission {
  if (reply === 'allow' || reply === 'warn' || reply === 'drop') return reply;
  throw new Error(`unexpected rate-limit reply '${reply}'`);
}
