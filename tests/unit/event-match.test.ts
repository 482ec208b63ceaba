import { describe, expect, it } from 'vitest';
import { EventMatcher, fitsNamed } from '../../src/answer/event-match.js';
import { understand } from '../../src/understand/index.js';
import { editDistance, Vocabulary, wordMatch } from '../../src/answer/name-words.js';
import { PeopleMatcher } from '../../src/answer/people-match.js';
import type { EventInfo, EventKind } from '../../src/model/index.js';

function event(name: string, kind: EventKind, city: string | null, start: string): EventInfo {
  return {
    id: `en:${name}`,
    name,
    kind,
    city,
    country: null,
    venue: null,
    start,
    end: start,
    parent: null,
    posts: [],
    sources: [],
    slides: null,
    links: { slides: [], schedule: [], recordings: [], register: [], cfp: [], other: [] },
    lang: 'en',
  };
}

const EVENTS = [
  event('KubeCon + CloudNativeCon Europe 2026', 'kubecon', 'Amsterdam', '2026-03-23'),
  event('Istio Day North America 2025', 'istio-day', 'Atlanta', '2025-11-10'),
  event('Istio Day Europe 2025', 'istio-day', 'London', '2025-04-01'),
  event('Istio Day North America 2024', 'istio-day', 'Salt Lake City', '2024-11-12'),
  event('Istio Day Europe 2024', 'istio-day', 'Paris', '2024-03-19'),
  event('Istio Day North America 2023', 'istio-day', 'Chicago', '2023-11-06'),
  event('IstioCon China 2023', 'istiocon', 'Shanghai', '2023-09-26'),
  event('IstioCon 2021', 'istiocon', null, '2021-02-22'),
];
const matcher = new EventMatcher(new Map(EVENTS.map((one) => [one.name, one.start])), EVENTS);
const names = (text: string): string[] => matcher.match(text).names;

describe('events found from what users type', () => {
  it('reads kind and year together, and gives every match newest first', () => {
    expect(names('istio day 2025')).toEqual(['Istio Day North America 2025', 'Istio Day Europe 2025']);
  });

  it('reads region abbreviations and two-digit years', () => {
    expect(names('kubecon eu 26')).toEqual(['KubeCon + CloudNativeCon Europe 2026']);
    expect(names('istio day na 23')).toEqual(['Istio Day North America 2023']);
  });

  it('finds an event by its city, in English or Chinese, with the year', () => {
    expect(names('chicago 2023')).toEqual(['Istio Day North America 2023']);
    expect(names('伦敦')).toEqual(['Istio Day Europe 2025']);
    expect(names('伦敦的')).toEqual(['Istio Day Europe 2025']);
  });

  it('finds an event by the abbreviation people type for its city', () => {
    expect(names('istio day slc')).toEqual(['Istio Day North America 2024']);
  });

  it('finds a birthday of the project by how Chinese says it', () => {
    const birthdays = [event('Istio 7th birthday', 'other', null, '2024-05-24'), event('Istio 4th Birthday Celebration', 'other', null, '2021-05-24')];
    const known = new EventMatcher(new Map(birthdays.map((one) => [one.name, one.start])), birthdays);
    expect(known.best('istio 的七周年庆祝是在哪一天')).toEqual(['Istio 7th birthday']);
    expect(known.best('四周岁生日活动')).toEqual(['Istio 4th Birthday Celebration']);
    expect(known.best('7 周年 直播')).toEqual(['Istio 7th birthday']);
  });

  it('finds no other birthday for one whose ordinal names no event it knows (the 7th had no talks)', () => {
    const withTalks = [event('Istio 4th Birthday Celebration', 'other', null, '2021-05-24'), event('Izzy Saves the Birthday book launch', 'other', 'Salt Lake City', '2024-11-12')];
    const known = new EventMatcher(new Map(withTalks.map((one) => [one.name, one.start])), withTalks);
    expect(known.match('talks at the 7th birthday')).toMatchObject({ names: [], namesSome: true });
    expect(known.match('talks at the 4th birthday').names).toEqual(['Istio 4th Birthday Celebration']);
  });

  it('finds a stream by how the Chinese posts say it (直播), and a birthday said with it still as the birthday', () => {
    const told = [event('Istio 7th birthday', 'other', null, '2024-05-24'), event('Istio 1.0 Twitch Stream', 'virtual', null, '2018-08-17')];
    const known = new EventMatcher(new Map(told.map((one) => [one.name, one.start])), told);
    expect(known.best('1.0 的直播什么时候')).toEqual(['Istio 1.0 Twitch Stream']);
    expect(known.match('直播 回放').names).toEqual(['Istio 1.0 Twitch Stream']);
    expect(known.best('七周年 直播')).toEqual(['Istio 7th birthday']);
  });

  it('forgives typos and joined words', () => {
    expect(names('istoi day paris')).toEqual(['Istio Day Europe 2024']);
    expect(names('istioday chicgo')).toEqual(['Istio Day North America 2023']);
  });

  it('finds an Istio Day by the KubeCon it was part of when no KubeCon of that year is known', () => {
    expect(names('kubecon london')).toEqual(['Istio Day Europe 2025']);
  });

  it('gives the nearest events, never nothing, when no event matches every word', () => {
    const match = matcher.match('istiocon paris');
    expect(match.names).toEqual([]);
    expect(match.nearest.length).toBeGreaterThan(0);
    expect(match.nearest).toContain('Istio Day Europe 2024');
    expect(matcher.match('zzzz').nearest).toHaveLength(3);
  });

  it('keeps the words that name no event as the topic', () => {
    expect(matcher.match('ambient istio day 2025').rest).toEqual(['ambient']);
  });

  it('picks the event a natural question is most about', () => {
    expect(matcher.best('which city hosted istiocon china')).toEqual(['IstioCon China 2023']);
    expect(matcher.best('what is a service mesh')).toEqual([]);
  });
});

