import type { Answer, DirectAnswer, Result } from '../answer/index.js';
import { talkUrlIn } from '../domain/index.js';
import type { EventInfo, EventLinks, Links, Person, Talk } from '../model/index.js';

/**
 * The fields `--json` prints (and the web API will serve), in the order it prints them. These lists
 * are the public contract (README "JSON output"): a field the engine adds stays private until it is
 * listed here. Their types are the engine's own, so they are not restated.
 */
const RESULT_FIELDS = ['title', 'url', 'heading', 'text', 'lang', 'event', 'date', 'score'] as const;
const LINK_FIELDS = ['videos', 'slides', 'schedule', 'other'] as const;
const TALK_FIELDS = ['title', 'speakers', 'organisations', 'people', 'event', 'date', 'video', 'slides', 'schedule', 'url'] as const;
const EVENT_FIELDS = ['id', 'name', 'kind', 'city', 'country', 'venue', 'start', 'end', 'parent'] as const;
const EVENT_LINK_FIELDS = ['slides', 'schedule', 'recordings', 'register', 'cfp', 'other'] as const;
const PERSON_FIELDS = ['name', 'organisation'] as const;

export type ResultJson = Pick<Result, (typeof RESULT_FIELDS)[number]> & { links: Pick<Links, (typeof LINK_FIELDS)[number]> };
export type TalkJson = Omit<Pick<Talk, (typeof TALK_FIELDS)[number]>, 'people'> & { people: Array<Pick<Person, (typeof PERSON_FIELDS)[number]>> };
export type EventJson = Pick<EventInfo, (typeof EVENT_FIELDS)[number]> & {
  /** The event's newest post, or null. */
  url: string | null;
  links: Pick<EventLinks, (typeof EVENT_LINK_FIELDS)[number]>;
};

/** The documented `--json` shape of `npm run ask` (README "JSON output"); other tools depend on it. */
export interface AskJson {
  query: string;
  total: number;
  results: ResultJson[];
  talks: TalkJson[];
  /** The fact itself with its source; absent when the posts do not state it. */
  answer?: Pick<DirectAnswer, 'text' | 'url' | 'lang'>;
  events: EventJson[];
}

/**
 * An answer as the documented JSON: `results` is the engine's page of passages; `talks` and
 * `events` are whole (a `talks` question gives every talk of the event), for tools to page as they like.
 */
export function toJson(answer: Answer): AskJson {
  return {
    query: answer.query,
    total: answer.total,
    results: answer.results.map((result) => ({ ...pick(result, RESULT_FIELDS), links: pick(result.links, LINK_FIELDS) })),
    // A talk's `url` is the copy of its post in the answer's language, as the surfaces link it.
    talks: answer.talks.map((talk) => ({ ...pick(talk, TALK_FIELDS), url: talkUrlIn(talk, answer.lang), people: talk.people.map((person) => pick(person, PERSON_FIELDS)) })),
    ...(answer.direct ? { answer: { text: answer.direct.text, url: answer.direct.url, lang: answer.direct.lang } } : {}),
    events: answer.events.map((event) => ({
      ...pick(event, EVENT_FIELDS),
      url: event.posts[0] ?? null,
      links: pick(event.links, EVENT_LINK_FIELDS),
    })),
  };
}

/**
 * `from` with only `fields`, in their order: JSON lists keys in the order the object got them. A
 * plain loop, since the API runs this for every passage, talk and event it sends.
 */
function pick<T, K extends keyof T>(from: T, fields: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const field of fields) picked[field] = from[field];
  return picked;
}
