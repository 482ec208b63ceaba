/**
 * "Who won the 2025 TOC election", "2022 steering 选举结果": the direct line quotes the sentences of
 * the results post that name who was elected or won, under the post's title, with the link to the
 * first of them. From what the post says: no line when the post names nobody, and none from a
 * post in the other language than the question's.
 */
import { PAGE_SIZE } from '../domain/index.js';
import type { Outcomes } from '../facts/index.js';
import type { RankedPassages } from '../find/index.js';
import type { Passage } from '../model/index.js';
import type { Question } from '../understand/index.js';
import type { DirectAnswer } from './types.js';

/** Longest line quoted: whole sentences up to this many characters (the first one always). */
const MAX_LINE = 360;

const TITLED = { en: (title: string, said: string) => `${title}: ${said}`, zh: (title: string, said: string) => `${title}：${said}` } as const;

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
   * won; for "the latest …" ("最新的 toc 选举"), only when the first passage itself announces it.
   */
  line(question: Question, ranked: RankedPassages): DirectAnswer | undefined {
    const latest = question.ask === 'latest' && question.time === 'latest' && (ranked.slice(0, 1)[0]?.passage.facts.outcome ?? false);
    if (question.ask !== 'results' && !latest) return undefined;
    const { years } = question.entities;
    for (const { passage } of ranked.slice(0, latest ? 1 : PAGE_SIZE)) {
      // Another language's post, or another year's election than the one asked about, answers nothing.
      if (passage.lang !== question.lang || (years.length && !years.includes(Number(passage.date?.slice(0, 4))))) continue;
      const said = (this.#postOf(passage.postId) ?? []).flatMap((one) => this.#outcomes.sentences(one.text).map((sentence) => ({ sentence, url: one.url })));
      const [first] = said;
      if (!first) continue;
      const sentences = said.map(({ sentence }) => sentence.trim());
      let text = sentences[0] as string;
      for (const sentence of sentences.slice(1)) {
        const longer = `${text}${question.lang === 'zh' ? '' : ' '}${sentence}`;
        if (longer.length > MAX_LINE) break;
        text = longer;
      }
      return { text: TITLED[question.lang](passage.title, text), url: first.url, lang: question.lang };
    }
    return undefined;
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
