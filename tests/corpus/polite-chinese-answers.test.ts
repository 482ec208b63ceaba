/**
 * Round 20, in my own words: Chinese questions written as in a forum post or an email, opening with "想了解一下". A user
 * notices the line: it answers as the plain question's does, from the istio.io posts (the committees' posts are not in
 * `content/`).
 */
import { describe, expect, it } from 'vitest';
import { corpusEngine } from '../helpers/istio-corpus.js';

const engine = await corpusEngine('istio-first');

const line = (question: string): string => engine.answer(question).direct?.text ?? '';

describe('polite Chinese questions', () => {
  it.each([
    ['想了解一下指导委员会一般负责什么？', /指导委员会负责监督项目的行政方面/],
  ])('%s', (question, said) => {
    expect(line(question)).toMatch(said);
  });
});
