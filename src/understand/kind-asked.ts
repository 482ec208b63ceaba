/**
 * "contribfest 啥活动", "istiocon 什么会", "izzy 什么动物", "TOC 什么组织": a Chinese question that names a thing, then asks
 * what kind of thing it is, with the 是 of "是什么活动" left out, as chat drops it. Only the kinds of thing the posts'
 * subjects are: "istio day 什么时候" asks when, "istio day 有什么活动" what it holds, "北京办过什么活动" which
 * events were held there.
 */
const KINDS = ['活动', '会', '会议', '大会', '动物', '组织', '机构', '东西', '项目', '奖', '奖项', '书', '环节', '委员会'];
const KIND_ASKED = new RegExp(String.raw`[\p{L}\p{N}]\s*(?:什么|啥)\s*(?:${KINDS.join('|')})\s*[啊呀吗呢?？]*\s*$`, 'u');
const HOLDING = /(?:有|讲|做|办|举办|包括|包含)(?:过|了)?\s*(?:什么|啥)/u;

/**
 * "istio day 是独立的会议吗", "contribfest 是不是一个活动", "TOC 是不是委员会": whether the thing named is a kind of thing
 * (group `kind`), which what it is says; the kind only ranks.
 */
export const KIND_CONFIRMED = new RegExp(String.raw`(?<=[\p{L}\p{N}])\s*(?:是不是|是否是|是否为|是)\s*(?:一个|一场|一种|个|场|种)?\s*(?:独立|单独|专门)?(?:举办|举行)?的?\s*(?<kind>${KINDS.join('|')})\s*(?:吗|么|嘛)?\s*[啊呀呢?？]*\s*$`, 'u');

/** Whether the question asks what kind of thing the thing it names is, the 是 left out ("X 啥活动"), or whether it is one. */
export function kindAsked(text: string): boolean {
  // KIND_CONFIRMED is only tried on a question that says 是, which every question it reads does.
  return (KIND_ASKED.test(text) && !HOLDING.test(text)) || (text.includes('是') && KIND_CONFIRMED.test(text));
}

/**
 * "is istio day a separate conference?", "is izzy a dolphin": whether the thing named between "is" and "a" (group
 * `subject`) is a kind of thing (group `kind`), asked as a search would be; what it is answers, and the kind only ranks.
 * Not "is there a…", "is it a…", which name nothing, nor "is kubecon a good place to…", which asks a judgement.
 */
export const IS_KIND = /^\s*(?:is|was)\s+(?!(?:there|it|this|that)\s)(?<subject>[^?？]+?)\s+an?\s+(?!(?:good|great|bad|better|best|nice|cool|fun|worthwhile|big|small|long|short)(?![\p{L}]))(?<kind>[^?？]+?)\s*[?？]*\s*$/iu;
