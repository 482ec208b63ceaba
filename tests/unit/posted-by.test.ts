/**
 * "who wrote the post on the seventh birthday": the project's own posts have no byline naming anyone ("istio-events"),
 * but the post retold says who wrote it ("… marked the occasion … with a birthday post"), which answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('who wrote a post the posts retell', () => {
  it('is answered by the sentence that says who put the post out', () => {
    for (const q of ['the 7th birthday blog, who was its author', 'who is the author of the post on istio turning seven', '七岁生日的那篇博客是谁写的']) {
      expect(engine.answer(q).direct?.text, q).toMatch(/Lin Sun/);
    }
  });

  it('says no one when the post retold names no one as its writer', () => {
    expect(engine.answer('who wrote the blog post for the 4th birthday').direct).toBeUndefined();
  });
});
