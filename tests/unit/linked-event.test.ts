/**
 * A place named alone stands for its conference; asked for a link that conference's posts do not give (a call for
 * proposals) while the one Istio Day held within it has one, that Istio Day's link answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('a link asked of a place named alone', () => {
  it("gives the call of the istio day held there, in en and zh", () => {
    expect(engine.answer('cfp for chicago, when did it close').direct?.text).toMatch(/^Call for proposals of Istio Day North America 2023/);
    expect(engine.answer('阿姆斯特丹 2023 征稿').direct?.text).toMatch(/^Istio Day Europe 2023 的征稿/);
  });

  it('keeps the conference where it has the link itself', () => {
    expect(engine.answer('amsterdam 2026 schedule').direct?.text).toBe('Schedule of KubeCon + CloudNativeCon Europe 2026');
  });

  it("gives the istio day's schedule where several events held there have a page of their own, in en and zh", () => {
    expect(engine.answer('programme for london?').direct).toMatchObject({
      text: 'Schedule of Istio Day Europe 2025',
      url: 'https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/co-located-events/istio-day/',
    });
    expect(engine.answer('伦敦那周的议程').direct?.text).toBe('Istio Day Europe 2025 的日程');
  });

  it('reads a city of several words as naming the events held there', () => {
    expect(engine.answer('salt lake city programme').direct?.text).toBe('Schedule of Istio Day North America 2024');
  });
});
