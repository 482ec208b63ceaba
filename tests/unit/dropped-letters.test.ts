import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * "videos" and "talks" with one letter dropped, as typed in a hurry ("vidos", "taks"): read as the want words they are,
 * so the user gets the recordings or the talks, not a search for a word no post writes.
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});
const now = new Date('2026-12-07T09:00:00Z');

describe('a want word with a letter dropped', () => {
  it('reads "vidos" and "vdeos" as videos', () => {
    expect(understand('istio day london vidos').ask).toBe('video');
    expect(understand('vdeos from paris').ask).toBe('video');
  });

  it.each(['kiali taks london', 'tlks on kiali in london'])('%s lists the Kiali talk', (question) => {
    const answer = engine.answer(question, { now });
    expect(answer.intent).toBe('talks');
    expect(answer.talks[0]?.title).toMatch(/Kiali/);
  });

  it('leaves a plain reply alone', () => {
    expect(understand('reply from the program committee').ask).not.toBe('video');
  });
});
