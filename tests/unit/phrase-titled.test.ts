/**
 * A phrase of the vocabulary ("ant group") chooses the talks whose titles hold each of its words ("Ant Group keynote"),
 * as a word typed alone does: asked who from it spoke, the line is about that talk, not every speaker of the week.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('a company named by a phrase that titles one talk', () => {
  it('answers who from it spoke by that talk, not by the whole programme', () => {
    for (const q of ['who spoke for ant group at the london kubecon', '伦敦 kubecon 上 蚂蚁集团 是谁讲的']) {
      const line = engine.answer(q).direct?.text ?? '';
      expect(line, q).toMatch(/Ant Group|蚂蚁集团/);
      expect(line, q).not.toMatch(/Lior Lieberman/);
    }
  });
});
