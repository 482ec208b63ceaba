/**
 * "Who won the 2025 TOC election", "2022 steering 选举结果": the direct line quotes the sentences of
 * the results post that name who was elected or won, under the post's title, with the link to the
 * first of them. From what the post says: no line when the post names nobody, and none from a
 * post in the other language than the question's.
 */
import type { Outcomes } from '../facts/index.js';
import type { RankedPassages } from '../find/index.js';
import { SYNONYMS } from '../domain/index.js';
import type { Passage } from '../model/index.js';
import { fold } from '../store/index.js';
import { askOf, type Question, type WordGroup } from '../understand/index.js';
import type { DirectAnswer } from './types.js';

/** Longest line quoted: whole sentences up to this many characters (the first one always). */
const MAX_LINE = 360;

/** How far down the ranking a results post is looked for: far enough to reach the one whose title the question names. */
const OUTCOME_DEPTH = 10;

/**
 * The question's word groups a post title holds: the word, or all the index terms of one of its
 * synonyms ("toc" or "technic oversight committe"), each as the start of a word of the title. Words
 * that ask ("results", 结果, "election") name no post.
 */
function titleNames(question: Question, title: string): Set<WordGroup> {
  const words = fold(title).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const holds = (term: string): boolean => words.some((word) => word.startsWith(term) || (/\p{Script=Han}/u.test(term) && word.includes(term)));
  return new Set(question.words.groups.filter((group) => !asks(group.word) && [[fold(group.word)], ...group.alternatives].some((terms) => terms.length > 0 && terms.every(holds))));
}

/** Whether a word, or a synonym of it, asks ("results"; "election", whose synonym "elected" asks who was): every results post says it. */
function asks(word: string): boolean {
  return askOf(word) !== 'search' || SYNONYMS.some((group) => group.includes(word) && group.some((synonym) => askOf(synonym) !== 'search'));
}

/** A quoted line under the title of the post it comes from: "Post title: what it says". */
export function titled(lang: Question['lang'], title: string, said: string): string {
  return lang === 'zh' ? `${title}：${said}` : `${title}: ${said}`;
}

export class OutcomeLines {
  readonly #passages: readonly Passage[];
  readonly #outcomes: Outcomes;
  /** Each post's passages in order, built when first asked. */
  #posts: Map<string, Passage[]> | undefined;

  constructor(passages: readonly Passage[], outcomes: Outcomes) {
    this.#passages = passages;
    this.#outcomes = outcomes;
  }

  /**
   * The line for a results question from the first post on the page that names who was elected or
   * won; for "the latest …" ("最新的 toc 选举") and "who …", only when the first passage itself announces it, or
   * for the latest election, a results post of its year or later.
   */
  line(question: Question, ranked: RankedPassages): DirectAnswer | undefined {
    // "The latest …" and "who …" ("who got in to steering in 2023", not who gave a talk) are answered by a results post only when it ranks first.
    const latest = question.ask === 'latest' && question.time === 'latest';
    const onlyFirst = (question.ask === 'who' && !question.aboutTalks) || latest;
    const [top] = ranked.slice(0, 1);
    const announced = onlyFirst && (top?.passage.facts.outcome ?? false);
    // "newest steering committee election": the results of the newest election the page tells, when they are out.
    const election = latest && !announced && question.words.groups.some((group) => asks(group.word));
    if (question.ask !== 'results' && !announced && !election) return undefined;
    const { years } = question.entities;
    const since = election ? (top?.passage.date?.slice(0, 4) ?? '') : '';
    const posts: Array<{ passage: Passage; said: Array<{ sentence: string; url: string }> }> = [];
    for (const { passage } of ranked.slice(0, announced ? 1 : OUTCOME_DEPTH)) {
      // Another language's post, or another year's election than the one asked about, answers nothing.
      if (passage.lang !== question.lang || (years.length && !years.includes(Number(passage.date?.slice(0, 4))))) continue;
      if ((passage.date ?? '').slice(0, 4) < since) continue;
      if (posts.some((post) => post.passage.postId === passage.postId)) continue;
      const said = (this.#postOf(passage.postId) ?? []).flatMap((one) => this.#outcomes.sentences(one.text).map((sentence) => ({ sentence, url: one.url })));
      if (said.length) posts.push({ passage, said });
    }
    // The results post whose title names what the question names ("steering", "TOC") over one ranked above it; a word
    // many of their titles hold ("election") tells them apart less than one that few hold.
    const held = posts.map((post) => titleNames(question, post.passage.title));
    const titles = (group: WordGroup): number => held.filter((groups) => groups.has(group)).length;
    const named = held.map((groups) => [...groups].reduce((sum, group) => sum + 1 / titles(group), 0));
    const best = posts.reduce<(typeof posts)[number] | undefined>((kept, post, at) => (!kept || (named[at] ?? 0) > (named[posts.indexOf(kept)] ?? 0) ? post : kept), undefined);
    if (!best) return undefined;
    const [first] = best.said;
    const sentences = best.said.map(({ sentence }) => sentence.trim());
    let text = sentences[0] as string;
    for (const sentence of sentences.slice(1)) {
      const longer = `${text}${question.lang === 'zh' ? '' : ' '}${sentence}`;
      if (longer.length > MAX_LINE) break;
      text = longer;
    }
    return { text: titled(question.lang, best.passage.title, text), url: (first as (typeof best.said)[number]).url, lang: question.lang };
  }

  #postOf(postId: string): Passage[] | undefined {
    if (!this.#posts) {
      this.#posts = new Map();
      for (const passage of this.#passages) {
        const post = this.#posts.get(passage.postId);
        if (post) post.push(passage);
        else this.#posts.set(passage.postId, [passage]);
      }
    }
    return this.#posts.get(postId);
  }
}