describe('compounds and words every event is named by', () => {
  const withTracks = [...EVENTS, event('Multi-TenancyCon Europe 2024', 'co-located', 'Paris', '2024-03-19')];
  const tracks = new EventMatcher(new Map(withTracks.map((one) => [one.name, one.start])), withTracks);
  const titleWords = new Set(['ambient', 'multicluster', 'cluster', 'multi', 'tenant']);
  const topical = (word: string): boolean => titleWords.has(word);

  it('reads a compound typed with a hyphen as one topic word, whose parts name no event', () => {
    expect(tracks.match('on ambient multi-cluster', topical)).toMatchObject({ names: [], rest: ['ambient', 'multicluster'], namesSome: false });
    // The compound an event's name is written with names it, hyphen or not.
    expect(tracks.match('multi-tenancycon', topical).names).toEqual(['Multi-TenancyCon Europe 2024']);
    expect(tracks.match('multi tenancycon paris', topical).names).toEqual(['Multi-TenancyCon Europe 2024']);
  });

  it('names no event by a word most events are named by when a topic is asked beside it', () => {
    expect(matcher.match('about ambient istio', topical)).toMatchObject({ names: [], rest: ['ambient'], namesSome: false });
    // Alone, it names them.
    expect(matcher.match('istio', topical).names.length).toBeGreaterThan(1);
  });
});

describe('whether an event is the one a question names', () => {
  const fits = (name: string, question: string): boolean => fitsNamed(EVENTS.find((one) => one.name === name) as EventInfo, understand(question));

  it('holds the kind, city, year and region the question names', () => {
    expect(fits('Istio Day North America 2024', 'register istio day salt lake city')).toBe(true);
    expect(fits('Istio Day Europe 2025', 'register istio day salt lake city')).toBe(false);
    expect(fits('Istio Day Europe 2025', 'istio day 2024 registration')).toBe(false);
    expect(fits('Istio Day Europe 2025', 'istio day north america registration')).toBe(false);
    expect(fits('IstioCon China 2023', 'istio day 2023 cfp')).toBe(false);
    expect(fits('Istio Day Europe 2025', 'istio day registration')).toBe(true);
  });

  it('is not one held in a city when the question names a virtual one; a place the posts do not give says nothing against it', () => {
    expect(fits('IstioCon China 2023', 'istiocon virtual 2023 cfp')).toBe(false);
    expect(fits('IstioCon 2021', 'istiocon virtual 2021 cfp')).toBe(true);
    expect(fits('IstioCon 2021', 'istiocon london 2021')).toBe(true);
  });
});

describe('people found from what users type', () => {
  const people = new PeopleMatcher(['Faseela K', 'José Pérez', 'John Howard', 'Lin Sun', 'Keith Mattix']);

  it('finds a person by one word of their name, without accents, with a typo or by its beginning', () => {
    expect(people.match('faseela').names).toEqual(['Faseela K']);
    expect(people.match('jose').names).toEqual(['José Pérez']);
    expect(people.match('jhon howrd').names).toEqual(['John Howard']);
    expect(people.match('matt').names).toEqual(['Keith Mattix']);
  });

  it('suggests the nearest names when nobody matches', () => {
    const match = people.match('lyn sung');
    expect(match.names).toEqual([]);
    expect(match.nearest).toContain('Lin Sun');
  });
});

describe('word matching', () => {
  it('counts a transposition as one edit and stops past the limit', () => {
    expect(editDistance('istoi', 'istio', 1)).toBe(1);
    expect(editDistance('kubernetes', 'istio', 2)).toBe(3);
  });

  it('allows no typo in numbers or short words', () => {
    expect(wordMatch('2024', '2025')).toBe(0);
    expect(wordMatch('eu', 'na')).toBe(0);
    expect(wordMatch('kubcon', 'kubecon')).toBeGreaterThan(0);
  });

  it('finds in a vocabulary every word that matches, as trying each word would', () => {
    const words = ['kubecon', 'kube', 'kubernetes', 'istio', 'istioday', 'ambient', 'ambients', 'amb', 'kiali', 'na', 'eu', '2024', '2025', '伦敦', 'ambient多集群', 'multicluster', 'multi', 'cloudnativecon', 'envoy原理', 'envoy'];
    const vocabulary = new Vocabulary(words);
    for (const typed of ['kubcon', 'kube', 'istoi', 'ambeint', 'amb', 'ambient', 'multiclsuter', 'multi', 'na', '2024', '伦敦的', '伦敦istio', 'ambient', 'cloudnative', 'zz', 'kialii', 'envoy']) {
      const expected = new Map(words.map((word) => [word, wordMatch(typed, word)] as const).filter(([, score]) => score > 0));
      expect(vocabulary.matches(typed), typed).toEqual(expected);
      // In the vocabulary's order: the first of equal matches wins ("envoy" before "envoy原理…").
      expect([...vocabulary.matches(typed).keys()], typed).toEqual([...expected.keys()]);
    }
  });
});
