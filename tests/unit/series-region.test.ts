import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

/** Nothing after KubeCon Europe 2026 is announced on this day. */
const now = new Date('2026-12-06T09:00:00Z');
const line = (question: string): string | undefined => engine.answer(question, { now }).direct?.text;

describe('a region said as an adjective', () => {
  it('reads "european" as Europe, as "north american" is North America', () => {
    // The Istio Day just before London was Salt Lake City's; the European one before it was Paris's.
    expect(line('which european istio day came before the london one')).toBe('Istio Day Europe 2024: 19 March 2024, Paris');
    expect(line('the north american istio day held before salt lake city')).toMatch(/^Istio Day North America 2023: 6 November 2023, Chicago/);
    expect(line('most recent european kubecon')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam/);
    expect(line('upcoming european istio day?')).toMatch(/^No upcoming event is announced; the latest: Istio Day Europe 2025: 1 April 2025, London/);
  });
});
