/**
 * "which award did lin sun get", "daniel hawton 拿了什么奖": asked which award a named person got, the line quotes the
 * sentence of a first-page passage that names the person and says what they received ("… John Howard received the Top
 * Committer Award and …", "Lin Sun 和 Faseela K 获得 CNCF 社区 “Chop Wood Carry Water” 奖"), under its post's title. A
 * "who" question is the who line's; without every word of the person's name in the sentence, no line. Pure.
 */
import type { RankedPassages } from '../find/index.js';
import { analyze } from '../store/index.js';
import { AWARD, GETTING_AWARD, type Question } from '../understand/index.js';
import { holds } from './dated-line.js';
import { saysHonoured } from './honoured.js';
import type { Lead } from './page.js';
import { MAX_SENTENCE, sentencesOf, titled } from './sentences.js';

/** Asking which award ("what award", "which awards", "什么奖", "哪个奖项"), not who got one. */
const WHICH_AWARD = /\b(?:what|which)\s+(?:[a-z]+\s+)?awards?\b|(?:什么|哪个|哪些|哪项|啥)奖/iu;

/** The project's own name, in every post: a sentence that names it names no one who got an award. */
const PROJECT = new Set(analyze('istio'));

/** How far down the ranking the sentence is looked for: the first page. */
const AWARD_DEPTH = 3;

export function awardOfLine(question: Question, ranked: RankedPassages): Lead | undefined {
  if (question.ask === 'who' || !WHICH_AWARD.test(question.rest)) return undefined;
  // What is left once the award and the getting of it are set aside: the person asked about.
  const named = question.words.groups.filter(
    (group) => !AWARD.includes(group.word) && !GETTING_AWARD.has(group.word.toLowerCase()) && !group.alternatives.every((terms) => terms.every((term) => PROJECT.has(term))),
  );
  if (!named.length) return undefined;
  const head = ranked.slice(0, AWARD_DEPTH);
  for (const one of head) {
    const { passage } = one;
    if (passage.lang !== question.lang) continue;
    const said = sentencesOf(passage.text).find((sentence) => {
      if (sentence.length > MAX_SENTENCE || !saysHonoured(sentence)) return false;
      const held = new Set(analyze(sentence));
      return named.every((group) => holds(group, held, sentence));
    });
    if (!said) continue;
    const direct = { text: titled(question.lang, passage.title, said), url: passage.url, lang: question.lang };
    return one === head[0] ? { direct } : { direct, first: one };
  }
  return undefined;
}
