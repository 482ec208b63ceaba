/**
 * "when does steering voting start", "steering 选举投票啥时候开始": asked when a step of an election falls (the vote, the
 * nominations, a deadline), the sentence of the call for candidates that dates it ("Voting will start on March 9 and last
 * until March 20.", "投票将于 3 月 9 日开始，持续至 3 月 20 日。"), under its post's title, and its passage shown first. Of
 * the year named, else of the newest call among the first passages. From what the posts say: no line when none of them
 * dates the step asked.
 */
import { mentionsDate } from '../domain/index.js';
import type { Ranked, RankedPassages } from '../find/index.js';
import { bodyTitleOf, electionStepAsked, namesElection, phrasesOf, type Question } from '../understand/index.js';
import type { Lead } from './page.js';
import { MAX_SENTENCE, sentencesOf, titled } from './sentences.js';

/** How far down the ranking the call that dates the step is looked for: the first page and two more. */
const STEP_DEPTH = 5;

/** The vote, as the calls say it: asked of it, the sentence that dates a step must be the vote's, not the nominations'. */
const VOTING = phrasesOf(['vote', 'votes', 'voting', 'ballot', '投票']);

export function stepLine(question: Question, ranked: RankedPassages): Lead | undefined {
  if (question.ask !== 'when' || !namesElection(question.words)) return undefined;
  const voting = VOTING.test(question.rest);
  if (!voting && !electionStepAsked(question.rest)) return undefined;
  const years = question.entities.years.map(String);
  // Of a body named ("toc"), only its own call: the Steering Committee's vote is not the TOC's.
  const body = bodyTitleOf(question);
  let best: { one: Ranked; said: string } | undefined;
  for (const one of ranked.slice(0, STEP_DEPTH)) {
    const { passage } = one;
    if (passage.lang !== question.lang || passage.facts.outcome || (body && !body.test(passage.title)) || (years.length && !years.some((year) => (passage.date ?? '').startsWith(year)))) continue;
    const said = sentencesOf(passage.text).find((sentence) => sentence.length <= MAX_SENTENCE && electionStepAsked(sentence) && (!voting || VOTING.test(sentence)) && mentionsDate(sentence));
    if (said && (!best || (passage.date ?? '') > (best.one.passage.date ?? ''))) best = { one, said };
  }
  if (!best) return undefined;
  const direct = { text: titled(question.lang, best.one.passage.title, best.said), url: best.one.passage.url, lang: question.lang };
  return best.one === ranked.slice(0, 1)[0] ? { direct } : { direct, first: best.one };
}
