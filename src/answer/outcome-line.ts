/**
 * "Who won the 2025 TOC election", "2022 steering 选举结果": the direct line quotes the sentences of
 * the results post that name who was elected or won, under the post's title, with the link to the
 * first of them; and the passage that names them comes first. From what the post says: no line
 * when the post names nobody. A results post in the other language answers only when none in the
 * question's language does (some years' results were posted in one language): it is shown, marked
 * as another language's, rather than the wrong body's or year's results.
 */
import { STEERING_SEATS } from '../domain/index.js';
import type { Outcomes } from '../facts/index.js';
import type { Ranked, RankedPassages } from '../find/index.js';
import type { Passage } from '../model/index.js';
import { fold } from '../store/index.js';
import { afterAsked, ANY_BODY_TITLE, asksGovernance, authorAsked, awardAsked, awardNamed, beforeAsked, bodiesTitled, bodyTitleOf, electionStepAsked, leftAsked, namesElection, namesPart, onlyElectionNamed, saysElection, saysRunnerUp, type Question } from '../understand/index.js';
import { elsewhere } from './elsewhere.js';
import { timedAward } from './award-timed.js';
import { namesAward } from './word-share.js';
import { runnerUpSaid } from './runner-up.js';
import type { DirectAnswer } from './types.js';

/** The kinds of Steering Committee seat (`STEERING_SEATS`) a text names, by their place in that list. */
function seatsIn(text: string): number[] {
  const lower = text.toLowerCase();
  return STEERING_SEATS.flatMap((names, at) => (names.some((name) => lower.includes(name)) ? [at] : []));
}

/** What a vote or an award decides, as a question names it: who won, an award, a vote ("winners", "获奖", "投票"). */
const DECIDED = /(?<![\p{L}\p{N}])(?:won|win|wins|winners?|winning|awards?|awarded|prizes?|elected|re-elected|votes?|voted|voting|ballot)(?![\p{L}\p{N}])|奖|得主|当选|连任|选上|选出|入选|赢|投票|选票/iu;

/** Longest line quoted: whole sentences up to this many characters (the first one always). */
const MAX_LINE = 360;

/** A sentence's words up to the colon that leads in a list ("…we voted for two new members:"). */
const LIST_LEAD = /^[^:：]+[:：]/u;

/** How far down the ranking a results post is looked for: far enough to reach the one whose title the question names. */
const OUTCOME_DEPTH = 10;

/**
 * How many of the question's word groups a post title holds: the word, or all the index terms of one
 * of its synonyms ("toc" or "technic oversight committe"), each as the start of a word of the title.
 */
function titleNames(question: Question, title: string): number {
  const words = fold(title).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const holds = (term: string): boolean => words.some((word) => word.startsWith(term) || (/\p{Script=Han}/u.test(term) && word.includes(term)));
  return question.words.groups.filter((group) => [[fold(group.word)], ...group.alternatives].some((terms) => terms.length > 0 && terms.every(holds))).length;
}

const TITLED = { en: (title: string, said: string) => `${title}: ${said}`, zh: (title: string, said: string) => `${title}：${said}` } as const;
const NONE_NEXT = { en: (line: string) => `No upcoming election is announced; the latest: ${line}`, zh: (line: string) => `尚未公布新的选举；最近一次：${line}` } as const;

/** A results post: a passage of it, and what its passages say of who was elected or won. */
interface ResultsPost {
  passage: Passage;
  said: Array<{ sentence: string; passage: Passage }>;
}

