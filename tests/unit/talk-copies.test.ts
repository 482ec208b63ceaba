/**
 * A talk told in both copies of a post (en and zh) is one talk, and each reader is sent to the copy in their
 * own language: the listed talk's link on every surface, the `--json` `url`, and the answer line's source.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { present, toJson } from '../../src/present/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const ZH_POST = 'https://istio.io/latest/zh/blog/2026/kubecon-eu/';
const EN_POST = 'https://istio.io/latest/blog/2026/kubecon-eu/';

const talkLinks = (question: string): (string | null)[] =>
  present(engine.answer(question)).sections.flatMap((section) => (section.kind === 'talks' ? section.items.map((item) => item.url) : []));

describe('the post a listed talk links to', () => {
  it('is the Chinese copy for a question in Chinese, the English one for a question in English', () => {
    expect(talkLinks('2026 阿姆斯特丹 kubecon 上 istio 相关的演讲').slice(0, 3)).toEqual([ZH_POST, ZH_POST, ZH_POST]);
    expect(talkLinks('istio talks at kubecon eu 2026 in amsterdam').slice(0, 3)).toEqual([EN_POST, EN_POST, EN_POST]);
  });

  it('is the same copy in the JSON output and in the answer line', () => {
    const answer = engine.answer('2026 阿姆斯特丹 kubecon 上 istio 相关的演讲');
    expect(toJson(answer).talks.slice(0, 3).map((talk) => talk.url)).toEqual([ZH_POST, ZH_POST, ZH_POST]);
    expect(answer.direct?.url).toBe(ZH_POST);
  });
});
