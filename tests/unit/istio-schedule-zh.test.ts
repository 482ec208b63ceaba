/**
 * "istio 日程" is the Istio sessions' schedule (日程), and "istio 日期" their dates: neither names an Istio Day, so a
 * KubeCon asked about this way is answered about the KubeCon, not about an Istio Day of its year that was never held.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('istio followed by 日程 or 日期', () => {
  it.each(['阿姆斯特丹 2026 kubecon 上 istio 日程安排是什么', '2026 年欧洲 kubecon 的 istio 日期'])('names no Istio Day: %s', (text) => {
    expect(understand(text).entities.kinds).toEqual(['kubecon']);
  });

  it('gets the schedule of the KubeCon named, not a word that no Istio Day of its year is announced', () => {
    const direct = engine.answer('2026 欧洲 kubecon 的 istio 日程安排在哪看').direct;
    expect(direct?.text).toBe('KubeCon + CloudNativeCon Europe 2026 的日程');
    expect(direct?.url).toBe('https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/program/schedule/');
  });

  it('still reads Istio Day typed in Latin letters beside Chinese', () => {
    expect(understand('伦敦 istio day 日程').entities.kinds).toEqual(['istio-day']);
  });
});
