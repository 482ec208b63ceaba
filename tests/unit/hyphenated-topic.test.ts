import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * A topic typed with a hyphen ("multi-cluster") is the topic of the talks asked for, whatever event one of its parts
 * would name ("multi" of Multi-TenancyCon): the user sees the line that lists the multicluster talks, of every event.
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});
const now = new Date('2026-12-07T09:00:00Z');

describe('a hyphenated topic of talks', () => {
  it.each(['multi-cluster sessions', 'multi-cluster ambient presentations'])('%s lists the multicluster talks', (question) => {
    const answer = engine.answer(question, { now });
    expect(answer.direct?.text).toMatch(/^Talks on (?:ambient )?multi-cluster/);
    expect(answer.talks.length).toBeGreaterThan(1);
    for (const talk of answer.talks) expect(talk.title).toMatch(/multi-?cluster|多集群/i);
  });

  it('still names Multi-TenancyCon when its own name is typed', () => {
    expect(engine.answer('talks at multi-tenancycon', { now }).direct?.text).toMatch(/Multi-TenancyCon/);
  });
});
