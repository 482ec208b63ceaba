import { Redis } from 'ioredis';
import { reasonOf } from '../errors/index.js';
import type { Logger } from '../log/index.js';

/** Every key this program writes starts with this, so a shared Redis stays readable. */
export const KEY_PREFIX = 'istio-events:';

export interface RedisConnectionOptions {
  url: string;
  logger: Logger;
  /**
   * Longest wait for one command before the question goes on with this process's own state.
   * Default 250 ms: a healthy Redis answers in about a millisecond, and Slack and Discord give
   * the whole answer 3 seconds.
   */
  commandTimeoutMs?: number;
  /** Longest wait for the TCP connection and the first ready check. Default 1000 ms. */
  connectTimeoutMs?: number;
  /**
   * After a command fails on a connection that still looks open (a stalled server, a lost
   * route), how long commands skip Redis before trying it again. Default 5000 ms, so an outage
   * costs one timeout every few seconds rather than one per question.
   */
  restMs?: number;
  /** Clock in milliseconds. Default `Date.now`. */
  now?: () => number;
}

/**
 * One ioredis client and the bot's view of its health. Commands never wait for Redis: while it is
 * away they fail at once (no offline queue), `run` answers from the fallback, the outage is logged
 * once, and the client reconnects in the background until Redis is back, which is logged once too.
 */
export class RedisConnection {
  readonly client: Redis;
  readonly #logger: Logger;
  readonly #restMs: number;
  readonly #now: () => number;
  readonly #connectTimeoutMs: number;
  /** When the current outage began; undefined while Redis answers. */
  #downSince: number | undefined;
  #restUntil = 0;
  #closing = false;

  constructor(options: RedisConnectionOptions) {
    this.#logger = options.logger;
    this.#restMs = options.restMs ?? 5_000;
    this.#now = options.now ?? Date.now;
    this.#connectTimeoutMs = options.connectTimeoutMs ?? 1_000;
    this.client = new Redis(options.url, {
      keyPrefix: KEY_PREFIX,
      connectionName: 'istio-events',
      connectTimeout: this.#connectTimeoutMs,
      commandTimeout: options.commandTimeoutMs ?? 250,
      // Fail at once while disconnected, and never replay a command after a reconnect: the
      // question it served has been answered from the fallback long before.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      // Reconnect for as long as the process runs, at most two seconds apart.
      retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 2_000),
    });
    // Without an 'error' listener an EventEmitter error would be unhandled; every error here is
    // an outage to fall back from, not a reason to stop answering.
    this.client.on('error', (error: unknown) => this.#failed(error));
    this.client.on('close', () => this.#failed(new Error('connection closed')));
    this.client.on('ready', () => this.#answered());
  }

  /**
   * Waits for the first connection: true once Redis is ready, false as soon as it is refused or
   * the connect timeout passes. A Redis that is not there yet is no reason to stay silent: the bot
   * starts on its own state and uses Redis once it answers.
   */
  async ready(): Promise<boolean> {
    if (this.client.status === 'ready') return true;
    let settle: (ready: boolean) => void = () => undefined;
    const outcome = new Promise<boolean>((resolve) => (settle = resolve));
    const ready = (): void => settle(true);
    const failed = (): void => settle(false);
    this.client.once('ready', ready);
    this.client.once('error', failed);
    const timer = setTimeout(failed, this.#connectTimeoutMs);
    try {
      return await outcome;
    } finally {
      clearTimeout(timer);
      this.client.off('ready', ready);
      this.client.off('error', failed);
    }
  }

  /** Whether commands go to Redis now. */
  get usable(): boolean {
    return this.client.status === 'ready' && this.#now() >= this.#restUntil;
  }

  /** `command` on Redis, or `fallback` when Redis is away or fails; never throws for Redis's sake. */
  async run<T>(command: (client: Redis) => Promise<T>, fallback: () => T | Promise<T>): Promise<T> {
    if (!this.usable) return fallback();
    let result: T;
    try {
      result = await command(this.client);
    } catch (error) {
      this.#restUntil = this.#now() + this.#restMs;
      this.#failed(error);
      return fallback();
    }
    this.#answered();
    return result;
  }

  /** Closes the connection and stops reconnecting; commands after this use the fallback. */
  async close(): Promise<void> {
    this.#closing = true;
    if (this.client.status === 'ready') {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.#connectTimeoutMs)));
      await Promise.race([this.client.quit().catch(() => undefined), late]);
      clearTimeout(timer);
    }
    this.client.disconnect();
  }

  #failed(error: unknown): void {
    if (this.#closing || this.#downSince !== undefined) return;
    this.#downSince = this.#now();
    const code = (error as { code?: unknown }).code;
    this.#logger.warn(
      { event: 'redis_unavailable', reason: reasonOf(error), ...(typeof code === 'string' ? { code } : {}) },
      'Redis (REDIS_URL) unavailable: answering with this process’s own state until it is back',
    );
  }

  #answered(): void {
    if (this.#downSince === undefined) return;
    this.#logger.info({ event: 'redis_recovered', downMs: this.#now() - this.#downSince }, 'Redis is back: state is shared again');
    this.#downSince = undefined;
    this.#restUntil = 0;
  }
}
