/**
 * "X 叫什么", "X 叫啥名字": what a thing is called asks what it is, and the words that ask are cut from the thing named
 * ("吉祥物叫什么" is 吉祥物, not a word 吉祥物叫 that nothing holds); what a talk is called is its title, which its talk gives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

describe('what a thing is called, asked in Chinese', () => {
  it('asks what it is, of the thing named before the asking words', () => {
    for (const question of ['istio 的吉祥物叫什么', 'istio 吉祥物叫啥名字']) {
      const read = understand(question);
      expect(read.ask, question).toBe('what-is');
      expect(read.words.groups.map((group) => group.word), question).toContain('吉祥物');
    }
  });

  it('of a talk, asks for the talk', () => {
    expect(understand('那场演讲叫什么').ask).toBe('talks');
  });

  let engine: Answerer;
  beforeAll(async () => {
    engine = await shippedService();
  });

  it('is answered by the sentence that says what it is', () => {
    expect(engine.answer('istio 的吉祥物叫啥').direct?.text).toMatch(/Izzy/);
  });
});
