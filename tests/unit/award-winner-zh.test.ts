/**
 * "最终用户奖谁得了": the Chinese posts write the award's name with no space before 奖 (最终用户奖), which the index holds as
 * pairs of characters (户奖); the winner is a company the domain knows (蚂蚁集团) though no speaker spoke for it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('who won an award named in Chinese', () => {
  it('names the company the post says won it', () => {
    for (const q of ['最终用户奖被谁拿走了', '最终用户奖谁得了']) {
      const answer = engine.answer(q);
      expect(answer.direct?.text, q).toMatch(/蚂蚁集团/);
      expect(answer.results[0]?.text, q).toMatch(/蚂蚁集团/);
    }
  });

  it('searches a one-character noun closing a phrase as the pair the posts hold, and a verb alone as itself', () => {
    const alternatives = (q: string, word: string): string[][] => understand(q).words.groups.find((group) => group.word === word)?.alternatives ?? [];
    expect(alternatives('社区奖给了谁', '奖')).toContainEqual(['区奖']);
    expect(alternatives('周年怎么赢礼品', '赢')).toEqual([['赢']]);
  });
});
