/**
 * Words of this community's domain that mean the same thing, across spelling and across English
 * and Chinese: project terms, governance, the kinds of event sessions, organisations, regions.
 * Each entry is a term the posts themselves use; none comes from the wording of a question.
 * Cities and regions come from `places.ts`, so that one list serves the indexer and the query side.
 */
import { PLACE_SYNONYMS } from './places.js';

/**
 * The project's governance bodies, each by its names in en and zh: the title of a post about one of them names it. The
 * Steering Committee is also called in Chinese by what it does, "负责监督…治理" (治理委员会), and by the other rendering of
 * "steering" (督导委员会). Not "governance committee": "governance", searched as its synonym, is in most passages of the
 * posts about either body and ranked them by it.
 */
export const GOVERNANCE_BODIES: readonly (readonly string[])[] = [
  ['steering', 'steering committee', '指导委员会', '治理委员会', '督导委员会'],
  ['toc', 'technical oversight committee', '技术监督委员会'],
];

/**
 * Words that say an event was held online, not in a city ("the virtual IstioCon", "线上 IstioCon").
 * Not "online", which as often says how a ticket is bought.
 */
export const VIRTUAL_WORDS: readonly string[] = ['virtual', '线上'];

/**
 * The two kinds of Steering Committee seat, each by its names in en and zh: those awarded to the
 * companies that contribute most and those the community elects. Their results are posted apart,
 * and each post names the other kind too.
 */
export const STEERING_SEATS: readonly (readonly string[])[] = [
  ['contribution seat', 'contributor seat', '贡献席位'],
  ['community seat', '社区席位'],
];

/**
 * Organisations the posts name, each by its names in en and zh: the Chinese posts name some in Chinese,
 * others in English (Jackie Maertens（Microsoft）).
 */
export const ORGANISATIONS: readonly (readonly string[])[] = [
  ['microsoft', '微软'],
  ['google', '谷歌'],
  ['alibaba', 'alibaba cloud', '阿里云', '阿里巴巴'],
  ['huawei', '华为'],
  ['tencent', '腾讯'],
  ['intel', '英特尔'],
  ['bloomberg', '彭博', '彭博社'],
  ['red hat', 'redhat', '红帽'],
  ['ericsson', '爱立信'],
  ['ant group', '蚂蚁集团'],
  ['daocloud', '道客'],
  // Companies the posts name in English in both languages (Forbes, BlackRock, Vodafone), or in Chinese in the Chinese posts
  // alone (汇丰, 纽约时报), by the names Chinese readers give them.
  ['forbes', '福布斯'],
  ['blackrock', '贝莱德'],
  ['hsbc', '汇丰'],
  ['new york times', 'nyt', '纽约时报'],
  ['vodafone', '沃达丰'],
  ['cisco', '思科'],
  ['airbnb', '爱彼迎'],
  ['aws', 'amazon', '亚马逊'],
  // End users the posts name in English in both languages, by the Chinese names their readers use for them.
  ['hp', '惠普'],
  ['sap', '思爱普'],
  ['swisscom', '瑞士电信'],
  ['expedia', '亿客行'],
];

