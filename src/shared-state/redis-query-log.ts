import { Redis } from 'ioredis';
import { retentionCutoff, type QueryLogEntry, type QueryLogSink } from '../app/index.js';
import { AppError, reasonOf } from '../errors/index.js';
import { KEY_PREFIX, type RedisConnection } from './redis-connection.js';

/** The Redis stream every instance appends its query-log lines to (under `KEY_PREFIX`). */
const STREAM = 'queries';
/** The field of each stream entry that holds the line, the same JSON a `FileQueryLog` writes. */
const FIELD = 'line';
/** Entries kept, approximately: months of a busy community's unanswered questions and votes. */
const MAX_ENTRIES = 100_000;

/**
 * The query log of every instance in one Redis stream, so `npm run report` sees them all. While
 * Redis is away, lines go to the fallback (this host's `QUERY_LOG_FILE`), which the report reads too.
 */
export class RedisQueryLog implements QueryLogSink {
  readonly #connection: RedisConnection;
  readonly #fallback: QueryLogSink;
  readonly #pending = new Set<Promise<void>>();

  constructor(connection: RedisConnection, fallback: QueryLogSink) {
    this.#connection = connection;
    this.#fallback = fallback;
  }

  write(entry: QueryLogEntry): void {
    const line = JSON.stringify(entry);
    const done: Promise<void> = this.#connection
      .run(
        async (client) => {
          await client.xadd(STREAM, 'MAXLEN', '~', MAX_ENTRIES, '*', FIELD, line);
        },
        () => this.#fallback.write(entry),
      )
      .finally(() => this.#pending.delete(done));
    this.#pending.add(done);
  }

  async flush(): Promise<void> {
    await Promise.all([...this.#pending]);
    await this.#fallback.flush();
  }

  /** Trims the stream to entries since the cutoff (stream ids start with their time) and prunes the fallback file. */
  async prune(maxDays: number, now: Date = new Date()): Promise<number> {
    const minId = String(Date.parse(retentionCutoff(maxDays, now)));
    const trimmed = await this.#connection.run(
      (client) => client.xtrim(STREAM, 'MINID', '~', minId),
      () => 0,
    );
    return trimmed + (await this.#fallback.prune(maxDays, now));
  }
}

/**
 * Hands every line of the shared query log to `onLine`, for `npm run report`. Unlike the bot, a
 * report has nothing to fall back on: a Redis that does not answer is an error naming the fix.
 */
export async function readSharedQueryLog(url: string, onLine: (line: string) => void): Promise<void> {
  const client = new Redis(url, {
    keyPrefix: KEY_PREFIX,
    lazyConnect: true,
    connectTimeout: 2_000,
    commandTimeout: 10_000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // connect() rejects with a bare "Connection is closed."; the 'error' event says why (ECONNREFUSED, …).
  let cause: unknown;
  client.on('error', (error: unknown) => (cause ??= error));
  try {
    await client.connect();
    for await (const line of sharedQueryLines(client)) onLine(line);
  } catch (error) {
    throw new AppError('REDIS_UNAVAILABLE', `Redis at REDIS_URL did not answer (${reasonOf(cause ?? error)}): start it, or read one host's log with --file`, {
      variables: ['REDIS_URL'],
    });
  } finally {
    client.disconnect();
  }
}

/** Every line of the shared query log, oldest first, read a page at a time (the stream grows for months). */
export async function* sharedQueryLines(client: Redis, pageSize = 1_000): AsyncGenerator<string> {
  let start = '-';
  for (;;) {
    const page = await client.xrange(STREAM, start, '+', 'COUNT', pageSize);
    for (const [, fields] of page) {
      const at = fields.indexOf(FIELD);
      const line = at >= 0 ? fields[at + 1] : undefined;
      if (line !== undefined) yield line;
    }
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    start = `(${last[0]}`;
  }
}
