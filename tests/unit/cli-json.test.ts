import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/cli/json.js';
import { answer, eventInfo, talk } from '../helpers/answers.js';

describe('toJson, the documented --json shape of npm run ask', () => {
  const given = answer({ total: 7, talks: [talk()], events: [eventInfo()], suggestions: ['ambient'] });
  const json = toJson(given);

  it('prints only the documented fields, in the README order', () => {
    expect(Object.keys(json)).toEqual(['query', 'total', 'results', 'talks']);
    expect(json.results.map(Object.keys)).toEqual([['title', 'url', 'heading', 'text', 'lang', 'event', 'date', 'score', 'links']]);
    expect(json.results.map((result) => Object.keys(result.links))).toEqual([['videos', 'slides', 'schedule', 'other']]);
    expect(json.talks.map(Object.keys)).toEqual([['title', 'speakers', 'organisations', 'event', 'date', 'video', 'slides', 'url']]);
  });

  it('prints each field with the value the engine gave', () => {
    expect(json).toMatchObject({ query: 'ambient', total: 7 });
    expect(given.results).toMatchObject(json.results);
    expect(given.talks).toMatchObject(json.talks);
  });

  it('keeps null fields as null rather than leaving them out', () => {
    const bare = toJson(answer({ results: [], talks: [talk({ event: null, date: null, video: null, slides: null })] }));
    expect(bare.talks.map(Object.keys)).toEqual(json.talks.map(Object.keys));
    expect(bare.talks[0]).toMatchObject({ event: null, date: null, video: null, slides: null });
  });
});
