/**
 * What people say around a question in a chat, in en and zh: greetings, thanks, addressing the bot,
 * and the frames of a polite request ("could you tell me", "I'd like to know", "any idea where",
 * "请问", "想知道"). They say nothing of what is asked, so they are not searched for: a passage that
 * happens to hold "like" or "idea" answers no better. Index-side stop words stay as they are (these are
 * words of the question only).
 */
/**
 * Watching online ("在线看", "能在线观看吗", "线上看"): asks for a recording. Searched as text, 在线 found the agenda that
 * lists a talk on being 在线 on call, and the talk asked about came second.
 */
const ONLINE_WATCHING = ['在线看', '在线观看', '线上看', '线上观看', '网上看'];
/**
 * How to watch, as the posts say it ("如何观看", "进行观看"): not 观看 alone, which a count of the live stream's viewers
 * holds ("直播观看人数").
 */
const WATCH_WAYS = ['如何观看', '怎么观看', '怎样观看', '哪里观看', '在哪观看', '去哪观看', '观看链接', '观看地址', '观看入口', ...ONLINE_WATCHING];

/**
 * "在哪看", "去哪里看", "哪能看": where to watch, said without naming a video (看 alone also reads). Han phrases match anywhere,
 * so "哪看" holds 在哪看 and 去哪看.
 */
export const WATCHING: readonly string[] = ['在哪看', '在哪里看', '去哪看', '去哪里看', '哪看', '哪里看', '哪儿看', '哪能看', '哪里能看', '哪里可以看', '哪可以看', '哪儿能看', ...WATCH_WAYS];

export const CHAT_WORDS: ReadonlySet<string> = new Set([
  // Greetings, thanks, addressing someone.
  'hi', 'hello', 'hey', 'hiya', 'thanks', 'thank', 'thx', 'ty', 'pls', 'plz', 'bot', 'folks', 'guys', 'anyone', 'someone', 'everyone', 'anybody', 'somebody', 'everybody',
  // The frames of a request: "I'd like to know", "I'm wondering", "any idea", "can you point me to", "I'm looking for".
  'like', 'know', 'wondering', 'wonder', 'curious', 'idea', 'point', 'looking', 'kindly',
  // The frames of a yes-or-no question asked of someone ("tell me whether…", "not sure whether"; "if" is a stop word) and of
  // a need said ("I want to know", "need to plan"), as "like" is.
  'whether', 'want', 'wanna', 'need',
  // What is left of "I'd", "I'm", "I'll", "I've", "you're" once split.
  'd', 'm', 'll', 've', 're',
  // The words that set an aside ("even tho it was online", "although it was virtual"): what follows them is context, they name nothing.
  'even', 'though', 'tho', 'although', 'altho',
  // The adverbs that only stress a request ("where do i actually buy it", "is it really free"): they name no thing asked about.
  'actually', 'really', 'basically', 'honestly',
  // The hedges of a polite request ("where I might purchase", "could you possibly", "perhaps"): they ask nothing more.
  'might', 'possibly', 'perhaps',
  // Chinese.
  '你好', '您好', '大家好', '请问', '请教', '谢谢', '多谢', '麻烦', '想知道', '想问', '想了解', '告诉我', '帮我', '一下',
  // "想问下去年…": 问下 is 问一下, else its 下 clings to what follows (下去年) and hides it.
  '想问下', '请问下', '问下',
  // The particles that end a spoken sentence ("是什么组件呀", "是什么啦"): tone, never a word of what is asked.
  '呀', '啦', '嘛', '哦', '喔', '呐', '咧',
  // Saying that a topic is asked about ("ambient related talks", "AI 推理相关", "和安全有关的分享"): every passage about it
  // is related; one that only says "相关" ("与 Istio 相关的议题") is no more so.
  'related', 'regarding', '相关', '有关', '关于',
  // Asking whether there is any: "anything about wasm?", "is there something on ebpf", "有没有 ebpf 的资料".
  'anything', 'something', '有没有',
  // Pointing back at the event the question names ("上海 istiocon 那天都有谁讲了"): it is named already.
  '那天', '当天', '那次', '那场',
  // Pointing back at a thing named ("海豚那本书", "这件 T 恤"): 那本 is no word of it, and searched it kept only the passages
  // that say 这本书 ("本书") of the book. "哪能买到" asks where it is had ("where can one"), as 哪里 does, a stop word.
  '那本', '这本', '那件', '这件', '哪能',
  // The pointers of speech with their measure words ("kiali 那个 talk", "身份那个演讲", "那位讲者", "那篇博客"): glued inside a run of
  // Han characters they kept the topic before them from being a word of its own ("身份那个" is no term of any post).
  '那个', '这个', '那位', '这位', '那篇', '这篇',
  // The same pointers in the plural, with or without their measure word ("云原生剧场那几场", read 那些场: `colloquial.ts`;
  // "安全那些议题"): glued to the topic before them, they hid it as well.
  ...['那些', '这些'].flatMap((pointer) => [pointer, ...[...'场个位家天次届'].map((measure) => pointer + measure)]),
  // "where to" ("北美 istio day 去哪", "去哪里开"): asks the place, as 在哪 does (`intents.ts`); searched, 去哪 or a lone 去
  // held the passages that say 去 back.
  '去哪', '去哪里',
  // Where to watch ("在哪看", "去哪里看"): asks for a recording (`intents.ts`), and names nothing searched for.
  ...WATCHING,
  // Whether or where a file can be downloaded ("ppt 能下吗", "可以下载吗", "哪下载"): the slides or video named are what is
  // asked; glued to 吗 these made a word of the topic that no talk's title holds (not 下载 alone: "下载量" counts downloads).
  '能下', '能下载', '可以下', '可以下载', '哪下载', '哪里下载', '去哪下载', '去哪里下载', '怎么下载', '如何下载',
]);

/**
 * Characters that, with the stop words, make up the tails of a spoken yes-or-no question ("视频能看吗", "录像是不是都有",
 * "还能报名吗", "会不会办"): a run of Han characters made of them alone names nothing, though glued to the question it was
 * taken for a Chinese wording of a talk's title that no talk shares, and the event's talks went unlisted. Not 求 (要求), 发
 * (发的: published), 得 or 过.
 */
export const YES_NO_CHARS: ReadonlySet<string> = new Set([...'能可么不没还要看会想']);
