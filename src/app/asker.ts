import type { Logger } from '../log/index.js';
import type { Lang } from '../model/index.js';
import type { Answer, AnswerOptions, QueryService } from '../answer/index.js';
import { detectLang } from '../understand/index.js';
import { InFlight } from './in-flight.js';
import type { AdmissionControl } from './rate-limit.js';
import type { QueryLogSink, Surface } from './query-log.js';

export interface Question {
  surface: Surface;
  /** Platform user id, used for rate limits and feedback; never logged with the text. */
  user: string;
  /** Platform channel (or DM) id, used for rate limits. */
  channel: string;
  text: string;
  options?: AnswerOptions;
}

/** What a surface should send back. "No hits" is an `answer` with no results, not an error. */
export type Reply =
  | { kind: 'answer'; answer: Answer }
  | { kind: 'slow-down'; lang: Lang }
  | { kind: 'ignored' }
  | { kind: 'error'; lang: Lang };

export interface Vote {
  surface: Surface;
  user: string;
  query: string;
  vote: 'up' | 'down';
}

export interface AskerOptions {
  /** The engine, or anything that answers like it (a live-reloading holder). */
  service: QueryService;
  logger: Logger;
  /** Absent: no rate limit (the local chat and CLI). */
  limiter?: AdmissionControl | undefined;
  /** Absent: unanswered questions and votes are only logged. */
  queryLog?: QueryLogSink | undefined;
  /** Log question text at info level. Default false: only its length. */
  logQueries?: boolean;
  /** Clock for latency, in milliseconds. Default `performance.now`. */
  now?: () => number;
}

/**
 * The one path every surface takes from a question to a reply: rate limit, the engine,
 * one structured log line, the unanswered-question log. Surfaces parse and render; this decides.
 */
export class Asker {
  readonly #options: AskerOptions;
  readonly #now: () => number;
  readonly #inFlight = new InFlight();

  constructor(options: AskerOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => performance.now());
  }

  /** Questions being answered right now. */
  get inFlight(): number {
    return this.#inFlight.size;
  }

  eventNames(): string[] {
    return this.#options.service.eventNames();
  }

  ask(question: Question): Promise<Reply> {
    // In flight from the admission on: a shared limiter is a Redis round trip that shutdown waits for.
    return this.#inFlight.track(this.#admit(question));
  }

  async #admit(question: Question): Promise<Reply> {
    const { limiter, logger } = this.#options;
    const lang = question.options?.lang ?? detectLang(question.text);
    const admission = limiter ? await limiter.admit(question.user, question.channel) : 'allow';
    if (admission !== 'allow') {
      logger.info({ event: 'rate_limited', surface: question.surface, admission }, 'rate limited');
      return admission === 'warn' ? { kind: 'slow-down', lang } : { kind: 'ignored' };
    }
    return this.#answer(question, lang);
  }

  async #answer(question: Question, lang: Lang): Promise<Reply> {
    const { logger, queryLog } = this.#options;
    const started = this.#now();
    try {
      const answer = this.#options.service.answer(question.text, question.options);
      const latencyMs = Math.round((this.#now() - started) * 100) / 100;
      logger.info(
        {
          event: 'question',
          surface: question.surface,
          queryLength: question.text.length,
          ...(this.#options.logQueries ? { query: answer.query } : {}),
          intent: answer.intent,
          results: answer.results.length,
          total: answer.total,
          latencyMs,
        },
        'answered',
      );
      if (answer.intent === 'search' && answer.total === 0 && answer.talks.length === 0) {
        queryLog?.write({
          type: 'unanswered',
          at: new Date().toISOString(),
          surface: question.surface,
          query: answer.query,
          lang: answer.lang,
        });
      }
      return { kind: 'answer', answer };
    } catch (error) {
      logger.error({ event: 'question_failed', surface: question.surface, err: error }, 'question failed');
      return { kind: 'error', lang };
    }
  }

  feedback(vote: Vote): void {
    this.#options.logger.info({ event: 'feedback', surface: vote.surface, vote: vote.vote }, 'feedback');
    this.#options.queryLog?.write({ type: 'feedback', at: new Date().toISOString(), ...vote });
  }

  /** Resolves when no question is in flight, or after `timeoutMs`, whichever is first. */
  async drain(timeoutMs: number): Promise<void> {
    await this.#inFlight.settled(timeoutMs);
  }
}
