/**
 * Round 21: "this year's" event asked for its programme or a link after it was held. "今年 kubecon eu 维护者专场 的链接" asks
 * for this year's (held in March) maintainer session, as "2026 kubecon eu …" does; it used to get "no upcoming event is
 * announced; the latest: …", an answer to whether another one is coming. Whether one is held this year still gets that.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const now = new Date('2026-12-06T09:00:00Z');

describe('this year\'s event, held already, asked for its talks or a link', () => {
  it('gets the session asked for, with its schedule page', () => {
    const answer = engine.answer('今年 kubecon eu 维护者专场 的链接', { now });
    expect(answer.direct?.text).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026 Maintainer Track 的演讲/);
    expect(answer.talks.map((talk) => talk.schedule)).toContain('https://sched.co/2EF4C');
  });

  it('gets its schedule page for its schedule', () => {
    expect(engine.answer('kubecon europe this year - schedule link?', { now }).direct?.url).toBe('https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/program/schedule/');
  });

  it('still says none is announced when asked whether one is held', () => {
    expect(engine.answer('is there a kubecon eu this year', { now }).direct?.text).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026/);
  });
});
