/**
 * "who will be a kubecon co-chair", "谁将担任…": asked of what is to come, the who line quotes a sentence that says it is to
 * come ("Lin Sun … will serve as an upcoming KubeCon co-chair"), when one of the first passages has one, not one that says
 * who holds the part now ("Faseela K, one of the KubeCon co-chairs"). Pure.
 */

/** A question asking of what is to come: "will", "going to", 将, 即将 (not 将近, "nearly"). */
const COMING_ASKED = /(?<![\p{L}])(?:will|going\s+to)(?![\p{L}])|即将|将(?!近)/iu;

/** A sentence saying something is to come: "will serve", "an upcoming co-chair", "将担任", "即将". */
const COMING_SAID = /(?<![\p{L}])(?:will|upcoming|incoming|future)(?![\p{L}])|即将|将(?!近)/iu;

export function comingAsked(text: string): boolean {
  return COMING_ASKED.test(text);
}

export function saysComing(sentence: string): boolean {
  return COMING_SAID.test(sentence);
}
