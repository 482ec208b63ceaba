import type { EventInfo, Lang, Passage } from '../model/index.js';
import { SYNONYMS } from '../domain/index.js';
import { STOP_WORDS, tokenize } from '../store/index.js';
import { detectLang } from '../understand/index.js';

/** Chinese words the domain vocabulary knows: title bigrams are only topics when they are words ("选举", not "洲站"). */
const HAN_WORDS = new Set(SYNONYMS.flat().filter((word) => /^\p{Script=Han}+$/u.test(word)));

/** How many suggestions of each kind: the newest events, then the topics most posts are about. */
const EVENTS = 3;
const TOPICS = 2;

/**
 * The words most posts in `lang` have in their titles, most posts first, leaving out those nearly
 * every post has ("istio"), which find everything and so suggest nothing.
 */
function frequentTopics(passages: readonly Passage[], lang: Lang): string[] {
  const titles = new Map<string, string>();
  for (const passage of passages) if (passage.lang === lang) titles.set(passage.postId, passage.title);
  const posts = new Map<string, number>();
  for (const title of titles.values()) {
    for (const term of new Set(tokenize(title))) {
      const han = /\p{Script=Han}/u.test(term);
      if (STOP_WORDS.has(term) || /\d/.test(term) || (han ? !HAN_WORDS.has(term) : term.length < 4)) continue;
      posts.set(term, (posts.get(term) ?? 0) + 1);
    }
  }
  return [...posts]
    .filter(([, count]) => count > 1 && count <= titles.size / 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([term]) => term);
}

/**
 * `query` as asked in `lang`: a question is answered in the language of its script, so an event
 * name in Latin letters offered to a Chinese reader ("Istio Day North America 2025") would bring
 * English passages; it carries the `lang:` filter of the help instead.
 */
function askedIn(query: string, lang: Lang): string {
  return detectLang(query) === lang ? query : `${query} lang:${lang}`;
}

/**
 * Questions known to find something, offered in help and when nothing matched: the newest events
 * in `lang`, then frequent topics of its posts. Derived from the index, never from the bot's text.
 */
export function suggestionsFor(lang: Lang, events: readonly EventInfo[], passages: readonly Passage[], finds: (question: string) => boolean): string[] {
  const names = [...new Set(events.filter((event) => event.lang === lang).map((event) => event.name))];
  const recent = names.map((name) => askedIn(name, lang)).filter(finds).slice(0, EVENTS);
  const topics: string[] = [];
  for (const topic of frequentTopics(passages, lang)) {
    if (topics.length === TOPICS) break;
    if (!recent.some((name) => name.toLowerCase().includes(topic)) && finds(askedIn(topic, lang))) topics.push(askedIn(topic, lang));
  }
  return [...recent, ...topics];
}
