import type { Lang } from '../model/index.js';

/**
 * The web page's own words (its chrome: the form, the navigation, the page titles). What an answer
 * says comes from src/i18n through the present step, like on every other surface.
 */
const words = {
  en: {
    siteName: 'Istio community events',
    tagline: 'Talks, videos, slides and dates from the istio.io posts.',
    ask: 'Ask',
    question: 'Your question',
    placeholder: 'ambient, Istio Day 2023 slides, speaker John Howard…',
    answer: 'Answer',
    navigation: 'Main',
    language: 'Language',
    home: 'Ask',
    events: 'Events',
    upcoming: 'Upcoming',
    past: 'Past',
    noUpcoming: 'No upcoming event has been announced in the posts.',
    talksOf: (what: string) => `Talks: ${what}`,
    talksHint: 'Give an event (talks?event=…) or a speaker (talks?speaker=…).',
    talksOfEvent: 'Talks of this event',
    more: 'More results',
    loading: 'Searching…',
    notFound: 'Page not found',
    notFoundText: 'There is no page at this address.',
    notAllowed: 'Method not allowed',
    notAllowedText: 'This page can only be read (GET or HEAD).',
    badRequest: 'Bad request',
    tooMany: 'Too many requests',
    failed: 'Something went wrong',
    back: 'Back to the question box',
    footer: 'Answers come only from the istio.io posts; every link leads to its source.',
    api: 'API',
  },
  zh: {
    siteName: 'Istio 社区活动',
    tagline: '来自 istio.io 文章的演讲、视频、幻灯片和日期。',
    ask: '提问',
    question: '您的问题',
    placeholder: 'Ambient 网格、幻灯片 2024、多集群…',
    answer: '回答',
    navigation: '主导航',
    language: '语言',
    home: '提问',
    events: '活动',
    upcoming: '即将举行',
    past: '往期',
    noUpcoming: '文章中没有已公布的后续活动。',
    talksOf: (what: string) => `演讲：${what}`,
    talksHint: '请指定活动（talks?event=…）或演讲者（talks?speaker=…）。',
    talksOfEvent: '本活动的演讲',
    more: '更多结果',
    loading: '正在搜索…',
    notFound: '页面不存在',
    notFoundText: '此地址没有页面。',
    notAllowed: '不允许的方法',
    notAllowedText: '此页面只能读取（GET 或 HEAD）。',
    badRequest: '请求无效',
    tooMany: '请求过多',
    failed: '出了点问题',
    back: '返回提问框',
    footer: '回答只来自 istio.io 文章；每个链接都指向其来源。',
    api: 'API',
  },
} as const;

export type WebWords = (typeof words)[Lang];

export function webWords(lang: Lang): WebWords {
  return words[lang];
}
