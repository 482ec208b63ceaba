/**
 * Registration questions that `ASKS`' first-match order alone would read wrong: whether an event is held online or on
 * site (asked after buying, `HOW_HELD`), a ticket bought with the event named between ("买 KubeCon 的票"), and how
 * many signed up ("报名人数"), a count. Read by `askOf` in `intents.ts`.
 */
import { kindIn } from '../domain/index.js';
import type { Ask } from './types.js';
import { sponsoringAsked } from './sponsoring.js';

/**
 * How people ask whether an event is held online or on site: the choice itself ("in person or virtual",
 * "remote or on site", "…or is it in person only", "线上还是线下") or a way of joining that is not being there ("attend virtually",
 * "join istio day remotely", "线上参加"). Not "virtual" or "in-person" alone: "the virtual istiocon", "in-person talks" name an event
 * or talks, they ask nothing.
 */
export const HOW_HELD = [
  'in person or', 'in-person or', 'or in person', 'or in-person', 'virtual or', 'or virtual', 'online or', 'or online', 'on site or', 'or on site', 'onsite or', 'or onsite',
  'remote or', 'or remote', 'in person only', 'in-person only', 'online only', 'virtual only',
  'virtually', 'remotely', 'attend online', 'join online',
  '线上还是线下', '线下还是线上', '线上或线下', '线下或线上', '线上参加', '线上参会', '在线参加', '远程参加', '线下参加', '现场参加',
];

/**
 * How people ask whether attending must be paid for ("do I have to pay", "paid or free", "要花钱吗", "付费吗"): what
 * registering costs. Not "pay" alone: "who paid for the T-shirts" asks who sponsored them.
 */
export const PAYING = ['have to pay', 'need to pay', 'do i pay', 'do i still pay', 'do we pay', 'pay to attend', 'pay to join', 'paid or free', 'free or paid', '花钱', '付费', '付钱', '交钱'];

/**
 * What a call for proposals sets for a talk and promises its speaker: the formats it takes, and what comes of a talk
 * accepted ("which formats", "if my talk is accepted", "accepted speakers", "演讲被接受", "可以投哪些"). Read after
 * registering: "accepted speakers get a free ticket" asks a price. Not "accepted" alone, nor "tracks": Istio was
 * "accepted into the CNCF" (the Chinese posts say CNCF 接受 Istio, never 被接受), and a conference has maintainer tracks.
 */
export const CALL_TERMS = [
  'formats', 'accepted speaker', 'accepted speakers', 'accepted talk', 'accepted talks', 'talk accepted', 'talk is accepted', 'talk was accepted', 'talk gets accepted', 'talk got accepted',
  '被接受', '被接收', '被录用', '被录取', '投哪',
  // Where or how a talk is sent in ("从哪提交", "想投…的议题"): not 提交 alone, which the posts also say of a PR or a committer (提交者).
  '哪提交', '哪里提交', '提交到哪', '提交在哪', '怎么提交', '如何提交', '想投', '投议题', '投个议题', '投演讲',
  // 投 alone of a talk sent in, as a chat says it ("演讲在哪投", "议题怎么投"): a vote (投票) is read apart (`not-asking.ts`).
  '在哪投', '去哪投', '往哪投', '哪里投', '怎么投', '如何投', '投到哪',
  // The formats, said the way the Chinese posts say them ("形式包括 40 分钟演讲"), and the review of the proposals ("评审", "CFP 审查窗口").
  '演讲形式', '演讲的形式', '议题形式', '议题的形式', '提案形式', '评审', '审查窗口', 'review window', 'review period',
  // The accepted speakers as the Chinese posts say them ("入选讲者可获得…"), and a speaker or a talk said to be chosen,
  // in either order ("讲者入选了", "演讲入选有什么福利"): not 入选 alone, which is elected.
  '入选讲者', '入选的讲者', '入选演讲者', '讲者入选', '演讲者入选', '演讲入选', '议题入选', '提案入选',
  // What speaking brings ("speaker perks", "讲者福利"): what the call promises accepted speakers (their ticket).
  'speaker perks', 'speaker benefits', 'perks for speakers', 'benefits for speakers', '讲者福利', '演讲者福利', '讲师福利',
];

