import { phrasesOf } from './phrases.js';

/** "哪两位", "哪些人": which people, asked in Chinese; they name no one and say nothing of what was done. */
export const WHICH_PEOPLE = ['哪些人', '哪个人', '哪位', '哪几位', '哪两位', '哪三位', '哪四位', '哪两个人', '哪几个人'];

/**
 * Chinese words that ask who and name no one, which a question types glued to what it asks about ("哪个公司赞助了",
 * "讲者有哪些", "演讲者是哪个人"): they cut the run apart and are not searched (`words.ts`). The speaker nouns: every talk's
 * entry says "由 X 主讲", so searched they matched every talk.
 */
export const ASKING_WHO = [...WHICH_PEOPLE, '哪家公司', '哪个公司', '演讲者', '演讲人', '讲师', '分享人', '主讲人', '发言人'];

/**
 * The words that ask who ("谁", "哪两位", "speakers"): the people asked for are named, not these words. Those that ask
 * which people in Chinese ("哪两位", "哪几个人") also cut the run of characters they are typed in apart (`words.ts`).
 */
export const WHO_ASKS = ['who', 'whom', 'which people', 'which maintainers', 'which contributors', 'which members', 'guy', 'speaker', 'speakers', 'panelist', 'panelists', 'panellist', 'panellists', 'author', 'authors', 'wrote', 'written by', '作者', '谁', ...WHICH_PEOPLE, '讲者', '嘉宾', '讲师', '演讲人', '分享人', '主讲人', '发言人', '的人', 'presenter', 'presenters',
  // "the person behind the kiali talk", "who was behind it": who did it, whose "behind" is no topic.
  ...['person', 'people', 'guy', 'guys', 'folks', 'team', 'one', 'who was', 'who is', 'who were', 'who are'].map((who) => `${who} behind`)];

/**
 * "which company", "哪家公司": the one company that did something, so that beside the words of a talk ("the genai talk
 * was which company", "那个演讲是哪家公司") it asks who gave it (`intents.ts`). Not the plural: "哪些公司在伦敦做了演讲"
 * asks for the talks, with their speakers.
 */
export const WHICH_COMPANY = ['which company', 'what company', 'which organisation', 'which organization', 'which vendor', '哪家公司', '哪个公司'];

/** "哪些公司", "哪家", "公司有哪些": which companies, asked in Chinese. */
const WHICH_COMPANIES = ['哪家公司', '哪些公司', '哪个公司', '哪几家公司', '哪家', '哪几家', '公司有哪些', '公司都有哪些'];

/**
 * Words that ask which company did something ("which company sponsored it", "哪家公司赞助", "sponsor?"): a sentence
 * that names a company answers them as a person's name answers "who" (`who-line.ts`).
 */
export const COMPANY_ASKS = [
  'which company', 'which companies', 'what company', 'what companies', 'which organisation', 'which organization', 'which vendor', 'which vendors',
  'sponsor', 'sponsors', 'sponsored', 'sponsoring', ...WHICH_COMPANIES, '公司', '赞助商', '赞助',
];

/** "which companies co-hosted it", "哪些公司一起主办的": companies answer, not the people a passage names. */
const COMPANIES_ASKED = phrasesOf(['which company', 'which companies', 'what company', 'what companies', 'which organisations', 'which organizations', 'which vendors', ...WHICH_COMPANIES]);

export function companiesAsked(text: string): boolean {
  return COMPANIES_ASKED.test(text);
}

/** "which two people", "which new members": people asked for by how many or which, which "which people" alone misses. */
const PEOPLE_ASKED = ['two', 'three', 'four', 'five', '2', '3', '4', '5', 'new'].flatMap((which) =>
  ['people', 'persons', 'members', 'maintainers', 'candidates'].map((people) => `which ${which} ${people}`),
);

/**
 * The parts people play at an event, as people name them to ask who played them without a "who" ("hosted by",
 * "项目委员会负责人", a company's): a question naming one asks who held it. Last among the asks in `intents.ts`,
 * so that "sponsored demo video", "what does a toc chair do" or "when do sponsorships close" keep theirs.
 */
const PARTS = [
  'host', 'hosts', 'hosted by', 'emcee', 'emcees', 'mc', 'organiser', 'organisers', 'organizer', 'organizers', 'in charge of',
  'organised by', 'organized by', 'chair', 'chairs', 'co-chair', 'co-chairs', 'chaired by',
  '主持人', '主持', '负责人', '组织者', '主办方', '主席',
  // Who ran a vote is no one it elected: "who was the election officer" is not answered by the winners.
  'election officer', 'election officers', '选举负责人', '选举官员', '选举官',
];
/**
 * Who sits on a body or is on a list, asked in Chinese ("2026 toc 成员有哪些", "讲者名单"): the people asked for, which
 * "哪些" alone does not ask (哪些议题 asks for talks).
 */
const MEMBERS_ASKED = ['哪些成员', '成员有哪些', '成员都有哪些', '成员有谁', '成员都有谁', '名单'];

/** The people of a body said last after "谁是" ("谁是 2026 年 toc 成员"): whoever they are, not what the body is. */
const MEMBER_NOUNS = ['成员', '委员', '维护者', '获奖者'];

export const WHO_ROLES = [...COMPANY_ASKS, ...PEOPLE_ASKED, ...PARTS, ...MEMBERS_ASKED];

const PART_NAMED = phrasesOf(PARTS);

/**
 * Whether a question names a part someone plays ("who is the toc chair now", "主席是谁"): who holds it, which no
 * election's results say (they name who was elected to a body, not who chairs it).
 */
export function namesPart(text: string): boolean {
  return PART_NAMED.test(text);
}

/** The people a question names by what they are, in English, besides the parts played: a body's "members", a vote's "winners". */
const HELD_IN_LATIN = ['member', 'members', 'winner', 'winners', 'mentor', 'mentors', 'speaker', 'speakers', 'maintainer', 'maintainers'];

/**
 * "谁是 2025 北美 kubecon 的联合主席", "谁是 2026 年 toc 成员", "kubecon na 2025 的 co-chair 是谁": a part played or a seat
 * held, said last (in Chinese or in English), asks whoever holds it, as "主席是谁" does, not who someone of that name is.
 */
const HELD_ROLE = new RegExp(
  `(?:${[...WHO_ROLES, ...MEMBER_NOUNS].filter((role) => /\p{Script=Han}/u.test(role)).join('|')}|(?<![\\p{L}])(?:${[...WHO_ROLES, ...HELD_IN_LATIN].filter((role) => /^[a-z-]+$/.test(role)).join('|')}))\\s*$`,
  'iu',
);

export function roleSaidLast(text: string): boolean {
  return HELD_ROLE.test(text);
}
