/**
 * What people type around a question in a chat, which says nothing of it. Before it: "so who's izzy",
 * "ok so what is the TOC", "hey, wat's contribfest", "good morning! …", "quick one - …", "btw what does ICA stand for", "and who won?",
 * "does anyone know who izzy is", "hey folks,", "hi all,", "sorry if this is a dumb question but…", "对了，ContribFest 是啥",
 * "话说谁是 izzy", "不好意思，…", "谁能讲讲…" (anyone who can: no one is asked for), "idk what…", "no idea what…". After it:
 * "contribfest? thanks", "izzy 是谁，谢谢", "… lol", "… tbh", and the particle that softens a Chinese question ("izzy 是谁呢").
 * The readings that look at how a question opens or ends ("who's…", "…?", "…是谁") read it without them.
 */
/**
 * An apology or a hedge before the question ("sorry if this is a dumb question but", "noob question:", "sorry,"): it
 * says how the asker feels about asking, nothing of what is asked, and its words ("dumb", "question") name no topic.
 */
const HEDGE = String.raw`(?:sorry|apologies|sry)(?:\s+(?:if|for)\s+(?:this\s+is\s+|the\s+)?(?:an?\s+)?(?:dumb|silly|stupid|noob|newbie|basic|naive|obvious)\s+(?:question|q))?(?:\s+but)?|(?:an?\s+)?(?:dumb|silly|stupid|noob|newbie|basic|naive|obvious)\s+(?:question|q)(?:\s+but)?`;
/** Asking whether someone knows, or saying one wants to know ("does anyone know", "could you let me know", "i'd like to know", "any idea"): the question follows. */
const KNOWING = String.raw`please|pls|plz|(?:does|do)\s+(?:any\s*one|some\s*one|some\s*body|any\s*body|you|u)\s+know|any\s*one\s+know|(?:can|could|would)\s+(?:any\s*one|some\s*one|some\s*body|you|u)\s+(?:please\s+)?(?:tell\s+me|let\s+me\s+know)|let\s+me\s+know|i\s+(?:was\s+)?wonder(?:ing|ed)?|just\s+wondering|(?:i\s*['’]?d|i\s+would|i)?\s*(?:like|want(?:ed)?|need|wanna)\s+(?:to\s+)?know|(?:i\s*['’]?m\s+|i\s+am\s+)?curious|any\s+ideas?|idk|dunno|(?:i\s+)?(?:have\s+)?no\s+idea|(?:i\s*['’]?m\s+)?not\s+sure|i\s+(?:don['’]?t|do\s+not)\s+know`;
/**
 * Saying one is new before the question ("new here,", "i'm new to istio -", "first time here:", "我是新手，", "新人求问",
 * "刚接触 istio，"): who asks, nothing of what is asked. "new" alone is taken only before a pause, so that "new t-shirts at
 * kubecon" keeps it; a Chinese newcomer word only before a pause or 求问, so that "新手指南" keeps it.
 */
const NEWCOMER = String.raw`(?:i\s*['’]?m\s+|i\s+am\s+)?(?:(?:pretty|very|quite|totally|completely|fairly|super|brand|still)\s+)?(?:an?\s+)?(?:new(?:bie|comer)?|noob|beginner)(?:\s+here|\s+to\s+(?:istio|this|the\s+(?:community|project|channel|slack|mesh))|(?=\s*[,，:：.!—–-]))|first\s+time\s+(?:here|posting|poster)`;
const NEWCOMER_ZH = String.raw`(?:我是|本人)?(?:新人|新手|小白|萌新|菜鸟)(?:一枚|一个)?(?:求问|请教|(?=[，,:：]))|刚(?:接触|入门|开始(?:用|学|接触))(?:\s*istio)?(?=\s*[，,:：])|第一次(?:来|用)(?:这里|istio)?(?=\s*[，,:：])`;
/**
 * Saying one wants to know before a Chinese question ("想了解一下 X 是谁", "我想知道 X 在哪", "想确认一下 X 几号"): as "i'd like to
 * know", it frames the question and asks nothing. Taken only when a question word or 吗 follows, so that "想了解一下 IstioCon",
 * a topic alone, stays a request to explain it (PLEASE_EXPLAIN).
 */
const WANTING_ZH = String.raw`(?:我)?(?:很|挺)?想(?:要)?(?:知道|了解|确认|咨询|打听)(?:一下|下)?(?=.*(?:什么|啥|哪|怎么|怎样|如何|几|多少|多久|多长|谁|吗|么|是否|有没有|是不是|能不能|可不可以))`;
/**
 * How a forum post or an email opens in Chinese before its question: addressing the readers ("各位好，", "各位大佬，"), begging
 * pardon ("打扰了，", "冒昧问一下", "劳驾"), asking for help ("求助：", "有个问题想请教："), or asking to be told ("问一下", "想问问",
 * "能否告诉我", "请大家帮忙确认一下"). None names what is asked. 各位 is taken only before a pause or the asking, so that a question
 * about "各位讲者" keeps it.
 */
