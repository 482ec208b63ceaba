import type { Answer, EventInfo, Result, Talk } from '../../../src/search/types.js';

/** Hand-built engine output, so rendering is tested on exactly the data it is given. */

export function result(overrides: Partial<Result> = {}): Result {
  return {
    id: 'en:blog/2023/istio-day-na#2',
    title: 'Istio Day North America 2023 recap',
    url: 'https://istio.io/latest/blog/2023/istio-day-na/#talks',
    postUrl: 'https://istio.io/latest/blog/2023/istio-day-na/',
    heading: 'Talks',
    text: 'The ambient mesh keynote showed sidecar-less data planes in production.',
    marks: [{ start: 4, end: 11 }],
    lang: 'en',
    event: 'Istio Day North America 2023',
    date: '2023-11-06',
    score: 12.5,
    links: {
      videos: ['https://www.youtube.com/watch?v=abc123'],
      slides: ['https://sched.co/1R2tD'],
      other: [],
    },
    ...overrides,
  };
}

export function talk(overrides: Partial<Talk> = {}): Talk {
  return {
    id: 'talk-1',
    title: 'Ambient mesh in production',
    speakers: ['Lin Sun'],
    organisations: ['Solo.io'],
    event: 'Istio Day North America 2023',
    date: '2023-11-06',
    video: 'https://www.youtube.com/watch?v=abc123',
    slides: 'https://sched.co/1R2tD',
    url: 'https://istio.io/latest/blog/2023/istio-day-na/#talks',
    passageId: 'en:blog/2023/istio-day-na#2',
    lang: 'en',
    ...overrides,
  };
}

export function eventInfo(overrides: Partial<EventInfo> = {}): EventInfo {
  return {
    id: 'istio-day-na-2023',
    name: 'Istio Day North America 2023',
    kind: 'istio-day',
    city: 'Chicago',
    country: 'USA',
    start: '2023-11-06',
    end: '2023-11-06',
    posts: ['https://istio.io/latest/blog/2023/istio-day-na/'],
    slides: 'https://sched.co/1R2tD',
    lang: 'en',
    ...overrides,
  };
}

export function answer(overrides: Partial<Answer> = {}): Answer {
  const results = overrides.results ?? [result()];
  return {
    query: 'ambient',
    truncated: false,
    intent: 'search',
    lang: 'en',
    total: results.length,
    offset: 0,
    results,
    talks: [],
    events: [],
    suggestions: [],
    ...overrides,
  };
}
