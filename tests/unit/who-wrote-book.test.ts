/**
 * "the dolphin book, who wrote it", "绘本作者是谁": who wrote a book is what the posts say of its writing ("The book was
 * written by…", "本书由…合著"), not the speakers of a talk named after it nor a post's byline (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';
import { writingAsked } from '../../src/answer/written-by.js';

describe('who wrote a book', () => {
  let engine: Answerer;
  beforeAll(async () => {
    engine = await shippedService();
  });

  it('is answered by the sentence that says it was written, in either language', () => {
    for (const q of ['hi, who actually wrote the izzy dolphin book?', 'do you know who wrote izzy saves the birthday']) {
      expect(engine.answer(q).direct?.text, q).toMatch(/written by Istio maintainers Faseela K and Lin Sun/);
    }
    expect(engine.answer('izzy 那本绘本是谁写的呀').direct?.text).toMatch(/Faseela K 和 Lin Sun 合著/);
  });

  it('is asked by a verb of writing or "the authors of", not by "signed by the authors"', () => {
    expect(writingAsked('who wrote the book')).toBe(true);
    expect(writingAsked('the authors of the dolphin book')).toBe(true);
    expect(writingAsked('绘本作者是谁')).toBe(true);
    expect(writingAsked('can i get it signed by the authors')).toBe(false);
  });
});
