import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates, findPlaces, yearFor } from '../../src/domain/index.js';
import { eventKey, eventKind, normalizeForMatch } from '../../src/indexer/event-keys.js';
import { extractEvents } from '../../src/indexer/events.js';
import { extractKnowledge } from '../../src/indexer/knowledge.js';
import type { ParsedPost } from '../../src/indexer/types.js';
import type { EventInfo } from '../../src/model/index.js';
import { post } from '../helpers/parsed-post.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'events');

/** What each fixture pins; a fixture folder without a line here fails, so none is silently skipped. */
const cases: Record<string, string> = {
  'recap-en': 'reads the city and dates of an English recap, skips the CFP date, and announces the next event',
  'recap-zh': 'reads the city and dates of a Chinese recap and its "…见！" announcement',
  'announcement-banner-recap': 'merges a mention, an undated banner and a dated announcement of one event, listing only dated posts',
  'front-matter-wins': "prefers our front matter, its venue included, to a banner's reading of the same event under another spelling",
};

const load = <T>(name: string, file: string): T => JSON.parse(readFileSync(join(root, name, file), 'utf8')) as T;

/** The events as a reader sees them (the conference each is part of by name): the golden files pin this, not internal ids. */
const seen = (events: EventInfo[]) =>
  events.map(({ id, kind, parent, ...event }) => ({ ...event, partOf: events.find((other) => other.id === parent)?.name ?? parent }));

