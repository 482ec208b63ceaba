/**
 * "prior" and "preceding" said before an event ("the prior istio day", "preceding kubecon eu") ask for the previous one,
 * the latest held, as "previous" does; said after one ("the istio day prior to london", "preceding paris") they still
 * ask for the one before it, and "prior experience" says no time. Today (6 December 2026) nothing after KubeCon Europe
 * 2026 is announced (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';
import { BATTERY_NOW } from '../helpers/readings.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const lineOf = (question: string): string => engine.answer(question, { now: BATTERY_NOW }).direct?.text ?? '';

describe('"prior" and "preceding" before the event', () => {
  it('read as the latest one held, with its date and place', () => {
    expect(understand('the prior istio day - what city').time).toBe('latest');
    expect(lineOf('the prior istio day - what city')).toMatch(/^Istio Day North America 2025: 10 November 2025, Atlanta/);
    expect(lineOf('prior kubecon in europe')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam/);
    // Not the one held before the latest North American Istio Day (London), as "before" would say.
    expect(lineOf('preceding istio day in north america, when was that')).toMatch(/^Istio Day North America 2025: 10 November 2025, Atlanta/);
  });

  it('keeps "prior to" and a "preceding" after the event looking before the one named', () => {
    expect(lineOf('the european istio day prior to london')).toMatch(/^Istio Day Europe 2024: /);
    expect(lineOf('which istio day na was preceding atlanta')).toMatch(/^Istio Day North America 2024: 12 November 2024, Salt Lake City/);
  });

  it('reads no time in "prior" said of anything else', () => {
    expect(understand('is prior experience needed for a contribfest').time).toBeNull();
    expect(understand('any prior knowledge needed for ambient talks').time).toBeNull();
  });
});
