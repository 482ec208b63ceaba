/**
 * Asked who came second in a vote ("the runner-up", "亚军"), the results post's winners are no answer: the line quotes the
 * sentence of that post that names the runner-up ("The first runner-up from the election was Kebe Liu from DaoCloud, who
 * will join with their newly allocated Contribution Seat.", "本次选举的第二名是来自 DaoCloud 的 Kebe Liu（刘齐均）…"),
 * often a footnote far below the winners; not one that only says the runners-up fill a vacancy without naming them.
 */
import type { Passage } from '../model/index.js';
import { RUNNER_UP_SAID, saysRunnerUp } from '../understand/index.js';
import { MAX_SENTENCE, sentencesOf } from './sentences.js';

export interface RunnerUp {
  sentence: string;
  passage: Passage;
}

/** Two or more capitalised words in a row ("Kebe Liu", "Community Seat"): a name when none is a word prose writes in lower case. */
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)+(?!\p{L})/gu;

/**
 * The first sentence of a post's passages that names who came second in its vote, or undefined. `mostlyLower`: whether
 * the corpus writes a word in lower case more often than not ("seat" of "Community Seat"; not "kebe", whatever the handle
 * "kebe7jun" beside the name).
 */
export function runnerUpSaid(post: readonly Passage[], mostlyLower: (word: string) => boolean): RunnerUp | undefined {
  // The name said after the word, as the posts say who it was ("the runner-up … was Kebe Liu", "第二名是…Kebe Liu"): a vacancy
  // "allocated to the runner-up" after a "Community Seat holder" names no one.
  const named = (sentence: string): boolean => {
    const after = sentence.slice(sentence.search(RUNNER_UP_SAID));
    return [...after.matchAll(CAPITALISED)].some(([run]) => run.split(/\s+/).every((word) => !mostlyLower(word)));
  };
  for (const passage of post) {
    if (!saysRunnerUp(passage.text)) continue;
    const sentence = sentencesOf(passage.text).find((one) => one.length <= MAX_SENTENCE && saysRunnerUp(one) && named(one));
    if (sentence) return { sentence, passage };
  }
  return undefined;
}