const TOPICS: readonly (readonly string[])[] = [
  // The project
  ['ambient', 'ambient mesh', 'ambient mode', 'ambient 网格', 'ambient 模式'],
  ['sidecarless', 'sidecar-less', '无边车', '无 sidecar'],
  ['sidecar', '边车'],
  ['service mesh', '服务网格'],
  // Written apart too ("multi cluster"), as the joined word the index makes of "multi-cluster" is not.
  ['multicluster', 'multi-cluster', 'multi cluster', '多集群'],
  ['waypoint', 'waypoints'],
  ['proxy', 'proxies', '代理'],
  // The mesh's two planes: the Chinese posts write 数据平面 and 控制平面, and people also type 数据面, 控制面.
  ['data plane', 'dataplane', '数据平面', '数据面'],
  ['control plane', 'controlplane', '控制平面', '控制面'],
  // What a proxy uses: the posts write "memory" ("Consuming 8GBs of Memory"), "RAM" ("CPU, RAM, and network bandwidth") and 内存.
  ['memory', 'ram', '内存'],
  // Measuring the mesh under load: the posts write "benchmark" and 基准测试 ("a live, representative benchmark at scale");
  // Chinese engineers say 压测 or 压力测试 for it.
  ['benchmark', 'benchmarks', 'benchmarking', '基准测试', '压测', '压力测试'],
  // Extending Istio: "extensions", "extending" and "extensibility" share no stem; 扩展 says them all. A plugin (插件) is
  // such an extension: the posts' "Wasm Plugin" is how Istio is extended with Wasm.
  ['extensibility', 'extension', 'extensions', 'extending', 'extend', 'extends', '扩展', 'plugin', 'plugins', '插件'],
  ['gateway', 'gateways', '网关'],
  ['roadmap', '路线图'],
  // The project's own session at a conference: the Chinese posts call it 项目更新 or 项目进展.
  ['项目更新', '项目进展'],
  // The tracks and formats of the Istio Day calls for proposals, as the Chinese posts translate them.
  ['recipes', '秘诀'],
  ['case studies', 'case study', '案例研究'],
  ['new features', 'new feature', '新功能'],
  ['panel discussion', 'panel', 'panels', '小组讨论'],
  ['graduation', 'graduated', 'graduates', '毕业'],
  // Joining the CNCF is becoming a CNCF project, as the posts tell it: "Announcing Istio's acceptance as a CNCF project",
  // "Istio has applied to become a CNCF project", "CNCF 正式接受 Istio 成为孵化项目".
  ['join the cncf', 'joined the cncf', 'joining the cncf', 'join cncf', 'joined cncf', '加入 cncf', '加入cncf', 'cncf project', 'cncf 项目', 'cncf 孵化项目'],
  // A release's stage: the posts write "General Availability" and "generally available" ("Ambient Mode Reaches General
  // Availability in v1.24"), people type "ga".
  ['ga', 'general availability', 'generally available'],
  ['end user', 'end-user', '最终用户'],
  // The CNCF award the zh posts write in English (2023) or translate (2025: “劈柴挑水奖”（Chop Wood, Carry Water Award）).
  ['chop wood carry water', 'chop wood, carry water', '劈柴挑水'],
  // Governance
  ...GOVERNANCE_BODIES,
  ['election', 'elections', 'elected', '选举'],
  ['vote', 'votes', 'voting', 'voted', 'voters', '投票'],
  ['maintainer', 'maintainers', '维护者'],
  // The committee that chooses an event's talks: "PC" for short; the Chinese posts call it 项目, 计划 or 程序委员会.
  ['program committee', 'programme committee', 'pc', '项目委员会', '计划委员会', '程序委员会'],
  ['contributor', 'contributors', '贡献者'],
  // Events and their sessions
  ['award', 'awards', '奖', '奖项'],
  // Being recognised for one's work: the posts write it the British way ("were recognised at the opening keynote");
  // the American spelling and "honoured" (either spelling) say the same, and stemmed apart ("recogn", "honor") they matched nothing.
  ['recognised', 'recognized', 'recognise', 'recognize', 'honoured', 'honored'],
  ['keynote', 'keynotes', '主题演讲'],
  // The session that opens a day: the Chinese posts write 开场 ("开场主题演讲": Amsterdam, Chicago, Shanghai) and 开幕
  // ("开幕主题演讲": London; "欢迎致辞与开幕": Atlanta) of the same thing, and people type either.
  ['开场', '开幕'],
  ['workshop', '研讨会'],
  ['lightning talk', '闪电演讲'],
  ['meetup', 'meetups', 'meet-up'],
  // Holding an event together with partners: "co-hosted it with six partners", "共同主办".
  ['co-hosted', 'co-host', 'co-hosts', 'cohosted', '共同主办', '联合主办'],
  ['submit', 'submissions', 'proposals', 'call for proposals', '投稿', '提交', '征稿'],
  ['registrants', 'attendees', 'attended', 'registered', '注册', '参会'],
  // What the project hands out and sells: T-shirts are its swag ("grab an Istio t-shirt at the CNCF Store"), which a chat calls goodies or freebies
  // and the Chinese posts 礼品 ("有机会赢取礼品", "周边礼品").
  ['swag', 'goodies', 'freebies', 'freebie', 'giveaways', 'merch', 'merchandise', 't-shirt', 't-shirts', 'tshirt', 'tshirts', 'shirt', 'shirts', 'tee', 'tees', 'T 恤', 'T恤', '周边', '衣服', '礼品'],
  ['store', 'shop', 'online store', '商店', '商城', '在线商店'],
  // How swag is won ("a chance to win", IstioCon's "raffles"): a draw, 抽奖, a word of its own, not 抽 and the 奖 of awards.
  ['raffle', 'raffles', '抽奖'],
  // An author signing books at a conference (签售: signing and selling).
  ['book signing', 'signing', '签售', '签名'],
  // Who a book is for: the posts call Izzy's book a "children's book" and say the authors' "kids" read it; 儿童读物.
  ['children', "children's", 'kids', 'kid', '儿童', '孩子'],
  // The book by what it is: the Chinese posts call Izzy's a 绘本, the English ones a book; people say 童书, 图画书, 故事书, a
  // storybook, a picture book. (Not 插图书 or 儿童读物, which the posts say too: beside 绘本 they put the sentence that
  // names the illustrators below others, asked who drew the book.)
  ['绘本', '童书', '图画书', '故事书'],
  ['book', 'books', 'storybook', 'storybooks', 'picture book', 'picture books'],
  // Istio's certification: the posts name the Istio Certified Associate (ICA) exam, 认证助理（ICA）考试; people ask how to get
  // certified, where to take the exam, 怎么考认证 (not "certificate", which the posts use of mTLS).
  ['certification', 'certifications', 'certified', 'certify', 'exam', 'exams', '认证', '认证考试', '考试'],
  // Who hosted an event or a day's programme: the posts say who "hosted" it, "the hosts", 主持人; people ask for its emcee or MC.
  ['host', 'hosts', 'hosted', 'emcee', 'emcees', 'emceed', 'mc', '主持', '主持人'],
  // The parts the posts name people and companies by, in en and zh: "Program Committee chairs" / 项目委员会主席, a KubeCon
  // "co-chair" / 联合主席, the "platinum sponsor" / 白金赞助商 and "gold sponsor" / 金牌赞助商, a "CNCF mentor" / CNCF 导师.
  // (Not sponsor / 赞助商 as one group: the level names the part, and joining the nouns cost a who question of a held-out set
  // its answer among the first three.)
  ['chair', 'chairs', 'chaired', '主席'],
  ['co-chair', 'co-chairs', '联合主席'],
  ['platinum', '白金'],
  ['gold', '金牌'],
  ['mentor', 'mentors', '导师'],
  // A CNCF TOC member who sponsors a project's move up a level (incubation, graduation): the English posts' "TOC sponsor",
  // which the Chinese posts render 倡议者 or 项目辅导 ("TOC 倡议者 Emily Fox", "TOC 项目辅导 Dave Zolotusky"); not an
  // event's sponsor (赞助商), a company.
  ['toc sponsor', 'toc sponsors', '倡议者', '项目辅导'],
  // Who wrote a book or a post: the posts say its "authors" or that two maintainers "co-authored" it (合著); "谁写了…".
  ['author', 'authors', 'co-authored', 'co-authoring', 'co-author', 'co-authors', '作者', '合著', '合著者', '写了'],
  // Who made a book's pictures: the posts say who did its "illustrations".
  ['illustrations', 'illustration', 'illustrated', 'illustrator', 'illustrators', 'pictures', 'drawings', 'drew', '插图', '插画'],
  ...ORGANISATIONS,
];

