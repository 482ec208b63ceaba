/**
 * 去哪 ("where to go") asks the place in a chat, as 在哪 does: "istio day 欧洲 2024 去哪", "北美那场 kubecon 去哪办".
 * 哪国 (which country) asks it too. A user notices the answer line naming the city, and that 去 searches nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';
import { BATTERY_NOW } from '../helpers/readings.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const searched = (question: string): string[] => understand(question).words.groups.map((group) => group.word);

describe('去哪 said of an event', () => {
  it('asks where it is held, and the answer line names the city', () => {
    for (const [question, city] of [['istio day 欧洲 2024 去哪', /巴黎/], ['上海 istiocon去哪', /上海/], ['2024北美的kubecon去哪', /盐湖城/]] as const) {
      expect(understand(question).ask, question).toBe('where');
      expect(engine.answer(question, { now: BATTERY_NOW }).direct?.text, question).toMatch(city);
    }
  });

  it('searches neither 去哪 nor a lone 去 (去哪了, 去哪里)', () => {
    for (const question of ['istio day 欧洲 2024 去哪', '巴黎之后去哪了', 'kubecon 北美 2024 去哪里']) {
      expect(searched(question).filter((word) => word.includes('去')), question).toEqual([]);
    }
  });

  it('哪国 asks where too, and the line names the country beside the city', () => {
    expect(understand('kubecon 北美 2024 是哪国').ask).toBe('where');
    expect(engine.answer('kubecon 北美 2024 是哪国', { now: BATTERY_NOW }).direct?.text).toMatch(/美国盐湖城/);
  });

  it('keeps watching, downloading and sending a talk in apart', () => {
    expect(understand('istiocon 2022 的录像去哪看').ask).toBe('video');
    expect(understand('istio day 的议题去哪投').ask).toBe('cfp');
  });
});

describe('which places an event kind was held in', () => {
  it('lists its cities, asked which of several places (not how many) or of "cities"', () => {
    for (const question of ['istiocon 去过哪几个城市', 'istio day 举办过的地方都有哪些', 'what cities did istio day go to']) {
      expect(understand(question).ask, question).toBe('where');
    }
    expect(engine.answer('istio day 在欧洲去过哪几个城市', { now: BATTERY_NOW }).direct?.text).toMatch(/伦敦[\s\S]*巴黎/);
  });
});
