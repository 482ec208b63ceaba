/**
 * How people say what they ask, in English and Chinese: `ASKS`, the intent of a question, first match wins. The words
 * of the kind of answer wanted (`WANT_WORDS`: slides, a video, a date) are in `want-words.ts`.
 */
import { withoutNamesAndPlaces } from './not-asking.js';
import { MEANING_WORDS } from './meaning.js';
import { namesPart, WHICH_COMPANY, WHICH_PEOPLE, WHO_ASKS, WHO_ROLES } from './roles.js';
import { CALL_TERMS, HOW_HELD, PAYING, registerRead } from './register-asks.js';
import { GETTING } from './getting.js';
import { phrasesOf } from './phrases.js';
import type { Ask } from './types.js';
import { WANT_WORDS, wantWordsOf } from './want-words.js';
import { WATCHING } from './chat-words.js';

/** How people ask how long an event went on, not how long a talk is. */
const LASTED = ['lasted', 'last for', 'go on for', 'went on for', 'run for', 'ran for', '持续多久', '持续了多久', '持续多长时间', '持续了多长时间', '办了多久', '办了多长时间', '开了多久', '开了多长时间', '举办了多久'];

/** How long ago something was ("how long ago", "how long since", "距今多久", "过去多久"): its date, and the time since. */
const ELAPSED = ['how long ago', 'how long since', 'how long has it been', 'how many days ago', 'how many months ago', 'how many years ago', '多久以前', '多久前', '多长时间以前', '多长时间前', '离现在多久', '距今多久', '距离现在多久', '离今天多久', '多久之前', '多长时间之前', '过去多久', '过了多久', '过去多长时间', '过了多长时间', '到现在多久', '到现在多长时间', '到现在有多久', '到今天多久'];
const ELAPSED_PATTERN = phrasesOf(ELAPSED);

/** Whether the question asks how long ago something was: its line says so ("(20 months ago)"). */
export function elapsedAsked(text: string): boolean {
  return ELAPSED_PATTERN.test(text);
}

/**
 * How long is left until something ("how long until", "how soon", "还有多久", "倒计时"): its date, not a duration, and of
 * the next one (`times.ts`): a countdown is to what is still to come.
 */
export const COUNTDOWN = ['how long until', 'how long till', 'how long til', 'how long is it until', 'how long is it till', "how long's it until", 'how long to go', 'how long left', 'in how many days', 'how many days away', 'how many days to go', 'how much longer', 'how soon', 'how many weeks until', 'how many months until', 'days until', 'days till', 'days left', 'countdown', 'count down', '还有多久', '还要多久', '还剩多久', '还有多长时间', '还要多长时间', '还剩多长时间', '还有几天', '还剩几天', '还有多少天', '还剩多少天', '倒计时'];

/**
 * What the project hands out or sells, and where ("is there an istio merch store"), named in a
 * question about getting it: they ask, and name what is wanted, so they are searched for as well.
 */
export const GOODS = ['merch', 'merchandise', 'swag', 'store', 'shop', '周边', '商店', '网店', '在线商店'];

/** Handed out at the kiosks: words to search for and the topic (`askingWords`, `takingWords`); alone ("kubecon t-shirts?") they ask about getting them, last in `ASKS` ("who sponsored the t-shirts" stays who). */
export const SHIRTS = ['t-shirt', 't-shirts', 'tshirt', 'tshirts', 't shirt', 't shirts', 'shirt', 'shirts', 'tee', 'tees', 't恤', 'T 恤', '衣服'];

/**
 * How people ask whether a vote had more candidates than seats: contested, unopposed, by acclamation, 有竞争, 对手, 差额 (more
 * candidates than seats) or 等额 (as many). Not 竞选 alone, which is standing ("谁竞选了"), nor "competition", a contest of another kind.
 */
const CONTESTED = ['contested', 'uncontested', 'unopposed', 'opposed', 'ran against', 'by acclamation', '有竞争', '没有竞争', '无竞争', '竞争激烈', '对手', '差额', '等额'];

