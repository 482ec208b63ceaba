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
});
