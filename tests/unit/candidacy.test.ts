/**
 * To run for an office is to stand for it: "how many people ran for the toc" counts candidates, as the results post
 * says ("Six candidates stood for…"), and is no question of how long something ran for.
 */
import { describe, expect, it } from 'vitest';
import { countLine } from '../../src/answer/count-line.js';
import { countedIn } from '../../src/facts/index.js';
import type { RankedPassages } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';

const passage = (text: string, title: string): Passage =>
  ({ id: 'r', postId: 'r', title, url: 'https://example.org/r', postUrl: 'https://example.org/r', text, lang: 'en', headings: [], event: null, date: '2031-08-01', links: { videos: [], slides: [], schedule: [], other: [] }, facts: { count: true, counted: countedIn(text) } }) as unknown as Passage;
const rankedOf = (passages: readonly Passage[]): RankedPassages => passages.map((one, index) => ({ passage: one, score: passages.length - index, terms: () => [] }));

describe('running for an office', () => {
  it('counts who stood when asked how many ran for a body or its seats', () => {
    const results = passage('Six candidates stood for the three open seats.', 'Technical Oversight Committee election results 2031');
    expect(understand('how many people ran for the toc in 2031').ask).toBe('how-many');
    expect(countLine(understand('how many people ran for the toc in 2031'), rankedOf([results]))?.direct?.text).toMatch(/Six candidates stood/);
    expect(understand('how many people are running for community seats').ask).toBe('how-many');
  });

  it('still reads how long an event ran for as asking its dates', () => {
    expect(understand('how long did the summit run for').ask).toBe('when');
    expect(understand('the meetup ran for how long').ask).toBe('when');
  });
});
