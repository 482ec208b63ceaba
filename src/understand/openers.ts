/**
 * What people type before a question in a chat, which says nothing of it: "so who's izzy", "ok so what is the TOC",
 * "hey, wat's contribfest", "btw what does CNCF stand for", "and who won?", "对了，ContribFest 是啥", "话说 izzy 是谁".
 * The readings that look at how a question opens ("who's…", "what's…", "谁是…") read it without them.
 */
const OPENER = /^\s*(?:(?:so|ok|okay|hey|hi|hello|um+|uh+|hm+|btw|also|and|but|oh|well|quick question)(?![\p{L}\p{N}'’])[\s,，:：.!-]*)+|^\s*(?:(?:对了|话说|所以|那么|另外|顺便问一下|请问)[\s,，:：]*)+/iu;

/** The question without the words that open it and ask nothing; the question as typed when nothing else is left. */
export function withoutOpener(text: string): string {
  const rest = text.replace(OPENER, '');
  return rest.trim() ? rest : text;
}
