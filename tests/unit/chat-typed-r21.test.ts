/**
 * Words a Chinese chat types for the posts' own (round 21): 撒 for 啥 (a pinyin keyboard's slip, both "sha") and
 * 选举官, the short way to say 选举官员 (an election officer). Read as typed, "是撒" asked nothing and 选举官 named no part
 * played, so "what is it" got no line and "who ran the vote" got the winners.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { buildCorpus } from '../../src/indexer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';
import { BATTERY_NOW } from '../helpers/readings.js';

const TERMS_ENDED = fileURLToPath(new URL('../fixtures/terms-ended', import.meta.url));

describe('撒 typed for 啥', () => {
  let engine: Answerer;
  beforeAll(async () => {
    engine = await shippedService();
  });

  it('reads "X 是撒" and "X 是撒东西" as asking what X is, and answers with the sentence that says it', () => {
    for (const q of ['contribfest 是撒', 'ContribFest是撒东西']) {
      expect(understand(q).ask, q).toBe('what-is');
      expect(engine.answer(q, { now: BATTERY_NOW }).direct?.text ?? '', q).toMatch(/ContribFest，面向.*动手环节/);
    }
  });

  it('reads "撒时候" as when', () => {
    expect(understand('伦敦 istio day 撒时候').ask).toBe('when');
  });

  it('leaves 撒 alone where it is no 啥 (撒哈拉)', () => {
    expect(understand('撒哈拉 meetup').rest).toContain('撒哈拉');
  });
});

describe('a number after 那/这 points at people already said', () => {
  let engine: Answerer;
  beforeAll(async () => {
    engine = await shippedService();
  });

  it('reads "那两位主席" as those chairs, not a count glued to the words, and names them', () => {
    for (const q of ['伦敦istio day那两位主席是谁', '伦敦 istio day 那 2 位主席是谁']) {
      expect(understand(q).words.groups.map((group) => group.word).join(' '), q).not.toMatch(/[那2两]/u);
      expect(engine.answer(q, { now: BATTERY_NOW }).direct?.text ?? '', q).toMatch(/Keith Mattix 和 Denis Jannot/);
    }
  });
});

describe('选举官, the short word for an election officer', () => {
  let thanked: Answerer;
  beforeAll(async () => {
    thanked = Answerer.fromCorpus(await buildCorpus({ contentDirs: [TERMS_ENDED] }));
  });

  it('answers who the election officer was with the sentence that names the part, not with the winners', () => {
    const line = thanked.answer('2033 年指导委员会选举 选举官是谁').direct?.text ?? '';
    expect(line).toMatch(/作为选举官员，我很高兴看到这么多人参与投票。 \(Fixture Writer, for the test suite\)$/);
    expect(line).not.toContain('Nora Quinn');
  });
});
