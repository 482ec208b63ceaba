/**
 * Words that mean the same thing in this domain, across spelling and across English and Chinese.
 * A query word matches any member of its group. Kept general: project terms, places and
 * organisations that recur in the community's posts, never the wording of a particular question.
 */
import { PLACE_SYNONYMS } from '../domain/index.js';

/** Cities and regions come from the one list in `src/domain/places.ts`. */
const GROUPS: readonly (readonly string[])[] = [
  ['multicluster', 'multi-cluster', '多集群'],
  ['ambient', 'ambient mesh', 'ambient 网格', 'ambient 模式'],
  ['sidecarless', 'sidecar-less', '无边车', '无 sidecar'],
  ['sidecar', '边车'],
  ['service mesh', '服务网格'],
  ['mascot', '吉祥物'],
  ['steering', 'steering committee', '指导委员会'],
  ['toc', 'technical oversight committee', '技术监督委员会'],
  ['election', 'elections', 'vote', 'voting', '选举', '投票'],
  ['award', 'awards', '奖', '奖项'],
  ['keynote', 'keynotes', '主题演讲'],
  ['workshop', '研讨会'],
  ['lightning talk', '闪电演讲'],
  ['maintainer', 'maintainers', '维护者'],
  ['contributor', 'contributors', '贡献者'],
  ['graduation', 'graduated', 'graduates', '毕业'],
  ['certification', 'certified', '认证'],
  ['book', '书'],
  ['birthday', '生日'],
  ['security', '安全'],
  ['roadmap', '路线图'],
  ['tutorial', '教程'],
  ['migration', 'migrate', '迁移'],
  ['zero downtime', '零停机'],
  ['debugging', 'debug', 'troubleshooting', '调试', '排查'],
  ['end user', 'end-user', '最终用户'],
  ['registrants', 'attendees', 'attended', 'registered', '注册', '参会'],
  ...PLACE_SYNONYMS,
  ['bloomberg', '彭博', '彭博社'],
  ['microsoft', '微软'],
  ['google', '谷歌'],
  ['meetup', 'meetups', 'meet-up'],
];

/** What a word asks for beyond its topic: a video, slides, a talk, a date. */
export type Want = 'video' | 'slides' | 'talk' | 'date';

const WANTS: Readonly<Record<string, Want>> = {
  video: 'video',
  videos: 'video',
  recording: 'video',
  recordings: 'video',
  recorded: 'video',
  youtube: 'video',
  watch: 'video',
  视频: 'video',
  录像: 'video',
  录播: 'video',
  回放: 'video',
  slides: 'slides',
  slide: 'slides',
  deck: 'slides',
  decks: 'slides',
  ppt: 'slides',
  pdf: 'slides',
  幻灯片: 'slides',
  演示文稿: 'slides',
  资料: 'slides',
  下载: 'slides',
  talk: 'talk',
  talks: 'talk',
  session: 'talk',
  sessions: 'talk',
  presentation: 'talk',
  演讲: 'talk',
  议题: 'talk',
  分享: 'talk',
  date: 'date',
  dates: 'date',
  when: 'date',
  日期: 'date',
  时间: 'date',
  什么时候: 'date',
  哪天: 'date',
};

const byWord = new Map<string, readonly string[]>();
for (const group of GROUPS) for (const word of group) byWord.set(word, group);

/** Every way of saying `word` (itself included): its synonym group, or every word that wants the same thing. */
export function alternativesOf(word: string): readonly string[] {
  const want = WANTS[word];
  if (want) return [word, ...Object.keys(WANTS).filter((other) => other !== word && WANTS[other] === want)];
  return byWord.get(word) ?? [word];
}

/** Multi-word phrases of the synonym groups, longest first, to be read as one word. */
export const PHRASES: readonly string[] = [...byWord.keys()].filter((word) => /\s/.test(word)).sort((a, b) => b.length - a.length);

export function wantOf(word: string): Want | undefined {
  return WANTS[word];
}

/** Every word the lists above know, to cut unspaced Chinese questions at known words. */
export const KNOWN_WORDS: readonly string[] = [...byWord.keys(), ...Object.keys(WANTS)];
