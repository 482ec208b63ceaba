import { describe, expect, it } from 'vitest';
import { answers, firstHit, itemsOf, normalizeLink, percentile, score, talkItemsOf } from '../../src/eval/metrics.js';
import { parseQuestions } from '../../src/eval/questions.js';
import { isAppError } from '../../src/errors/index.js';
import type { Talk } from '../../src/model/index.js';
import type { Answer, Result } from '../../src/answer/index.js';

const expectation = (links: string[] = [], texts: string[] = []) => ({ links_any: links, text_any: texts });

describe('normalizeLink', () => {
  it('gives every form of one YouTube video one spelling', () => {
    const forms = ['https://youtu.be/Zx9_kLm2PqR', 'https://www.youtube.com/watch?v=Zx9_kLm2PqR&list=PL1&index=3', 'https://www.youtube.com/embed/Zx9_kLm2PqR'];
    expect(new Set(forms.map(normalizeLink))).toEqual(new Set(['https://www.youtube.com/watch?v=Zx9_kLm2PqR']));
  });

  it('ignores a trailing slash and the case of the host but keeps the fragment', () => {
    expect(normalizeLink('https://Sched.co/1R2q7/')).toBe(normalizeLink('https://sched.co/1R2q7'));
    expect(normalizeLink('https://example.org/day/#slides')).not.toBe(normalizeLink('https://example.org/day/'));
  });
});

describe('answers', () => {
  it('counts an expected link in any spelling', () => {
    expect(answers({ links: ['https://youtu.be/abcdefghijk'], text: '' }, expectation(['https://www.youtube.com/watch?v=abcdefghijk']))).toBe(true);
  });

  it('counts an expected phrase in the text whatever its case and spacing', () => {
    expect(answers({ links: [], text: 'The  Policy\nWorkshop room was full' }, expectation([], ['policy workshop room']))).toBe(true);
  });

  it('does not count an empty phrase or an unrelated link', () => {
    expect(answers({ links: ['https://example.org/'], text: 'anything' }, expectation(['https://example.org/other'], ['']))).toBe(false);
  });
});

describe('firstHit and score', () => {
  const miss = { links: [], text: 'nothing here' };
  const hit = { links: [], text: 'the answer' };
  const expect1 = expectation([], ['answer']);

  it('ranks from 1 and looks no deeper than asked', () => {
    expect(firstHit([miss, hit], expect1, 5)).toBe(2);
    expect(firstHit([miss, miss, miss, hit], expect1, 3)).toBeNull();
  });

  it('computes hit@1, hit@3 and MRR over the questions', () => {
    expect(score([1, 2, 4, null])).toEqual({ questions: 4, hit1: 0.25, hit3: 0.5, mrr: (1 + 0.5 + 0.25) / 4 });
    expect(score([])).toEqual({ questions: 0, hit1: 0, hit3: 0, mrr: 0 });
  });

  it('takes percentiles by nearest rank', () => {
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4], 1)).toBe(5);
    expect(percentile([], 0.95)).toBe(0);
  });
});

describe('items of an answer', () => {
  const result: Result = {
    id: 'en:a#1',
    title: 'A',
    url: 'https://istio.io/a/#talks',
    postUrl: 'https://istio.io/a/',
    heading: 'Talks',
    text: 'a passage',
    marks: [],
    lang: 'en',
    event: null,
    date: null,
    score: 1,
    links: { videos: [], slides: [], schedule: [], other: [] },
  };
  const talk: Talk = {
    id: 'en:a#1/t1',
    title: 'A talk',
    titles: { en: 'A talk' },
    speakers: ['Ana Silva'],
    organisations: [],
    people: [{ name: 'Ana Silva', organisation: null }],
    event: null,
    eventId: null,
    date: null,
    video: 'https://www.youtube.com/watch?v=abcdefghijk',
    slides: 'https://sched.co/1Ab',
    schedule: null,
    url: result.url,
    passageId: result.id,
    lang: 'en',
  };
  const answer = { results: [result], talks: [talk] } as unknown as Answer;

  it("counts the video and slides of a result's talks as its links", () => {
    const [item] = itemsOf(answer, new Map([[result.id, [talk]]]));
    expect(answers(item ?? { links: [], text: '' }, expectation(['https://sched.co/1Ab']))).toBe(true);
    const [bare] = itemsOf(answer, new Map());
    expect(answers(bare ?? { links: [], text: '' }, expectation(['https://sched.co/1Ab']))).toBe(false);
  });

  it('reads listed talks by their links, title and speakers', () => {
    expect(talkItemsOf(answer)).toEqual([{ links: [talk.video, talk.slides, talk.url], text: 'A talk Ana Silva' }]);
  });
});

describe('parseQuestions', () => {
  it('reads one question a line and skips blank lines', () => {
    const text = '{"id":"a","q":"x","lang":"en","expect":{"links_any":["https://e.org"]}}\n\n{"id":"b","q":"y","lang":"zh","expect":{}}\n';
    expect(parseQuestions(text)).toEqual([
      { id: 'a', q: 'x', lang: 'en', expect: { links_any: ['https://e.org'], text_any: [] } },
      { id: 'b', q: 'y', lang: 'zh', expect: { links_any: [], text_any: [] } },
    ]);
  });

  it('names the line and the field of a bad question', () => {
    const bad = '{"id":"a","q":"x","lang":"en","expect":{}}\n{"id":"b","q":"y","lang":"fr","expect":{}}';
    try {
      parseQuestions(bad, 'set.jsonl');
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, 'USAGE')).toBe(true);
      expect((error as Error).message).toMatch(/^set\.jsonl line 2: lang:/);
    }
  });
});
