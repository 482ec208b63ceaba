/**
 * "讲 X 的是哪一场": which one of an event's talks, said by what it was about (讲 … 的), asks for that talk; "是哪场"
 * without 讲 asks which event, as before (round 20).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('which talk, said by its topic', () => {
  it('names the talk on that topic in the line', () => {
    expect(understand('伦敦 istio day 讲多集群的是哪一场').ask).toBe('talks');
    expect(engine.answer('伦敦 istio day 讲多集群的是哪一场').direct?.text).toContain('Navigating the maze of multi-cluster Istio');
    expect(engine.answer('芝加哥 istio day 上讲 kiali 的是哪场').direct?.text).toContain('Kiali');
  });

  it('leaves "是哪场" asking which event when no 讲 says a talk', () => {
    expect(understand('伦敦之后下一届 istio day 是哪场').ask).not.toBe('talks');
    expect(understand('排在巴黎后面的是哪一场 istio day').ask).not.toBe('talks');
  });
});
