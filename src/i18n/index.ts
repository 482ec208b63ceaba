import type { Lang } from '../model/index.js';

/**
 * The bot's own words, in every language it answers in. Every surface takes its labels, help and
 * "no match" text from here, so a Chinese question gets Chinese words everywhere.
 */
const catalog = {
  en: {
    helpTitle: 'Ask me about Istio community events',
    helpBody:
      'Type a question or a few words: a talk, a speaker, an event, a topic. I answer with the passages of the istio.io posts that match, with their video and slide links.',
    helpFilters: 'Filters: `lang:zh` or `lang:en`, `year:2024`, `event:"istio day"`, and "quoted phrases".',
    helpCommands: 'Also: `events` (all events, newest first), `next` (the next announced event), `talks <event>`, `speaker <name>`.',
    examplesTitle: 'Try',
    noMatch: (query: string) => `No passages match '${query}'.`,
    tryInstead: 'Try',
    truncated: (max: number) => `Your question was longer than ${max} characters, so I read only the start of it.`,
    video: 'Video',
    slides: 'Slides',
    post: 'Post',
    more: 'More results',
    share: 'Share in channel',
    postHere: 'Post here',
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    thanks: 'Thanks for the feedback.',
    talks: 'Talks',
    events: 'Events',
    passages: 'Passages',
    event: 'Event',
    date: 'Date',
    noEvents: 'No events are known yet.',
    nextEvent: 'Next announced event',
    noNextEvent: 'No upcoming event has been announced in the posts I know.',
    inDays: (days: number) => (days === 0 ? 'today' : days > 0 ? `in ${days} days` : `${-days} days ago`),
    resultsOf: (from: number, to: number, total: number) => `Results ${from}–${to} of ${total}`,
    error: 'Something went wrong; it has been logged.',
    slowDown: 'You are asking faster than I can answer. Please wait a few seconds.',
    noMore: 'No more results.',
  },
  zh: {
    helpTitle: '向我询问 Istio 社区活动',
    helpBody: '输入一个问题或几个词：演讲、演讲者、活动或主题。我会给出 istio.io 文章中相符的段落，以及视频和幻灯片链接。',
    helpFilters: '筛选：`lang:zh` 或 `lang:en`、`year:2024`、`event:"istio day"`，以及“带引号的短语”。',
    helpCommands: '还可以：`events`（全部活动，最新在前）、`next`（下一个已公布的活动）、`talks <活动>`、`speaker <姓名>`。',
    examplesTitle: '试试',
    noMatch: (query: string) => `没有与“${query}”相符的段落。`,
    tryInstead: '试试',
    truncated: (max: number) => `您的问题超过 ${max} 个字符，我只读取了开头部分。`,
    video: '视频',
    slides: '幻灯片',
    post: '文章',
    more: '更多结果',
    share: '分享到频道',
    postHere: '在此发布',
    helpful: '有帮助',
    notHelpful: '没有帮助',
    thanks: '感谢您的反馈。',
    talks: '演讲',
    events: '活动',
    passages: '段落',
    event: '活动',
    date: '日期',
    noEvents: '暂无已知活动。',
    nextEvent: '下一个已公布的活动',
    noNextEvent: '在已知文章中没有找到已公布的后续活动。',
    inDays: (days: number) => (days === 0 ? '今天' : days > 0 ? `${days} 天后` : `${-days} 天前`),
    resultsOf: (from: number, to: number, total: number) => `第 ${from}–${to} 条，共 ${total} 条`,
    error: '出了点问题，已记录在日志中。',
    slowDown: '您提问的速度太快了，请稍等几秒。',
    noMore: '没有更多结果了。',
  },
} as const;

export type Messages = (typeof catalog)[Lang];

export function messages(lang: Lang): Messages {
  return catalog[lang];
}

/** Example questions shown in help, per language. */
export const EXAMPLES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['ambient', 'Istio Day 2023 slides', 'multicluster', 'speaker John Howard', 'events'],
  zh: ['Ambient 网格', '幻灯片 2024', '多集群', 'IstioCon 中国', 'events'],
};
