import { ANY_EVENT_WORDS, GOVERNANCE_BODIES, KIND_NAMES, ORGANISATIONS, PEOPLE_VERBS, PERSON_NOUNS, STEERING_SEATS, SYNONYMS, VIRTUAL_WORDS } from '../domain/index.js';
import { STOP_WORDS } from '../store/index.js';
import { CHAT_WORDS } from './chat-words.js';
import { ASK_WORDS, wordsOf } from './intents.js';
import { WANT_WORDS } from './want-words.js';
import { AHEAD, HAPPENING_WORDS, TIME_WORDS } from './times.js';

/**
 * The English words the readers of a question look for: what signals an intent or a time, the
 * kinds of event, the domain's terms, places and organisations. A question that misspells one
 * ("upcoimng", "isticoon", "locaiton", "progarmme") is read as if it were spelled right, by every
 * reader and by the answer, not by each reader's own tolerance.
 */
const VOCABULARY: ReadonlySet<string> = new Set(
  [
    ...ASK_WORDS,
    ...Object.keys(WANT_WORDS),
    ...TIME_WORDS,
    ...AHEAD,
    ...HAPPENING_WORDS,
    ...[SYNONYMS, ORGANISATIONS, GOVERNANCE_BODIES, STEERING_SEATS].flatMap((groups) => groups.flat()),
    ...KIND_NAMES.flatMap((kind) => kind.aliases),
    ...VIRTUAL_WORDS,
    ...PERSON_NOUNS,
    ...PEOPLE_VERBS,
    ...CHAT_WORDS,
    ...ANY_EVENT_WORDS,
    // Stop words too: the readers look for "after", "before", "first" ("afetr", "befroe", "fisrt").
    ...STOP_WORDS,
  ]
    .flatMap((phrase) => phrase.toLowerCase().split(/[^a-z]+/))
    .filter((word) => word.length > 1),
);

/**
 * Six letters or more: five letters one typo from a known word are as often a word of their own. Two neighbouring
 * letters swapped leave five letters recognisable ("takls", "isito", "daets"), and seldom make another word.
 */
const MISSPELLABLE = 6;
const SWAPPABLE = 5;
/** A letter changed is a typo from eight letters on: shorter words one letter apart are often both words ("summit", "submit"). */
const CHANGEABLE = 8;
/**
 * Six-letter words that ask to take part, for a result, for the talks or the schedule, or for slides or videos ("agenda",
 * "ticket", "attend", "result", "lineup", "slides", "videos"): with one letter dropped inside ("agnda", "tickt", "atend",
 * "sldes", "vidos") they are recognisable and no English word, unlike other five-letter drops ("tough" from "though",
 * "rally" from "really"), and unlike "sides" (`WORDS_OF_THEIR_OWN`).
 */
const DROPPABLE: ReadonlySet<string> = new Set([
  ...(['register', 'buy', 'results', 'talks', 'schedule'] as const).flatMap((ask) => wordsOf(ask)).filter((word) => /^[a-z]{6}$/.test(word)),
  'slides',
  // "vidos", "vdeos": not "replay", whose drops are words ("reply", "repay").
  'videos',
]);
/** Five-letter words one letter dropped inside a word of `DROPPABLE` that are words of their own ("the client and server sides"). */
const WORDS_OF_THEIR_OWN: ReadonlySet<string> = new Set(['sides']);
/** The known words long enough to misspell, by their first and last letters, which a typo keeps (`typoOf`). */
const BY_ENDS = new Map<string, string[]>();
for (const word of VOCABULARY) {
  if (word.length < SWAPPABLE) continue;
  const ends = endsOf(word);
  BY_ENDS.set(ends, [...(BY_ENDS.get(ends) ?? []), word]);
}

function endsOf(word: string): string {
  return `${word.charAt(0)}${word.charAt(word.length - 1)}`;
}

/**
 * Whether `typed` is `known` with one typo inside it: two neighbouring letters swapped, a letter added
 * or dropped, or (long words) one changed, never at either end. A letter more or less at an end makes
 * another word or form as often as a typo ("selected", "elected"; "sessions", "session").
 */
function typoOf(typed: string, known: string): boolean {
  if (typed.charAt(0) !== known.charAt(0) || typed.at(-1) !== known.at(-1)) return false;
  let at = 0;
  while (at < typed.length && typed[at] === known[at]) at += 1;
  if (typed.length === known.length) {
    const swapped = typed[at] === known[at + 1] && typed[at + 1] === known[at] && typed.slice(at + 2) === known.slice(at + 2);
    return swapped || (typed.length >= CHANGEABLE && typed.slice(at + 1) === known.slice(at + 1));
  }
  if (typed.length < MISSPELLABLE) return typed.length === known.length - 1 && DROPPABLE.has(known) && !WORDS_OF_THEIR_OWN.has(typed) && typed.slice(at) === known.slice(at + 1);
  if (typed.length === known.length + 1) return typed.slice(at + 1) === known.slice(at);
  return typed.length === known.length - 1 && typed.slice(at) === known.slice(at + 1);
}

/**
 * A four-letter known word with one letter inside it typed twice ("citty", "wheen", "tallk"): too short for the typos above,
 * and of the five-letter words a doubled letter makes ("sleep", "tools", "needs") none is a known word with it single.
 */
function undoubled(typed: string): string | undefined {
  if (typed.length !== SWAPPABLE) return undefined;
  for (let at = 1; at < typed.length - 2; at += 1) {
    const single = typed[at] === typed[at + 1] ? `${typed.slice(0, at)}${typed.slice(at + 1)}` : '';
    if (VOCABULARY.has(single)) return single;
  }
  return undefined;
}

/** The known word a typed one misspells: the only one a typo away. */
function meantBy(typed: string): string | undefined {
  // A stop word is a known word of its own: "there" is two letters swapped from "three".
  if (typed.length < SWAPPABLE || VOCABULARY.has(typed)) return undefined;
  const single = undoubled(typed);
  if (single) return single;
  const near = (BY_ENDS.get(endsOf(typed)) ?? []).filter((known) => typoOf(typed, known));
  return near.length === 1 ? near[0] : undefined;
}

/** The text with each misspelt known word spelled right. */
export function spelledAsMeant(text: string): string {
  return text.replace(/[a-z]+/gi, (typed) => meantBy(typed.toLowerCase()) ?? typed);
}
