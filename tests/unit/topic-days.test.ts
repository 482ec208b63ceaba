/** A day named after a topic (Cloud Native AI Day, Observability Day) is named by its "day"; its topic alone is a topic of talks (shipped index). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe("a topic said without its day's \"day\"", () => {
  it('lists the talks titled with it at every event, not the one talk of the day named after it', () => {
    for (const question of ['talks about ai', 'ai 相关的演讲', 'any AI sessions?']) {
      const answer = engine.answer(question);
      expect(answer.talks.length, question).toBeGreaterThan(1);
      for (const talk of answer.talks) expect(talk.title, question).toMatch(/\bAI\b|\bAI-/);
      expect(answer.direct?.text ?? '', question).not.toMatch(/Cloud Native AI Day/);
    }
    const observability = engine.answer('observability talks');
    expect(observability.direct?.text ?? '').not.toMatch(/Observability Day/);
    for (const talk of observability.talks) expect(talk.title.toLowerCase()).toContain('observability');
  });

  it('still names the day said with its "day", or with the foundation\'s words its name begins with', () => {
    expect(engine.answer('ai day talks').direct?.text).toMatch(/^Talks at Cloud Native AI Day Europe 2024/);
    expect(engine.answer('cloud native ai speakers').direct?.text).toMatch(/Cloud Native AI Day Europe 2024/);
    // Named by its city, not its topic: Lin Sun's talk in Paris was at Observability Day.
    expect(engine.answer('which talk did lin sun give in paris').direct?.text).toMatch(/^Talks at Observability Day Europe 2024 \(1\)/);
    // "Cloud Native" of a stage's name: the sessions its heading lists, not talks titled "cloud native".
    expect(engine.answer('istio sessions on the cloud native theater stage kubecon eu 2026').direct?.text).toMatch(/^Talks at KubeCon \+ CloudNativeCon Europe 2026 \(\d+\)/);
  });
});
