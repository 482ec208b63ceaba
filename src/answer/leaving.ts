/**
 * How the posts say that someone left a body: thanked "whose terms have now ended", "whose term will be ending now",
 * "bid farewell", "他们的任期现已结束", "任期已满的…", "任期告一段落", "道别". A question that asks who left
 * (`leftAsked`) is answered by such a sentence, not by the winners the same results post names.
 */
const SAYS_LEFT = /(?<![\p{L}\p{N}])(?:terms?\s+(?:\S+\s+){0,3}(?:ended|ending|come\s+to\s+an\s+end|concluded)|farewell|retire(?:d|ment)?|new\s+jobs?)(?![\p{L}\p{N}])|任期\S{0,6}(?:结束|已满|届满|告一段落)|道别|告别|退休/iu;

/** Whether a sentence says that someone's term ended or that they left. */
export function saysLeft(sentence: string): boolean {
  return SAYS_LEFT.test(sentence);
}
