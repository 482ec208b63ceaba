/**
 * "when does steering voting start", "steering 选举投票啥时候开始": asked when a step of an election falls (the vote, the
 * nominations, a deadline) or when the election itself is (its vote), the sentence of the call for candidates that dates
 * it ("Voting will start on March 9 and last until March 20.", "投票将于 3 月 9 日开始，持续至 3 月 20 日。"), under its
 * post's title, and its passage shown first. Of the year named, else of the newest call among the first passages. From
 * what the posts say: no line when none of them dates the step asked.
 */
import { mentionsDate } from '../domain/index.js';
import type { Ranked, RankedPassages } from '../find/index.js';
import type { Passage } from '../model/index.js';
import { afterAsked, bodyTitleOf, electionItselfAsked, electionStepAsked, namesElection, phrasesOf, type Question } from '../understand/index.js';
import type { Lead } from './page.js';
import { MAX_SENTENCE, sentencesOf, titled } from './sentences.js';

/** How far down the ranking the call that dates the step is looked for: the first page and two more. */
const STEP_DEPTH = 5;

/** The vote, as the calls say it: asked of it, the sentence that dates a step must be the vote's, not the nominations'. */
const VOTING = phrasesOf(['vote', 'votes', 'voting', 'ballot', '投票']);

/** Those an election seated, and their term ("the winners", "the elected members", "任期", "当选者"): asked when they start. */
const SEATED = phrasesOf(['winner', 'winners', 'elected', 'new members', 'term', 'terms', '当选', '当选者', '任期', '新成员']);

/** How a results post says when the elected start ("will serve … starting on September 1, 2023", "任期自…开始"). */
const SERVING = /(?<![\p{L}])(?:start(?:s|ing)?|begin(?:s|ning)?|serv(?:e|es|ing))(?![\p{L}])|任期|开始|就任/iu;

/**
 * "when does the 2023 community seat term begin", "新当选成员任期什么时候开始": the sentence among the first passages (of the
 * body and year named) that dates when those elected start serving, as a results post says it.
 */
function termLine(question: Question, ranked: RankedPassages, passages: readonly Passage[]): Lead | undefined {
  const body = bodyTitleOf({ words: question.words, text: question.rest });
  if (!body) return undefined;
  const years = question.entities.years.map(String);
  // The sentence says who serves from when ("The winners will serve … starting on…"): a call's "voting will start on…" dates no term.
  const dating = (passage: Passage): string | undefined =>
    sentencesOf(passage.text).find((sentence) => sentence.length <= MAX_SENTENCE && SEATED.test(sentence) && SERVING.test(sentence) && mentionsDate(sentence));
  const kept = (passage: Passage): boolean => body.test(passage.title) && (!years.length || years.some((year) => (passage.date ?? '').startsWith(year)));
  return firstDated(question, ranked, passages, kept, dating);
}

/**
 * The line of the first of the first passages in the question's language that `kept` accepts: the sentence `dating` finds
 * in it, else in another passage of its post (the results list the winners, then say when they start).
 */
function firstDated(question: Question, ranked: RankedPassages, passages: readonly Passage[], kept: (passage: Passage) => boolean, dating: (passage: Passage) => string | undefined): Lead | undefined {
  for (const one of ranked.slice(0, STEP_DEPTH)) {
    const { passage } = one;
    if (passage.lang !== question.lang || !kept(passage)) continue;
    const said = dating(passage);
    if (said) return lead(question, one, said, ranked);
    const other = passages.find((each) => each.postId === passage.postId && each.lang === passage.lang && dating(each) !== undefined);
    const told = other && dating(other);
    if (other && told) return lead(question, { passage: other, score: one.score, terms: () => [] }, told, ranked);
  }
  return undefined;
}

/** How a results post says when the next election is ("The next election will be in July 2021", "下一次选举将在 2021 年 7 月举行"). */
const NEXT_ELECTION = /\bnext elections?\b|下一次选举|下次选举|下一届选举/iu;

/** A day, or a month of a year ("in July 2021", "2021 年 7 月"): when the next election is said to be. */
const WHEN_SAID = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?\d{4}\b|\d{4}\s*年\s*\d{1,2}\s*月/u;

/**
 * "the steering election that followed 2020's", "2020 年之后的下一次选举": the sentence of that year's election post, among
 * the first passages or another of its post's, that says when the next one is ("The next election will be in July 2021").
 */
function nextElectionLine(question: Question, ranked: RankedPassages, passages: readonly Passage[]): Lead | undefined {
  const [year, other] = question.entities.years.map(String);
  if (!year || other !== undefined || !namesElection(question.words) || (question.time !== 'next' && !afterAsked(question.rest))) return undefined;
  const body = bodyTitleOf({ words: question.words, text: question.rest });
  const dating = (passage: Passage): string | undefined =>
    sentencesOf(passage.text).find((sentence) => sentence.length <= MAX_SENTENCE && NEXT_ELECTION.test(sentence) && (WHEN_SAID.test(sentence) || mentionsDate(sentence)));
  return firstDated(question, ranked, passages, (passage) => (passage.date ?? '').startsWith(year) && (!body || body.test(passage.title)), dating);
}

export function stepLine(question: Question, ranked: RankedPassages, passages: readonly Passage[]): Lead | undefined {
  const next = nextElectionLine(question, ranked, passages);
  if (next) return next;
  // Asked when those elected start, a step of the call ("nominations will close…") is no answer: the term's line or none.
  if (question.ask === 'when' && electionStepAsked(question.rest) && SEATED.test(question.rest)) return termLine(question, ranked, passages);
  if (question.ask !== 'when' || !namesElection(question.words)) return undefined;
  const voting = VOTING.test(question.rest) || electionItselfAsked(question);
  if (!voting && !electionStepAsked(question.rest)) return undefined;
  const years = question.entities.years.map(String);
  // Of a body named ("toc"), only its own call: the Steering Committee's vote is not the TOC's.
  const body = bodyTitleOf(question);
  const eligible = (passage: Passage): boolean =>
    passage.lang === question.lang && !passage.facts.outcome && (!body || body.test(passage.title)) && (!years.length || years.some((year) => (passage.date ?? '').startsWith(year)));
  const dating = (passage: Passage): string | undefined =>
    sentencesOf(passage.text).find((sentence) => sentence.length <= MAX_SENTENCE && electionStepAsked(sentence) && (!voting || VOTING.test(sentence)) && mentionsDate(sentence));
  // The newest call among the first passages; the sentence that dates the step from the passage found, else from another
  // of its post's (a call dates the nominations in one paragraph and the vote in the next).
  const calls = ranked
    .slice(0, STEP_DEPTH)
    .filter(({ passage }) => eligible(passage))
    .sort((a, b) => (b.passage.date ?? '').localeCompare(a.passage.date ?? ''));
  for (const one of calls) {
    const said = dating(one.passage);
    if (said) return lead(question, one, said, ranked);
    for (const passage of passages) {
      if (passage.postId !== one.passage.postId || passage.lang !== one.passage.lang) continue;
      const other = dating(passage);
      if (other) return lead(question, { passage, score: one.score, terms: () => [] }, other, ranked);
    }
  }
  return undefined;
}

function lead(question: Question, one: Ranked, said: string, ranked: RankedPassages): Lead {
  const direct = { text: titled(question.lang, one.passage.title, said), url: one.passage.url, lang: question.lang };
  return one === ranked.slice(0, 1)[0] ? { direct } : { direct, first: one };
}
