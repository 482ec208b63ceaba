/**
 * An English "after" or "before" names the event it looks from only up to the clause's end: what follows a comma or a
 * question word asks of the one wanted ("after the paris one, where did the european istio day go next": a
 * European one, not the next stop of any kind). Today (6 December 2026, shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { afterSides, beforeSides } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';
import { BATTERY_NOW } from '../helpers/readings.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const lineOf = (question: string): string => engine.answer(question, { now: BATTERY_NOW }).direct?.text ?? '';

describe('the event an English "after" looks from', () => {
  it('ends at a comma or a question word', () => {
    expect(afterSides('after chicago 2023, where did the next european istio day go')?.named.trim()).toBe('chicago 2023');
    expect(beforeSides('before atlanta which na istio day was there')?.named.trim()).toBe('atlanta');
  });

  it('leaves a region said after the comma to the one asked for, even asked where it went', () => {
    // The next stop of any kind after each was in North America (Salt Lake City, Chicago).
    expect(lineOf('after istio day paris 2024, where did the one in europe go next')).toMatch(/^Istio Day Europe 2025: 1 April 2025, (?:ExCeL )?London/);
    expect(lineOf('after istio day amsterdam 2023 where did the one in europe go next')).toMatch(/^Istio Day Europe 2024: 19 March 2024, Paris/);
  });

  it('still answers what came next of any kind when no region or kind is asked for', () => {
    expect(lineOf('after istio day paris, where did istio go next')).toMatch(/^Istio Day North America 2024: 12 November 2024, Salt Lake City/);
  });
});
