import { spanOf } from '../domain/index.js';
import type { Lang } from '../model/index.js';

/** How "today", "in 3 days", "2 months ago" are said in one language. */
interface RelativeUnits {
  today: string;
  tomorrow: string;
  yesterday: string;
  future: (count: number, unit: 'day' | 'month' | 'year') => string;
  past: (count: number, unit: 'day' | 'month' | 'year') => string;
}

const EN_UNIT = { day: 'day', month: 'month', year: 'year' } as const;
const EN_UNITS: RelativeUnits = {
  today: 'today',
  tomorrow: 'tomorrow',
  yesterday: 'yesterday',
  future: (count, unit) => `in ${count} ${EN_UNIT[unit]}${count === 1 ? '' : 's'}`,
  past: (count, unit) => `${count} ${EN_UNIT[unit]}${count === 1 ? '' : 's'} ago`,
};
const ZH_UNIT = { day: '天', month: '个月', year: '年' } as const;
const ZH_UNITS: RelativeUnits = {
  today: '今天',
  tomorrow: '明天',
  yesterday: '昨天',
  future: (count, unit) => `${count} ${ZH_UNIT[unit]}后`,
  past: (count, unit) => `${count} ${ZH_UNIT[unit]}前`,
};

/** A whole number of days from today as people say it (`spanOf`: days, then months, then years). */
function relative(days: number, units: RelativeUnits): string {
  if (days === 0) return units.today;
  if (days === 1) return units.tomorrow;
  if (days === -1) return units.yesterday;
  const { count, unit } = spanOf(days);
  return days > 0 ? units.future(count, unit) : units.past(count, unit);
}

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
    schedule: 'Schedule',
    recordings: 'Recordings',
    register: 'Register',
    cfp: 'CFP',
    post: 'Post',
    source: 'Source',
    untitled: 'Untitled',
    otherLang: { en: 'In English', zh: 'In Chinese' },
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
    inDays: (days: number) => relative(days, EN_UNITS),
    /** An event the posts give no day of its own, dated by its conference's week. */
    during: (conference: string) => `during ${conference}`,
    showing: (from: number, to: number, total: number) => `Showing ${from}–${to} of ${total}`,
    error: 'Something went wrong; it has been logged.',
    slowDown: 'You are asking faster than I can answer. Please wait a few seconds.',
    noMore: 'No more results.',
    moreHint: 'Type "more" for the next page.',
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
    schedule: '日程',
    recordings: '录像',
    register: '报名',
    cfp: '征稿',
    post: '文章',
    source: '来源',
    untitled: '无标题',
    otherLang: { en: '英文', zh: '中文' },
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
    inDays: (days: number) => relative(days, ZH_UNITS),
    during: (conference: string) => `${conference} 期间`,
    showing: (from: number, to: number, total: number) => `第 ${from}–${to} 条，共 ${total} 条`,
    error: '出了点问题，已记录在日志中。',
    slowDown: '您提问的速度太快了，请稍等几秒。',
    noMore: '没有更多结果了。',
    moreHint: '输入 "more" 查看下一页。',
  },
} as const;

export type Messages = (typeof catalog)[Lang];

export function messages(lang: Lang): Messages {
  return catalog[lang];
}

/**
 * Example questions shown in help, per language: the one list every surface shows under "Try".
 * Each must find something on the shipped index (tests/unit/present-help.test.ts checks it).
 */
export const EXAMPLES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['ambient', 'Istio Day 2023 slides', 'multicluster', 'speaker John Howard', 'events'],
  zh: ['Ambient 网格', '幻灯片 2024', '多集群', 'IstioCon 中国', '活动'],
};
