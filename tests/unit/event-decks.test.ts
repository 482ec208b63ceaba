/**
 * A slides question about an event whose slides link is a page of decks, while its talks have decks of their own (the
 * Beijing meetup's report): the event's line and then the talks with their own deck (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('the decks of an event whose talks have their own', () => {
  it('keeps the event line and lists the talks with their decks', () => {
    for (const question of ['decks from the beijing meetup', '2021 北京 meetup 幻灯片可以下载吗']) {
      const answer = engine.answer(question);
      expect(answer.direct?.text, question).toMatch(/Istio Meetup China 2021/);
      expect(answer.talks[0]?.slides, question).toMatch(/IstioMeetupChina-.*\.pdf$/);
    }
  });
});

describe('asking whether a file can be downloaded', () => {
  it('is no word of the topic', () => {
    for (const question of ['北京 meetup ppt 可以下载吗', '北京 meetup 的 ppt 能下吗', '北京 meetup 的幻灯片去哪下载']) {
      expect(understand(question).words.groups.map((group) => group.word), question).toEqual(['北京', 'meetup']);
    }
  });
});