/**
 * Buying a ticket in Chinese with what it is for between ("买 KubeCon 的票", "购买全场门票"), or the ticket said first and
 * then how it is bought ("票要怎么买", "票在哪买"): not a vote (票数, 投票).
 */
const TICKET_BOUGHT = /[买购][^，。？?！!]{0,24}?(?<!投)票(?!数)|(?<!投)票[^，。？?！!数]{0,8}?[买购]/u;

export function ticketBought(text: string): boolean {
  return TICKET_BOUGHT.test(text);
}

/** A count asked beside a registration word ("报名人数", "多少人注册", "how many people", "the number of signups", "how many signups"). */
const SIGNED_UP_COUNT = /人数|多少(?:个)?人|几(?:个)?人|\bhow many (?:people|attendees|participants|registrants|registrations|signups|sign-ups)\b|\bnumber of\b/iu;

/** What taking part costs, in the words people ask it with ("free", "cost", "pay", "入场费", "免费"). */
const PRICE_SAID = /\b(?:free|cost|costs|pay|paid|price|fee|fees|charge)\b|免费|收费|费|花钱|付费|要钱/iu;

/** Being at an event ("attend", "attendance", "join", 参加, 参会, 入场): beside a price, what registering costs. */
const BEING_THERE = /\b(?:attend|attends|attending|attendance|attendees?|join|joining|participate|participating|participation|entry|admission)\b|参加|参会|入场|出席/iu;

/**
 * The things the project hands out or sells (the Izzy book, its copies, stickers; the book by its dolphin or title, its signing, 签售): "were the books free at kubecon"
 * asks about a book, not what the event costs. T-shirts and merchandise are `SHIRTS` and `GOODS` in `intents.ts`
 * (which imports this module, so they are named again in `THING_NAMED`).
 */
const THINGS = ['book', 'books', 'copy', 'copies', 'sticker', 'stickers', 'izzy', '书', '绘本', '贴纸', '拯救生日', '签售'];

/** How a T-shirt is said ("shirts", "tees", "t-shirt", T 恤, 衣服, 文化衫). */
const SHIRT_SAID = String.raw`\b(?:t-?shirts?|tees?|shirts?)\b|T ?恤|衣服|文化衫`;

/** A thing named, of those or a T-shirt or merchandise: a price asked beside it is not what an event costs. */
const THING_NAMED = new RegExp(`\\b(?:${THINGS.filter((word) => /^[a-z]/.test(word)).join('|')})\\b|${THINGS.filter((word) => !/^[a-z]/.test(word)).join('|')}|swag|merch|周边|${SHIRT_SAID}`, 'iu');

/**
 * Whether an event is online or on site, asked of it by a yes/no question ("is istiocon 2022 virtual", "istiocon 是线上的吗"):
 * not "virtual" naming an event ("the virtual istiocon", "virtual istiocon 2023"), which asks nothing.
 */
const HELD_ASKED = /\b(?:is|was|are|were|will)\b.*\b(?:virtual|online|in[- ]person|on[- ]?site|remote)\s*\??$|(?:线上|线下|在线|现场)(?:的|举办的|举行的|活动)?吗/iu;

export function heldAsked(text: string): boolean {
  return HELD_ASKED.test(text);
}

/** Following an event from away, as people say it apart from how they take part ("online", "virtual", "remotely", 线上, 远程). */
const FROM_AWAY = /\b(?:online|virtual(?:ly)?|remote(?:ly)?|from home)\b|线上|在线|远程/giu;

/** Taking part, or a way to ("attend", "join", "participate", "an option", "attendance", 参加, 参会, 参与). */
const TAKING_PART = /\b(?:attend\w*|join|joining|participat\w*|take part|options?)\b|参加|参会|参与/giu;

