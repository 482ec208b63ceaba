import type { Answer, Result } from '../answer/index.js';
import { LINK_KINDS } from '../domain/index.js';
import type { Links, Talk } from '../model/index.js';

/**
 * The fields `--json` prints, in the order it prints them: a result (then its `links`) and a talk.
 * These lists are the public contract (README "JSON output"): a field the engine adds stays private
 * until it is listed here. Their types are the engine's own, so they are not restated.
 */
const RESULT_FIELDS = ['title', 'url', 'heading', 'text', 'lang', 'event', 'date', 'score'] as const;
/** Every link kind, in the domain's order. */
const LINK_FIELDS = LINK_KINDS;
const TALK_FIELDS = ['title', 'speakers', 'organisations', 'event', 'date', 'video', 'slides', 'url'] as const;

export type ResultJson = Pick<Result, (typeof RESULT_FIELDS)[number]> & { links: Pick<Links, (typeof LINK_FIELDS)[number]> };
export type TalkJson = Pick<Talk, (typeof TALK_FIELDS)[number]>;

/** The documented `--json` shape of `npm run ask` (README "JSON output"); other tools depend on it. */
export interface AskJson {
  query: string;
  total: number;
  results: ResultJson[];
  talks: TalkJson[];
}

export function toJson(answer: Answer): AskJson {
  return {
    query: answer.query,
    total: answer.total,
    results: answer.results.map((result) => ({ ...pick(result, RESULT_FIELDS), links: pick(result.links, LINK_FIELDS) })),
    talks: answer.talks.map((talk) => pick(talk, TALK_FIELDS)),
  };
}

/** `from` with only `fields`, in their order: JSON lists keys in the order the object got them. */
function pick<T, K extends keyof T>(from: T, fields: readonly K[]): Pick<T, K> {
  return Object.fromEntries(fields.map((field) => [field, from[field]])) as Pick<T, K>;
}
