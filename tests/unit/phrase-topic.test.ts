import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('a topic the question reads as one phrase ("service mesh") that titles write as two words', () => {
  it('finds the talks whose titles hold both words', () => {
    const { talks } = engine.answer('kubecon paris 2024 sessions on service mesh');
    expect(talks.map((talk) => talk.title)).toContain('Scaling Service Mesh: Self Service Beyond 300 Clusters');
  });

  it('gives the video of the one talk so titled', () => {
    expect(engine.answer('atlanta istio day, the service mesh ai ready one, is there a recording').direct).toMatchObject({
      text: 'Video of “Is Your Service Mesh AI Ready?” (Istio Day North America 2025)',
      url: 'https://www.youtube.com/watch?v=4ynwGx1QH5I',
    });
  });
});