/**
 * The words of an event asked to be followed from away, the two said apart ("can i attend istiocon 2022 online", "is there
 * a virtual option for istio day chicago", "virtual attendance", "线上能参加吗", "参加…可以远程吗"), which `HOW_HELD` says
 * together ("attend online", "线上参加"): how it is held, asked; they say what is wanted, not what the passage must hold.
 * None unless both are said. Only asked with an event named (the callers' test): "virtual" alone names events and talks
 * ("Virtual Kubelet").
 */
export function fromAwayWords(text: string): string[] {
  const away = text.match(FROM_AWAY);
  const taking = away ? text.match(TAKING_PART) : null;
  return away && taking ? [...away, ...taking].flatMap((phrase) => phrase.toLowerCase().split(' ')) : [];
}

export function joinedFromAway(text: string): boolean {
  return fromAwayWords(text).length > 0;
}

/** 票 said alone, a ticket: not a vote cast (投票, 选票) or counted (票数). */
const LONE_TICKET = /(?<![投选])票(?![数选])/u;

/** A timeline asked of an event ("北美 istio day 2023 的时间线"): its call's, the only one the posts give ("The timeline: review…"). */
const TIMELINE = /\btimelines?\b|时间线/iu;

/**
 * How people ask to give a talk themselves: becoming a speaker, wanting to speak or present, applying, how one gets to
 * ("become a speaker", "want to speak", "how can i present at", "apply to speak", "成为讲者", "想去分享", "想在 istio day 上做个闪电演讲",
 * "怎么在 kubecon 上做分享"); not who spoke.
 */
