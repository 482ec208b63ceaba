import type { Answer, AnswerOptions, QueryService } from '../answer/index.js';
import type { Asker } from '../app/index.js';
import { PAGE_SIZE } from '../domain/index.js';
import type { Lang } from '../model/index.js';
import { mainList, pageSize, present, type Presentation } from '../present/index.js';

/** What the web needs from the rest of the program: the Asker for questions, the index for lists. */
export interface WebDeps {
  /** Questions go through the Asker: rate limits, one log line, the unanswered-question log. */
  asker: Pick<Asker, 'ask'>;
  /** Reads that are not questions (help, the event list) skip the rate limit. */
  service: QueryService;
  /** "Today", for upcoming and "in 12 days". Default: now. */
  now?: () => Date;
}

export interface AskInput {
  q: string;
  lang: Lang | undefined;
  /** Page of the answer's main list, from 1. */
  page: number;
  /** Passages per page. Default PAGE_SIZE. */
  limit?: number;
  /** The client, for the rate limit. */
  ip: string;
}

export type WebReply =
  | { kind: 'answer'; answer: Answer }
  /** Over the rate limit: the client should wait. */
  | { kind: 'limited'; lang: Lang }
  | { kind: 'error'; lang: Lang };

/**
 * One question from the web, through the Asker. Page `n` of the main list is asked of the engine
 * for passages; a page then cuts talks and events with `presentPage`, while the API sends the
 * answer as `--json` does and never needs the present step.
 */
export async function askWeb(deps: WebDeps, input: AskInput): Promise<WebReply> {
  const limit = input.limit ?? PAGE_SIZE;
  const options: AnswerOptions = { limit, offset: (input.page - 1) * limit, ...(input.lang ? { lang: input.lang } : {}) };
  const reply = await deps.asker.ask({ surface: 'web', user: input.ip, channel: input.ip, text: input.q, options });
  switch (reply.kind) {
    case 'answer':
      return { kind: 'answer', answer: reply.answer };
    case 'slow-down':
      return { kind: 'limited', lang: reply.lang };
    case 'ignored':
      return { kind: 'limited', lang: input.lang ?? 'en' };
    case 'error':
      return { kind: 'error', lang: reply.lang };
  }
}

/** A read that is not a question (help on the empty page, the event list): no rate limit, no log line. */
export function read(deps: WebDeps, q: string, lang: Lang | undefined): Answer {
  return deps.service.answer(q, { ...(lang ? { lang } : {}), now: nowOf(deps) });
}

export function presentPage(answer: Answer, page: number, deps: WebDeps): Presentation {
  const list = mainList(answer.intent) ?? 'passages';
  return present(answer, { page: { list, offset: (page - 1) * pageSize(list) }, now: nowOf(deps) });
}

export function nowOf(deps: WebDeps): Date {
  return deps.now?.() ?? new Date();
}
