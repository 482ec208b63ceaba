/**
 * "上海 certificate enhancing", "北京 hot upgrade 议题": a Chinese question typing the English words of a talk's title.
 * The Chinese copy of the post tells that talk in its own words, which hold none of them, so the search finds the
 * event's overview instead; the Chinese passage that tells the talk, naming its speakers as the talk lists them, is the
 * one meant. Pure, given the programme and the passages.
 */
import type { Ranked } from '../find/index.js';
import type { Passage, Talk } from '../model/index.js';
import type { Question } from '../understand/index.js';
import type { Programme } from './programme.js';
import { colocatedNames } from '../domain/index.js';

const LATIN_WORD = /^[a-z][a-z0-9-]*$/;

/** Each talk's Chinese passage, found once: the first of its event's that names every speaker as the talk lists them. */
const TOLD_IN = new WeakMap<Talk, Passage | null>();

function toldIn(talk: Talk, passages: readonly Passage[]): Passage | null {
  let told = TOLD_IN.get(talk);
  if (told === undefined) {
    const events = new Set(talk.event ? [talk.event, ...colocatedNames(talk.event)] : []);
    told = talk.speakers.length ? (passages.find((passage) => passage.lang === 'zh' && passage.event !== null && events.has(passage.event) && talk.speakers.every((speaker) => passage.text.includes(speaker))) ?? null) : null;
    TOLD_IN.set(talk, told);
  }
  return told;
}

/**
 * For a Chinese search or talks question whose Latin words (two or more) a single talk's English title holds, every
 * one, when none of the first passages tells it: its Chinese passage, to show first; none otherwise.
 */
export function copyInOwnWords(question: Question, head: readonly Ranked[], programme: Programme, passages: readonly Passage[], titled: (talk: Talk, words: readonly (readonly string[][])[]) => boolean): Ranked | undefined {
  if (question.lang !== 'zh' || (question.ask !== 'search' && question.ask !== 'talks')) return undefined;
  const latin = question.words.groups.filter((group) => LATIN_WORD.test(group.word)).map((group) => group.alternatives);
  if (latin.length < 2) return undefined;
  const talks = programme.all('en').filter((talk) => titled(talk, latin));
  const [talk, ...others] = talks;
  if (!talk || others.some((other) => other.title !== talk.title)) return undefined;
  if (head.some(({ passage }) => programme.told(passage).includes(talk))) return undefined;
  const passage = toldIn(talk, passages);
  if (!passage) return undefined;
  return head.find((one) => one.passage.id === passage.id) ?? { passage, score: head[0]?.score ?? 0, terms: () => [] };
}