const TO_SPEAK =
  /\bbecome\s+(?:a\s+)?(?:speaker|presenter)s?\b|\b(?:i|we)\s+(?:want|wanna|would like|'d like|hope)\s+(?:to\s+)?(?:speak|present|give\s+a\s+talk)\b|\bhow\s+(?:can|do|could|would)\s+(?:i|we)\s+(?:speak|present|give\s+a\s+talk|apply)\b|\bspeaking\s+at\b.*\bapply\b|\bwhere\s+(?:can|do)\s+(?:i|we)\s+(?:speak|present)\b|(?:成为|当)[\sA-Za-z\d.-]{0,24}的?(?:讲者|演讲者|讲师|嘉宾)|(?:想(?:去|要|在)?|(?:怎么|如何|怎样)(?:才能)?(?:去|在))(?:[\sA-Za-z\d.-]|北美|欧洲|中国|站){0,24}(?:上台|上)?(?:做|来|给)?(?:个|一个|一场|一次)?(?:闪电|主题)?(?:讲|演讲|分享)/iu;

/** Accepted speakers or talks with an event's name between ("accepted istio day speakers"), which `CALL_TERMS` says without. */
const ACCEPTED = /\baccepted\s+(?:[\w.+-]+\s+){1,3}(?:speakers?|talks?|proposals?|sessions?)\b/i;

/** "What does … cost", "what did it cost" (ending the question: "what does the cost estimator do" asks what it is): the price asked. */
const COST_ASKED = /\bwhat\s+(?:does|did|do|will|would)\b[^?？]*\bcost\s*[?？!.]*\s*$/i;

/** How many came, said as a noun ("beijing meetup attendance", "the turnout"): a count, when no price is said of it (above). */
const ATTENDANCE = /\b(?:attendance|turnout|headcount)\b/i;

/**
 * The ask of a question `ASKS` read as `said`: a ticket bought is a registration ("买票" itself is one of its words), how
 * many signed up a count, not a way to sign up; a price asked of being there ("is attendance free", "免费参加吗") that no
 * other ask took is a registration, attendance that no other ask took a count, and an event's timeline its call's.
 */
export function registerRead(read: Ask | undefined, text: string): Ask | undefined {
  // "how can my company sponsor istio day", "赞助联系谁": how to become a sponsor is searched (its "Sponsor the event"
  // passage), not asked who sponsored, when the event is, or what registering costs.
  if (read !== 'cfp' && read !== 'what-is' && sponsoringAsked(text)) return 'search';
  // "What does the izzy book cost", "what did istiocon cost": a price, asked with the words of "what is".
  const said = read === 'what-is' && COST_ASKED.test(text) ? 'register' : read;
  // "Is IstioCon free", "istiocon 是线上的吗": a price or a way of holding asked of an event itself, no thing named.
  const ofEvent = kindIn(text) !== null && !THING_NAMED.test(text);
  if (said === undefined && PRICE_SAID.test(text) && (BEING_THERE.test(text) || ofEvent)) return 'register';
  if (said === undefined && ofEvent && (heldAsked(text) || joinedFromAway(text))) return 'register';
  // "istio day 2024 北美 票": a ticket named alone beside an event is its admission (not a vote: 投票, 选票, 票数).
  if (said === undefined && ofEvent && LONE_TICKET.test(text)) return 'register';
  if (said === undefined && ATTENDANCE.test(text)) return 'how-many';
  // "时间线" holds 时间, a when: a timeline has several dates, those of the call.
  if ((said === undefined || said === 'when') && ofEvent && TIMELINE.test(text)) return 'cfp';
  // "how do I become a speaker at istio day", "i want to speak at istiocon", "怎么成为讲者": giving a talk is asked of the call.
  if ((said === undefined || said === 'talks' || said === 'who' || said === 'where') && (TO_SPEAK.test(text) || ACCEPTED.test(text))) return 'cfp';
  // "speaker notifications for istio day chicago", "when do speakers hear back": a step of the call's timeline, asked of the call.
  // "speaker notifications…": the speaker named is the one told, not one asked for.
  // "录取结果什么时候出": the result of a talk sent in is the speakers' notification, not a vote's results.
  if ((said === undefined || said === 'when' || said === 'who' || said === 'results') && notificationAsked(text)) return 'cfp';
  if (said === 'buy' && TICKET_BOUGHT.test(text)) return 'register';
  // An event bought, no thing named ("without buying kubecon", "buy istio day"): its admission, a registration.
  if (said === 'buy' && ofEvent && EVENT_BOUGHT.test(text) && !GOODS_NAMED.test(text)) return 'register';
  if (said === 'register' && SIGNED_UP_COUNT.test(text)) return 'how-many';
  // "TOC 补选报名截止是几号", "steering election sign-up deadline": signing up for an election is standing in it, a step its
  // call for candidates dates (nominations close…), not an event's registration.
  if (said === 'register' && ELECTION_NAMED.test(text) && DATE_ASKED.test(text)) return 'when';
  // "do you get a t-shirt if you register", "注册送衣服吗": a shirt asked beside registering is the one the first registrants
  // got, handed out, not a way to sign up (a ticket or a price asked stays one); so is swag asked beside taking part
  // ("生日活动的礼品要怎么参加才能拿": the birthday's gifts were won by tweeting, no registration).
  if (said === 'register' && (SHIRT_NAMED.test(text) || SWAG_NAMED.test(text)) && !TICKET_OR_PRICE.test(text)) return 'buy';
  // "izzy book price", "izzy 那本书多少钱", "t恤 免费吗": what a thing costs, or whether it is free, no way of signing up named, asks
  // where it is sold or handed out.
  if (said === 'register' && THING_NAMED.test(text) && THING_PRICE.test(text) && !SIGNING_UP.test(text)) return 'buy';
  // "Is the izzy book available online", "can i still get the book", "那本书还能买到吗": whether a thing can be had asks where
  // ("where is the book available", "哪里能订到": where it is had, not where it was launched).
  if ((said === undefined || said === 'where') && THING_NAMED.test(text) && OBTAINABLE.test(text)) return 'buy';
  // So does a price said with no asking word at all ("the izzy book, cost?"); "free" alone there is left to `freeThingAsked`.
  if (said === undefined && THING_NAMED.test(text) && SAID_PRICE.test(text) && !SIGNING_UP.test(text)) return 'buy';
  // "istio tshirt where", "izzy 绘本 在哪": where a thing is, asked of nothing that happened to it (launched, signed, read), is
  // where it is got; not Izzy alone, the mascot ("where does izzy come from").
  if (said === 'where' && THING_NAMED.test(text.replace(/\bizzy\b/gi, '')) && PLAIN_WHERE.test(text) && !HAPPENED.test(text)) return 'buy';
  // "can i download the izzy book", "izzy book pdf", "电子版": a copy of the book in another form is asked where the book is had
  // (the posts name no e-book; they say where it is sold), not a talk's slides nor the place of the book's launch.
  if ((said === undefined || said === 'slides' || said === 'where') && BOOK_NAMED.test(text) && DIGITAL_COPY.test(text) && !SLIDES_NAMED.test(text)) return 'buy';
  return said;
}

/** An election or a step of it named: one is signed up for by standing ("stand for election", 参选, 提名). */
const ELECTION_NAMED = /\b(?:elections?|by-elections?|nominations?|nominees?|candidates?|candidacy|votes?|voting|ballots?)\b|选举|补选|竞选|提名|候选|投票|参选/iu;

/** A date asked ("when", "deadline", 几号, 截止): of an election's sign-up, the day its call for candidates gives. */
const DATE_ASKED = /\b(?:when|deadline|due|date|what day|which day)\b|几号|哪天|哪一天|几月|什么时候|何时|截止|日期/iu;

/** "Where" said plainly (where, 哪里, 在哪), not a place by its kind ("which city", 城市, "venue"), which asks where something was. */
const PLAIN_WHERE = /\bwhere(?:'?s)?\b|哪里|哪儿|在哪|去哪/iu;

/** What happened to a thing, or a place by its kind: "where was the izzy book launched", "签售在哪个城市", "izzy 绘本在哪发布的". */
const HAPPENED =
  /\b(?:launch\w*|releas\w*|unveil\w*|publish\w*|sign\w*|read|reading|held|hold|happen\w*|took place|take place|city|country|venue|location)\b|发布|首发|推出|出版|签|举办|举行|朗读|城市|国家|地点|场地/iu;

/** How people ask what a thing costs ("price", "how much", "多少钱", "价格") or whether it is free ("免费吗", "要钱吗", "收费吗"). */
const THING_PRICE = /\b(?:price|prices|priced|cost|costs|how much|free)\b|多少钱|价格|价钱|几块钱|免费|要钱|收费|花钱|付费/iu;

/**
 * Whether a thing can be had ("available", "in stock", "can i still get", 买得到, 有卖): beside a thing named, where it is sold
 * or handed out; alone ("are the slides available") it names no thing and asks nothing of the kind. So does ordering one
 * ("can i still order the book", "ordering a copy", 怎么订, 订到, 预订: not 订阅) or whether it is in stock (还有货吗, 现货): the verb
 * before what is ordered, never "the order of" or "in what order".
 */
const OBTAINABLE =
  /\b(?:available|availability|in stock|on sale|(?:can|could)\s+(?:i|we|you|u|one)\s+(?:still\s+)?get|(?:want|need)\s+(?:a|one)\s+copy|order(?:ing|ed)?\s+(?:the|a|an|one|it|them|some|that|this|my|our)|pre-?order\w*|purchasable|buyable|out of stock)\b|买得到|能买到|可以买到|有卖|还能买|有货|现货|缺货|(?:能|可以|怎么|如何|哪里|在哪|去哪)订|订(?:到|一本|几本)|预订|预购/iu;

/** Buying said in English ("without buying kubecon", "purchase istio day"): not what a kiosk gives away ("送什么", "handed out"). */
const EVENT_BOUGHT = /\b(?:buy|buying|bought|purchas(?:e|ed|ing))\b/i;

/** The store or the goods named ("the CNCF store at kubecon", "istio swag at kubecon"): what is bought there is a thing, not admission. */
const GOODS_NAMED = /\b(?:store|shop|swag|merch|merchandise)\b|商店|网店|周边/iu;

/** A T-shirt named (the goods that registering gave, IstioCon 2022's first 400). */
const SHIRT_NAMED = new RegExp(SHIRT_SAID, 'iu');

/** Swag named, as chats and the posts say it ("swag", "goodies", 周边, 礼品 of "有机会赢取礼品"). */
const SWAG_NAMED = /\b(?:swag|merch|merchandise|goodies|freebies|giveaways?)\b|周边|礼品|赠品/iu;

/** A ticket or a price asked: what registering costs, whatever else is named. */
const TICKET_OR_PRICE = /\b(?:tickets?|pass(?:es)?|price|prices|cost|costs|fees?|how much)\b|门票|票价|多少钱|费用|价格/iu;

/** A price named ("cost", "价钱", "the book, how much?"), not whether a thing is free. */
const SAID_PRICE = /\b(?:price|prices|priced|cost|costs|how much)\b|多少钱|价格|价钱|几块钱/iu;

/** The book named (a copy of it, 绘本): not a talk, whose slides are a PDF too. */
const BOOK_NAMED = /\b(?:e-?)?books?\b|\bcop(?:y|ies)\b|书|绘本/iu;

/** Slides named ("the slides of the book's reading"): a PDF of them is the talk's. */
const SLIDES_NAMED = /\b(?:slides?|slide deck|decks?|ppt|pptx)\b|幻灯|课件|演示文稿/iu;

/** The book in another form than paper: downloaded, an e-book, a PDF, 电子版. */
const DIGITAL_COPY = /\b(?:download\w*|e-?books?|pdf|digital|kindle|epub)\b|电子版|电子书|下载/iu;

/** Words of signing up for an event: beside them a thing's price is the event's ("do i need a ticket to get the book"). */
const SIGNING_UP = /\b(?:regist\w*|sign[- ]?ups?|tickets?|pass(?:es)?|attend\w*)\b|报名|注册|门票|票/iu;

/**
 * How a call's timeline says its speakers hear back ("Speaker Notifications", 录用通知, "9 月 7 日通知讲者"), and how people
 * ask it ("when were the speakers selected", "when do you hear back", 入选名单, 录取通知, 投稿结果): asked, a date of the call, not the event's.
 */
const NOTIFIED =
  /\bnotif(?:y|ied|ications?)\b|\bspeakers?\b[^.?!]*?\b(?:announced|selected|chosen|picked|told|informed)\b|\bhear\s+back\b|(?:录用|录取|讲者|入选)(?:通知|结果)|通知(?:讲者|演讲者|入选)|(?:投稿|提案)(?:的)?结果|入选名单|讲者名单/i;

export function notificationAsked(text: string): boolean {
  return NOTIFIED.test(text);
}

/** A call's review asked ("when is the cfp review", "review window", "评审什么时候", "审稿"): a step of its timeline. */
const REVIEW = /\breview(?:s|ed|ing)?\b|评审|审稿|审核/i;

export function reviewAsked(text: string): boolean {
  return REVIEW.test(text);
}

/**
 * A call's whole timeline asked ("cfp timeline", "key dates", "征稿时间表", "时间节点"): every step its post dates, not one of
 * them. Read only of a call's line: beside an event alone, "时间表" and "timetable" ask for its schedule.
 */
const WHOLE_TIMELINE = /\btime-?lines?\b|\btimetables?\b|\b(?:key|important)\s+dates\b|时间线|时间表|时间节点|关键日期|重要日期/iu;

export function timelineAsked(text: string): boolean {
  return WHOLE_TIMELINE.test(text);
}
