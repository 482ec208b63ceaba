import type { Redis } from 'ioredis';
import type { QueryLogEntry, QueryLogSink } from '../app/index.js';
import type { RedisConnection } from './redis-connection.js';

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
