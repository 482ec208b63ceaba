/**
 * A schedule asked of an Istio Day or a KubeCon: the line links the event's own schedule page, and the sessions of its
 * conference week that have a schedule page of their own are listed beside it, the project's own (maintainer track,
 * ContribFest) first, so the pages the posts give are on the first page (round 20).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const firstSchedules = (question: string): (string | null)[] => engine.answer(question).talks.slice(0, 3).map((talk) => talk.schedule);

describe('the schedule of an event with the sessions of its week', () => {
  it('keeps the istio day page in the line and lists the week sessions with their pages, in zh and en', () => {
    const answer = engine.answer('想看 atlanta 那次 istio day 的日程安排');
    expect(answer.direct?.url).toContain('co-located-events/istio-day/');
    expect(firstSchedules('想看 atlanta 那次 istio day 的日程安排')).toEqual(['https://sched.co/27NoI', 'https://sched.co/27Nku', 'https://sched.co/27d4r']);
    expect(firstSchedules('agenda for istio day north america 2025 pls')[0]).toBe('https://sched.co/27NoI');
  });

  it('lists the conference sessions of a week whose own talks have no schedule page', () => {
    expect(firstSchedules('欧洲 istio day 2023 的议程在哪')[0]).toBe('https://sched.co/1HySB');
    expect(engine.answer('欧洲 istio day 2023 的议程在哪').talks.every((talk) => talk.schedule !== null)).toBe(true);
  });

  it('lists no talks for a schedule of an event whose week has no session pages', () => {
    expect(engine.answer('istiocon 2022 schedule?').talks).toEqual([]);
  });
});
