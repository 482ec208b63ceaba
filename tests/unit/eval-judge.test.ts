import { describe, expect, it } from 'vitest';
import type { Answer, DirectAnswer, Result } from '../../src/answer/index.js';
import { judge, readAnswer } from '../../src/eval/judge.js';
import type { EvalQuestion } from '../../src/eval/questions.js';
import { reportOf, table, type Judged } from '../../src/eval/summary.js';
import type { Talk } from '../../src/model/index.js';

const result = (id: string, text: string, slides: string[] = []): Result => ({
  id,
  title: 'T',
  url: `https://istio.io/${id}`,
  postUrl: 'https://istio.io/post/',
  heading: null,
  text,
  marks: [],
  lang: 'en',
  event: null,
  date: null,
  score: 1,
  links: { videos: [], slides, schedule: [], other: [] },
});

const talk: Talk = {
  id: 'en:b#1/t1',
  title: 'Architecting ambient for scale',
  titles: { en: 'Architecting ambient for scale' },
  speakers: ['John Howard'],
  organisations: [],
  people: [{ name: 'John Howard', organisation: null }],
  event: null,
  eventId: null,
  date: null,
  video: 'https://www.youtube.com/watch?v=abcdefghijk',
  slides: null,
  schedule: 'https://sched.co/1R2tA',
  url: 'https://istio.io/b',
  passageId: 'en:b#1',
  lang: 'en',
};

const question = (fields: Partial<EvalQuestion>): EvalQuestion => ({ id: 'q', q: 'q', lang: 'en', intent: 'when', posts: ['en/blog/x/index'], legacy: null, keys: ['6 November'], ...fields });

const answerOf = (results: Result[], talks: Talk[] = [], direct?: DirectAnswer): Answer =>
  ({ query: 'q', truncated: false, intent: 'search', lang: 'en', total: results.length, offset: 0, results, talks, events: [], suggestions: [], ...(direct ? { direct } : {}) });

const postOf = new Map([
  ['en:a#0', 'en/blog/other/index'],
  ['en:b#1', 'en/blog/x/index'],
  ['en:c#2', 'en/blog/x/index'],
]);

