/** 书 left alone by a question, over istio.io's posts and ours: either book the posts tell, not Izzy's alone. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { corpusEngine } from '../helpers/istio-corpus.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await corpusEngine('istio-first');
}, 120_000);

describe('a lone 书', () => {
  it('finds the Ambient book signed at KubeCon, which the posts call 书籍 as they do Izzy\'s', () => {
    // The 绘本 words alone put Izzy's book first for a signing of the other one.
    expect(engine.answer('书 签名 kubecon 欧洲').results[0]?.text).toMatch(/Istio Ambient Explained/);
  });
});
