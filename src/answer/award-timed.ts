/**
 * "who won the first chop wood carry water award", "最近一次顶级提交者奖得主": an award the posts tell in several years
 * (2023's and 2025's Chop Wood Carry Water award) asked of its first or latest time is answered by the sentence of the
 * earliest (newest) post that names it and who got it, wherever that post ranks: the ranking favours the newest recap,
 * whose winners are not the first ones.
 */
import type { Outcomes } from '../facts/index.js';
import type { Passage } from '../model/index.js';
import { awardNamed, type Question } from '../understand/index.js';
import { elsewhere } from './elsewhere.js';
import { namesAward } from './word-share.js';

/** A sentence that announces who got something, and its passage. */
export interface Said {
  sentence: string;
  passage: Passage;
}

/** Every announcing sentence of the passages, read once per corpus (only when an award is asked of its first or latest time). */
const ANNOUNCED = new WeakMap<readonly Passage[], Said[]>();

function announced(passages: readonly Passage[], outcomes: Outcomes): Said[] {
  let said = ANNOUNCED.get(passages);
  if (!said) {
    said = passages.filter((passage) => passage.facts.outcome).flatMap((passage) => outcomes.sentences(passage.text).map((sentence) => ({ sentence, passage })));
    ANNOUNCED.set(passages, said);
  }
  return said;
}

/** The sentence that names the award asked about and who got it, the first or latest time; none when no post names it. */
export function timedAward(question: Question, passages: readonly Passage[], outcomes: Outcomes): Said | undefined {
  const { time } = question;
  if ((time !== 'first' && time !== 'latest') || question.entities.years.length) return undefined;
  const award = awardNamed(question);
  if (!award.length) return undefined;
  const dated = announced(passages, outcomes).filter(({ sentence, passage }) => passage.lang === question.lang && passage.date && !elsewhere(question, passage) && namesAward(sentence, award));
  // The earliest (newest) post; of its sentences, the first.
  return dated.reduce<Said | undefined>((kept, one) => {
    if (!kept) return one;
    const [date, keptDate] = [one.passage.date ?? '', kept.passage.date ?? ''];
    return (time === 'first' ? date < keptDate : date > keptDate) ? one : kept;
  }, undefined);
}
