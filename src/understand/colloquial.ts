/**
 * How Chinese is typed in a chat, said the way the word lists of `intents.ts`, `times.ts` and `getting.ts` say it:
 * 哪儿 is 哪里 ("哪儿买", "在哪儿办"), 咋 is 怎么 ("咋领", "咋看"), 啥 (and 撒, as a pinyin keyboard types it) is 什么 ("发啥", "是撒"), 多会儿 and 几时 are 什么时候; and 那几/这几
 * before a measure word point at things already named ("那几场议题": those talks), and 哪几 asks which ones: they count nothing. The things
 * themselves get the posts' names: an event's shirt is a 文化衫 in a chat, a T 恤 in the posts; its programme a 节目单,
 * the posts' 议程; 国内 is 中国. A person's name asked ("主席叫什么名字") is who they are ("主席是谁"); what a thing "是讲什么的" is what it is about (是讲的什么).
 */
const SPOKEN: readonly (readonly [RegExp, string])[] = [
  [/哪儿/gu, '哪里'],
  [/咋/gu, '怎么'],
  [/啥/gu, '什么'],
  // 撒 typed for 啥 by a pinyin keyboard (both sha): "是撒", "干撒", "撒时候". Only where 啥 stands, after a verb that asks or
  // before what it asks; 撒 of the posts' own words (撒哈拉) stands in neither place.
  [/(?<=[是干为有做讲说叫发])撒(?![哈丁])|撒(?=时候|意思|东西|地方|活动)/gu, '什么'],
  [/多会儿?|几时/gu, '什么时候'],
  [/文化衫/gu, 'T 恤'],
  [/节目单/gu, '议程'],
  // 国内 ("at home") is China to a reader of the Chinese posts ("国内的线下活动"); 国内外 ("at home and abroad") names no place.
  [/国内(?!外)/gu, '中国'],
  [/(?<=[那这])几(?=[场个位家天次届])/gu, '些'],
  // "那9个人都有谁", "这三位讲者": a number after 那/这 points at things already said ("those nine"), as 那几 does; it counts
  // nothing asked, and glued to the words around it, made words no post holds.
  [/(?<=[那这])\s*(?:\d{1,3}|[两二三四五六七八九十]{1,2})\s*(?=[个位名家场次届])/gu, '些'],
  // "分享有哪几个", "哪几场演讲": which ones, as 哪些 asks, no count (几个, 几场 count). 哪几位, 哪几家 and 哪几天 stay: who,
  // which companies and which days have their own words.
  [/哪几[个场次篇项期]/gu, '哪些'],
  // "讲 AI 的是哪一场": which one of the talks, said by what it was about (讲 … 的), is which talk (哪场演讲); without 讲,
  // "紧接着芝加哥的是哪一场" asks which event.
  [/(?<=讲[^，,。？?！!]{1,20}的是哪)一?场(?!\p{Script=Han})/gu, '场演讲'],
  // "这本书是讲什么的", "ContribFest 是讲什么的": what a thing is about, as 讲的是什么 asks it, not which talks were given.
  [/是讲什么的/gu, '是讲的什么'],
  // "istiocon china 是谁办的", "谁办的北京 meetup": who ran an event, as the posts' 主办 says it (办 alone is also
  // where or when it was held: "在哪办", "哪天办").
  [/(?<=谁)办(?=的|了)/gu, '主办'],
  // "主席叫什么名字", "讲 Merbridge 的老师叫什么": a person's name asked is who they are, as 是谁 asks it (an event's or a
  // talk's name, "伦敦 ContribFest 叫什么", stays what it is called).
  [/(?<=(?:老师|讲师|嘉宾|主席|主持人|博士生|维护者|成员|负责人|官员|得主|[人者]))(?:的名字|名字)?(?:叫什么名字|叫什么|名字是什么|是什么名字)/gu, '是谁'],
];

export function plainChinese(text: string): string {
  return SPOKEN.reduce((said, [spoken, plain]) => said.replace(spoken, plain), text);
}
