/**
 * "谁讲了多租户", "讲多租户的是谁": a Chinese who-question with the verb glued to the topic. The topic is the word
 * searched and weighed (a talk's title holds 多租户, never 讲了多租户), so the line names that talk's speakers rather
 * than every speaker of the event (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

const words = (q: string): string[] => understand(q).words.groups.map((group) => group.word);

describe('a verb glued to what was done', () => {
  it('after 谁 is cut from the topic, with its 了 or 过, and kept as a word of its own', () => {
    expect(words('巴黎那次 谁讲过多租户')).toEqual(expect.arrayContaining(['讲过', '多租户']));
    expect(words('去年谁获得了社区奖')).toEqual(expect.arrayContaining(['获得了', '社区']));
    // What follows the verb stays, however short: "奖" is what was won.
    expect(words('芝加哥 谁拿了奖')).toEqual(expect.arrayContaining(['拿了', '奖']));
  });

  it('before 是谁 ("讲…的是谁") leaves the topic alone', () => {
    expect(words('讲多租户的是谁')).toEqual(['多租户']);
  });

  it('leaves a word that starts with 了 (了解) whole', () => {
    expect(words('谁了解 ambient')).toContain('了解');
  });
});

describe('who talked about a topic, the verb glued to it', () => {
  let engine: Answerer;
  beforeAll(async () => {
    engine = await shippedService();
  });

  it("names the speakers of the talk whose title holds the topic, not every speaker of the event", () => {
    for (const q of ['2024年巴黎 谁讲了多租户', '巴黎 istio day 讲多租户的是谁']) {
      const line = engine.answer(q).direct?.text ?? '';
      expect(line, q).toContain('Abhay Baiju');
      expect(line, q).not.toMatch(/场活动/);
    }
  });
});
