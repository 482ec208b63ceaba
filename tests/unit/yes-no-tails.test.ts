/**
 * The tail of a spoken yes-or-no question ("能看吗", "是不是都有", "还能…吗") names nothing: glued to the question it was
 * read as a Chinese wording of a talk that no talk shares, and the event's talks went unlisted (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('the tail of a yes-or-no question', () => {
  it('is no word of the topic, while a word of its own characters is', () => {
    expect(understand('亚特兰大的录像是不是都有').words.groups.map((group) => group.word)).toEqual(['亚特兰大']);
    expect(understand('istiocon 2022 还能报名吗').words.groups.map((group) => group.word)).toEqual(['istiocon']);
    expect(understand('投稿有什么要求').words.groups.map((group) => group.word)).toContain('要求');
  });

  it('leaves the event\'s talks listed with their recordings', () => {
    const answer = engine.answer('伦敦 istio day 的录像能看吗');
    expect(answer.talks.length).toBeGreaterThan(3);
    expect(answer.talks.every((talk) => talk.video !== null)).toBe(true);
  });
});
