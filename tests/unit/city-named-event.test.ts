import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

describe('an event matched by the words of its name', () => {
  let engine: Answerer;
  beforeAll(async () => {
    engine = await shippedService();
  });

  it('is not one held in another city than the one typed, however many of its name words are typed', () => {
    // Cloud Native AI Day was held in Paris: "cloud native" says two of its name's words, the city says the week's KubeCon.
    const theater = engine.answer('what was on at the cloud native theater in amsterdam').direct?.text;
    expect(theater).toMatch(/KubeCon \+ CloudNativeCon Europe 2026/);
    expect(theater).not.toMatch(/AI Day/);
    expect(engine.answer('cloud native talks in london').direct?.text).toMatch(/^Talks at KubeCon \+ CloudNativeCon Europe 2025/);
  });
});
