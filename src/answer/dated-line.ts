/**
 * "when did the project get its mascot", "吉祥物是哪天公布的": asked when a piece of news happened that no event is, a
 * sentence of the first passage that holds every word asked and names a day with its year dates it ("On 8 March 2024 the
 * Istio Steering Committee introduced Izzy, …"): the line quotes that sentence under its post's title. A passage whose
 * event is another (the book launched months later) dates the news in its own words, not by its event's dates. Pure.
 */
import { findDates } from '../domain/index.js';
import type { RankedPassages } from '../find/index.js';
import { analyze } from '../store/index.js';
import type { Question, WordGroup } from '../understand/index.js';
import type { Lead } from './page.js';
import { MAX_SENTENCE, sentencesOf, titled } from './sentences.js';

/**
 * A Chinese word typed with the particle that closes it ("发布的", "公布了"): its pairs hold one no sentence says ("布的"),
 * so the word without the particle is looked for as written.
 */
const CLOSING_PARTICLE = /^(\p{Script=Han}{2,})[的了过]$/u;

/** Whether `sentence` (its terms `held`) holds the word of `group`, by its terms or, in Chinese, as written. */
export function holds(group: WordGroup, held: ReadonlySet<string>, sentence: string): boolean {
  if (group.alternatives.some((terms) => terms.every((term) => held.has(term)))) return true;
  const bare = CLOSING_PARTICLE.exec(group.word)?.[1];
  return bare !== undefined && sentence.includes(bare);
}

/** Whether a sentence names a single day with its year ("8 March 2024", "2024 年 3 月 8 日"), not a span. */
const datesDay = (sentence: string): boolean => findDates(sentence).some((date) => date.year !== null && date.until === null);

/** The line quoting the first passage's sentence that dates the news asked (`groups`: its words), if one does. */
export function datedLine(question: Question, ranked: RankedPassages, groups: readonly WordGroup[]): Lead | undefined {
  const [first] = ranked.slice(0, 1);
  if (!first || !groups.length || first.passage.lang !== question.lang) return undefined;
  const said = sentencesOf(first.passage.text).find((sentence) => {
    if (sentence.length > MAX_SENTENCE || !datesDay(sentence)) return false;
    const held = new Set(analyze(sentence));
    return groups.every((group) => holds(group, held, sentence));
  });
  return said ? { direct: { text: titled(question.lang, first.passage.title, said), url: first.passage.url, lang: question.lang } } : undefined;
}
