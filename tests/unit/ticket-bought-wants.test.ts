/**
 * A ticket bought with what it is for between ("先购买 kubecon 大会的票") asks to register: the passages that say how to
 * register rank first, and the line says what attending takes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('a ticket bought, the event named between', () => {
  it('wants the registration passages, and the line says what attending the Istio Day takes', () => {
    const question = '阿姆斯特丹那次 istio day 得先购买 kubecon 大会的票吗';
    expect(understand(question).words.wants).toContain('register');
    expect(engine.answer(question).direct?.text).toMatch(/需要注册 KubeCon/);
  });
});
