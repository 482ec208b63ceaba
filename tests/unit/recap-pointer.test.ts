/**
 * Asked what a recap said comes next, the line quotes the recap's own pointer ahead ("See you in …", "…见！", "The next stop
 * was …"), not the calendar's next event; a farewell naming the event's own city (a preview's) points nowhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { pointedNext } from '../../src/answer/pointed-next.js';
import { emptyLinks } from '../../src/domain/index.js';
import type { EventInfo, Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const line = (question: string): string | undefined => engine.answer(question).direct?.text;

describe('what a recap said comes next (shipped index)', () => {
  it('quotes the recap of the event looked past, in en and zh', () => {
    expect(line('what did the london 2025 recap say was next')).toMatch(/^Istio Day Europe 2025 in London: The next stop was .*Atlanta in November 2025/);
    expect(line('伦敦 2025 的回顾文章提到的下一站是哪里')).toMatch(/^2025 年 Istio Day 欧洲站（伦敦）：下一站是 2025 年 11 月在亚特兰大/);
    expect(line('in the chicago 2023 write-up, which istio day came after it')).toMatch(/^Istio Day North America 2023 in Chicago: The next Istio Day was announced for Paris in March 2024/);
  });

  it('keeps the calendar line when no post is asked of', () => {
    expect(line('istio day after london 2025')).toBe('Istio Day North America 2025: 10 November 2025, Atlanta');
  });
});

const BERLIN: EventInfo = {
  id: 'en:istio-day-europe-2034',
  name: 'Istio Day Europe 2034',
  kind: 'istio-day',
  city: 'Berlin',
  country: 'Germany',
  venue: null,
  start: '2034-03-20',
  end: '2034-03-20',
  parent: null,
  posts: ['https://example.org/blog/2034/istio-day-berlin/'],
  sources: [{ url: 'https://example.org/blog/2034/istio-day-berlin/', role: 'recap', lang: 'en', date: '2034-04-01' }],
  slides: null,
  links: { slides: [], schedule: [], recordings: [], register: [], cfp: [], other: [] },
  lang: 'en',
};

function passage(ordinal: number, text: string): Passage {
  const url = 'https://example.org/blog/2034/istio-day-berlin/';
  return { id: `en:recap#${ordinal}`, postId: 'en/blog/2034/istio-day-berlin/index', translationKey: 'blog/2034/istio-day-berlin', title: 'Istio Day Berlin, a look back', headings: [], url, postUrl: url, lang: 'en', date: '2034-03-20', published: '2034-04-01', event: BERLIN.name, text, links: emptyLinks(), facts: {} };
}

describe('the pointer a recap gives', () => {
  const asked = understand('what did the berlin recap say comes after it');
  const from = { event: BERLIN, direction: 'after' as const };

  it('is its closing farewell naming another city, before a sentence naming the next stop', () => {
    const passages = [passage(0, 'The next stop was Lisbon, later that year.'), passage(1, 'Thanks to our sponsors! See you in Lisbon in October 2034!')];
    expect(pointedNext(asked, [], from, passages)?.direct?.text).toBe('Istio Day Berlin, a look back: See you in Lisbon in October 2034!');
  });

  it('is none when the only farewell names the event\'s own city', () => {
    expect(pointedNext(asked, [], from, [passage(0, 'Join us at the kiosk. See you soon in Berlin!')])).toBeUndefined();
  });

  it('is none when the question asks nothing of a post', () => {
    expect(pointedNext(understand('what came after istio day berlin'), [], from, [passage(0, 'See you in Lisbon in October 2034!')])).toBeUndefined();
  });
});
