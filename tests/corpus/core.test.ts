/**
 * The indexer and the query engine on the real istio.io content tree (issue 2): every post indexes,
 * the seed post yields its video and slide links, and questions about things the posts say find the
 * passage that says them.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { saysSlidesOnSchedule } from '../../src/domain/index.js';
import { buildCorpus } from '../../src/indexer/index.js';
import { Answerer } from '../../src/answer/index.js';
import type { Lang, Passage } from '../../src/model/index.js';
import type { AnswerOptions } from '../../src/answer/index.js';

const config = loadConfig();
const root = resolve(config.istioContent);

if (!existsSync(join(root, 'en'))) {
  throw new Error(`The istio.io content tree is missing at ${root}; set ISTIO_CONTENT to a checkout of istio.io/content.`);
}

const corpus = await buildCorpus({ contentDirs: [root], siteBaseUrl: config.siteBaseUrl });
const engine = Answerer.fromCorpus(corpus);
const passageById = new Map(corpus.passages.map((passage) => [passage.id, passage]));

/** The passages of one answer, as the index stores them. */
function ranked(question: string, options: AnswerOptions = {}): Passage[] {
  return engine.answer(question, options).results.map((result) => {
    const passage = passageById.get(result.id);
    if (!passage) throw new Error(`the engine returned ${result.id}, which the index does not hold`);
    return passage;
  });
}

const SEED = 'zh/blog/2023/istio-at-kubecon-na/index';
const ISTIO_DAY_NA_2023_SCHEDULE =
  'https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/co-located-events/istio-day/#thank-you-for-attending';

describe('indexing the istio.io content tree', () => {
  it('indexes every post, in English and in Chinese, skipping none', () => {
    expect(corpus.skipped).toEqual([]);
    expect(corpus.posts).toBeGreaterThan(100);
    expect(corpus.passagesByLang.en).toBeGreaterThan(0);
    expect(corpus.passagesByLang.zh).toBeGreaterThan(0);
  });

  it('gives the seed post a passage with the "Architecting ambient for scale" video', () => {
    const seed = corpus.passages.filter((passage) => passage.postId === SEED);
    expect(seed.some((passage) => passage.links.videos.includes('https://www.youtube.com/watch?v=S39yo6ZJ4iM'))).toBe(true);
  });

  it('carries the Istio Day schedule as the schedule (never as slides) on the seed passage that says the slides are there', () => {
    const withSchedule = corpus.passages.filter((passage) => passage.postId === SEED && passage.links.schedule.includes(ISTIO_DAY_NA_2023_SCHEDULE));
    expect(withSchedule.length).toBeGreaterThan(0);
    expect(withSchedule.some((passage) => passage.text.includes('幻灯片') && saysSlidesOnSchedule(passage.text, passage.links))).toBe(true);
    expect(corpus.passages.some((passage) => passage.links.slides.includes(ISTIO_DAY_NA_2023_SCHEDULE))).toBe(false);
  });
});

/** A question and what marks its right passage: the post, and a link it carries or words it says. */
interface Known {
  question: string;
  post: string;
  link?: string;
  says?: string;
}

const english: Known[] = [
  { question: 'Lilt Intel AI translation', post: 'en/blog/2023/istio-at-kubecon-na/index', link: 'https://www.youtube.com/watch?v=jFJyLbHros0' },
  { question: 'John Keates Wehkamp end user talk', post: 'en/blog/2023/istio-at-kubecon-eu/index', link: 'https://www.youtube.com/watch?v=Gb_I2RJr8kQ' },
  { question: 'Zack Butcher controls compliance', post: 'en/blog/2023/istio-at-kubecon-eu/index', link: 'https://www.youtube.com/watch?v=gIntE4Nn5r4' },
  { question: 'Expedia lock contention', post: 'en/blog/2023/istio-at-kubecon-na/index', link: 'https://sched.co/1R2uV' },
  { question: 'contribfest salt lake city', post: 'en/blog/2024/kubecon-na/index', link: 'https://sched.co/1hoyI' },
  { question: 'Credit Karma migration lessons', post: 'en/blog/2025/istio-at-kubecon-na/index', says: 'Sumit Vij' },
  { question: 'Intuit autoscaling', post: 'en/blog/2025/istio-at-kubecon-na/index', says: 'Punakshi Chaand' },
];