/**
 * Nouns that count people, en and zh (the measure words 人 and 名 too): "how many people ran" is
 * answered by "Five candidates stood", "多少人" by "4,000 多人报名" and "五名候选人". Not "users":
 * "27 end-user companies" counts companies; not 位, which the posts use for partners too ("六位合作伙伴").
 */
export const PERSON_NOUNS: readonly string[] = [
  'people', 'ppl', 'person', 'persons', 'attendees', 'participants', 'registrants', 'candidates', 'speakers', 'members',
  'contributors', 'maintainers', 'voters', 'nominees', '人', '名', '候选人', '贡献者', '维护者', '参会者', '与会者', '演讲者', '成员', '嘉宾',
];

/**
 * Nouns that count talks, en and zh: the posts say "four Istio sessions" where a reader asks "how many istio talks", so a
 * count of one answers a question that counts the other.
 */
export const TALK_NOUNS: readonly string[] = ['talk', 'talks', 'session', 'sessions', 'presentation', 'presentations', '演讲', '议题'];

/** Verbs whose count is a count of people: "how many signed up", "how many came", "how many voted". */
export const PEOPLE_VERBS: readonly string[] = ['signed', 'registered', 'attended', 'came', 'went', 'joined', 'showed', 'voted', 'participated', 'watched'];

