import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isAppError, reasonOf } from '../errors/index.js';
import type { Logger } from '../log/index.js';
import { Answerer } from '../answer/index.js';
import { MANIFEST_FILE, sha256 } from '../store/index.js';
import type { Answer, AnswerOptions, QueryService } from '../answer/index.js';

/** What is known of the index being served, for health checks and logs. */
export interface IndexInfo {
  /** Format version from the manifest; null for an index built in memory. */
  formatVersion: number | null;
  /** sha256 of the indexed content; null for an index built in memory. */
  contentHash: string | null;
  /** sha256 of the data file, which names this index; null for an index built in memory. */
  dataHash: string | null;
  posts: number | null;
  passages: number;
  /** When this index started serving (ISO 8601). */
  loadedAt: string;
}

export type ReloadResult =
  | { outcome: 'swapped'; info: IndexInfo }
  /** The folder holds the index already served, or one already refused. */
  | { outcome: 'unchanged' }
  | { outcome: 'refused'; reason: string };

export interface LiveIndexOptions {
  /** The index folder to watch (INDEX_DIR). */
  dir: string;
  /** The engine loaded at start; served until a newer index loads. */
  engine: Answerer;
  logger: Logger;
  /** Milliseconds between manifest reads, for file systems whose change events never come. Default 2000. */
  pollMs?: number;
  /** Listen to file events on the folder. Default true; off, only the poll notices (some network file systems send none). */
  fileEvents?: boolean;
  /** Milliseconds to wait after a change event before reading, so a write's cleanup settles. Default 100. */
  settleMs?: number;
  /** Loads and verifies an index folder. Default `Answerer.load`. */
  load?: (dir: string) => Promise<Answerer>;
  /** The current time, for `loadedAt`. Default `new Date()`. */
  now?: () => Date;
}

/**
 * Tries of one check when the index changes again while it is being read: the writer removes the
 * previous data file right after its manifest lands, so a read that began on the old manifest can
 * fail although the folder is fine.
 */
const ATTEMPTS = 3;

/**
 * The query service of a running bot: the engine of the newest good index in the folder. It notices
 * a new manifest (file events, a slow poll, or `check()` on SIGHUP), loads and verifies it beside
 * the one serving, and swaps the reference only once it loaded. `answer` is synchronous, so a swap
 * can never land in the middle of a question: each question is answered whole by one index.
 * An index that fails to load is logged and refused; the previous one keeps serving.
 */
export class LiveIndex implements QueryService {
  readonly #options: LiveIndexOptions;
  readonly #load: (dir: string) => Promise<Answerer>;
  readonly #now: () => Date;
  #engine: Answerer;
  #info: IndexInfo;
  /**
   * Fingerprint of the manifest last examined, loaded or refused: a manifest is read once, so a bad
   * index is logged once, not at every poll. Unset at first, so the first check verifies the folder.
   */
  #examined: string | undefined;
  #tail: Promise<unknown> = Promise.resolve();
  #queued: Promise<ReloadResult> | undefined;
  #queuedForce = false;
  #watcher: FSWatcher | undefined;
  #poll: NodeJS.Timeout | undefined;
  #settle: NodeJS.Timeout | undefined;

  constructor(options: LiveIndexOptions) {
    this.#options = options;
    this.#load = options.load ?? ((dir) => Answerer.load(dir));
    this.#now = options.now ?? (() => new Date());
    this.#engine = options.engine;
    this.#info = this.#describe(options.engine);
  }

  /** The engine serving now. */
  get engine(): Answerer {
    return this.#engine;
  }

  get info(): IndexInfo {
    return this.#info;
  }

  answer(question: string, options?: AnswerOptions): Answer {
    return this.#engine.answer(question, options);
  }

  eventNames(): string[] {
    return this.#engine.eventNames();
  }

