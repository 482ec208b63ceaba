import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { fixtureService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await fixtureService();
});

const videosOf = (answer: ReturnType<Answerer['answer']>) => answer.results.flatMap((result) => result.links.videos);

describe('the query engine', () => {
  it('answers a topic with passages that carry the talk videos', () => {
    const answer = engine.answer('ambient waypoints keynote');
    expect(answer.intent).toBe('search');
    expect(answer.results[0]?.title).toBe('Istio at KubeCon Europe 2031');
    expect(videosOf(answer)).toContain('https://www.youtube.com/watch?v=AbCdEf12345');
  });

  it('still finds ambient when the question misspells it, and marks the word as written in the post', () => {
    // "ambiant" is the only word: without typo tolerance nothing would match.
    const result = engine.answer('ambiant').results[0];
    expect(result?.marks.map((mark) => result.text.slice(mark.start, mark.end).toLowerCase())).toContain('ambient');
  });

  it('offers what the index would complete a word to when nothing matched', () => {
    const answer = engine.answer('wayp');
    expect(answer.total).toBe(0);
    expect(answer.suggestions[0]).toBe('waypoint');
  });

  it('marks the matched words inside the passage text', () => {
    const result = engine.answer('waypoints').results[0];
    expect(result?.marks.map((mark) => result.text.slice(mark.start, mark.end).toLowerCase())).toContain('waypoints');
  });

  it('answers a Chinese question with Chinese passages', () => {
    const answer = engine.answer('网格 迁移');
    expect(answer.lang).toBe('zh');
    expect(answer.results[0]?.lang).toBe('zh');
    expect(answer.results[0]?.text).toContain('网格');
  });

  it('lets lang:en force English passages for a Chinese question', () => {
    const answer = engine.answer('幻灯片 lang:en');
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((result) => result.lang === 'en')).toBe(true);
  });

  it('never shows the English and the Chinese copy of one post together', () => {
    const answer = engine.answer('Priya Natarajan Leo Brandt', { limit: 10 });
    const posts = answer.results.map((result) => result.postUrl.replace('/zh/', '/'));
    expect(new Set(posts).size).toBe(new Set(answer.results.map((result) => result.postUrl)).size);
  });

  it('shows at most two passages of one post', () => {
    const answer = engine.answer('istio', { limit: 20 });
    const perPost = new Map<string, number>();
    for (const result of answer.results) perPost.set(result.postUrl, (perPost.get(result.postUrl) ?? 0) + 1);
    expect(Math.max(...perPost.values())).toBeLessThanOrEqual(2);
  });

  it('filters by year: and event: written in the question', () => {
    expect(engine.answer('talks year:2032').results.every((result) => result.date?.startsWith('2032'))).toBe(true);
    const byEvent = engine.answer('multicluster event:"istio day north america"');
    expect(byEvent.results.length).toBeGreaterThan(0);
    expect(byEvent.results.every((result) => result.event === 'Istio Day North America 2032')).toBe(true);
  });

  it('pages through the results with an offset', () => {
    const first = engine.answer('istio', { limit: 2 });
    const second = engine.answer('istio', { limit: 2, offset: 2 });
    expect(second.offset).toBe(2);
    expect(second.results.map((result) => result.id)).not.toContain(first.results[0]?.id);
  });

  it('says nothing matched and offers queries that do', () => {
    const answer = engine.answer('xyzzy plugh');
    expect(answer.results).toEqual([]);
    expect(answer.total).toBe(0);
    expect(answer.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of answer.suggestions) expect(engine.answer(suggestion).total + engine.answer(suggestion).talks.length).toBeGreaterThan(0);
  });

  it('suggests in help what the index holds: the newest event first, each suggestion finding something', () => {
    const { suggestions } = engine.answer('help');
    expect(suggestions[0]).toBe('Istio Day North America 2032');
    for (const suggestion of suggestions) expect(engine.answer(suggestion).total).toBeGreaterThan(0);
  });

  it('offers a Chinese reader only suggestions that, asked as written, answer in Chinese', () => {
    const offered = [...engine.answer('帮助').suggestions, ...engine.answer('完全没有这种东西').suggestions];
    expect(offered.some((suggestion) => !/\p{Script=Han}/u.test(suggestion))).toBe(true);
    for (const suggestion of offered) {
      const answer = engine.answer(suggestion);
      expect(answer.lang, suggestion).toBe('zh');
      expect(answer.results.every((result) => result.lang === 'zh') && answer.total + answer.talks.length > 0, suggestion).toBe(true);
    }
  });

  it('answers an empty question and "help" with help', () => {
    expect(engine.answer('').intent).toBe('help');
    expect(engine.answer('help').intent).toBe('help');
    expect(engine.answer('帮助').lang).toBe('zh');
  });

  it('cuts a question longer than 500 characters and says so', () => {
    const answer = engine.answer(`ambient ${'x'.repeat(600)}`);
    expect(answer.truncated).toBe(true);
    expect(answer.query.length).toBe(500);
  });
});

describe('talks, speakers and events', () => {
  it('lists a talk for its speaker, with or without accents', () => {
    for (const question of ['speaker Jürgen Álvarez', 'jurgen alvarez']) {
      const answer = engine.answer(question);
      expect(answer.intent).toBe('speaker');
      expect(answer.talks[0]).toMatchObject({ title: 'Multicluster failover in practice', video: 'https://www.youtube.com/watch?v=MoNtReAl001', slides: null, schedule: 'https://sched.co/2Mtl1' });
    }
  });

  it('lists the talks of an event by its name or its city', () => {
    for (const question of ['talks istio day north america 2032', 'talks montreal']) {
      const titles = engine.answer(question).talks.map((talk) => talk.title);
      expect(titles).toEqual(expect.arrayContaining(['Multicluster failover in practice', 'Chop wood, carry water: maintaining Istio']));
    }
  });

  it('shows matching talks beside passages', () => {
    expect(engine.answer('multicluster failover').talks[0]?.speakers).toContain('Mina Sato');
  });

  it('lists events newest first', () => {
    const events = engine.answer('events').events;
    expect(events[0]?.name).toBe('Istio Day North America 2032');
    const starts = events.map((event) => event.start ?? '');
    expect([...starts].sort().reverse()).toEqual(starts);
  });

  it('lists one year\'s events when the command is followed by a year', () => {
    const all = engine.answer('events').events;
    const years = [...new Set(all.map((event) => event.start?.slice(0, 4)))];
    expect(years.length).toBeGreaterThan(1);
    const year = years[1] ?? '';
    const listed = engine.answer(`events ${year}`);
    expect(listed.intent).toBe('events');
    expect(listed.events.length).toBeGreaterThan(0);
    expect(listed.events.every((event) => event.start?.startsWith(year))).toBe(true);
    expect(engine.answer(`活动 ${year}`).events).toEqual(listed.events.map((event) => expect.objectContaining({ name: event.name })));
  });

  it('says which announced event comes next', () => {
    const answer = engine.answer('next', { now: new Date('2032-06-01T12:00:00Z') });
    expect(answer.intent).toBe('next');
    expect(answer.events[0]).toMatchObject({ name: 'Istio Day North America 2032', city: 'Montreal', start: '2032-11-09' });
    expect(engine.answer('next', { now: new Date('2033-01-01T00:00:00Z') }).events).toEqual([]);
  });

  it('knows the events for autocomplete', () => {
    expect(engine.eventNames()).toContain('Istio Day North America 2032');
  });
});
