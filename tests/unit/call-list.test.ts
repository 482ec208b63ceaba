/**
 * Asked a call's tracks or topics, the line gives the whole list its post writes, though the indexer cut it into
 * passages that each show only some of the tracks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { callList } from '../../src/answer/call-list.js';
import type { RankedPassages } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

const EVENT = 'Mesh Summit 2031';
const passage = (id: string, text: string, postId = 'post'): Passage =>
  ({ id, postId, title: EVENT, url: `https://example.org/${id}`, postUrl: 'https://example.org/post', text, lang: 'en', headings: ['Call for proposals'], event: EVENT, date: '2031-05-01', links: { videos: [], slides: [], schedule: [], other: [] }, facts: {} }) as unknown as Passage;
const LEAD = 'Talks were taken for three tracks:';
const all = [passage('a', `${LEAD} Security.`), passage('b', 'Formats were 30-minute talks.'), passage('c', `${LEAD} Operations. Extensibility.`), passage('d', `${LEAD} Something else.`, 'other')];
const ranked = (...passages: Passage[]): RankedPassages => passages.map((one, index) => ({ passage: one, score: 10 - index, terms: () => [] }));

describe('the tracks of a call for proposals', () => {
  it('gathers the list from every passage of the post that repeats its lead, in order, the lead once', () => {
    expect(callList(understand('mesh summit 2031 cfp tracks'), ranked(all[2] as Passage), EVENT, all)).toBe(`${LEAD} Security. Operations. Extensibility.`);
  });

  it('reads the list from the post of a first-page passage about the call when the page shows none of its tracks', () => {
    const invite = passage('e', 'We invite everyone to submit a session proposal until May.');
    expect(callList(understand('what subjects can one pitch for mesh summit 2031, which topics'), ranked(invite, all[1] as Passage), EVENT, [...all, invite])).toBe(`${LEAD} Security. Operations. Extensibility.`);
  });

  it('gives no list unless tracks or topics are asked, or when no passage of the first page leads one in or speaks of the call', () => {
    expect(callList(understand('mesh summit 2031 cfp deadline'), ranked(all[0] as Passage), EVENT, all)).toBeUndefined();
    expect(callList(understand('mesh summit 2031 cfp topics'), ranked(all[1] as Passage), EVENT, all)).toBeUndefined();
  });
});

describe('asked the tracks of a call (shipped index)', () => {
  let engine: Answerer;
  beforeAll(async () => {
    engine = await shippedService();
  });

  it('names every track of the IstioCon 2022 call in the line', () => {
    const line = engine.answer('which tracks could you submit to for istiocon 2022').direct?.text ?? '';
    expect(line).toMatch(/^Call for proposals of IstioCon 2022: /);
    for (const track of ['Getting started', 'Tools, features', 'Infrastructure and networking', 'Tech evolution']) expect(line).toContain(track);
  });
});
