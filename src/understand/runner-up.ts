/**
 * "who was the runner-up of the 2024 steering election", "上次选举的亚军是谁": who came second in a vote, whom a results
 * post names apart from its winners ("The first runner-up from the election was Kebe Liu…", "本次选举的第二名是…"). The
 * same words say it in a question and in a post: runner-up, second place, 亚军 (a chat's word) and 第二名 (the posts').
 */
export const RUNNER_UP_SAID = /(?<![\p{L}\p{N}])(?:runners?[- ]up|second[- ]place|came\s+second|finished\s+second|next\s+highest)(?![\p{L}\p{N}])|亚军|第二名|次高票/iu;

/** Whether `text` (a question or a post's sentence) speaks of who came second in a vote. */
export function saysRunnerUp(text: string): boolean {
  return RUNNER_UP_SAID.test(text);
}