/** How people ask to take part: registering for a conference, or joining in a campaign that needs none. */
export const ATTENDING = ['how to attend', 'how do i attend', 'how can i attend', '怎么参加', '如何参加'];

/**
 * Intents and the words or phrases that signal them, most specific first: the first that the
 * question contains wins. Latin entries match whole words; Han entries match anywhere.
 */
const ASKS: readonly (readonly [Ask, readonly string[]])[] = [
  ['what-is', MEANING_WORDS], // before anything the name holds: "all-access ticket meaning"
  // A talk sent in, said with the verb's other forms ("submitting a talk", "proposing a session"; not "submitted": Google
  // "submitted" Istio's application to the CNCF) or the verbs of a chat ("send a talk", "pitch a talk"), before the talk
  // it names reads as talks; in Chinese the noun first too ("议题提交") and the speaker applying ("讲师申请").
  ['cfp', ['cfp', 'call for proposals', 'call for papers', 'call for speakers', 'submit a talk', 'submit', 'submitting', 'submission', 'submissions', 'propose', 'proposing', 'proposal', 'proposals', 'apply to speak', 'send a talk', 'send in a talk', 'pitch a talk', 'speaker application', 'speaker applications', '征稿', '征集', '截稿', '提交议题', '议题提交', '演讲提交', '投稿', '提案', '申请演讲', '演讲申请', '讲师申请', '讲者申请', '申请讲师']],
  // A draw is how swag is won ("a chance to win some Istio swag"): entering one ("参加抽奖") asks how a thing is got, not how
  // to register for an event. Not "raffle": an English question names the raffle as the thing it asks about ("the raffle
  // at istiocon"), whose word the passage quoted must hold.
  ['buy', ['抽奖']],
  // What it costs to attend is asked of the registration: "does it cost money", "需要买票吗", its price, a discount
  // (not "cost savings": "cost" alone is a topic of talks).
  ['register', ['register', 'registration', 'sign up', 'signup', 'signups', 'sign-up', 'sign-ups', 'enrol', 'enroll', ...ATTENDING, 'ticket', 'tickets', 'pass', 'passes', 'cost money', 'costs money', 'cost anything', 'cost to attend', 'is it free', ...PAYING, 'free to attend', 'free of charge', 'admission', 'fee', 'fees', 'price', 'prices', 'pricing', 'how much does', 'how much is', 'how much are', 'how much do', 'how much was', 'how much were', 'how much did', 'discount', 'discounts', 'promo', 'promo code', 'coupon', 'voucher', 'rsvp', '报名', '注册', '门票', '通票', '购票', '买票', '票价', '收费', '要钱', '多少钱', '费用', '价格', '免费吗', '优惠', '折扣']],
  // Not "order": the order of the talks is no purchase. Swag and merchandise are got, not registered for.
  ['buy', ['buy', 'buying', 'purchase', 'purchasing', 'purchased', 'for sale', 'sold', ...GOODS, '购买', '买', '卖']],
  // After buying: "sold online or only at KubeCon" asks where a thing is sold, not how an event is held; the call's terms after both.
  ['register', HOW_HELD], ['cfp', CALL_TERMS],
  ['results', ['results', 'result', 'outcome', 'outcomes', 'winners', 'won', 'winner', 'elected', 're-elected', 'voted onto', 'voted into', '结果', '获奖', '得主', '获胜', '当选', '连任', '选上', '选出', '入选', '赢得']],
  // Whether a vote was contested, how it went too ("was it contested", "ran unopposed", "有竞争吗", "差额选举"): the results
  // post says so ("elected unopposed", "毫无对手的情况下当选"), before "who" of "谁是新面孔" asks for a name alone.
  ['results', CONTESTED],
  // Who came second is an outcome too ("the runner-up", "亚军", the posts' 第二名), asked of the results post.
  ['results', ['runner-up', 'runners-up', 'runner up', 'second place', '亚军', '第二名']],
  ['schedule', ['schedule', 'sched', 'agenda', 'program', 'programme', 'timetable', 'running order', '日程', '议程', '排期', '时间表', '时间安排', '流程安排', '活动安排', '当天安排', '场次安排', '会议安排', '大会安排', '议题安排', '演讲安排', '具体安排', '整体安排', '活动流程', '会议流程', '大会流程', '当天流程', '具体流程', '整体流程']],
  ['slides', wantWordsOf('slides')],
  // "汇丰那个 keynote 在哪看", "去哪看回放": where to watch a talk is asked of its recording, after slides and the
  // schedule ("议程在哪看" is the schedule's), before the place ("在哪").
  ['video', [...wantWordsOf('video'), ...WATCHING]],
  // Getting a thing (a T-shirt, the book) rather than a link: after slides and video ("where can I get the slides").
  // What was handed out or given away ("送什么" at the kiosk) is got too.
  ['buy', ['where to get', 'where can i get', 'where do i get', 'how to get', 'how do i get', 'how can i get', 'grab', 'pick up', 'giveaway', 'give away', 'given away', 'gave away', 'handed out', 'hand out', '哪里拿', '在哪拿', '哪里领', '在哪领', '怎么领', '如何领', '怎么拿', '领取', '领到', '拿到', '哪里买', '在哪买', '赠送', '送什么', '送啥', '什么送', '送了什么', '发放', '免费领', ...GETTING]],
  // How long ago something was is asked of its date, not a count; so is how long is left until it (a countdown: "how long
  // until", "还有多久"), the days an event ran ("what days", "开几天") and how long it went on ("lasted", "持续多久"; a
  // talk's length is said "how long is"): its dates.
  ['when', [...ELAPSED, ...COUNTDOWN, 'what days', 'which days', 'how many days', '哪几天', '几天', '多少天', ...LASTED]],
  // How long is a count too: of minutes, of years ("10-minute presentation", "two-year terms").
  // "哪几位嘉宾" asks which people, not how many: before "几位".
  ['who', [...WHICH_PEOPLE, ...WHICH_COMPANY]],
  // "去过哪几个城市", "办过的地方有哪些": which places, not how many (before "几个"); the cities an event kind was held in.
  ['where', ['哪几个城市', '哪几座城市', '哪几个地方', '哪几个国家', '哪些地方', '哪个地方', '办的地方', '办过的地方', '举行的地方']],
  // "how long" said as a noun ("lightning talk length", "workshop duration", "时长") asks the same duration.
  ['how-many', ['how many', 'number of', '# of', 'how big', 'how large', 'how long', 'length', 'duration', 'max', 'maximum', 'at most', '多少', '几个', '几位', '几家', '几名', '几场', '几次', '几届', '几种', '多长', '多久', '时长', '几分钟', '几小时', '几个小时', '人数', '数量', '数目', '总数', '最多']],
  // How a vote went, said after "how many" ("how many people turned out" counts them): "how did the toc vote turn out".
  ['results', ['turn out', 'turned out', 'turns out', 'voted in', 'got elected']],
  // The day of the week an event fell on is asked of its date ("那天星期几", "周几", "what weekday").
  ['when', ['when', 'whens', 'date', 'dates', 'what day', 'which day', 'what week', 'which week', 'what month', 'which month', 'what year', 'which year', 'weekday', 'day of the week', '什么时候', '啥时候', '何时', '日期', '时间', '哪天', '哪一天', '几号', '几月', '哪个月', '哪一周', '哪周', '哪个星期', '哪年', '哪一年', '几几年', '星期几', '周几', '礼拜几']],
  // Where an event was: its city, its venue, its address (`not-asking.ts`: when these words ask no such thing).
  ['where', ['where', 'wheres', 'venue', 'venues', 'location', 'locations', 'which city', 'city', 'cities', 'which country', 'what country', 'address', 'which hall', 'what hall', 'which room', 'what room', 'which building', 'what building', 'which hotel', 'what hotel', '哪里', '在哪', '去哪', '地点', '哪个城市', '哪个国家', '哪国', '哪个州', '城市', '地址', '场地', '场馆', '会场', '举办地', '什么地方', '哪个厅', '哪个展厅', '哪个会议室', '哪个房间', '哪个酒店', '哪栋楼']],
  ['who', WHO_ASKS],
  ['talks', ['talk', 'talks', 'session', 'sessions', 'presentation', 'presentations', 'presented', 'presenting', 'talked about', 'lineup', 'line-up', "what's on", 'what is on', 'what was on', '演讲', '议题', '分享', '讲座', '场次', '讲了', '讲过', '讲啥', '讲什么', '有讲', '有人讲', 'case study', 'case studies', '案例']],
  // After talks: "the latest istio day's talks" asks its talks, of the event the time word picks.
  ['latest', ['next', 'upcoming', 'coming up', 'latest', 'recent', 'newest', 'last', 'previous', '下一个', '下个', '下一届', '下届', '下一期', '下期', '下一场', '下一次', '下次', '接下来', '最近', '最新', '上一个', '上一场', '上一届', '上届', '上一期', '上期', '上一次', '上次', '即将']],
  ['what-is', ['what is', "what's", 'whats', 'what exactly is', 'what exactly are', 'what exactly was', 'what exactly were', 'what actually is', 'what even is', 'what even are', 'what even was', 'what are', 'what was', 'what were', 'what does', 'what do', 'what kind of', 'what type of', 'what sort of', 'mean', 'describe', 'explain', 'define', 'definition', 'wtf is', "wtf's", 'tell me about', 'what about', 'how about', 'what happens', 'what goes on', 'never heard of', '介绍一下', '介绍下', '介绍', '科普一下', '科普下', '讲讲', '说说', '解释一下', '解释下', '了解一下', '了解下', 'responsibilities', 'responsibility', 'responsible for', 'duties', 'role of', '什么是', '什么叫', '指什么', '是什么', '叫什么', '叫啥', '什么名字', '啥名字', '是啥', '啥是', '是个啥', '是个什么', '是哪种', '是哪一种', '是哪类', '属于哪种', '什么样', '啥样', '什么意思', '怎么回事', '讲的什么', '讲的啥', '说的什么', '写的什么', '写的啥', '做什么', '做啥', '干什么', '干啥', '干嘛', '负责什么', '负责啥', '负责哪些', '管什么', '管哪些', '职责', '职能',
    // How short or plain the explaining should be, said of a name alone ('ztunnel in simple terms', '一句话解释 waypoint').
    'in simple terms', 'in plain terms', 'in plain english', "in layman's terms", 'in laymans terms', 'in a nutshell', 'eli5', 'in one sentence', 'in one line', '一句话', '通俗易懂', '通俗地讲', '通俗点', '大白话',
    // How one thing differs from another says what it is ('difference between istio day and istiocon').
    'difference between', 'differences between']],
  ['who', WHO_ROLES], // a part played ("sponsor?", "主持人") after what-is: "what does a toc chair do" asks what it is
  ['buy', SHIRTS],
];

