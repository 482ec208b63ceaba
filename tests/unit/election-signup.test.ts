/**
 * Signing up for an election is standing in it: a date asked of it ("报名截止是哪天", "sign-up deadline for the steering
 * vote") is a step its call for candidates dates, a when question, not an event's registration. A change of how things
 * are done ("改用选举制之后") dates what follows it, and asks for no next event.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understand/index.js';

describe('an election signed up for', () => {
  it('asks when, a date being asked', () => {
    expect(understand('技术监督委员会选举 报名截止是哪天').ask).toBe('when');
    expect(understand('sign-up deadline for the steering vote?').ask).toBe('when');
    // An event's registration stays one.
    expect(understand('istio day 报名截止是哪天').ask).toBe('register');
  });

  it('after a change of how things are done, asks for no next event', () => {
    expect(understand('指导委员会改用新章程之后的第一次选举是什么时候').time).toBe('first');
    expect(understand('伦敦那届之后的 istio day 在哪').time).toBe('next');
  });
});
