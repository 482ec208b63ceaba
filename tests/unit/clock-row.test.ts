/** Asked the hour of one item of a programme, the line quotes the timetable's row that holds it, not the event's day or hours. */
import { describe, expect, it } from 'vitest';
import { clockRowLine } from '../../src/answer/clock-row.js';
import type { RankedPassages } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';

const passage = (id: string, text: string, lang: 'en' | 'zh' = 'en'): Passage =>
  ({ id, postId: id, title: `Post ${id}`, url: `https://example.org/${id}`, postUrl: `https://example.org/${id}`, text, lang, headings: [], event: 'FooCon 2031', date: '2031-05-01', links: { videos: [], slides: [], schedule: [], other: [] }, facts: {} }) as unknown as Passage;
const rankedOf = (passages: readonly Passage[]): RankedPassages => passages.map((one, index) => ({ passage: one, score: passages.length - index, terms: () => [] }));

const overview = passage('o', 'FooCon 2031 took place at the Harbour Hall on the afternoon of 1 May 2031, from 13:00 to 17:00.');
const agenda = passage('a', '13:00 - 13:20 | Doors open. 13:20 - 14:00 | Mesh upgrades at the Harbour Hall. 15:00 - 15:15 | Coffee break. 15:15 - 16:00 | Faster networking with eBPF.');

describe('the timetable row line', () => {
  it('quotes the row that holds the item asked about, and shows its passage first', () => {
    const lead = clockRowLine(understand('what time was the coffee break at foocon 2031'), rankedOf([overview, agenda]), () => ['coffee', 'break']);
    expect(lead?.direct?.text).toBe('Post a: 15:00 - 15:15 | Coffee break.');
    expect(lead?.first?.passage.id).toBe('a');
  });

  it('weighs a word many sentences say (the venue) below the one that picks out a row', () => {
    const lead = clockRowLine(understand('harbour hall foocon: what time was the coffee break'), rankedOf([overview, agenda]), () => ['harbour', 'coffee']);
    expect(lead?.direct?.text).toMatch(/Coffee break/);
  });

  it('reads a Chinese run the question did not write apart by its pieces', () => {
    const zh = passage('z', '13:00 - 13:20 | 活动签到。 15:00 - 15:15 | 茶歇交流。 15:15 - 16:00 | 使用 eBPF 加速网络。', 'zh');
    expect(clockRowLine(understand('foocon 2031 茶歇是几点'), rankedOf([zh]), () => ['茶歇是'])?.direct?.text).toBe('Post z：15:00 - 15:15 | 茶歇交流。');
  });

  it('answers the hour of the one event named, nothing in it, with its first sentence that gives a time of day', () => {
    const other = { ...passage('x', 'BarCon 2031 ran from 9:00 to 12:00.'), event: 'BarCon 2031' } as Passage;
    const lead = clockRowLine(understand('what time did foocon 2031 end'), rankedOf([other, overview, agenda]), () => [], 'FooCon 2031');
    expect(lead?.direct?.text).toBe('Post o: FooCon 2031 took place at the Harbour Hall on the afternoon of 1 May 2031, from 13:00 to 17:00.');
    expect(clockRowLine(understand('what time did foocon 2031 end'), rankedOf([other, overview]), () => [])).toBeUndefined();
  });

  it('gives no line when the hour is not asked, or no row with a time holds the item', () => {
    expect(clockRowLine(understand('was there a coffee break at foocon 2031'), rankedOf([overview, agenda]), () => ['coffee', 'break'])).toBeUndefined();
    expect(clockRowLine(understand('what time was the raffle at foocon 2031'), rankedOf([overview, agenda]), () => ['raffle'])).toBeUndefined();
  });
});
