/**
 * Round 20, in my own words: Chinese questions written as in a forum post or an email, opening with "想了解一下" and asking
 * which areas of work a body covers ("负责哪些方面的工作"). A user notices the line: it answers as the plain question's
 * does, from the istio.io posts (the committees' posts are not in `content/`).
 */
import { describe, expect, it } from 'vitest';
import { corpusEngine } from '../helpers/istio-corpus.js';

const engine = await corpusEngine('istio-first');

const line = (question: string): string => engine.answer(question).direct?.text ?? '';

describe('polite Chinese questions', () => {
  it.each([
    ['您好，想了解下 steering committee 具体负责哪些方面的事务？', /指导委员会负责监督项目的行政方面/],
    ['TOC 主要负责哪些方面的工作呢', /制定项目整体的技术方向和路线图/],
    ['想了解一下指导委员会一般负责什么？', /指导委员会负责监督项目的行政方面/],
  ])('%s', (question, said) => {
    expect(line(question)).toMatch(said);
  });
});

describe('a forum or email courtesy before the question', () => {
  it.each([
    ['求助，ICA 是什么', 'ICA 是什么'],
    ['各位好，ContribFest 是个什么活动？', 'ContribFest 是个什么活动？'],
    ['打扰了，想问一下 TOC 2025 年的选举谁当选了？', 'TOC 2025 年的选举谁当选了？'],
  ])('%s', (wrapped, plain) => {
    expect(line(wrapped)).toBe(line(plain));
  });
});
