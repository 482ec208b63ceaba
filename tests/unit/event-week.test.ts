/** A co-located day or track the posts give no day of its own is dated by its conference's week, and said to be. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { eventLine } from '../../src/answer/direct.js';
import { linkParents } from '../../src/indexer/event-tree.js';
import { readFrontMatter } from '../../src/indexer/frontmatter.js';
import { extractKnowledge } from '../../src/indexer/knowledge.js';
import { eventItem } from '../../src/present/index.js';
import { answer, eventInfo } from '../helpers/answers.js';
import { shippedService } from '../helpers/engine.js';
import { post } from '../helpers/parsed-post.js';

const conference = eventInfo({ id: 'en:kc-eu-2031', name: 'KubeCon + CloudNativeCon Europe 2031', kind: 'kubecon', start: '2031-03-18', end: '2031-03-21', parent: null, city: 'Vienna' });
const day = eventInfo({ id: 'en:obs-eu-2031', name: 'Observability Day Europe 2031', kind: 'co-located', start: null, end: null, parent: null, city: null });

describe('an event dated by its conference week', () => {
  it('takes the week and names the conference', () => {
    const [dated] = linkParents([{ ...day }, { ...conference }], () => true);
    expect(dated).toMatchObject({ start: '2031-03-18', end: '2031-03-21', weekOf: 'KubeCon + CloudNativeCon Europe 2031' });
    // A day with its own date keeps it.
    const [own] = linkParents([{ ...day, start: '2031-03-18', end: '2031-03-18' }, { ...conference }], () => true);
    expect(own).toMatchObject({ start: '2031-03-18', end: '2031-03-18' });
    expect(own?.weekOf).toBeUndefined();
  });

  it('is said to be held during the conference, in both languages and in the events list', () => {
    const within = { ...day, start: '2031-03-18', end: '2031-03-21', weekOf: conference.name, city: 'Vienna' };
    expect(eventLine(within, 'en')?.text).toBe('Observability Day Europe 2031: during KubeCon + CloudNativeCon Europe 2031, 18 to 21 March 2031, Vienna');
    expect(eventLine(within, 'zh')?.text).toContain('KubeCon + CloudNativeCon Europe 2031 期间，2031 年 3 月 18 日至 21 日');
    expect(eventItem(within, 1, answer(), new Date('2031-01-01')).details).toContain('during KubeCon + CloudNativeCon Europe 2031');
    // Of a week whose last day is unknown, only the day it began.
    expect(eventLine({ ...within, end: null }, 'en')?.text).toBe('Observability Day Europe 2031: during KubeCon + CloudNativeCon Europe 2031, starting 18 March 2031, Vienna');
    // An event with its own day is said as before.
    expect(eventLine({ ...within, weekOf: undefined, end: '2031-03-18' }, 'en')?.text).toBe('Observability Day Europe 2031: 18 March 2031, Vienna');
  });
});

describe('the week of the conference an Istio Day of ours was held with (front matter `conference`)', () => {
  const istioDay = post('en', '2031/istio-day-vienna', { title: 'Istio Day Europe 2031', date: '2031-03-30', event: 'Istio Day Europe 2031' }, [
    { text: 'Istio Day Europe 2031 took place on 18 March 2031 in Vienna, co-located with KubeCon + CloudNativeCon Europe.' },
    { headings: ['At KubeCon', 'Maintainer track'], text: 'Istio Project Update. The maintainer track session of the week.' },
  ]);
  const front = { name: 'Istio Day Europe 2031', kind: 'istio-day' as const, city: 'Vienna', start: '2031-03-18', end: '2031-03-18' };
  const named = (events: readonly { name: string; start: string | null; end: string | null }[], name: string) => events.find((event) => event.name === name);

  it("dates the conference and its tracks by the week, where without it they had the Istio Day's day alone", () => {
    const { events } = extractKnowledge([{ ...istioDay, meta: { ...istioDay.meta, frontEvent: { ...front, conference: { start: '2031-03-18', end: '2031-03-21' } } } }]);
    expect(named(events, 'KubeCon + CloudNativeCon Europe 2031')).toMatchObject({ start: '2031-03-18', end: '2031-03-21' });
    expect(named(events, 'KubeCon + CloudNativeCon Europe 2031 Maintainer Track')).toMatchObject({ start: '2031-03-18', end: '2031-03-21' });
    const { events: without } = extractKnowledge([{ ...istioDay, meta: { ...istioDay.meta, frontEvent: front } }]);
    expect(named(without, 'KubeCon + CloudNativeCon Europe 2031')).toMatchObject({ start: '2031-03-18', end: null });
  });

  it('refuses a week that ends before it starts, in one line that says what to give', () => {
    const text = '---\ntitle: "Istio Day Europe 2031"\nevent:\n  name: "Istio Day Europe 2031"\n  kind: istio-day\n  start: 2031-03-18\n  conference:\n    start: 2031-03-21\n    end: 2031-03-18\n---\n\nText.\n';
    expect(() => readFrontMatter(text)).toThrow(/^front matter is invalid: event\.conference: ends before it starts: give the conference's first and last day$/);
  });
});

describe('the shipped Observability Day Europe 2024, whose day the posts do not give', () => {
  let engine: Answerer;
  beforeAll(async () => {
    engine = await shippedService();
  });

  it('is answered with the week it was held within, and not with how long it went on', () => {
    expect(engine.answer('when was observability day 2024').direct?.text).toMatch(/^Observability Day Europe 2024: during KubeCon \+ CloudNativeCon Europe 2024, 19 to 22 March 2024/);
    expect(engine.answer('how long was observability day 2024').direct?.text ?? '').not.toMatch(/19 to 22 March/);
  });
});
