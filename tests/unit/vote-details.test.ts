/**
 * What a results post says beyond its winners: whether the vote was contested ("elected unopposed", "毫无对手"), who came
 * second ("the runner-up … was", "第二名是"), the Steering Committee by its other Chinese names (治理委员会, 督导委员会); and
 * which ticket an event takes ("a Premium ticket which includes…"). Fixture posts of 2033, en and zh.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { buildCorpus } from '../../src/indexer/index.js';

const VOTE_DETAILS = fileURLToPath(new URL('../fixtures/vote-details', import.meta.url));

let engine: Answerer;
beforeAll(async () => {
  engine = Answerer.fromCorpus(await buildCorpus({ contentDirs: [VOTE_DETAILS] }));
});

const line = (question: string): string => engine.answer(question).direct?.text ?? '';

describe('whether a vote was contested', () => {
  it('is answered by the results post that says so, in en and zh', () => {
    expect(line('was the 2033 steering vote contested')).toMatch(/^Istio's Steering Committee for 2033: .*elected unopposed/);
    expect(line('2033 年指导委员会选举有竞争吗')).toMatch(/^2033 年 Istio 指导委员会：.*毫无对手/);
  });

  it('names the Steering Committee by its other Chinese names', () => {
    expect(line('2033 年治理委员会 谁当选了')).toMatch(/^2033 年 Istio 指导委员会：.*Marta Olsen/);
    expect(line('2033 督导委员会选举结果')).toMatch(/^2033 年 Istio 指导委员会：.*Marta Olsen/);
  });
});

describe('who came second in a vote', () => {
  it('quotes the sentence that names the runner-up, not the winners, in en and zh', () => {
    expect(line('who came second in the 2033 steering election')).toMatch(/^Istio's Steering Committee for 2033: The runner-up from the last election was Dana Ortiz/);
    expect(line('2033 指导委员会选举的亚军是谁')).toMatch(/^2033 年 Istio 指导委员会：上次选举的第二名是来自 Demo Networks 的 Dana Ortiz/);
  });

  it('still answers who won with the winners', () => {
    expect(line('who won the 2033 steering election')).toMatch(/Marta Olsen/);
    expect(line('who won the 2033 steering election')).not.toMatch(/Dana Ortiz/);
  });
});

describe('which ticket an event takes', () => {
  it('quotes the sentence that names a ticket and what it includes, asked which ticket', () => {
    expect(line('what type of ticket do i need for istio day lisbon 2033')).toMatch(/a Premium ticket which includes entry to every co-located event/);
    expect(line('which pass gets me into istio day lisbon 2033')).toMatch(/a Premium ticket which includes entry to every co-located event/);
  });

  it('keeps what attending takes, asked only whether a KubeCon ticket is needed', () => {
    expect(line('do i need a kubecon ticket for istio day lisbon 2033')).toMatch(/You must be attending KubeCon to attend Istio Day Europe 2033/);
  });
});
