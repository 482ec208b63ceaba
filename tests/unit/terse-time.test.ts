/**
 * "istio day london time": "time" ending a question that asks nothing else asks when the event was; inside a question it
 * names other things ("time zones", "first time contributors") and asks nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('"time" ending a terse question', () => {
  it('asks when the event named was', () => {
    expect(understand('paris istio day time?').ask).toBe('when');
    expect(engine.answer('istio day europe 2025 time').direct?.text).toContain('1 April 2025');
  });

  it('asks nothing inside a question', () => {
    expect(understand('istiocon 2021 time zones').ask).toBe('search');
    expect(understand('contribfest for first time contributors').ask).toBe('search');
  });
});
