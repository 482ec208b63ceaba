import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/present/index.js';
import { answer, eventInfo, talk } from '../helpers/answers.js';

describe('toJson, the documented --json shape of npm run ask', () => {
  const given = answer({ total: 7, talks: [talk()], events: [eventInfo()], suggestions: ['ambient'] });
  const json = toJson(given);

  it('prints the documented fields in the README order: the old shape first, then events', () => {
    expect(Object.keys(json)).toEqual(['query', 'total', 'results', 'talks', 'events']);
    expect(json.results.map(Object.keys)).toEqual([['title', 'url', 'heading', 'text', 'lang', 'event', 'date', 'score', 'links']]);
    expect(json.results.map((result) => Object.keys(result.links))).toEqual([['videos', 'slides', 'schedule', 'other']]);
    expect(json.talks.map(Object.keys)).toEqual([['title', 'speakers', 'organisations', 'people', 'event', 'date', 'video', 'slides', 'schedule', 'url']]);
    expect(json.events.map(Object.keys)).toEqual([['id', 'name', 'kind', 'city', 'country', 'venue', 'start', 'end', 'parent', 'url', 'links']]);
    expect(json.events.map((event) => Object.keys(event.links))).toEqual([['slides', 'schedule', 'recordings', 'register', 'cfp', 'other']]);
  });

  it('prints each field with the value the engine gave', () => {
    expect(json).toMatchObject({ query: 'ambient', total: 7 });
    expect(given.results).toMatchObject(json.results);
    expect(json.talks[0]).toMatchObject({
      speakers: ['Jürgen Álvarez', 'Mina Sato'],
      people: [{ name: 'Jürgen Álvarez', organisation: 'Example Corp' }, { name: 'Mina Sato', organisation: 'Sample Inc' }],
      schedule: 'https://sched.co/2Mtl1',
      slides: 'https://speakerdeck.com/example/multicluster-failover',
    });
    expect(json.events[0]).toMatchObject({
      name: 'Istio Day North America 2032',
      kind: 'istio-day',
      parent: 'kubecon-na-2032',
      url: 'https://istio.io/latest/blog/2032/istio-day-montreal/',
      links: { slides: [], schedule: ['https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/co-located-events/istio-day/'] },
    });
  });

  it('gives the direct answer as `answer` with its source, and leaves the key out when there is none', () => {
    const direct = { text: 'Istio Day North America 2032 is on 9 November 2032 in Montreal.', url: 'https://istio.io/latest/blog/2032/istio-day-montreal/', lang: 'en' as const };
    const withDirect = toJson(answer({ direct }));
    expect(withDirect.answer).toEqual(direct);
    expect(Object.keys(withDirect)).toEqual(['query', 'total', 'results', 'talks', 'answer', 'events']);
    expect('answer' in json).toBe(false);
  });

  it('keeps every talk of a long list, not one page of it', () => {
    const talks = Array.from({ length: 113 }, (_, index) => talk({ id: `t${index}`, title: `Talk ${index}` }));
    expect(toJson(answer({ intent: 'talks', results: [], talks })).talks).toHaveLength(113);
  });

  it('keeps null fields as null rather than leaving them out', () => {
    const bare = toJson(answer({ results: [], talks: [talk({ event: null, date: null, video: null, slides: null, schedule: null })], events: [eventInfo({ posts: [], parent: null })] }));
    expect(bare.talks.map(Object.keys)).toEqual(json.talks.map(Object.keys));
    expect(bare.talks[0]).toMatchObject({ event: null, date: null, video: null, slides: null, schedule: null });
    expect(bare.events[0]).toMatchObject({ url: null, parent: null });
  });
});
