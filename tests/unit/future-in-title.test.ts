/**
 * "future" (未来) typed as part of a talk's title asks for no next event: asked who gave that talk at an event named,
 * the answer names its speakers rather than saying no event is announced. "the next istio day" still asks for the
 * next one (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';
import { nextInTitle } from '../../src/answer/titled-time.js';
import type { Talk } from '../../src/model/index.js';

describe('a time word typed as part of a talk title', () => {
  let engine: Answerer;
  beforeAll(async () => {
    engine = await shippedService();
  });

  it('is the title, not the next event', () => {
    for (const q of ['london: who did the past, present and future of the project talk', '伦敦 那场 过去、现在和未来 是谁讲的']) {
      const line = engine.answer(q).direct?.text ?? '';
      expect(line, q).toMatch(/Louis Ryan/);
    }
  });

  it('leaves the next event asked for where no title writes the word so', () => {
    expect(engine.answer('who is speaking at the next istio day in london').direct?.text).toMatch(/No upcoming event is announced/);
  });

  it('needs the word beside it as the title writes them', () => {
    const talks = [{ title: 'Next-Level Security', titles: { zh: '构建下一代 AI 代理' } }, { title: 'The Future of Meshes', titles: {} }] as unknown as Talk[];
    expect(nextInTitle('who gave the future of meshes talk', talks)).toBe(true);
    expect(nextInTitle('who talks at the next one', talks)).toBe(false);
    expect(nextInTitle('下一届 谁讲', talks)).toBe(false);
  });
});
