import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pruneQueryLogFile, retentionCutoff } from './retention.js';

export type Surface = 'slack' | 'discord' | 'cli' | 'web';

/** One line of the local query log: questions that found nothing, and feedback votes. */
export type QueryLogEntry =
  | { type: 'unanswered'; at: string; surface: Surface; query: string; lang: string }
  | { type: 'feedback'; at: string; surface: Surface; query: string; vote: 'up' | 'down'; user: string };

export interface QueryLogSink {
  write(entry: QueryLogEntry): void;
  /** Resolves when every write so far is on disk. */
  flush(): Promise<void>;
  /** Deletes the entries older than `maxDays` (QUERY_LOG_MAX_DAYS). Resolves with how many, when known. */
  prune(maxDays: number, now?: Date): Promise<number>;
}

/** Appends JSON lines to a file, in order, without ever blocking or failing a question. */
export class FileQueryLog implements QueryLogSink {
  readonly #path: string;
  readonly #onError: (error: unknown) => void;
  #pending: Promise<void> = Promise.resolve();
  #dirReady = false;

  constructor(path: string, onError: (error: unknown) => void) {
    this.#path = path;
    this.#onError = onError;
  }

  write(entry: QueryLogEntry): void {
    const line = `${JSON.stringify(entry)}\n`;
    this.#pending = this.#pending
      .then(async () => {
        if (!this.#dirReady) {
          await mkdir(dirname(this.#path), { recursive: true });
          this.#dirReady = true;
        }
        await appendFile(this.#path, line, 'utf8');
      })
      .catch(this.#onError);
  }

  flush(): Promise<void> {
    return this.#pending;
  }

  /** Deletes the entries older than `maxDays`, in the write queue, so no append is lost. Resolves with how many. */
  prune(maxDays: number, now: Date = new Date()): Promise<number> {
    const pruned = this.#pending.then(() => pruneQueryLogFile(this.#path, retentionCutoff(maxDays, now)));
    this.#pending = pruned.then(
      () => undefined,
      (error: unknown) => this.#onError(error),
    );
    return pruned.catch(() => 0);
  }
}

/** Keeps entries in memory: for tests and the local chat. */
export class MemoryQueryLog implements QueryLogSink {
  readonly entries: QueryLogEntry[] = [];

  write(entry: QueryLogEntry): void {
    this.entries.push(entry);
  }

  flush(): Promise<void> {
    return Promise.resolve();
  }

  prune(maxDays: number, now: Date = new Date()): Promise<number> {
    const cutoff = retentionCutoff(maxDays, now);
    const kept = this.entries.filter((entry) => entry.at >= cutoff);
    const removed = this.entries.length - kept.length;
    this.entries.splice(0, this.entries.length, ...kept);
    return Promise.resolve(removed);
  }
}
