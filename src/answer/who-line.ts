/**
 * "who wrote the izzy book", "who organised istio day london", "四周年生日 社区会议 谁讲的": the
 * direct line names the people from what a ranked passage says, with its link, and that passage is
 * shown first. Among the first passages in the question's language, the sentence that names someone
 * and holds the question's rarest matched words answers; for a question about talks, a talk those
 * passages tell (its title and speakers). From what the posts say: no line when no such sentence
 * or talk holds a word of the question.
 */
import { ANY_EVENT_WORDS, colocatedNames, kindIn, placeOf, regionOf } from '../domain/index.js';
import { findMarks, type Ranked, type RankedPassages } from '../find/index.js';
import type { EventInfo, Passage, Talk } from '../model/index.js';
import { fold } from '../store/index.js';
import { asksWhoIs, type Question } from '../understand/index.js';
import { talkLine } from './direct.js';
import { PersonNames } from './person-names.js';
import { titled } from './outcome-line.js';
import type { DirectAnswer } from './types.js';

/** How far down the ranking the sentence that names the people is looked for. */
const WHO_DEPTH = 5;
/** Longest sentence quoted: a longer one is a paragraph, not an answer. */
const MAX_SENTENCE = 320;

/** A line and the passage it comes from, which is then shown first. */
export interface WhoAnswer {
  direct: DirectAnswer;
  first: Ranked;
}

/** What the answer stage knows that the who line reads: people in a text, the talks a passage tells. */
export interface WhoSources {
  /** Whether prose writes a word in lower case more often than not: no word of a person's name. */
  mostlyLower(word: string): boolean;
  talksOf(passage: Passage): readonly Talk[];
}

interface Unit {
  ranked: Ranked;
  direct: () => DirectAnswer | undefined;
}

/** The sentences of a passage's text, each with its closing mark; "Solo.io" ends none. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[。！？])|(?<=[.!?])\s+/u).map((sentence) => sentence.trim()).filter(Boolean);
}

export class WhoLines {
  readonly #sources: WhoSources;
  readonly #names: PersonNames;

  constructor(sources: WhoSources, events: readonly EventInfo[]) {
    this.#sources = sources;
    this.#names = new PersonNames(events, (word) => sources.mostlyLower(word));
  }

  /** The line for a "who" question and the passage it quotes; none for other questions or when nothing answers. */
  line(question: Question, ranked: RankedPassages, events: readonly string[] = []): WhoAnswer | undefined {
    // "who is izzy" asks what Izzy is: the passage that says it answers, not one that names people.
    if (question.ask !== 'who' || asksWhoIs(question.rest)) return undefined;
    // The words that name the event ("istio day chicago") are in every passage about it: what was done there tells them apart.
    const named = new Set(question.words.groups.filter((group) => this.#namesEvent(group.word)).flatMap((group) => group.alternatives.flat()));
    // A question that names an event is answered from passages about it (or the conference it is part of): those the
    // event knowledge names, else that of the first passage.
    const { kinds, cities, regions, years } = question.entities;
    const first = ranked.slice(0, 1)[0]?.passage.event;
    const about = new Set((events.length ? events : kinds.length + cities.length + regions.length + years.length > 0 && first ? [first] : []).flatMap((name) => [name, ...colocatedNames(name)]));
    const top = ranked
      .slice(0, WHO_DEPTH)
      .filter((one) => one.passage.lang === question.lang && (!about.size || !one.passage.event || about.has(one.passage.event)))
      .map((one) => {
        // Worked out once: every sentence of the passage reads them.
        const terms = one.terms().filter((term) => !named.has(term));
        return { ...one, terms: () => terms };
      });
    const best = (question.aboutTalks ? this.#talk(top, question) : undefined) ?? this.#sentence(top, question);
    const direct = best?.direct();
    return best && direct ? { direct, first: ranked.slice(0, WHO_DEPTH).find((one) => one.passage === best.ranked.passage) ?? best.ranked } : undefined;
  }

  #namesEvent(word: string): boolean {
    return /^\d+$/.test(word) || ANY_EVENT_WORDS.includes(word) || this.#names.namesEvent(word) || kindIn(word) !== null || placeOf(word) !== null || regionOf(word) !== null;
  }

  /**
   * The talk of the first passages whose title (and then its passage) holds the most of the
   * question's words, the rarest counting most: "ambient 多集群 那场演讲" is the talk titled with both.
   */
  #talk(top: readonly Ranked[], question: Question): Unit | undefined {
    const { lang } = question;
    const units = top.flatMap((ranked) =>
      this.#sources
        .talksOf(ranked.passage)
        .filter((talk) => talk.speakers.length)
        .map((talk) => ({ title: talk.titles[lang] ?? talk.title, text: ranked.passage.text, ranked, direct: () => talkLine(talk, lang) })),
    );
    const titles = weigh(units.map((unit) => held(unit.title, unit.ranked)));
    const texts = weigh(units.map((unit) => held(unit.text, unit.ranked)));
    let best: { unit: Unit; score: number } | undefined;
    units.forEach((unit, at) => {
      const score = 2 * (titles[at] ?? 0) + (texts[at] ?? 0);
      if (score > 0 && (!best || score > best.score)) best = { unit, score };
    });
    return best?.unit;
  }

  /**
   * The first passage, in ranking order, with a sentence that names a person and holds a word of
   * the question, that holds the question's words no less than any passage ranked above it (a
   * passage that names sponsor companies is not passed over for one that names a person and holds
   * fewer of them; "2026 toc 谁连任了" is not answered by a book signing of TOC members); of its
   * sentences, the one that holds the rarest of those words ("illustrations" over "book").
   */
  #sentence(top: readonly Ranked[], question: Question): Unit | undefined {
    const { lang } = question;
    const covers = weigh(top.map((ranked) => new Set(ranked.terms())));
    const units = top.flatMap((ranked) =>
      sentencesOf(ranked.passage.text)
        .filter((sentence) => sentence.length <= MAX_SENTENCE && this.#names.in(sentence))
        .map((text) => ({ text, ranked, direct: () => ({ text: titled(lang, ranked.passage.title, text), url: ranked.passage.url, lang }) })),
    );
    const scores = weigh(units.map((unit) => held(unit.text, unit.ranked)));
    for (const [at, ranked] of top.entries()) {
      if ((covers[at] ?? 0) < Math.max(0, ...covers.slice(0, at))) continue;
      let best: { unit: Unit; score: number } | undefined;
      units.forEach((unit, index) => {
        const score = scores[index] ?? 0;
        if (unit.ranked === ranked && score > 0 && (!best || score > best.score)) best = { unit, score };
      });
      if (best) return best.unit;
    }
    return undefined;
  }
}

/** The question's matched terms that a text holds (as the text writes them, folded). */
function held(text: string, ranked: Ranked): Set<string> {
  return new Set(findMarks(text, ranked.terms()).map((mark) => fold(text.slice(mark.start, mark.end))));
}

/** Each set's weight: a term counts one over how many of the sets hold it, so one they all hold tells them apart least. */
function weigh(sets: readonly Set<string>[]): number[] {
  const counts = new Map<string, number>();
  for (const terms of sets) for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return sets.map((terms) => [...terms].reduce((sum, term) => sum + 1 / (counts.get(term) ?? 1), 0));
}
