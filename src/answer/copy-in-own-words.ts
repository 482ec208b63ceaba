/**
 * "上海 certificate enhancing", "北京 hot upgrade 议题": a Chinese question typing the English words of a talk's title.
 * The Chinese copy of the post tells that talk in its own words, which hold none of them, so the search finds the
 * event's overview instead; the Chinese passage that tells the talk ("由 Chaomeng Zhang（华为）主讲", its speakers as the
 * talk lists them) is the one meant. Pure, given the programme and the passages.
 */
import type { Ranked } from '../find/index.js';
import type { Passage, Talk } from '../model/index.js';
import type { Question } from '../understand/index.js';
import type { Programme } from './programme.js';
import { colocatedNames } from '../domain/index.js';

const LATIN_WORD = /^[a-z][a-z0-9-]*$/;

/** Each talk's Chinese passage, found once: the first of its event's that says the talk is given by its speakers. */
const TOLD_IN = new WeakMap<Talk, Passage | null>();

function toldIn(talk: Talk, passages: readonly Passage[]): Passage | null {
  let told = TOLD_IN.get(talk);
  if (told === undefined) {
    const events = new Set(talk.event ? [talk.event, ...colocatedNames(talk.event)] : []);
    // "由 X 主讲": the item of the talk, as the Chinese event pages write it, not a passage naming its speaker as a host.
    const [first] = talk.speakers;
    const tells = (passage: Passage): boolean => passage.text.includes(`由 ${first}`) && talk.speakers.every((speaker) => passage.text.includes(speaker));
    told = first ? (passages.find((passage) => passage.lang === 'zh' && passage.event !== null && events.has(passage.event) && tells(passage)) ?? null) : null;
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
  const all = programme.all('en');
  const talks = all.filter((talk) => titled(talk, latin));
  const [talk, ...others] = talks;
  if (!talk || others.some((other) => other.title !== talk.title)) return undefined;
  // Told already among the first (by any copy of it: the programme's lists hold merged copies).
  const same = (told: Talk): boolean => told.title === talk.title || told.titles.en === talk.title;
  if (head.some(({ passage }) => programme.told(passage).some(same))) return undefined;
  // A speaker who gave another talk there (a chair's keynote) names no one of them: "由 Mitch Connors" is either.
  if (all.some((other) => other.event === talk.event && other.title !== talk.title && other.speakers.some((speaker) => talk.speakers.includes(speaker)))) return undefined;
  const passage = toldIn(talk, passages);
  if (!passage) return undefined;
  return head.find((one) => one.passage.id === passage.id) ?? { passage, score: head[0]?.score ?? 0, terms: () => [] };
}