/** The phrases that ask when and hold "day" ("what day", "how many days"): they name no Istio Day, whose name holds the word. */
export const DAY_ASKS: readonly string[] = ASKS.filter(([ask]) => ask === 'when')
  .flatMap(([, words]) => words)
  .filter((phrase) => /\s/.test(phrase) && /\bdays?\b/.test(phrase));

/** The English words of the phrases that ask "what is" ("what kind of"): never the subject asked about. */
export const WHAT_IS_WORDS: ReadonlySet<string> = new Set(
  ASKS.filter(([ask]) => ask === 'what-is')
    .flatMap(([, words]) => words)
    .flatMap((phrase) => phrase.split(/[^a-z]+/))
    .filter(Boolean),
);

/** A collection of them all ("视频合集", "录像汇总"): Chinese words read apart in a run of characters (`words.ts`). */
export const COLLECTION_WORDS: readonly string[] = ['合集', '汇总', '全集'];

/** Words that ask for a whole list ("list of talks", "all sessions", "视频合集"): they choose nothing among the talks. */
export const LISTING_WORDS: readonly string[] = ['list', 'lineup', 'line-up', 'all', 'every', 'full', 'complete', 'whole', '列表', '所有', '全部', '哪些', '有哪些', ...COLLECTION_WORDS];

