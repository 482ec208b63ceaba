/**
 * How two things differ, asked with where both belong said after the second ("…and contribution seats in the istio
 * steering committee"): the first is what is asked about, and the line says what it is, from the istio.io posts (the
 * Steering Committee's posts are not in `content/`).
 */
import { describe, expect, it } from 'vitest';
import { corpusEngine } from '../helpers/istio-corpus.js';
import { understand } from '../../src/understand/index.js';

const engine = await corpusEngine();

describe('the difference between two things, where both belong said at length', () => {
  it.each([
    ['what is the difference between community seats and contribution seats in the istio steering committee', 'community seats'],
    ['quick one - whats the difference between a contribution seat and a community seat on the steering committee?', 'contribution seat'],
  ])('%s', (question, subject) => {
    expect(understand(question).subject).toBe(subject);
    expect(engine.answer(question).direct?.text).toMatch(/Contribution Seats, and 4 elected Community Seats/);
  });
});

describe('a seat said to be inside the committee, in Chinese (里的, 内的)', () => {
  it.each([
    ['指导委员会里的贡献席位指的是什么', '指导委员会 贡献席位'],
    ['什么是社区席位，指导委员会里面的', '社区席位 指导委员会'],
  ])('%s', (question, subject) => {
    expect(understand(question).subject).toBe(subject);
    expect(engine.answer(question).direct?.text).toMatch(/9 个贡献席位和 4 个选举的社区席位组成/);
  });
});
