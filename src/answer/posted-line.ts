/**
 * "when did istio graduate from the cncf", "istio 什么时候从 cncf 毕业": asked when a piece of news happened that no
 * event is and no passage dates, the post that announces it is the answer, and the day it was posted is its date:
 * "Announcing Istio's graduation within the CNCF: posted on 12 July 2023", and that passage shown first. Only of a
 * post on the first page whose title names every word asked, and whose passage says no date of its own and tells the
 * news as happening now; else the sentence of the first passage that dates the news (`dated-line.ts`). Pure.
 */
import type { RankedPassages } from '../find/index.js';
import { analyze } from '../store/index.js';
import type { Question } from '../understand/index.js';
import { datedLine } from './dated-line.js';
import { formatDates } from './event-dates.js';
import type { Lead } from './page.js';

/**
 * The project's own name, in every title, and the verbs of telling news ("when was X announced", "什么时候宣布的"): naming
 * them says nothing of which news is asked, and an announcement's title says the news, not that it is announced.
 */
const EVERY_TITLE = new Set(analyze('istio announce announced announcement unveiled 宣布 公布 官宣'));

const POSTED = {
  en: (title: string, date: string) => `${title}: posted on ${date}`,
  zh: (title: string, date: string) => `${title}：发布于 ${date}`,
} as const;

/**
 * How an announcement says its news happens as it is posted ("Istio is now…", "excited to unveil … today", "现已成为");
 * a post that announces something to come ("an all day live stream on August 17th") is dated by its own text instead.
 */
const HAPPENS_NOW =
  /\b(?:now|today)\b|\b(?:delighted|excited|pleased|happy|thrilled|proud)\s+to\s+(?:announce|share|unveil|welcome|introduce)\b|现已|今天|今日|很高兴地?(?:宣布|分享)/i;

/**
 * A post that says the project applied for something ("Istio has applied to become a CNCF project", "已申请成为") announces
 * the application, not the thing applied for: it dates "when did istio apply", not "when did istio become a cncf project".
 */
const APPLYING = new Set(analyze('apply applied applies applying application applications 申请'));

/**
 * Joining, becoming a member, and being accepted as one, said in a question or a title: "when did istio become a cncf
 * project" is answered by "Announcing Istio's acceptance as a CNCF project", "什么时候加入 cncf" by "CNCF 正式接受 Istio".
 */
const JOINING = new Set(analyze('join joined joins joining become became becomes accept accepted acceptance admitted 加入 成为 接受'));

/**
 * How far down the ranking the announcement is looked for: the first page and two more. "istio 什么时候毕业的" ranks two
 * recaps that mention the graduation above the announcement, whose title alone names it.
 */
const POSTED_DEPTH = 5;

export function postedLine(question: Question, ranked: RankedPassages): Lead | undefined {
  if (question.ask !== 'when' || question.time !== null) return undefined;
  const groups = question.words.groups.filter((group) => !group.alternatives.every((terms) => terms.every((term) => EVERY_TITLE.has(term))));
  if (!groups.length) return undefined;
  const applying = groups.some((group) => group.alternatives.some((terms) => terms.some((term) => APPLYING.has(term))));
  // The title names what is asked, every word of it (joining by any word of joining); an application only when asked.
  const announces = ({ title }: { title: string }): boolean => {
    const titleTerms = analyze(title);
    if (!applying && titleTerms.some((term) => APPLYING.has(term))) return false;
    const held = new Set(titleTerms);
    const joins = titleTerms.some((term) => JOINING.has(term));
    return groups.every((group) => group.alternatives.some((terms) => terms.every((term) => held.has(term) || (joins && JOINING.has(term)))));
  };
  const one = ranked
    .slice(0, POSTED_DEPTH)
    .find(({ passage }) => passage.event === null && passage.lang === question.lang && passage.published !== null && !passage.facts.date && HAPPENS_NOW.test(passage.text) && announces(passage));
  const posted = one?.passage.published;
  // No post announces it as it happens: the first passage may say the day in the sentence that tells it.
  if (!one || !posted) return datedLine(question, ranked, groups);
  const direct = { text: POSTED[question.lang](one.passage.title, formatDates(posted, null, question.lang)), url: one.passage.postUrl, lang: question.lang };
  return one === ranked.slice(0, 1)[0] ? { direct } : { direct, first: one };
}