/** Words that ask for a link to what is named ("the sched page", "报名链接"): where to find it, not what it is about. */
export const LINK_WORDS: readonly string[] = ['link', 'links', 'page', 'pages', 'url', 'urls', 'website', 'site', 'webpage', '链接', '网址', '网页', '页面', '网站'];

/**
 * The kinds of talk the posts name ("the opening keynote", "a hands-on workshop", "lightning talks",
 * "主题演讲"): a question saying one is about talks, and the kind is what it asks about, which a
 * talk's title may hold ("Keynote: Platform Building Blocks…").
 */
export const TALK_FORMATS: readonly string[] = ['keynote', 'keynotes', 'workshop', 'workshops', 'panel', 'panels', 'tutorial', 'tutorials', 'poster', 'posters', 'lightning', '主题演讲', '研讨会', '闪电演讲', '圆桌', '海报'];

/** Words that say a question is about talks given (who talked, who presented), beside "who". */
const TALK_WORDS = ['talk', 'talks', 'talked', 'gave', 'spoke', 'speak', 'speaks', 'speaker', 'speakers', 'guest', 'guests', 'presenter', 'presenters', 'panelist', 'panelists', 'panellist', 'panellists', 'session', 'sessions', 'presented', 'presenting', 'presentation', ...TALK_FORMATS, '演讲', '分享', '议题', '讲座', '主讲', '讲者', '讲师', '嘉宾', '演讲人', '分享人', '发言人', '讲了', '讲的', '讲啥', '讲什么', '讲过', '有讲', '有人讲',
  // Remarks that open or close a day are sessions of its programme ("Welcome + Opening Remarks", "欢迎致辞与开幕").
  'remarks', '致辞'];

