/**
 * "who got awarded at the chicago keynote", "开场时被表彰的社区成员有谁": asked who was recognised, honoured or given an
 * award, the people a sentence says were are the answer, not the speakers of the talk where it happened ("Opening keynote,
 * by Faseela K and Zack Butcher") nor another sentence holding the question's other words ("活动由…开场"). Pure.
 */

/** Being recognised for one's work, as a question asks it and the posts say it (en, zh). */
const HONOURED =
  /(?<![\p{L}])(?:recogni[sz](?:ed|ing)|honou?red|awarded|awards?|prizes?)(?![\p{L}])|表彰|嘉奖|获奖|得奖|颁奖|奖项/iu;

/** Whether a question asks who was recognised or given an award. */
export function honourAsked(text: string): boolean {
  return HONOURED.test(text);
}

/** Whether a sentence says someone was recognised or given an award ("were recognised at the opening keynote", "受到表彰"). */
export function saysHonoured(sentence: string): boolean {
  return HONOURED.test(sentence) || AWARD_SAID.test(sentence);
}

/** An award named in Chinese by its last character ("Chop Wood Carry Water” 奖", "最终用户奖"), not the 奖 of 奖金 or 奖品. */
const AWARD_SAID = /奖(?![金品券])/u;
