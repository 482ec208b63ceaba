/**
 * The schedule of the sessions on one stage or track of an event ("the cloud native theater sessions", "云原生剧场那几场"):
 * the talks listed under that heading, each with its schedule page, as a talks question gets them; and the plural pointers
 * of speech (那些, 这些, 那几场 read 那些场) cut the topic before them free (round 20).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('a schedule asked of the sessions on one stage', () => {
  it('lists the stage’s sessions with their schedule pages, in en and zh', () => {
    for (const question of ['schedule pages for the cloud native theater sessions at kubecon eu 2026', '2026 欧洲 kubecon 云原生剧场那几场议题的日程在哪']) {
      const answer = engine.answer(question);
      expect(answer.talks.length).toBe(4);
      expect(answer.talks.map((talk) => talk.schedule)).toContain('https://sched.co/2EG0z');
    }
  });

  it('reads the topic before a plural pointer as a word of its own', () => {
    expect(understand('安全那些议题 2023 欧洲 istio day').words.groups.map((group) => group.word)).toContain('安全');
    expect(understand('剧场这几场的日程').words.groups.map((group) => group.word)).toContain('剧场');
  });
});
