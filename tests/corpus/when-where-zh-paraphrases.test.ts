/**
 * The few rows of the when/where/how-many/results paraphrase battery (tests/unit/when-where-zh-paraphrases.test.ts) that
 * need istio.io's own posts (election results, the IstioCon 2021 announcement), asked over istio.io and content/ together
 * as the bot indexes them when it follows istio.io. Written without reading any question set.
 */
import { describe, expect, it } from 'vitest';
import { corpusEngine } from '../helpers/istio-corpus.js';

const engine = await corpusEngine();

/** [question, what the answer line must hold]. */
const ROWS: readonly (readonly [string, RegExp])[] = [
  // A Steering seat named with no body names the Steering Committee: its 2023 community-seat results (posted in English only).
  ['2023 社区席位 谁当选了', /Iris Ding/],
  ['2023年 community seat 的选举结果', /Craig Box/],
  // How many came is no format's speakers nor a limit ("简短演讲：10 分钟演讲，限 1 人").
  ['istiocon 2021 到底多少人参加', /4,000/],
  ['how many ppl joined the first istiocon', /4,000/],
  // 举办, 举行, 召开 say the event is held and name nothing of it: the recap's sentence that says the Istio Day was held
  // (举行) on its day is no answer to when the conference was.
  ['2025年北美kubecon什么时候举办的', /^KubeCon \+ CloudNativeCon North America 2025：2025 年 11 月 10 日至 13 日/],
  ['kubecon 欧洲 2024 是什么时候举行的', /^KubeCon \+ CloudNativeCon Europe 2024：2024 年 3 月 19 日至 22 日/],
  ['2023 北美 kubecon 在哪召开', /^KubeCon \+ CloudNativeCon North America 2023：.*芝加哥/],
];

describe('when/where/how-many/results questions that need the istio.io posts', () => {
  it.each(ROWS)('%s', (question, holds) => {
    expect(engine.answer(question).direct?.text ?? '').toMatch(holds);
  });
});

describe('the outcome of something else than a vote or an award', () => {
  // The CNCF's answer to Istio's application is no election: the sentences naming who won an award answer nothing.
  it.each(['istio 申请进 cncf 的结果如何', 'outcome of the istio cncf application'])('%s gets no line of who won', (question) => {
    expect(engine.answer(question).direct?.text ?? '').not.toMatch(/奖|award/i);
  });
});
