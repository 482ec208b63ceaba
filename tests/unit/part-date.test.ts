/**
 * Asked the day of one part of a conference week (a stage's Istio sessions), the line quotes the sentence that names that
 * day, not the conference's four days; asked the conference itself, its dates stay (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('the day of a part of a conference week', () => {
  it('is the day its sentence names, in en and zh', () => {
    const en = engine.answer('which day does istio have its sessions on the cloud native theater stage at kubecon eu 2026').direct?.text ?? '';
    expect(en).toMatch(/Tuesday 24 March from 14:30 CET/);
    expect(en).not.toMatch(/23 to 26 March/);
    expect(engine.answer('2026 欧洲 kubecon 云原生剧场的 istio 议题是哪天').direct?.text).toMatch(/3 月 24 日（星期二）/);
  });

  it('leaves the conference asked about itself with its own dates', () => {
    expect(engine.answer('when is kubecon eu 2026').direct?.text).toBe('KubeCon + CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam');
  });
});