  /** Starts noticing new indexes by itself: file events on the folder, and the poll. Neither keeps the process alive. */
  watch(): void {
    if (this.#poll) return;
    const { dir, logger } = this.#options;
    this.#poll = setInterval(() => void this.check(), this.#options.pollMs ?? 2_000).unref();
    if (this.#options.fileEvents === false) return;
    try {
      // The folder, not the file: a new manifest is a new file renamed over the old one.
      this.#watcher = watch(dir, { persistent: false }, (_event, filename) => {
        if (filename === null || filename === MANIFEST_FILE) this.#soon();
      });
      this.#watcher.on('error', (error) => {
        logger.warn({ event: 'index_watch_failed', dir, reason: reasonOf(error) }, 'index folder watch failed; polling only');
        this.#watcher?.close();
        this.#watcher = undefined;
      });
    } catch (error) {
      logger.warn({ event: 'index_watch_failed', dir, reason: reasonOf(error) }, 'index folder cannot be watched; polling only');
    }
  }

  /** Stops watching; the engine keeps answering. */
  close(): void {
    clearInterval(this.#poll);
    clearTimeout(this.#settle);
    this.#watcher?.close();
    this.#poll = undefined;
    this.#settle = undefined;
    this.#watcher = undefined;
  }

  /**
   * Loads and verifies the folder's index when its manifest changed, and serves it if it is not the
   * one serving. Checks run one at a time; calls made before one starts share it. `force` reads the
   * folder even when the manifest did not change (SIGHUP after restoring a data file).
   */
  check(options: { force?: boolean } = {}): Promise<ReloadResult> {
    this.#queuedForce ||= options.force ?? false;
    if (!this.#queued) {
      const next = this.#tail.then(() => {
        this.#queued = undefined;
        const force = this.#queuedForce;
        this.#queuedForce = false;
        return this.#checkNow(force);
      });
      this.#queued = next;
      this.#tail = next;
    }
    return this.#queued;
  }

  #soon(): void {
    if (this.#settle) return;
    this.#settle = setTimeout(() => {
      this.#settle = undefined;
      void this.check();
    }, this.#options.settleMs ?? 100);
    this.#settle.unref();
  }

  async #checkNow(force: boolean): Promise<ReloadResult> {
    const { dir, logger } = this.#options;
    let seen = await this.#fingerprint();
    if (!force && seen === this.#examined) return { outcome: 'unchanged' };
    for (let attempt = 1; ; attempt += 1) {
      const started = performance.now();
      try {
        const engine = await this.#load(dir);
        this.#examined = seen;
        if (engine.manifest?.dataHash === this.#info.dataHash) return { outcome: 'unchanged' };
        const previous = this.#info;
        this.#engine = engine;
        this.#info = this.#describe(engine);
        logger.info(
          {
            event: 'index_swapped',
            previous: previous.dataHash?.slice(0, 16) ?? null,
            current: this.#info.dataHash?.slice(0, 16) ?? null,
            passages: this.#info.passages,
            loadMs: Math.round(performance.now() - started),
          },
          'new index loaded and serving',
        );
        return { outcome: 'swapped', info: this.#info };
      } catch (error) {
        const now = await this.#fingerprint();
        if (now !== seen && attempt < ATTEMPTS) {
          seen = now;
          continue;
        }
        const reason = reasonOf(error);
        this.#examined = now;
        logger.error(
          {
            event: 'index_refused',
            dir,
            code: isAppError(error) ? error.code : 'UNEXPECTED',
            reason,
            serving: this.#info.dataHash?.slice(0, 16) ?? null,
          },
          'new index refused; the previous one keeps serving',
        );
        return { outcome: 'refused', reason };
      }
    }
  }

  /** Names the manifest as it is now (its bytes, or why it cannot be read); cheap enough to poll. */
  async #fingerprint(): Promise<string> {
    try {
      return sha256(await readFile(join(this.#options.dir, MANIFEST_FILE)));
    } catch (error) {
      return `unreadable:${(error as NodeJS.ErrnoException).code ?? 'error'}`;
    }
  }

  #describe(engine: Answerer): IndexInfo {
    const manifest = engine.manifest;
    return {
      formatVersion: manifest?.formatVersion ?? null,
      contentHash: manifest?.contentHash ?? null,
      dataHash: manifest?.dataHash ?? null,
      posts: manifest?.posts ?? null,
      passages: engine.passageCount,
      loadedAt: this.#now().toISOString(),
    };
  }
}