const COURTESY_ZH = String.raw`各位(?:好|大佬|老师|朋友|同学|前辈)?(?=\s*[，,:：!！]|\s*(?:请|想|问))|打扰(?:了|一下|下)|求助|冒昧(?:地)?问(?:一下|下)?|劳驾(?:问(?:一下|下)?)?|问(?:一下|下)|(?:我)?想问问|有个(?:小)?问题(?:想)?(?:问(?:一下|下)?|请教(?:一下)?)?|(?:想)?请(?:大家|各位)(?:帮忙)?(?:确认|看)(?:一下|下)?|(?:能否|能不能|能|可以|可否|麻烦)(?:你|您)?告诉我(?:一下|下)?(?=.*(?:什么|啥|哪|怎么|怎样|如何|几|多少|多久|谁|有没有|是否))`;
const OPENER = new RegExp(String.raw`^\s*(?:(?:so|ok|okay|(?:hey|hi|hello)(?:\s+(?:folks|guys|all|everyone|everybody|team|people|y['’]?all|there))?|um+|uh+|hm+|btw|also|and|but|oh|well|quick\s+(?:question|qn|q|one)|good\s+(?:morning|afternoon|evening|day)|greetings|${HEDGE}|${KNOWING}|${NEWCOMER})(?![\p{L}\p{N}'’])[\s,，:：.!-]*)+|^\s*(?:(?:您好|你好|大家好|对了|话说|所以|那么|另外|顺便问一下|请问|(?:我)?想请教(?:一下)?|请教(?:一下)?|麻烦问(?:一下|下)|(?:我)?想问(?:一下|下)|不好意思|打扰一下|弱弱地?问一下|小白问一下|新手问一下|(?:有)?谁能|有人能|哪位(?:大佬)?能|帮忙|${NEWCOMER_ZH}|${WANTING_ZH}|${COURTESY_ZH})[\s,，:：]*)+`, 'iu');

/** "有人知道 … 吗", "你知道 … 吗": asking whether someone knows asks the question inside, whose 吗 goes with the frame. */
const KNOWS = /^\s*(?:请问\s*)?(?:有人|有谁|谁|你|您|你们|大家)知道\s*(?<asked>.+?)\s*吗?\s*(?<mark>[?？]*)\s*$/u;

/**
 * "能介绍一下 X 吗", "可以简单讲讲 X 吗", "您方便科普下 X 吗": a polite request to explain asks the explaining inside, whose
 * 吗 goes with the request; "请介绍一下 X", "想了解一下 X" the same without it. "能", "可以", "请" name nothing asked about.
 */
const PLEASE_EXPLAIN = /^\s*(?:请问\s*)?(?:你|您|你们)?\s*(?:能不能|能否|能|可不可以|可以|可否|方便|请|麻烦|我?想)\s*(?:给我|帮我|给大家)?\s*(?:简单|大概|详细|稍微|简要)?地?\s*(?<asked>(?:介绍|讲讲|讲一讲|说说|说一说|科普|解释|了解).+?)\s*(?:吗|么|嘛|呀|啊)?\s*(?<mark>[?？]*)\s*$/u;

/** Thanks and please, and chat's closing "anyway" and "btw", after a question, in either language, and what separates them from it. */
const CLOSER = /(?:[\s,，.。!！~～]*(?:(?<![a-z0-9'’])(?:thanks|thank\s+you|thx|pls|plz|please|cheers|lol|lmao|haha|tbh|anyway|anyways|btw)(?:\s+(?:a\s+lot|so\s+much|in\s+advance))?|谢谢(?:啦|了|你)?|多谢|感谢|麻烦了))+(?<mark>[\s.。!！~～?？]*)$/i;

/**
 * The same chat fillers closing the question before a clause that adds context ("what's izzy anyway, the mascot thing",
 * "when is it btw, the london one"): they ask nothing there either. Only before a comma, so a word that names something stays.
 */
const FILLER_BEFORE_CLAUSE = /\s*(?<![a-z0-9'’])(?:anyway|anyways|btw|tbh|lol)(?=\s*[,，;；])/giu;

/** The particle that softens a Chinese question at its end, before its question mark: 呢, 呀, 啊 ("izzy 到底是谁呀"). */
const SOFTENER = /[呢呀啊](?=\s*[?？]*\s*$)/u;

/** The question without the words that open it and ask nothing; the question as typed when nothing else is left. */
export function withoutOpener(text: string): string {
  const rest = text.replace(KNOWS, '$<asked>$<mark>').replace(OPENER, '').replace(PLEASE_EXPLAIN, '$<asked>$<mark>');
  return rest.trim() ? rest : text;
}

/** The question without the thanks or please after it, nor a final 呢, 呀 or 啊; the question as typed when nothing else is left. */
export function withoutCloser(text: string): string {
  // "what is izzy anyway?": the question mark after the word that closes stays, as it says a term alone is asked about.
  const rest = text.replace(FILLER_BEFORE_CLAUSE, '').replace(CLOSER, (...match) => (match.at(-1) as { mark: string }).mark.replace(/[^?？]/gu, '')).replace(SOFTENER, '');
  return rest.trim() ? rest : text;
}