const chinese: Known[] = [
  { question: 'Lukonde Mwila 多集群 信任', post: 'zh/blog/2023/istio-at-kubecon-na/index', link: 'https://www.youtube.com/watch?v=FIVmVIJlLVw' },
  { question: 'Credit Karma 迁移 经验', post: 'zh/blog/2025/istio-at-kubecon-na/index', link: 'https://www.youtube.com/watch?v=OjT4NmO5MvM' },
  { question: '上海 Wasm 扩展 演讲', post: 'zh/blog/2023/istiocon-china/index', says: 'Shivanshu Raj Shrivastava' },
  { question: '蚂蚁集团 Istio 使用', post: 'zh/blog/2025/istio-at-kubecon-eu/index', link: 'https://www.youtube.com/watch?v=bjCT7-mFYEo' },
  { question: '盐湖城 Contribfest', post: 'zh/blog/2024/kubecon-na/index', link: 'https://sched.co/1hoyI' },
];

function isRight(passage: Passage, known: Known): boolean {
  if (passage.postId !== known.post) return false;
  const links = [...passage.links.videos, ...passage.links.slides, ...passage.links.schedule, ...passage.links.other];
  return (!known.link || links.includes(known.link)) && (!known.says || passage.text.includes(known.says));
}

describe('answering questions over the corpus', () => {
  it.each([...english, ...chinese])('finds the right passage for "$question" in the top 3', (known) => {
    const top = ranked(known.question);
    expect(top.some((passage) => isRight(passage, known)), top.map((passage) => passage.id).join(', ')).toBe(true);
  });

  /** Passages in both languages match its Latin words; only its Chinese words say which language is wanted. */
  const mixed = 'KubeCon Istio Day 的演讲';
  const langsOf = (question: string) => ranked(question, { limit: 5 }).map((passage) => passage.lang);

  it('answers a question in Chinese with Chinese passages, though English ones match it too', () => {
    expect(langsOf(mixed)).toEqual(['zh', 'zh', 'zh', 'zh', 'zh']);
    expect(langsOf(`lang:en ${mixed}`)).toEqual(['en', 'en', 'en', 'en', 'en']);
  });

  it('answers a Chinese question with English passages only when it says lang:en', () => {
    expect(langsOf('lang:en 芝加哥 Istio Day 视频')).toEqual(['en', 'en', 'en', 'en', 'en']);
  });

  it('answers an English question with Chinese passages only when it says lang:zh', () => {
    expect(langsOf('Credit Karma Istio migration')).toContain('en');
    expect(langsOf('lang:zh Credit Karma Istio migration')).toEqual(['zh', 'zh', 'zh', 'zh', 'zh']);
  });
});

describe('talks asked for by the organisation that gave them', () => {
  it('lists its talks at the event named, and keeps the passage that names it first (istio.io alone)', () => {
    const answer = engine.answer('Forbes 在 kubecon london 上讲了啥');
    expect(answer.direct?.text).toMatch(/^KubeCon \+ CloudNativeCon Europe 2025 Maintainer Track 上 Forbes 的演讲（1 场）：.*Raymond Wong/);
    expect(answer.results[0]?.text).toContain('来自 Forbes 的 Raymond Wong');
  });
});

describe('ranking without a wall of near-duplicates', () => {
  /** Broad questions that many passages of many posts, in both languages, match. */
  const broad = ['istio day', 'kubecon', 'ambient', 'Istio Day 欧洲站', 'KubeCon 演讲 视频'];

  it.each(broad)('shows at most two passages of one post for "%s"', (question) => {
    const top = ranked(question, { limit: 20 });
    expect(top).toHaveLength(20);
    const perPost = new Map<string, number>();
    for (const passage of top) perPost.set(passage.postId, (perPost.get(passage.postId) ?? 0) + 1);
    expect(Math.max(...perPost.values())).toBeLessThanOrEqual(2);
  });

  it.each(broad)('never shows both language copies of one post for "%s"', (question) => {
    const top = ranked(question, { limit: 50 });
    // The rule has work to do: posts of this answer exist in both languages.
    const keysByLang = (lang: Lang) => new Set(corpus.passages.filter((passage) => passage.lang === lang).map((passage) => passage.translationKey));
    const en = keysByLang('en');
    const zh = keysByLang('zh');
    expect(top.filter((passage) => en.has(passage.translationKey) && zh.has(passage.translationKey)).length).toBeGreaterThan(10);
    const copies = new Map<string, Set<Lang>>();
    for (const passage of top) copies.set(passage.translationKey, (copies.get(passage.translationKey) ?? new Set()).add(passage.lang));
    expect([...copies].filter(([, langs]) => langs.size > 1).map(([key]) => key)).toEqual([]);
  });
});