/** The line and the ranking of a results question: the passage that names who was elected first. */
export interface OutcomeAnswer {
  direct: DirectAnswer;
  ranked: RankedPassages;
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
   * won, and the ranking with the passage it quotes first; for "the latest election" ("最新的 toc
   * 选举"), only from a post of the year of the first passage: when the newest election has no
   * results yet, an older one's are no answer.
   */
  answer(asked: Question, ranked: RankedPassages): OutcomeAnswer | undefined {
    // "who won the first chop wood carry water award": the earliest post's winners, wherever it ranks.
    const timed = timedAward(asked, this.#passages, this.#outcomes);
    if (timed) return { direct: { text: TITLED[timed.passage.lang](timed.passage.title, timed.sentence), url: timed.passage.url, lang: timed.passage.lang }, ranked: firstOf(ranked, timed.passage) };
    const question = this.#newestYear(this.#firstYear(asked));
    // "the next election": none is announced after the newest one, whose results answer, said so.
    const next = question.time === 'next' && (question.ask === 'latest' || question.ask === 'search' || question.ask === 'when');
    const latest = ((question.ask === 'latest' && question.time === 'latest') || next) && question.words.wants.includes('outcome');
    // "who got in to steering in 2023" (not who gave a talk): answered by a results post only when it ranks first. Not
    // "who is the toc chair": who was elected to a body is not who chairs it. Nor "哪两位受到表彰", which asks of no
    // vote, body or award: the sentence that says what it asks answers, not the award a sentence beside it tells.
    const decided = asksGovernance(question) || DECIDED.test(question.rest);
    // The first passage may be the opening of the results post, naming no one, whose next passage names them ("who are
    // the 2026 toc members"); one that names people (the election officers) is what the who line quotes.
    const top = ranked.slice(0, 1)[0]?.passage;
    const announces = top !== undefined && (top.facts.outcome || (!seatsIn(question.rest).length && (this.passagesOf(top.postId) ?? []).some((passage) => passage.facts.outcome)));
    // Nor "who left the steering committee in 2025": those thanked as their terms end, not those elected, answer.
    // Or "who got the community seats in 2025" when that year's results were posted in the other language alone: the
    // call for candidates in the question's language that ranks first names no one elected; the other's results answer.
    const posted = (): boolean => announces || (this.#postedElsewhereOnly(question) && this.#named(question, false) !== undefined);
    const who = question.ask === 'who' && decided && !question.aboutTalks && !namesPart(question.rest) && !leftAsked(question.rest) && !authorAsked(question.rest) && posted();
    if (question.ask !== 'results' && !latest && !who) return undefined;
    // "istio 申请进 cncf 结果如何": the outcome of something else than a vote or an award; who won is no answer.
    if (question.ask === 'results' && !asksGovernance(question) && !DECIDED.test(question.rest)) return undefined;
    const following = this.#following(question);
    // The election after the one named left no results post of its own: no line, rather than another's results.
    if (following && !following.post) return undefined;
    const head = ranked.slice(0, who ? 1 : OUTCOME_DEPTH).map(({ passage }) => passage);
    const year = head[0]?.date?.slice(0, 4);
    const candidates = head.filter((passage) => passage.lang === question.lang && (!latest || passage.date?.slice(0, 4) === year));
    // A question that names the year and the body is answered by that results post wherever it ranks: in the question's
    // language when there is one (its passages may rank below others of that year), else in the other, marked.
    const named = (own: boolean) => (latest ? undefined : this.#named(question, own));
    const best = following?.post ?? this.#best(question, candidates) ?? named(true) ?? named(false);
    if (!best) return undefined;
    // "who was the runner-up": the sentence that names who came second, not the winners; no line when the post names none.
    if (saysRunnerUp(question.rest)) {
      const second = runnerUpSaid(this.passagesOf(best.passage.postId) ?? [], (word) => this.#outcomes.mostlyLower(word));
      return second && { direct: { text: TITLED[best.passage.lang](best.passage.title, second.sentence), url: second.passage.url, lang: best.passage.lang }, ranked: firstOf(ranked, second.passage) };
    }
    // Two passages of a post may open with the same sentence: it is quoted once.
    const sentences = [...new Set(best.said.map(({ sentence }) => sentence.trim()))];
    let text = sentences[0] as string;
    // A list cut into two passages repeats its lead-in in each ("…two new members: John Howard…", "…two new members:
    // Brian Avery…"): the items after the first are quoted without it, so that the line has room to name them all.
    const lead = LIST_LEAD.exec(text)?.[0];
    for (const sentence of sentences.slice(1)) {
      const item = lead && sentence.startsWith(lead) ? sentence.slice(lead.length).trim() : sentence;
      const longer = `${text}${best.passage.lang === 'zh' ? '' : ' '}${item}`;
      if (longer.length > MAX_LINE) break;
      text = longer;
    }
    const first = (best.said[0] as ResultsPost['said'][number]).passage;
    const titled = TITLED[best.passage.lang](best.passage.title, text);
    const direct = { text: next && !following ? NONE_NEXT[best.passage.lang](titled) : titled, url: first.url, lang: best.passage.lang };
    // "when does voting start for the next election": the newest call's passage that dates the step comes first, beside the line.
    const step = next && !following && electionStepAsked(question.rest) ? stepDated(ranked, best.passage) : undefined;
    return { direct, ranked: firstOf(ranked, step ?? first) };
  }

  /**
   * Of the passages' results posts of the year asked about, the one whose title names the body the
   * question names (the Steering Committee's, not the TOC's, whose post names the Steering Committee
   * too), else the one whose title names the most of the question.
   */
  #best(question: Question, passages: readonly Passage[]): ResultsPost | undefined {
    const { years } = question.entities;
    const body = bodyTitleOf(question);
    // "who holds the contribution seats": the post of the one kind of seat asked about. The community seats' results
    // name who was elected to other seats than the contribution seats asked about: no answer.
    const [seat, otherSeat] = seatsIn(question.rest);
    const award = awardAsked(question);
    const awardName = awardNamed(question);
    const otherSeats = (text: string): boolean => seat !== undefined && otherSeat === undefined && !seatsIn(text).includes(seat) && seatsIn(text).length > 0;
    const posts: ResultsPost[] = [];
    for (const passage of passages) {
      // Another year's election than the one asked about, another body's, or another place's awards answer nothing.
      if ((years.length && !years.includes(Number(passage.date?.slice(0, 4)))) || elsewhere(question, passage)) continue;
      if ((body && !body.test(passage.title)) || posts.some((post) => post.passage.postId === passage.postId)) continue;
      // "who won the community award": an election's results post names who was elected, not who won an award.
      if (award && ANY_BODY_TITLE.test(passage.title)) continue;
      // Asked of one award ("the end user award"), another's winners are no answer: only the sentences that name it. Nor,
      // asked of one kind of seat, a sentence that names only the other ("华为获得了两个贡献席位" for the community seats).
      const said = (this.passagesOf(passage.postId) ?? []).flatMap((one) => this.#outcomes.sentences(one.text).flatMap((sentence) => (namesAward(sentence, awardName) && !otherSeats(sentence) ? [{ sentence, passage: one }] : [])));
      if (said.length && !otherSeats([passage.title, ...new Set(said.map((one) => one.passage.text))].join(' '))) posts.push({ passage, said });
    }
    const named = (post: ResultsPost): number => titleNames(question, post.passage.title);
    return posts.reduce<ResultsPost | undefined>((kept, post) => (!kept || named(post) > named(kept) ? post : kept), undefined);
  }

  /**
   * "the steering election after the 2020 one", "2025 年那次之后又选了一次吗", "the toc vote before the 2026 one": the
   * results post of the nearest year after (before) the one named that has one, of the body the question names (of
   * some body when it names none: an event's awards are no election). Without `post` when that year's post is news of
   * two bodies (2021's "Steering and TOC updates" announced the Steering vote and gave the TOC's results); none when
   * the question names no election after or before a year (or before the newest, "the toc vote before last"), or none
   * followed (the latest is then said).
   */
  #following(question: Question): { post?: ResultsPost } | undefined {
    const [named, otherYear] = question.entities.years;
    const after = afterAsked(question.rest);
    const before = !after && beforeAsked(question.rest);
    if (otherYear !== undefined || !namesElection(question.words) || !(after || before)) return undefined;
    const body = bodyTitleOf(question) ?? ANY_BODY_TITLE;
    const yearOf = (passage: Passage): number => Number(passage.date?.slice(0, 4));
    // Some years' results were posted in one language only: the year beside it is read from both.
    const results = this.#passages.filter((passage) => passage.facts.outcome && body.test(passage.title));
    // "the toc election before last", "上上届选举": before the newest one, when no year is named.
    const year = named ?? (before && results.length ? Math.max(...results.map(yearOf)) : undefined);
    if (year === undefined) return undefined;
    const beside = results.filter((passage) => (after ? yearOf(passage) > year : yearOf(passage) < year));
    if (!beside.length) return undefined;
    const first = after ? Math.min(...beside.map(yearOf)) : Math.max(...beside.map(yearOf));
    const ofFirst = beside.filter((passage) => yearOf(passage) === first);
    const own = ofFirst.filter((passage) => passage.lang === question.lang);
    const post = this.#best({ ...question, entities: { ...question.entities, years: [first] } }, own.length ? own : ofFirst);
    return post && bodiesTitled(post.passage.title) === 1 ? { post } : {};
  }

  /**
   * "the first steering election", "第一次指导委员会选举": the question as asked of the earliest year whose results of the body
   * it names (of any body when none) the posts hold; itself when it asks of no first election, or names a year.
   */
  #firstYear(question: Question): Question {
    if (question.time !== 'first' || question.entities.years.length || !saysElection(question.words)) return question;
    const body = bodyTitleOf(question) ?? ANY_BODY_TITLE;
    const years = this.#passages.filter((passage) => passage.facts.outcome && body.test(passage.title)).map((passage) => Number(passage.date?.slice(0, 4)));
    return years.length ? { ...question, entities: { ...question.entities, years: [Math.min(...years)] } } : question;
  }

  /**
   * "latest steering election winners", "toc 最近一次选举的结果": the question as asked of the newest year of an election of
   * the body it names (of any when none), whose results answer, not an older post whose title says "Winners" ranked above
   * them; none when that election has no results yet. "who won the steering election", "community seat results", asked
   * of no year nor time, are asked of the newest election that has results: the one a member asking means, not whichever
   * year's post ranks first. Itself when it asks of no election's results, or names a year.
   */
  #newestYear(question: Question): Question {
    if (question.entities.years.length) return question;
    const latest = question.ask === 'results' && question.time === 'latest' && saysElection(question.words);
    const unnamed = question.time === null && (question.ask === 'results' || (question.ask === 'who' && DECIDED.test(question.rest))) && onlyElectionNamed(question.words, question.entities.years);
    if (!latest && !unnamed) return question;
    const body = bodyTitleOf(question) ?? ANY_BODY_TITLE;
    const years = this.#passages.filter((passage) => passage.date && body.test(passage.title) && (latest || passage.facts.outcome)).map((passage) => Number(passage.date?.slice(0, 4)));
    return years.length ? { ...question, entities: { ...question.entities, years: [Math.max(...years)] } } : question;
  }

  /**
   * The results post of the year asked about and of the body it names, in the question's language (`own`) or the
   * other, when the question names both: without them, a post found outside the ranking could be any election's.
   */
  #named(question: Question, own: boolean): ResultsPost | undefined {
    if (!question.entities.years.length || !bodyTitleOf(question)) return undefined;
    const announcing = this.#passages.filter((passage) => (passage.lang === question.lang) === own && passage.facts.outcome);
    return this.#best(question, announcing);
  }

  /** Whether the posts in the question's language hold no results of the body and the year it names (some years' were posted in one language). */
  #postedElsewhereOnly(question: Question): boolean {
    const body = bodyTitleOf(question);
    const { years } = question.entities;
    if (!body || !years.length) return false;
    return !this.#passages.some((passage) => passage.lang === question.lang && passage.facts.outcome && body.test(passage.title) && years.includes(Number(passage.date?.slice(0, 4))));
  }

