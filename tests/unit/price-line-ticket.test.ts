/**
 * Asked what attending takes with a ticket or pass named, the line quotes what attending takes together with the sentence
 * of its passage that says which ticket to buy and what it includes, in the passage's order.
 */
import { describe, expect, it } from 'vitest';
import { priceLine } from '../../src/answer/price-line.js';
import type { RankedPassages } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';

const EVENT = 'Istio Day Europe 2031';

const passage = (id: string, text: string, lang: 'en' | 'zh' = 'en'): Passage =>
  ({ id: `${id}#0`, postId: id, title: `Post ${id}`, url: `https://istio.io/latest/blog/2031/${id}/`, postUrl: `https://istio.io/latest/blog/2031/${id}/`, text, lang, headings: [], event: EVENT, date: '2031-03-01', links: { videos: [], slides: [], schedule: [], other: [] }, facts: {} }) as unknown as Passage;

const rankedOf = (passages: readonly Passage[]): RankedPassages => passages.map((one, index) => ({ passage: one, score: passages.length - index, terms: () => [] }));

const register = passage(
  'register',
  'Istio Day is a co-located event. Attendees may purchase a Full Conference pass, which includes entry to every co-located event. You must be attending the conference to attend Istio Day.',
);
const zh = passage('register-zh', 'Istio Day 是同场活动。与会者可以购买大会通票，其中包括进入所有同场活动。您必须参加大会才能参加 Istio Day。', 'zh');

const lineOf = (question: string, passages: readonly Passage[]) => priceLine(understand(question), rankedOf(passages), [EVENT])?.direct?.text;

describe('what attending takes, asked with a ticket named', () => {
  it('quotes which pass to buy with what attending takes, in the order the passage says them', () => {
    expect(lineOf('is a conference pass a must for istio day europe 2031?', [register])).toBe(
      'Post register: Attendees may purchase a Full Conference pass, which includes entry to every co-located event. You must be attending the conference to attend Istio Day.',
    );
    expect(lineOf('去 2031 欧洲 istio day 必须买大会的票吗', [zh])).toBe('Post register-zh：与会者可以购买大会通票，其中包括进入所有同场活动。您必须参加大会才能参加 Istio Day。');
  });

  it('quotes what attending takes alone when no ticket is named', () => {
    expect(lineOf('do i need to register for the conference to attend istio day europe 2031', [register])).toBe('Post register: You must be attending the conference to attend Istio Day.');
  });
});

describe('how a ticket is bought', () => {
  it('quotes which ticket to buy, with what attending takes, in en and zh; asked where, the registration link answers (no line here)', () => {
    expect(lineOf('how would i purchase a ticket for istio day europe 2031', [register])).toMatch(/purchase a Full Conference pass.*You must be attending/);
    expect(lineOf('2031 欧洲 istio day 的票 如何购买', [zh])).toMatch(/购买大会通票.*您必须参加大会/);
    expect(lineOf('where do i purchase a ticket for istio day europe 2031', [register])).toBeUndefined();
  });
});
