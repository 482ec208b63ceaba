/**
 * A word of an occasion's name that titles talks ("ai", Cloud Native AI Day) is the topic of a video question that names
 * another event, as it is of a talks question; and of the talks so titled, the named event's own comes before one of the
 * conference it was held with (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('the video of an event\'s talk on a topic an occasion is named by', () => {
  it('is the line, in en and zh', () => {
    expect(engine.answer('recording of the ai talk at istio day atlanta').direct?.text).toMatch(/Is Your Service Mesh AI Ready\?/);
    expect(engine.answer('视频 亚特兰大 istio day 的 ai 演讲').direct?.text).toMatch(/Is Your Service Mesh AI Ready\?/);
  });
});