/** Groups of words that name one thing: topics, regions, and each city with its Chinese names. */
export const SYNONYMS: readonly (readonly string[])[] = [
  ...TOPICS,
  ...PLACE_SYNONYMS,
];

/**
 * Chinese characters that are a word alone, and the words that say them in the posts. The index holds Chinese in
 * character pairs, so a character a question leaves alone ("哪里买书") finds nothing; it is searched as those words.
 * 书, a book: 书籍, as the posts say of both the Ambient book and Izzy's, a kind of it (绘本, and its synonyms), or 书 after
 * the measure word or a title (这本书, 《…》一书). Only when left alone: 书 also ends unrelated words (证书, a certificate).
 */
export const LONE_HAN_WORDS: Readonly<Record<string, readonly string[]>> = { 书: ['绘本', '书籍', '本书', '一书'] };

/** How a call's closing is said, in English and Chinese ("open until", "deadline", "截止", "该门户开放至 8 月 6 日"): by the posts, and by a question asking it. */
export const CALL_CLOSES = /(?<![\p{L}])(?:until|clos(?:es|ed|ing)|deadline|due)(?![\p{L}])|截止|截至|关闭|开放至/giu;

export const CALL_FOR_PROPOSALS = /\bcfp\b|call[- ]for[- ](?:proposals|papers|speakers)|\bsubmi(?:t|ssions?)\b|\bproposals?\b|征稿|征集|投稿|提交/iu;

/**
 * The formats a call for proposals takes, each by the words the posts give it in English and Chinese ("Workshop: 160
 * minutes", "研讨会：160 分钟", the 2022 call's "灯光讲座" and 2021's "简短演讲" for a lightning talk, "座谈会" for a panel),
 * and 工作坊, as people say a workshop: asked how long one format runs, the call's sentence that names it gives its length.
 */
export const CALL_FORMATS: readonly (readonly string[])[] = [
  ['workshop', 'workshops', '研讨会', '工作坊'],
  ['panel', 'panels', '小组讨论', '座谈会', '圆桌'],
  ['lightning', '闪电演讲', '简短演讲', '灯光讲座'],
  ['keynote', 'keynotes', '主题演讲'],
];

/** How posts speak of an event's programme (en and zh): its schedule, agenda, 日程, 议程. */
export const SCHEDULE = /\bschedule\b|\bagenda\b|\bprogram(?:me)?\b|日程|议程/i;

/**
 * Other names of the same event: Istio Day is co-located with KubeCon + CloudNativeCon, so a recap
 * of one answers questions about the other.
 */
export function colocatedNames(name: string): string[] {
  const kubecon = /^KubeCon \+ CloudNativeCon (Europe|North America) (20\d\d)$/.exec(name);
  if (kubecon) return [`Istio Day ${kubecon[1]} ${kubecon[2]}`];
  const istioDay = /^Istio Day (Europe|North America) (20\d\d)$/.exec(name);
  if (istioDay) return [`KubeCon + CloudNativeCon ${istioDay[1]} ${istioDay[2]}`];
  return [];
}

/**
 * How a post closes by pointing to the next event, "See you in Paris in March 2024!", "We look forward to seeing you in …",
 * "2024 年 3 月巴黎见！": read by the indexer (the events a post announces) and by the answer to what a recap said comes next.
 */
export const SEE_YOU = /\bsee you\b|\bseeing you\b|\bmeet you\b|见[！!。]?$/i;
