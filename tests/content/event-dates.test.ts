/** Passages and talks of the shipped index carry their event's dates, never a post's publish date in their place. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readIndex } from '../../src/store/index.js';

const INDEX = fileURLToPath(new URL('../../index', import.meta.url));
const { data } = await readIndex(INDEX);
const startOf = new Map(data.events.filter((event) => event.start).map((event) => [`${event.lang}|${event.name}`, event.start]));

describe('dates in the shipped index', () => {
  it('gives every passage about a dated event the day that event started, and keeps the publish date beside it', () => {
    const about = data.passages.filter((passage) => passage.event && startOf.has(`${passage.lang}|${passage.event}`));
    expect(about.length).toBeGreaterThan(100);
    const wrong = about.filter((passage) => passage.date !== startOf.get(`${passage.lang}|${passage.event}`)).map((passage) => passage.id);
    expect(wrong).toEqual([]);
    // Istio Day Europe 2024: announced in January, held on 19 March.
    const paris = data.passages.find((passage) => passage.event === 'Istio Day Europe 2024' && passage.lang === 'en');
    expect({ date: paris?.date, published: paris?.published }).toEqual({ date: '2024-03-19', published: '2024-01-19' });
  });

  it("gives every talk its event's start date", () => {
    const dated = data.talks.filter((talk) => talk.eventId && data.events.find((event) => event.id === talk.eventId)?.start);
    expect(dated.length).toBeGreaterThan(50);
    expect(dated.filter((talk) => talk.date !== data.events.find((event) => event.id === talk.eventId)?.start).map((talk) => talk.title)).toEqual([]);
  });
});