const PATTERNS = ASKS.map(([ask, words]) => [ask, phrasesOf(words)] as const);
const TALK_PATTERN = phrasesOf(TALK_WORDS);

/** Every English phrase that asks something ("how long ago"), with its words and its whole-word pattern. */
const ASKING_PHRASES = ASKS.flatMap(([, words]) => words.filter((phrase) => /^[a-z' -]+$/.test(phrase) && !SHIRTS.includes(phrase))).map((phrase) => ({
  phrase,
  words: phrase.split(/[\s-]+/),
  pattern: phrasesOf([phrase]),
}));

/** The words of the phrases in `text` that say what is asked ("how long ago": how, long, ago): never its topic. */
export function askingWords(text: string): string[] {
  // A phrase the text does not hold at all needs no test of its Unicode whole-word pattern: the substring test is
  // what keeps this cheap, run for a few hundred phrases on every question.
  const lower = text.toLowerCase();
  return ASKING_PHRASES.filter(({ phrase, pattern }) => lower.includes(phrase) && pattern.test(text)).flatMap(({ words }) => words);
}

/** Every word or phrase that signals any intent. */
export const ASK_WORDS: readonly string[] = ASKS.flatMap(([, words]) => words);

/** Every word or phrase that signals `ask`, over all its entries of `ASKS`. */
export function wordsOf(ask: Ask): string[] {
  return ASKS.filter(([one]) => one === ask).flatMap(([, words]) => words);
}

/** Whether `a` and `b` differ by at most one letter added, dropped or changed ("upcomming", "lastest"). */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/** Whether the question is about talks given ("who talked about…", "演讲"). */
export function talksAsked(text: string): boolean {
  return TALK_PATTERN.test(text);
}

/**
 * "who is this izzy", "lin sun 是谁": who someone or something is, by its name alone (no article, no role: "who is the toc
 * chair" asks who holds a role; no passive, "who was recognised at…" asks who was; nor "who was behind / responsible for /
 * running…", which ask who did it). A description answers, not names.
 */
const WHO_IS = /^\s*(?:who(?:\s*\/\s*what)?(?:'s|’s|\s+is|\s+are|\s+was)\s+(?!(?:the|a|an|on|in|at|from|behind|responsible|involved|\p{L}{3,}ing|\p{L}{3,}ed)\b)[\p{Script=Latin}\d\s.'’-]+|谁是\s*[\p{Script=Latin}\d\s.'’-]+|[\p{Script=Latin}\d\s.'’-]+是谁)[?？]?\s*$/iu;

