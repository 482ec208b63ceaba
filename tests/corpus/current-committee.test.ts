/**
 * A governance body asked as it is now ("the current steering committee", "目前", "新一届", "these days"), asked who sits
 * on it or not: the line names who was elected to it last, from the newest results post (istio.io posts only); its next
 * round (下一轮) is none announced after that one.
 */
import { describe, expect, it } from 'vitest';
import { corpusEngine } from '../helpers/istio-corpus.js';

const engine = await corpusEngine();

describe('a body as it is now is who was elected to it last', () => {
  it.each([
    ['who sits on the istio steering committee these days', /^Istio Project Announces 2026 Steering Committee: .*Tyler Schade/],
    ['current steering committee community seat holders?', /^Istio Project Announces 2026 Steering Committee: .*Zhonghu Xu/],
    ['目前指导委员会的社区席位是谁', /^Istio 项目宣布 2026 年指导委员会：.*Zhonghu Xu/],
    ['新一届技术监督委员会成员都是谁', /^Istio 项目公布 2026 年技术监督委员会选举结果：.*Mitch Connors/],
  ])('%s', (question, line) => {
    expect(engine.answer(question).direct?.text).toMatch(line);
  });
});

describe('who its members are, asked in the present tense with no year, is who was elected to it last', () => {
  it.each([
    ['who is on the technical oversight committee?', /^Istio Project Announces 2026 Technical Oversight Committee Election Results: .*Mitch Connors/],
    ['members of the istio steering committee', /^Istio Project Announces 2026 Steering Committee: .*Faseela K/],
    ['谁在 istio 技术监督委员会里，成员有哪些', /^Istio 项目公布 2026 年技术监督委员会选举结果：.*Keith Mattix/],
  ])('%s', (question, line) => {
    expect(engine.answer(question).direct?.text).toMatch(line);
  });

  it('keeps a past or dated membership to its own time', () => {
    expect(engine.answer('who were the steering committee members in 2023').direct?.text ?? '').not.toMatch(/2026/);
    expect(engine.answer('who were the original toc members').direct?.text ?? '').not.toMatch(/2026/);
  });
});

describe('下一轮, the next round, is the next election: none is announced after the latest', () => {
  it('下一轮 TOC 选举什么时候开始', () => {
    expect(engine.answer('下一轮 TOC 选举什么时候开始').direct?.text).toMatch(/^尚未公布新的选举；最近一次：Istio 项目公布 2026 年技术监督委员会选举结果/);
  });
});
