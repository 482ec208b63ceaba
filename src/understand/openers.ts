/**
 * What people type before a question in a chat, which says nothing of it: "so who's izzy", "ok so what is the TOC",
 * "hey, wat's contribfest", "btw what does ICA stand for", "and who won?", "sorry if this is a dumb question but…",
 * "对了，ContribFest 是啥", "话说谁是 izzy", "不好意思，…", "谁能讲讲…" (anyone who can: no one is asked for).
 * The readings that look at how a question opens ("who's…", "what's…", "谁是…") read it without them.
 */
/**
 * An apology or a hedge before the question ("sorry if this is a dumb question but", "noob question:", "sorry,"): it
 * says how the asker feels about asking, nothing of what is asked, and its words ("dumb", "question") name no topic.
 */
const HEDGE = String.raw`(?:sorry|apologies|sry)(?:\s+(?:if|for)\s+(?:this\s+is\s+|the\s+)?(?:an?\s+)?(?:dumb|silly|stupid|noob|newbie|basic|naive|obvious)\s+(?:question|q))?(?:\s+but)?|(?:an?\s+)?(?:dumb|silly|stupid|noob|newbie|basic|naive|obvious)\s+(?:question|q)(?:\s+but)?`;
const OPENER = new RegExp(String.raw`^\s*(?:(?:so|ok|okay|hey|hi|hello|um+|uh+|hm+|btw|also|and|but|oh|well|quick question|${HEDGE})(?![\p{L}\p{N}'’])[\s,，:：.!-]*)+|^\s*(?:(?:对了|话说|所以|那么|另外|顺便问一下|请问|不好意思|打扰一下|弱弱地?问一下|小白问一下|新手问一下|(?:有)?谁能|有人能|哪位(?:大佬)?能|帮忙)[\s,，:：]*)+`, 'iu');

/** The question without the words that open it and ask nothing; the question as typed when nothing else is left. */
export function withoutOpener(text: string): string {
  const rest = text.replace(OPENER, '');
  return rest.trim() ? rest : text;
}
