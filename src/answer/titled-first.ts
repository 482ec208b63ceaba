/**
 * A plain search for a topic ("ebpf data plane", "wasm"): among the first passages ranked, the first that tells
 * a talk whose title holds every word of the topic is shown first, before one that only mentions the words in passing
 * ("most questions were about … multi-cluster …, with many conversations about ambient mode"): a talk titled with the
 * topic is what the search is about.
 */
import type { RankedPassages } from '../find/index.js';
import type { Passage, Talk } from '../model/index.js';
import { copyInOwnWords } from './copy-in-own-words.js';
import { analyze } from '../store/index.js';
import { subjectGroups, type Question } from '../understand/index.js';
import type { Lead } from './page.js';
import type { Programme } from './programme.js';

/** How far down the ranking a search looks for a passage telling a talk titled with its topic. */
const TITLED_DEPTH = 10;

/**
 * Whether a title of `talk` holds every word of the topic, each said one of its ways (its index terms, stemmed:
 * "workloads" is "workload"; "multi cluster" is "multicluster"; "ambeint" the word it misspells), not a word a typo
 * away: "ai" is no "CNI".
 */
export function titledWith(talk: Talk, topic: readonly (readonly string[][])[]): boolean {
  return titleTermsOf(talk).some((terms) => topic.every((ways) => ways.some((way) => way.length > 0 && way.every((term) => terms.has(term)))));
}

/** Each talk's titles' index terms, worked out once per talk: every plain search tests the talks of its first passages. */
const TITLE_TERMS = new WeakMap<Talk, ReadonlySet<string>[]>();

function titleTermsOf(talk: Talk): ReadonlySet<string>[] {
  let terms = TITLE_TERMS.get(talk);
  if (!terms) {
    terms = [talk.title, ...Object.values(talk.titles)].map((title) => new Set(analyze(title)));
    TITLE_TERMS.set(talk, terms);
  }
  return terms;
}

/** Whether the question names an event, a place or a year: then its words choose among that event's passages, as ranked. */
const namesEvent = ({ entities }: Question): boolean => entities.kinds.length + entities.cities.length + entities.regions.length + entities.years.length > 0;

/**
 * The passage to show first for a plain search, or a video or slides question no line answered (no event, place or
 * year named), whose words, every one of them (a word
 * that names some event too, "ai" of Cloud Native AI Day, is a topic here), a told talk's title holds, when it is not
 * first already.
 */
export function titledFirst(question: Question, ranked: RankedPassages, programme: Programme, passages: readonly Passage[]): Pick<Lead, 'first'> {
  if (question.command !== null || !question.words.groups.length) return {};
  const head = ranked.slice(0, TITLED_DEPTH);
  // A recording or a deck asked of a talk that no line answered (it has none, only its schedule page: "k8gb ingress talk
  // ppt") is asked of that talk too: the passage telling it, with its links, rather than one linking other talks' videos.
  const media = question.ask === 'video' || question.ask === 'slides';
  const asked = namesEvent(question) ? [] : question.ask === 'search' || media ? question.words.groups : question.ask === 'what-is' ? subjectGroups(question) : [];
  const words = asked.map((group) => group.alternatives);
  if (words.length) {
    // "What is the Istio Project Meeting": the item a recap tells by that very name says what it was (its title holds no
    // other word); a talk whose title only holds the subject among others ("… - Introducing kagent") is about more.
    const titled = question.ask === 'what-is' ? (talk: Talk) => titledAs(talk, words) : (talk: Talk) => titledWith(talk, words);
    const first = head.find(({ passage }) => passage.lang === question.lang && programme.told(passage).some(titled));
    if (first) return first !== head[0] ? { first } : {};
  }
  // "上海 certificate enhancing": the Chinese passage telling the talk whose English title the question types.
  const copy = copyInOwnWords(question, head, programme, passages, titledWith);
  return copy ? { first: copy } : {};
}

/** Whether a title of `talk` is the subject's words and no other: each of them said one of its ways, and each of its terms one of theirs. */
function titledAs(talk: Talk, subject: readonly (readonly string[][])[]): boolean {
  const said = new Set(subject.flat(2));
  return titleTermsOf(talk).some((terms) => terms.size > 0 && [...terms].every((term) => said.has(term)) && titledWith(talk, subject));
}