export function asksWhoIs(text: string): boolean {
  // A part played is no name, with or without an article: "who was election officer for…" asks who played it.
  return WHO_IS.test(text) && !namesPart(text);
}

/**
 * The long words of the intents people type to take part, to get a result or to see the talks or the schedule
 * ("registration", "purchase", "proposals", "outcomes", "sessions", "presentations", "schedule", "timetable"), which a typo
 * or a word cut short leaves recognisable: "registr link", "regsiter", "purchse", "sesions", "schedul", "timetabel". Shorter
 * words are too near other words ("submit" is one letter from "summit", "elected" from "selected").
 */
const TYPED_ASKS: ReadonlySet<Ask> = new Set(['register', 'buy', 'cfp', 'results', 'talks', 'schedule']);
const LONG_ASK_WORDS = ASKS.filter(([ask]) => TYPED_ASKS.has(ask)).flatMap(([ask, words]) =>
  // Not "virtually": "virtual", its stem, names things ("Virtual Kubelet") rather than asking how an event is held.
  words.filter((word) => /^[a-z]{8,}$/.test(word) && !HOW_HELD.includes(word)).map((word) => [ask, word] as const),
);

/** Whether `typed` is `known` cut short (7 letters or more), or one letter or one swap of neighbours from it. */
function typedFor(typed: string, known: string): boolean {
  if (typed.length >= 7 && known.startsWith(typed)) return true;
  return swapped(typed, known) || oneEditApart(typed, known);
}

/** The English words that ask for a video or slides, long enough that two letters swapped leave them recognisable. */
const SWAPPABLE_WANTS = Object.keys(WANT_WORDS).filter((word) => /^[a-z]{5,}$/.test(word) && (WANT_WORDS[word] === 'video' || WANT_WORDS[word] === 'slides'));

/** Whether `typed` is `known` with two neighbouring letters swapped ("sildes", "vidoe"). */
function swapped(typed: string, known: string): boolean {
  if (typed.length !== known.length) return false;
  let at = 0;
  while (at < typed.length && typed[at] === known[at]) at += 1;
  return at < typed.length && typed[at] === known[at + 1] && typed[at + 1] === known[at] && typed.slice(at + 2) === known.slice(at + 2);
}

/** The word asking for a video or slides that `word` mistypes by two swapped letters ("sildes": "slides"), else undefined. */
export function misspeltWant(word: string): string | undefined {
  return word.length >= 5 && !WANT_WORDS[word] ? SWAPPABLE_WANTS.find((known) => swapped(word, known)) : undefined;
}

/**
 * The intent of a question's free text: the first of `ASKS` it signals (a word asking for a video
 * or slides read as meant when two letters are swapped), else one a misspelt long word of it
 * signals, else `search`.
 */
export function askOf(text: string): Ask {
  // "哪里 拿" is 哪里拿: a space between two Chinese words splits no word.
  const asked = withoutNamesAndPlaces(text)
    .replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '')
    .replace(/[a-z]+/gi, (word) => misspeltWant(word.toLowerCase()) ?? word);
  const said = registerRead(PATTERNS.find(([, pattern]) => pattern.test(asked))?.[0], asked);
  if (said) return said;
  const words = asked.toLowerCase().split(/[^a-z]+/).filter((word) => word.length >= 7);
  return LONG_ASK_WORDS.find(([, known]) => words.some((word) => typedFor(word, known)))?.[0] ?? (TIME_LAST.test(asked) ? 'when' : 'search');
}

/**
 * "istio day london time", "beijing meetup time?": "time" ending a question that asks nothing else asks when (a time of day,
 * "what time", is read by `clock.ts`); inside one it names other things ("time zones", "first time contributors").
 */
const TIME_LAST = /(?:^|[^a-z0-9])times?[\s?？!.。]*$/i;
