/**
 * "what are the future istio events", "what was the event after istio day london": "what is" opens a question about
 * which event comes next (or came before or after another), not about what an event is. Only the bare frame reads so
 * ("what does istio day mean" still asks what it is), and only of events: the question names one or says "event".
 */
import { ANY_EVENT_WORDS } from '../domain/index.js';
import { askOf } from './intents.js';
import { afterAsked, beforeAsked } from './times.js';
import type { Ask, Entities, Time } from './types.js';

/**
 * The bare "what is" frames, which say nothing of what is asked beyond "which one"; in Chinese 是什么, 是啥 ("istiocon 2021
 * 之后是啥活动", what event came after it); and the follow-up's "what about", "how about" ("ok what about the one before
 * chicago"), which ask what one is only of a thing named alone.
 */
const WHAT_FRAME = /\bwhat(?:['’]s|s|\s+(?:is|are|was|were))\b|\b(?:what|how)\s+about\b|是(?:什么|啥)/iu;
const WHAT_FRAMES = new RegExp(WHAT_FRAME.source, 'giu');

/** The nouns for any event ("event", "conferences", 活动), not the project's name alone. */
const EVENT_NOUNS = new RegExp(
  `\\b(?:${ANY_EVENT_WORDS.filter((noun) => /^[a-z]+$/.test(noun) && noun !== 'istio').join('|')})\\b|${ANY_EVENT_WORDS.filter((noun) => /^\p{Script=Han}+$/u.test(noun)).join('|')}`,
  'iu',
);

/** The ask of a question `askOf` read as `what-is`, when that came from the bare frame alone and events are asked about. */
export function whichEventAsk(text: string, asked: Ask, time: Time | null, entities: Entities): Ask {
  if (asked !== 'what-is' || !WHAT_FRAME.test(text)) return asked;
  const sequel = afterAsked(text) || beforeAsked(text);
  if (time !== 'next' && time !== 'latest' && !sequel) return asked;
  const { kinds, cities, regions, years } = entities;
  const ofEvents = kinds.length + cities.length + regions.length + years.length > 0 || EVENT_NOUNS.test(text);
  if (!ofEvents || askOf(text.replace(WHAT_FRAMES, ' ')) === 'what-is') return asked;
  return time === null ? 'search' : 'latest';
}
