/**
 * The session that opens a day is 开场 in some titles (Amsterdam, Chicago) and 开幕 in others (London, Atlanta): a video or
 * slides question typing the other word gets the talk's own link, as the word its title writes does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const lineUrl = (question: string): string | undefined => engine.answer(question).direct?.url;

describe('a recording asked with the synonym of the word its title writes', () => {
  it('is the talk\'s video, whichever of 开场 and 开幕 is typed', () => {
    // London's title writes 开幕主题演讲; Amsterdam's writes 开场主题演讲.
    for (const asked of ['25年伦敦 istio day 的开场主题演讲 回放在哪', '25年伦敦 istio day 的开幕主题演讲 回放在哪']) {
      expect(lineUrl(asked)).toBe('https://www.youtube.com/watch?v=v10UpNQIoT0');
    }
    for (const asked of ['阿姆斯特丹那届 istio day 开幕那场 录像', '阿姆斯特丹那届 istio day 开场那场 录像']) {
      expect(lineUrl(asked)).toBe('https://www.youtube.com/watch?v=h9EgMrJ0ahs');
    }
  });
});
