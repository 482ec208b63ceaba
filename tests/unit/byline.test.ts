import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { bylineOf } from '../../src/indexer/byline.js';
import { authorAsked } from '../../src/understand/index.js';
import { fixtureService } from '../helpers/engine.js';

describe('a post\'s byline', () => {
  it('keeps an attribution that opens with a person\'s name, in either language', () => {
    for (const attribution of ['Ada Example, for the Steering Committee', 'Ada Example (Example Corp)', 'Ada Example - example.io', 'Ada Example 代表 Istio 指导委员会', '王小明 (Example)']) {
      expect(bylineOf(attribution)).toBe(attribution);
    }
  });

  it('drops one that names a body or this project, not a person', () => {
    for (const attribution of ['Istio Steering Committee', 'Istio 指导委员会; Translated by Ada Example', 'istio-events', 'Example Con 2031 Programme Committee', undefined]) {
      expect(bylineOf(attribution)).toBeNull();
    }
  });
});

describe('asking who wrote a post', () => {
  it('is asking of a post, a blog or an article', () => {
    expect(authorAsked('who wrote the steering results post')).toBe(true);
    expect(authorAsked('那篇博客是谁写的')).toBe(true);
    expect(authorAsked('author of the charter blog')).toBe(true);
  });

  it('is asking of a recap, or of "that piece" (那篇) in Chinese', () => {
    expect(authorAsked('who wrote the lisbon recap')).toBe(true);
    expect(authorAsked('里斯本那篇是谁写的')).toBe(true);
  });

  it('is not asking of a book or a talk, whose authors the posts name', () => {
    expect(authorAsked('who are the authors of the dolphin book')).toBe(false);
    expect(authorAsked('绘本的作者是谁')).toBe(false);
  });
});

describe('the writer of a post whose title names only its event', () => {
  let engine: Answerer;
  beforeAll(async () => {
    engine = await fixtureService();
  });

  // "Istio at KubeCon Europe 2031" holds no word of the question but the event's: those words pick the post.
  it('is its byline, in either language', () => {
    for (const q of ['who wrote the kubecon europe 2031 post', 'who wrote the istio at kubecon eu 2031 recap']) {
      expect(engine.answer(q).direct?.text, q).toBe('Istio at KubeCon Europe 2031: Fixture Writer, for the test suite');
    }
    expect(engine.answer('2031 欧洲 kubecon 那篇文章是谁写的').direct?.text).toBe('2031 欧洲 KubeCon 上的 Istio：Fixture Writer');
  });
});