describe('extractEvents on hand-written posts', () => {
  it('has a description for every fixture folder', () => {
    expect(readdirSync(root).sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [name, behaviour] of Object.entries(cases)) {
    it(`${behaviour} (${name})`, () => {
      expect(seen(extractKnowledge(load<ParsedPost[]>(name, 'input.json')).events)).toEqual(seen(load<EventInfo[]>(name, 'expected.json')));
    });
  }

  it('keeps one event per language when the en and zh recaps describe the same event', () => {
    const posts = [...load<ParsedPost[]>('recap-en', 'input.json'), ...load<ParsedPost[]>('recap-zh', 'input.json')];
    const events = extractEvents(posts);
    expect(events.map((event) => `${event.lang} ${event.name}`).sort()).toEqual([
      'en Istio Day North America 2030',
      'en KubeCon + CloudNativeCon Europe 2030',
      'zh Istio Day North America 2030',
      'zh KubeCon + CloudNativeCon Europe 2030',
    ]);
  });

  it("joins a post's reading of an event under another name to our post's event of the same kind, day and city", () => {
    const [own] = load<ParsedPost[]>('front-matter-wins', 'input.json');
    const meetup = { name: 'Istio Meetup Georgia 2030', kind: 'meetup', city: 'Atlanta', country: 'United States', start: '2030-07-10', end: '2030-07-10' };
    const ours = structuredClone(own) as ParsedPost;
    ours.meta = { ...ours.meta, event: meetup.name, frontEvent: meetup as ParsedPost['meta']['frontEvent'] };
    const url = 'https://istio.io/latest/blog/2030/first-meetup/';
    const text = 'The first local Istio meetup takes place in Atlanta on July 10, 2030.';
    const theirs = {
      meta: { ...ours.meta, path: 'en/blog/2030/first-meetup/index.md', postId: 'en/blog/2030/first-meetup/index', translationKey: 'blog/2030/first-meetup', title: 'The first local Istio meetup is here!', date: '2030-07-01', url, event: 'Istio Meetup 2030', frontEvent: null },
      passages: [{ passage: { ...ours.passages[0]?.passage, id: 'en:en/blog/2030/first-meetup/index#0', postId: 'en/blog/2030/first-meetup/index', url, postUrl: url, date: '2030-07-01', event: 'Istio Meetup 2030', text }, anchors: [] }],
      eventSlides: null,
    } as ParsedPost;
    const events = extractEvents([ours, theirs]).filter((event) => event.kind === 'meetup');
    expect(events.map((event) => event.name)).toEqual(['Istio Meetup Georgia 2030']);
    expect(events[0]?.posts).toContain(url);
  });

  it("gives an event none of the links of a section about another event held on its own", () => {
    const playlist = 'https://www.youtube.com/playlist?list=PLq4Xr8n2Lk7Wm3Zc9Tb5Yv1Hd6Gf0JsNa';
    const own = 'https://www.youtube.com/playlist?list=PLz8Kd2Wq5Nm7Rb3Xc1Vt9Yh4Lg6Fj0PsEo';
    const birthday = post('en', '2031/istio-9th-birthday', { title: "Istio's 9th birthday", date: '2031-05-24', event: 'Istio 9th Birthday Celebration 2031' }, [
      { headings: ['The meetup'], text: 'The recordings of the birthday meetup are online.', anchors: [{ url: own, text: 'recordings' }] },
      { headings: ['Looking back at IstioCon 2031'], text: 'The recordings of IstioCon remain online.', anchors: [{ url: playlist, text: 'recordings' }] },
    ]);
    const [event] = extractEvents([birthday]);
    expect(event?.name).toBe('Istio 9th Birthday Celebration 2031');
    expect(event?.links.recordings).toEqual([own]);
  });

  it('links a page once, however many of its sections the posts link', () => {
    const page = 'https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/co-located-events/istio-day/';
    const day = post('en', '2031/istio-day-na', { title: 'Istio Day North America 2031', date: '2031-11-03', event: 'Istio Day North America 2031' }, [
      { text: 'See the schedule for the programme.', anchors: [{ url: `${page}#schedule`, text: 'schedule' }] },
      { text: 'The full schedule is on the event page.', anchors: [{ url: page, text: 'full schedule' }] },
    ]);
    expect(extractEvents([day])[0]?.links.schedule).toEqual([`${page}#schedule`]);
  });

  it('lists events newest first', () => {
    const events = extractEvents([
      ...load<ParsedPost[]>('announcement-banner-recap', 'input.json'),
      ...load<ParsedPost[]>('front-matter-wins', 'input.json'),
    ]);
    const starts = events.map((event) => event.start ?? '');
    expect(starts).toEqual([...starts].sort().reverse());
  });
});

describe('normalizeForMatch', () => {
  it('matches names with or without accents and in any case', () => {
    expect(normalizeForMatch('  Tomás   ORTEGA ')).toBe(normalizeForMatch('tomas ortega'));
    expect(normalizeForMatch('Chloé Martin')).toBe('chloe martin');
  });
});

describe('event names', () => {
  it('gives one key to the spellings of one event', () => {
    expect(eventKey('KubeCon + CloudNativeCon NA 2019')).toBe(eventKey('KubeCon North America 2019'));
    expect(eventKey('Istio Day EU 2024')).toBe(eventKey('Istio Day Europe 2024'));
    expect(eventKey('Istio Day Europe 2024')).not.toBe(eventKey('KubeCon Europe 2024'));
  });

  it('tells the kind of an event from its name', () => {
    expect(eventKind('Istio Day North America 2023')).toBe('istio-day');
    expect(eventKind('IstioCon China 2023')).toBe('istiocon');
    expect(eventKind('KubeCon + CloudNativeCon Europe 2025')).toBe('kubecon');
    expect(eventKind('Istio Meetup China 2021')).toBe('meetup');
    expect(eventKind('Istio 1.0 Twitch Stream')).toBe('virtual');
  });
});

describe('dates in text', () => {
  const read = (text: string) => findDates(text).map(({ year, month, day, until }) => ({ year, month, day, until }));

  it('reads English day ranges in their several shapes', () => {
    expect(read('from 18th to 21st April')).toEqual([{ year: null, month: 4, day: 18, until: { year: null, month: 4, day: 21 } }]);
    expect(read('from the 6th to the 9th of November')).toEqual([{ year: null, month: 11, day: 6, until: { year: null, month: 11, day: 9 } }]);
    expect(read('lit up the city from November 10–13')).toEqual([{ year: null, month: 11, day: 10, until: { year: null, month: 11, day: 13 } }]);
    expect(read('30 March to 2 April 2020')).toEqual([{ year: 2020, month: 3, day: 30, until: { year: 2020, month: 4, day: 2 } }]);
  });

  it('reads English single days with and without a year', () => {
    expect(read('Register now! 19 March 2024 | Paris')).toEqual([{ year: 2024, month: 3, day: 19, until: null }]);
    expect(read('held on September 26 in the city')).toEqual([{ year: null, month: 9, day: 26, until: null }]);
    expect(read('May 3, 2022')).toEqual([{ year: 2022, month: 5, day: 3, until: null }]);
  });

  it('reads Chinese dates and ranges', () => {
    expect(read('11 月 6 日至 9 日齐聚')).toEqual([{ year: null, month: 11, day: 6, until: { year: null, month: 11, day: 9 } }]);
    expect(read('2026 年 3 月 23-26 日')).toEqual([{ year: 2026, month: 3, day: 23, until: { year: 2026, month: 3, day: 26 } }]);
    expect(read('2021年7月10号')).toEqual([{ year: 2021, month: 7, day: 10, until: null }]);
  });

  it('does not read a month word that is not a date', () => {
    expect(read('you may 3 times retry, in the last 6 months, in April 2023')).toEqual([]);
  });

  it('gives a date without a year the year of the event name, else the one nearest the post', () => {
    expect(yearFor(11, 6, 2023, '2024-01-05')).toBe(2023);
    expect(yearFor(11, 6, null, '2023-11-16')).toBe(2023);
    expect(yearFor(3, 19, null, '2023-12-20')).toBe(2024);
    expect(yearFor(3, 19, null, null)).toBeNull();
  });
});

describe('places', () => {
  it('finds cities in English and Chinese, with their country', () => {
    expect(findPlaces('at the RAI in Amsterdam').map((found) => found.place.city)).toEqual(['Amsterdam']);
    expect(findPlaces('齐聚芝加哥').map((found) => [found.place.city, found.place.country])).toEqual([['Chicago', 'United States']]);
    expect(findPlaces('in production, in April')).toEqual([]);
  });
});
