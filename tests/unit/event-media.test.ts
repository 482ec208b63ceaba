import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('videos and slides of an event without a recordings page of its own', () => {
  it('lists the talks of the event named that have their own video, in the question\'s language', () => {
    for (const [question, lang] of [
      ['istio day london videos', 'en'],
      ['2025 伦敦 istio day 的视频', 'zh'],
    ] as const) {
      const { talks, direct } = engine.answer(question);
      expect(direct, question).toBeUndefined();
      expect(talks.length, question).toBeGreaterThan(3);
      expect(talks.every((talk) => talk.event === 'Istio Day Europe 2025' && talk.video !== null), question).toBe(true);
      expect(talks.every((talk) => talk.titles[lang] !== undefined), question).toBe(true);
    }
  });

  it('lists only the talks whose titles hold the question\'s topic, when it names one', () => {
    const { talks } = engine.answer('kiali video istio day london');
    expect(talks.map((talk) => talk.video)).toEqual(['https://www.youtube.com/watch?v=kodNy436ND0']);
  });

  it('never calls one film shown at an event its recordings ("a video of contributors congratulating Istio")', () => {
    const answer = engine.answer('2023 芝加哥 istio day 有视频吗');
    expect(answer.direct?.url).not.toBe('https://www.youtube.com/watch?v=c5baPkXZEMU');
    expect(answer.events.flatMap((event) => event.links.recordings)).not.toContain('https://www.youtube.com/watch?v=c5baPkXZEMU');
    expect(answer.talks.some((talk) => talk.video === 'https://www.youtube.com/watch?v=S39yo6ZJ4iM')).toBe(true);
  });
});