  /** A post's passages in order (built for every post when first asked). */
  passagesOf(postId: string): Passage[] | undefined {
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

/** How far down the ranking the passage quoted is looked for before it is added on top. */
const FIRST_DEPTH = 50;

/**
 * Of the passages ranked, the first of the year and language of the newest results (`results`) that dates a step of the
 * election ("Nominations are due by March 6", "投票将于 3 月 9 日开始"): the call for candidates' own words.
 */
function stepDated(ranked: RankedPassages, results: Passage): Passage | undefined {
  const year = results.date?.slice(0, 4);
  return ranked
    .slice(0, FIRST_DEPTH)
    .map(({ passage }) => passage)
    .find((passage) => passage.lang === results.lang && passage.date?.slice(0, 4) === year && passage.facts.date && !passage.facts.outcome && electionStepAsked(passage.text));
}

/** `ranked` with `passage` first: moved up from where it ranks, or put on top (another language's). */
function firstOf(ranked: RankedPassages, passage: Passage): RankedPassages {
  const head = ranked.slice(0, FIRST_DEPTH);
  if (head[0]?.passage.id === passage.id) return ranked;
  const found = head.find((one) => one.passage.id === passage.id);
  const top: Ranked = found ?? { passage, score: head[0]?.score ?? 0, terms: () => [] };
  const reordered = [top, ...head.filter((one) => one !== found)];
  const length = ranked.length + (found ? 0 : 1);
  return {
    length,
    slice: (start = 0, end = length) => (end <= reordered.length ? reordered.slice(start, end) : [...reordered, ...ranked.slice(head.length, end - (found ? 0 : 1))].slice(start)),
  };
}