describe('readAnswer and judge', () => {
  const results = [result('en:a#0', 'Istio Day was a full day'), result('en:b#1', 'It was held on 6 November in Chicago'), result('en:c#2', 'Slides are on the schedule')];

  it('ranks the expected post and finds the key on the first page but not in the first passage', () => {
    const shown = readAnswer(answerOf(results), new Map(), postOf);
    expect(judge(question({}), shown, 5)).toEqual({ postRank: 2, answer1: false, answer3: true, linkShown: null });
  });

  it('counts an answer line that holds the key as answer@1', () => {
    const shown = readAnswer(answerOf(results, [], { text: 'Istio Day NA 2023: 6 November 2023, Chicago', url: 'https://istio.io/e', lang: 'en' }), new Map(), postOf);
    expect(judge(question({}), shown, 5).answer1).toBe(true);
  });

  it('misses when no passage within the first page holds the key', () => {
    const late = [...results.slice(0, 1), result('en:a#0', 'nothing'), result('en:a#0', 'nothing'), results[1] as Result];
    const verdict = judge(question({}), readAnswer(answerOf(late), new Map(), postOf), 5);
    expect(verdict).toMatchObject({ postRank: 4, answer1: false, answer3: false });
  });

  it('reads an answer that shows its talks first (a talks answer) in that order: its first talk is its answer@1', () => {
    const talksFirst = readAnswer({ ...answerOf([results[0] as Result], [talk]), intent: 'talks' }, new Map(), postOf);
    expect(judge(question({ intent: 'talks', keys: ['John Howard'] }), talksFirst, 5)).toMatchObject({ answer1: true, answer3: true });
    const passagesFirst = readAnswer(answerOf([results[0] as Result], [talk]), new Map(), postOf);
    expect(judge(question({ intent: 'talks', keys: ['John Howard'] }), passagesFirst, 5)).toMatchObject({ answer1: false, answer3: true });
  });

  it('reads a listed talk by the title the surfaces show it by: in the answer’s language', () => {
    const both = { ...talk, title: '规模化 Ambient 架构', titles: { zh: '规模化 Ambient 架构', en: 'Architecting ambient for scale' }, lang: 'zh' as const };
    const inEnglish = readAnswer({ ...answerOf([], [both]), intent: 'talks' }, new Map(), postOf);
    expect(judge(question({ intent: 'talks', keys: ['Architecting ambient'] }), inEnglish, 5).answer1).toBe(true);
    expect(judge(question({ intent: 'talks', keys: ['规模化'] }), inEnglish, 5).answer1).toBe(false);
  });

  it("counts listed talks for talk questions only, and a passage's talks for link shown", () => {
    const shown = readAnswer(answerOf([results[0] as Result], [talk]), new Map(), postOf);
    expect(judge(question({ intent: 'who', keys: ['John Howard'] }), shown, 5).answer3).toBe(true);
    expect(judge(question({ intent: 'when', keys: ['John Howard'] }), shown, 5).answer3).toBe(false);
    const byPassage = readAnswer(answerOf([result('en:b#1', 'A talk')]), new Map([['en:b#1', [talk]]]), postOf);
    expect(judge(question({ intent: 'video', keys: ['https://youtu.be/abcdefghijk'] }), byPassage, 5).linkShown).toBe(true);
    expect(judge(question({ intent: 'video', keys: ['https://youtu.be/zzzzzzzzzzz'] }), byPassage, 5).linkShown).toBe(false);
    expect(judge(question({ intent: 'talks', keys: ['sched.co/1R2tA'] }), byPassage, 5).linkShown).toBe(true);
  });

  it('judges the old shape by its links and phrases, its post rank being the first passage that answers', () => {
    const shown = readAnswer(answerOf(results.slice(0, 2).concat(result('en:c#2', 'deck', ['https://sched.co/1Ab']))), new Map(), postOf);
    const old = question({ intent: null, posts: [], keys: [], legacy: { links: ['https://sched.co/1Ab/'], texts: [] } });
    expect(judge(old, shown, 5)).toEqual({ postRank: 3, answer1: false, answer3: true, linkShown: true });
  });
});

describe('reportOf and table', () => {
  const judged = (id: string, lang: 'en' | 'zh', intent: EvalQuestion['intent'], postRank: number | null, answer3: boolean): Judged => ({
    question: question({ id, lang, intent }),
    verdict: { postRank, answer1: postRank === 1 && answer3, answer3, linkShown: null },
    ms: 1,
  });
  const items = [judged('a', 'en', 'when', 1, true), judged('b', 'en', 'who', 2, true), judged('c', 'zh', 'when', null, false), judged('d', 'zh', 'when', 4, false)];

  it('scores the set, each language and each intent', () => {
    const report = reportOf('dev.jsonl', items);
    expect(report.overall).toMatchObject({ questions: 4, hit1: 0.25, hit3: 0.5, mrr: (1 + 0.5 + 0.25) / 4, answer1: 0.25, answer3: 0.5, linkShown: null });
    expect(report.byLang.zh).toMatchObject({ questions: 2, hit3: 0, answer3: 0 });
    expect(report.byIntent.when).toMatchObject({ questions: 3, answer3: 1 / 3 });
    expect(Object.keys(report.byIntent)).toEqual(['when', 'who']);
  });

  it('prints one row per group under a header', () => {
    const lines = table(reportOf('dev.jsonl', items), 5).split('\n');
    expect(lines[1]).toMatch(/post@1 +post@3 +MRR +ans@1 +ans@3/);
    expect(lines.slice(2).map((line) => line.split(/\s+/)[0])).toEqual(['all', 'en', 'zh', 'when', 'who']);
    expect(lines[2]).toMatch(/^all +4 +0\.25 +0\.50 +0\.44 +0\.25 +0\.50 /);
  });
});

