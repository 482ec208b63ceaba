import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * "What is a <kind> session" asks what that kind of session is: the user sees the posts' sentence that says so
 * ("The Istio ContribFest, a hands-on session…") rather than a list of sessions, and, when no post says it, the sessions
 * of that kind. "环节" (a part of a programme) is no more part of the name than "session" is.
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});
const now = new Date('2026-12-07T09:00:00Z');

describe('a kind of session asked about', () => {
  it('says what a ContribFest is, asked of "a … session", in English and (as 环节) in Chinese', () => {
    expect(engine.answer("what's an istio contribfest session", { now }).direct?.text).toMatch(/ContribFest, a hands-on session/);
    expect(engine.answer('istio 的 contribfest 环节是什么？', { now }).direct?.text).toMatch(/ContribFest，面向/);
  });

  it('lists the sessions of a kind no post defines, as the same words without the asking do', () => {
    const asked = engine.answer('what is a kubecon maintainer track session', { now });
    const listed = engine.answer('kubecon maintainer track session', { now });
    expect(asked.talks.length).toBeGreaterThan(0);
    expect(asked.talks.map((talk) => talk.title)).toEqual(listed.talks.map((talk) => talk.title));
    expect(asked.query).toBe('what is a kubecon maintainer track session');
  });

  it('reads "the … session" as asking which one, not what the kind is', () => {
    expect(understand('what is the contribfest session at kubecon').ask).toBe('talks');
    expect(understand("wtf's a contribfest session").ask).toBe('what-is');
  });
});
