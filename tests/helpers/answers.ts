import type { EventInfo, Talk } from '../../src/model/index.js';
import type { Answer, QueryService, Result } from '../../src/answer/index.js';

/** Hand-built engine output, so each surface's rendering is tested on exactly the data it is given. */

export function result(overrides: Partial<Result> = {}): Result {
  return {
    id: 'en:blog/2031/istio-day-lisbon#1',
    title: 'Istio at KubeCon Europe 2031',
    url: 'https://istio.io/latest/blog/2031/istio-day-lisbon/#talks',
    postUrl: 'https://istio.io/latest/blog/2031/istio-day-lisbon/',
    heading: 'Talks',
    text: 'The morning started with a keynote on ambient waypoints, which set the theme for the day.',
    marks: [{ start: 38, end: 45 }],
    lang: 'en',
    event: 'Istio Day Europe 2031',
    date: '2031-04-20',
    score: 10,
    links: { videos: ['https://youtu.be/AbCdEf12345'], slides: ['https://sched.co/1Fxt1'], schedule: [], other: [] },
    ...overrides,
  };
}

export function talk(overrides: Partial<Talk> = {}): Talk {
  return {
    id: 'talk-1',
    title: 'Multicluster failover in practice',
    titles: { en: 'Multicluster failover in practice' },
    speakers: ['Jürgen Álvarez', 'Mina Sato'],
    organisations: ['Example Corp', 'Sample Inc'],
    people: [
      { name: 'Jürgen Álvarez', organisation: 'Example Corp' },
      { name: 'Mina Sato', organisation: 'Sample Inc' },
    ],
    event: 'Istio Day North America 2032',
    eventId: 'istio-day-na-2032',
    date: '2032-11-09',
    video: 'https://www.youtube.com/watch?v=MoNtReAl001',
    slides: 'https://speakerdeck.com/example/multicluster-failover',
    schedule: 'https://sched.co/2Mtl1',
    url: 'https://istio.io/latest/blog/2032/istio-day-montreal/#talks',
    passageId: 'en:events/2032/istio-day-montreal#1',
    lang: 'en',
    ...overrides,
  };
}

export function eventInfo(overrides: Partial<EventInfo> = {}): EventInfo {
  return {
    id: 'istio-day-na-2032',
    name: 'Istio Day North America 2032',
    kind: 'istio-day',
    city: 'Montreal',
    country: 'Canada',
    venue: null,
    start: '2032-11-09',
    end: '2032-11-09',
    parent: 'kubecon-na-2032',
    posts: ['https://istio.io/latest/blog/2032/istio-day-montreal/'],
    sources: [{ url: 'https://istio.io/latest/blog/2032/istio-day-montreal/', role: 'recap', lang: 'en', date: '2032-11-20' }],
    slides: null,
    links: {
      slides: [],
      schedule: ['https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/co-located-events/istio-day/'],
      recordings: [],
      register: [],
      cfp: [],
      other: [],
    },
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

/** An engine stand-in for a long list: `talks …` gives `count` talks, all of them whatever the page asked (as the engine does). */
export function longTalkList(count: number): QueryService {
  const talks = Array.from({ length: count }, (_, index) => talk({ id: `t${index}`, title: `Talk ${String(index + 1).padStart(3, '0')}`, titles: {} }));
  return {
    answer: (question, options) => answer({ intent: 'talks', query: question, results: [], total: 0, offset: options?.offset ?? 0, talks }),
    eventNames: () => [],
  };
}
