/** A co-located day or track the posts give no day of its own is dated by its conference's week, and said to be. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { eventLine } from '../../src/answer/direct.js';
import { linkParents } from '../../src/indexer/event-tree.js';
import { eventItem } from '../../src/present/index.js';
import { answer, eventInfo } from '../helpers/answers.js';
import { shippedService } from '../helpers/engine.js';

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
    expect(eventLine({ ...within, end: null }, 'en')?.text).toBe('Observability Day Europe 2031: during KubeCon + CloudNativeCon Europe 2031, from 18 March 2031, Vienna');
    // An event with its own day is said as before.
    expect(eventLine({ ...within, weekOf: undefined, end: '2031-03-18' }, 'en')?.text).toBe('Observability Day Europe 2031: 18 March 2031, Vienna');
  });
});

describe('the shipped Observability Day Europe 2024, whose day the posts do not give', () => {
  let engine: Answerer;
  beforeAll(async () => {
    engine = await shippedService();
  });

  it('is answered with the week it was held within, and not with how long it went on', () => {
    expect(engine.answer('when was observability day 2024').direct?.text).toMatch(/^Observability Day Europe 2024: during KubeCon \+ CloudNativeCon Europe 2024, from 19 March 2024/);
    expect(engine.answer('how long was observability day 2024').direct?.text ?? '').not.toMatch(/19 March/);
  });
});
