import { describe, expect, it } from 'vitest';
import { EventDeduper } from '../../../src/adapters/slack/dedupe.js';

describe('EventDeduper', () => {
  it('lets an event id through once and refuses its retries', () => {
    const dedupe = new EventDeduper();
    expect(dedupe.firstTime('Ev1')).toBe(true);
    expect(dedupe.firstTime('Ev1')).toBe(false);
    expect(dedupe.firstTime('Ev2')).toBe(true);
  });

  it('forgets ids older than the TTL', () => {
    let now = 0;
    const dedupe = new EventDeduper({ ttlMs: 1_000, now: () => now });
    dedupe.firstTime('Ev1');
    now = 999;
    expect(dedupe.firstTime('Ev1')).toBe(false);
    now = 1_000;
    expect(dedupe.firstTime('Ev1')).toBe(true);
  });

  it('keeps at most maxEntries ids, forgetting the oldest', () => {
    const dedupe = new EventDeduper({ maxEntries: 3 });
    for (const id of ['a', 'b', 'c', 'd']) dedupe.firstTime(id);
    expect(dedupe.size).toBe(3);
    expect(dedupe.firstTime('d')).toBe(false);
    expect(dedupe.firstTime('a')).toBe(true);
  });
});
