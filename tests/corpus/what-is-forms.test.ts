/**
 * Ways of asking what something is that gave no line, or another question's, before (round 16), in my own words: a Chinese
 * question that names the thing after 什么是 and asks a second question after a pause, what a body "负责哪些事情" or
 * "管哪些", "是什么性质的活动", a final 呀 or 啊 or "到底是谁", and "is X its own A or part of B". A user notices the
 * line: it says what the thing is, from the istio.io posts (the committees' posts are not in `content/`).
 */
import { describe, expect, it } from 'vitest';
import { corpusEngine } from '../helpers/istio-corpus.js';
import { understand } from '../../src/understand/index.js';

const engine = await corpusEngine('istio-first');

const line = (question: string): string => engine.answer(question).direct?.text ?? '';

describe('a Chinese what-is question with a second question after the thing', () => {
  it.each([
    ['什么是 ContribFest？跟维护者专场一样吗', 'contribfest', /ContribFest，面向.*动手环节/],
    ['什么是 TOC，和指导委员会什么关系', 'toc', /TOC 章程明确了其成员的职责/],
  ])('%s', (question, subject, said) => {
    expect(understand(question).subject).toBe(subject);
    expect(line(question)).toMatch(said);
  });
});

describe('what a body is in charge of, asked 负责哪些 or 管哪些', () => {
  it.each([
    ['TOC 负责哪些工作', 'toc', /制定项目整体的技术方向和路线图/],
    ['技术监督委员会都管哪些事', '技术监督委员会', /制定项目整体的技术方向和路线图/],
    ['steering 委员会主要负责哪些方面', 'steering 委员会', /指导委员会负责监督项目的行政方面/],
  ])('%s', (question, subject, said) => {
    expect(understand(question).ask).toBe('what-is');
    expect(understand(question).subject).toBe(subject);
    expect(line(question)).toMatch(said);
  });
});

describe("a body's job asked with a possessive, how often, or a guess at what it is", () => {
  it.each([
    // "X's role in the project": the job is asked, and where it is done, not a word of its name.
    ["what's the toc's role in the project", 'toc', /technical direction and roadmap/],
    ["what is the steering committee's job in istio", 'steering committee', /Steering Committee oversees the administrative aspects/],
    // What it is guessed to be, "Y stuff" after a comma, only ranks.
    ["what's the steering committee's job in the community, marketing stuff?", 'steering committee', /Steering Committee oversees the administrative aspects/],
    // How often it does it (平时, 一般, 通常) before what it does is no part of its name.
    ['指导委员会平常管什么', '指导委员会', /指导委员会负责监督项目的行政方面/],
    ['TOC 一般是干嘛的', 'toc', /技术方向和路线图/],
    ['技术监督委员会通常负责哪些', '技术监督委员会', /技术方向和路线图/],
    // Where it does its job, said last ("in the project", "in the istio community"), is no part of its name.
    ['what is the role of the steering committee in the istio community', 'steering committee', /Steering Committee oversees the administrative aspects/],
    ['指导委员会是怎么回事', '指导委员会', /指导委员会负责监督项目的行政方面/],
  ])('%s', (question, subject, said) => {
    expect(understand(question).ask).toBe('what-is');
    expect(understand(question).subject).toBe(subject);
    expect(line(question)).toMatch(said);
  });
});

describe('the kind of thing asked as 什么性质的, 什么类型的', () => {
  it.each([
    ['istio day 是什么性质的会议', 'istio day', /Istio Day 是 .*同期活动/],
    ['维护者专场是什么类型的环节', '维护者 专场', /^维护者专场。贡献者聚在一起/],
  ])('%s', (question, subject, said) => {
    expect(understand(question).subject).toBe(subject);
    expect(line(question)).toMatch(said);
  });
});

describe('who something is, with a final particle or 到底', () => {
  it.each(['izzy 是谁啊', 'Izzy 到底是谁', 'izzy 究竟是谁呀'])('%s', (question) => {
    expect(understand(question).ask).toBe('what-is');
    expect(line(question)).toMatch(/印度太平洋宽吻海豚/);
  });
});

describe('"is X its own A or part of B": what holds it is no kind of thing it is', () => {
  it.each([
    ['is contribfest its own event or just part of kubecon', 'contribfest', /ContribFest, a hands-on session/],
    ['was istio day its own conference, or a part of the kubecon week?', 'istio day', /Istio Day is a .*Co-located Event/],
  ])('%s', (question, subject, said) => {
    expect(understand(question).subject).toBe(subject);
    expect(line(question)).toMatch(said);
  });
});

describe('one thing against another: "X vs Y", "X versus Y", "X 和 Y 的区别": the first is asked about, the other only ranks', () => {
  it.each([
    ["what's the toc vs the steering committee", 'toc', /TOC spells out the responsibilities of its members/],
    ["what's a community seat versus a contribution seat", 'community seat', /Contribution Seats, and 4 elected Community Seats/],
    ['toc 和指导委员会的区别', 'toc', /TOC 章程明确了其成员的职责/],
    ['istio day 跟 istiocon 区别是啥', 'istio day', /Istio Day 是 .*同期活动/],
  ])('%s', (question, subject, said) => {
    expect(understand(question).subject).toBe(subject);
    expect(line(question)).toMatch(said);
  });
});

describe('whether the thing is a kind of thing ("X 是独立的会议吗", "X 是不是一个活动"): what it is answers', () => {
  it.each([
    ['istio day 是单独举办的大会吗', 'istio day', /Istio Day 是 .*同期活动/],
    ['TOC 是不是一个委员会', 'toc', /TOC 章程明确了其成员的职责/],
    ['izzy 是动物吗', 'izzy', /印度太平洋宽吻海豚/],
  ])('%s', (question, subject, said) => {
    expect(understand(question).ask).toBe('what-is');
    expect(understand(question).subject).toBe(subject);
    expect(line(question)).toMatch(said);
  });

  it('leaves a question of another fact as it was: "是免费的吗" asks the price', () => {
    expect(understand('istio day 是免费的吗').ask).not.toBe('what-is');
  });
});

describe('"is X a <kind>?" asked alone: what X is answers, the kind only ranks', () => {
  it.each([
    ['is istio day a separate conference?', 'istio day', /Istio Day is a .*Co-located Event/],
    ['was izzy a whale', 'izzy', /Izzy, an Indo-Pacific bottlenose dolphin/],
  ])('%s', (question, subject, said) => {
    expect(understand(question).subject).toBe(subject);
    expect(line(question)).toMatch(said);
  });

  it('leaves a judgement asked ("a good place to…") and "is there a…" as they were', () => {
    expect(understand('is kubecon a good place to learn istio').ask).not.toBe('what-is');
    expect(understand('is there a contribfest in london').ask).not.toBe('what-is');
  });
});
