import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { spellingAsked, understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * How people ask what something is, written without reading any question set: "what is X", "X 是什么", "what was
 * that X thing", "tell me about X", "X 到底是啥", "X means?", "what kind of event is X", "is X an A or a B", with
 * typos, loose names, with and without a year or city, en and zh. A user notices two things: the question is read
 * as asking what its subject is, and the line (or, without one, the first passage) says what that thing is.
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});
const now = new Date('2026-12-06T09:00:00Z');

const ISTIO_DAY = /co-located with KubeCon/;
const ISTIO_DAY_ZH = /与 KubeCon \+ CloudNativeCon .*同期举行|与 .*KubeCon \+ CloudNativeCon 欧洲站同场/;
const ISTIOCON = /annual Istio conference/;
const ISTIOCON_ZH = /Istio 年度大会/;
const CONTRIBFEST = /ContribFest, a hands-on session/;
const CONTRIBFEST_ZH = /ContribFest，面向.*动手环节/;
const IZZY = /Izzy, an Indo-Pacific bottlenose dolphin/;
const IZZY_ZH = /Izzy——一只印度太平洋宽吻海豚/;
const TOC = /Technical Oversight Committee/;
const MAINTAINER_TRACK = /^Maintainer track\. Contributors met to work on roadmap topics/;
const TOC_ZH = /技术监督委员会（TOC）/;
const ICA = /Istio Certified Associate \(ICA\) exam/;
const ICA_ZH = /Istio 认证助理（ICA）考试/;

/** [question, the subject read from it, what the line or first passage says the thing is]. */
const BATTERY: readonly (readonly [string, string, RegExp])[] = [
  ['what is istio day exactly', 'istio day', ISTIO_DAY],
  ['what kind of event is istio day', 'istio day', ISTIO_DAY],
  ['istio day means?', 'istio day', ISTIO_DAY],
  ['what was istio day all about', 'istio day', ISTIO_DAY],
  ['what is istio day north america', 'istio day north america', ISTIO_DAY],
  ['tell me about istio day 2025', 'istio day', /^Istio Day Europe 2025 opened the Istio week in London.*co-located with KubeCon/],
  ['what exactly is istiocon', 'istiocon', ISTIOCON],
  ['wat is istiocon', 'istiocon', ISTIOCON],
  ['istiocon ??', 'istiocon', ISTIOCON],
  ['what exactly is contribfest', 'contribfest', CONTRIBFEST],
  ['what was that contribfest thing', 'contribfest', CONTRIBFEST],
  ['what kind of thing is contribfest', 'contribfest', CONTRIBFEST],
  // A recap's item labelled "Maintainer track." says what is done there: what the track is, not one session of it.
  ['maintainer track - what is it', 'maintainer track', MAINTAINER_TRACK],
  ['what happens at the maintainer track', 'maintainer track', MAINTAINER_TRACK],
  ['维护者专场是做什么的', '维护者 专场', /^维护者专场。贡献者聚在一起讨论路线图/],
  ['who is this izzy', 'izzy', IZZY],
  // "Official", 官方 say whose it is, not what: the mascot's definition answers (no post calls Izzy official).
  ['what\'s the official istio mascot', 'istio mascot', IZZY],
  ['istio 官方的吉祥物是啥', 'istio 吉祥物', IZZY_ZH],
  // 的 after a Latin word begins no word: "istio 的吉祥物" asks of the 吉祥物, which the vocabulary does not know.
  ['istio 的吉祥物是一种什么动物', 'istio 吉祥物', IZZY_ZH],
  ['izzy = ? is it the dolphin', 'izzy', IZZY],
  ['what is phippy and friends', 'phippy friends', /Phippy and Friends is the CNCF's family of mascots/],
  ['what is the TOC', 'toc', TOC],
  ['what is ica', 'ica', ICA],
  ['what is the ICA certification', 'ica certification', ICA],
  ['ica exam - what is it', 'ica exam', ICA],
  // "is X an A or a B": which of two kinds of thing the subject named between "is" and "a" is, which says what it is.
  ['is istio day a conference or a meetup', 'istio day', ISTIO_DAY],
  ['is contribfest a hackathon or a workshop', 'contribfest', CONTRIBFEST],
  ['is izzy a dolphin or a whale?', 'izzy', IZZY],
  ['is the toc a committee or a team', 'toc', TOC],
  // An event's name spaced otherwise, or run together one letter off, is read as the posts write it, so the passages
  // that say what it is are found.
  ['whats istioday', 'istio day', ISTIO_DAY],
  ['contrib fest?', 'contribfest', CONTRIBFEST],
  ['what is istio con', 'istiocon', ISTIOCON],
  ['what is contribfst', 'contribfest', CONTRIBFEST],
  ['istiocn?', 'istiocon', ISTIOCON],
  ['istioday 到底是啥', 'istio day', ISTIO_DAY_ZH],
  ['contribfst是什么', 'contribfest', CONTRIBFEST_ZH],
  ['istio day 是什么东西', 'istio day', ISTIO_DAY_ZH],
  ['istio day 是个什么会', 'istio day', ISTIO_DAY_ZH],
  ['istio day 伦敦 是什么', 'istio day 伦敦', /Istio Day 欧洲站在伦敦/],
  ['istiocon 是什么活动', 'istiocon', ISTIOCON_ZH],
  ['istiocon 2022 是什么', 'istiocon', ISTIOCON_ZH],
  ['istiocon 是线上活动还是线下活动', 'istiocon', ISTIOCON_ZH],
  ['contribfest 是什么活动', 'contribfest', CONTRIBFEST_ZH],
  ['contribfest 到底是啥', 'contribfest', CONTRIBFEST_ZH],
  ['ContribFest 这个活动是干什么的', 'contribfest', CONTRIBFEST_ZH],
  ['contribfest 具体是啥', 'contribfest', CONTRIBFEST_ZH],
  // "back in 2018" only says the year was long ago.
  ['what was the twitch stream back in 2018', 'twitch stream', /^To mark the Istio 1\.0 release .* streamed a whole day of Istio on Twitch/],
  ['what was istiocon back in 2021', 'istiocon', /^IstioCon 2021 was the project's first conference of its own/],
  ['toc 具体是干什么的', 'toc', TOC_ZH],
  // What a body is in charge of, or what a thing is supposed to be, says what it is.
  ['what is the TOC in charge of', 'toc', TOC],
  ['what is izzy supposed to be', 'izzy', IZZY],
  // "explain X (to me)", "define X", "wtf is X"; what one keeps hearing about, or what everyone is talking about.
  ['explain istiocon to me', 'istiocon', ISTIOCON],
  ['define the maintainer track', 'maintainer track', MAINTAINER_TRACK],
  ['istio day definition', 'istio day', ISTIO_DAY],
  ['wtf is contribfest', 'contribfest', CONTRIBFEST],
  ['i keep hearing about contribfest, what is it', 'contribfest', CONTRIBFEST],
  ["what's this izzy thing everyone is talking about", 'izzy', IZZY],
  // Chat shorthand and loose wordings: "what r X", "what is meant by X", "what's the deal w/ X".
  ['what r the toc', 'toc', TOC],
  ['what is meant by istio day', 'istio day', ISTIO_DAY],
  ["what's the deal w/ izzy", 'izzy', IZZY],
  ['toc 管什么', 'toc', TOC_ZH],
  ['什么叫 contribfest', 'contribfest', CONTRIBFEST_ZH],
  ['toc 指什么', 'toc', TOC_ZH],
  ['给我讲讲 istio day', 'istio day', ISTIO_DAY_ZH],
  ['科普下 contribfest', 'contribfest', CONTRIBFEST_ZH],
  // The kind of thing asked with 是 left out, as chat drops it.
  ['contribfest 啥活动', 'contribfest', CONTRIBFEST_ZH],
  ['izzy 什么动物', 'izzy', IZZY_ZH],
  ['maintainer track 是什么', 'maintainer track', /维护者专场/],
  ['izzy 是谁', 'izzy', IZZY_ZH],
  ['izzy 到底是啥', 'izzy', IZZY_ZH],
  ['Izzy 这只海豚是什么', 'izzy', IZZY_ZH],
  ['phippy 是什么', 'phippy', /“Phippy 和朋友们”（Phippy and Friends）是 CNCF .*吉祥物家族/],
  ['phippy and friends 是什么', 'phippy friends', /“Phippy 和朋友们”（Phippy and Friends）是 CNCF .*吉祥物家族/],
  ['toc 是什么', 'toc', TOC_ZH],
  ['技术监督委员会是什么', '技术监督委员会', TOC_ZH],
  ['ica 认证是什么', 'ica 认证', ICA_ZH],
  ['ICA 是考试还是课程', 'ica', ICA_ZH],
  // What opens a chat message and asks nothing ("so", "ok so", "对了") leaves the question as it would be without it.
  ["so who's izzy", 'izzy', IZZY],
  ['ok so, what is the TOC', 'toc', TOC],
  ['话说谁是 izzy', 'izzy', IZZY_ZH],
  // An apology or a hedge before the question names nothing ("sorry if this is a silly question but…", "不好意思，…").
  ['sorry if this is a silly question but what\'s a contribfest', 'contribfest', CONTRIBFEST],
  ['noob question: who is izzy', 'izzy', IZZY],
  ['不好意思，izzy 是个什么', 'izzy', IZZY_ZH],
  // Saying one is new ("new here,", "i'm new to istio -", "我是新手，", "新人求问") is who asks, nothing of what is asked.
  ['new here, what is contribfest', 'contribfest', CONTRIBFEST],
  ["i'm new to istio - who's izzy", 'izzy', IZZY],
  ['我是新手，TOC 是什么', 'toc', TOC_ZH],
  ['新人求问 izzy 是谁', 'izzy', IZZY_ZH],
  ['hey folks, what is contribfest', 'contribfest', CONTRIBFEST],
  // How short or plain the answer should be ("in one line", "in simple terms", "一句话", "通俗点") is no part of the name,
  // and said of a name alone asks what it is.
  ['explain istio day in one line', 'istio day', ISTIO_DAY],
  ['contribfest in simple terms?', 'contribfest', CONTRIBFEST],
  ['一句话解释 izzy', 'izzy', IZZY_ZH],
  ['通俗点讲讲 istiocon 是啥', 'istiocon', ISTIOCON_ZH],
  // What an abbreviation means ("是什么意思", "指的是什么") is what it stands for: the sentence that spells it out.
  ['TOC 是啥意思', 'toc', TOC_ZH],
  ['toc 指的是什么', 'toc', TOC_ZH],
  // "解释一下 X" asks what X is, as "explain X" does; "谁能…" (anyone who can) and 帮忙 ask no one.
  ['解释一下 istio day', 'istio day', ISTIO_DAY_ZH],
  ['谁能说说 contribfest 是干啥的', 'contribfest', CONTRIBFEST_ZH],
  ['帮忙解释下 izzy', 'izzy', IZZY_ZH],
  // A follow-up that names only a thing ("what about X", "how about X") asks what it is, as "tell me about X" does.
  ['and how about izzy?', 'izzy', IZZY],
  ['ok, what about contribfest then', 'contribfest', CONTRIBFEST],
  // What people say of the thing after it ("…folks mention") says nothing of what it is.
  ['what is this ICA exam folks mention', 'ica exam', ICA],
  // A guess to confirm after "是谁" still asks who the subject is.
  ['izzy是谁？是吉祥物吧', 'izzy', IZZY_ZH],
  // "是做什么的组织": what it does, then the kind of thing it is, which is no part of its name.
  ['TOC 是做什么的组织', 'toc', /技术方向和路线图|技术监督委员会（TOC）/],
  // What a book "讲的啥": what it is about, its story.
  ['《Izzy 拯救生日》这本书讲的啥', 'izzy 拯救生日', /海盗/],
  // A polite request to explain ("能…吗", "可以…吗", "请…", "想了解一下…"): the request's words and its 吗 name nothing.
  ['能不能给我介绍一下 contribfest 呀', 'contribfest', CONTRIBFEST_ZH],
  ['可以讲讲 istio day 吗', 'istio day', ISTIO_DAY_ZH],
  ['您能介绍下 izzy 吗？', 'izzy', IZZY_ZH],
  ['请科普一下 toc', 'toc', TOC_ZH],
  ['想了解一下 istiocon', 'istiocon', ISTIOCON_ZH],
  // How much is asked ("简单", "大概") and "介绍" without "一下" ask the same.
  ['能简单介绍一下 contribfest 吗', 'contribfest', CONTRIBFEST_ZH],
  ['大概介绍下 izzy', 'izzy', IZZY_ZH],
  ['能介绍 istiocon 吗', 'istiocon', ISTIOCON_ZH],
  // The measure word before the kind asked ("是一场什么活动", "是本什么书") is no part of the name.
  ['istio day 是一场什么活动', 'istio day', ISTIO_DAY_ZH],
  ['Izzy 拯救生日 是本什么书', 'izzy 拯救生日', /海盗|绘本/],
  // A term, then "what" alone: "X as in what", "X, what exactly", "X = what".
  ['contribfest as in what?', 'contribfest', CONTRIBFEST],
  ['the toc, what exactly', 'toc', TOC],
  ['izzy = what', 'izzy', IZZY],
  // Saying one does not know ("idk", "no idea", "not sure") opens the question; a laugh after it ("lol") closes it.
  ['idk what the toc is', 'toc', TOC],
  ['no idea what a contribfest is', 'contribfest', CONTRIBFEST],
  ['not sure what istio day is tbh', 'istio day', ISTIO_DAY],
  ['what is this izzy lol', 'izzy', IZZY],
  // How it differs from another thing ("X 跟 Y 有啥不同") says what it is; the other thing only ranks.
  // A second question after the question mark that ends "what is X?" says more of what is wanted, not what X is called.
  ['what exactly is istio day? is it held with kubecon', 'istio day', ISTIO_DAY],
  ['what is contribfest? can anyone join', 'contribfest', CONTRIBFEST],
  // A name said alone, then who it is asked by a pronoun ("X?? who's that", "X？这是谁"), asks who or what X is.
  ['izzy?? who or what is that, saw it on a slide', 'izzy', IZZY],
  ["izzy - who's that?", 'izzy', IZZY],
  ['Izzy？这是谁', 'izzy', IZZY_ZH],
  // "kubecon 那个 X": the X held at KubeCon; the conference names no part of it.
  ['kubecon 那个 contribfest 是什么', 'contribfest', CONTRIBFEST_ZH],
  // "kubecon 的 X" says the same with 的 alone.
  ['kubecon 的 contribfest 到底是啥', 'contribfest', CONTRIBFEST_ZH],
  // What a thing "是讲什么的" is what it is about, as 讲的是什么 asks, not which talks were given.
  ['《Izzy 拯救生日》是讲啥的', 'izzy 拯救生日', /海盗|绘本|Kube 船长/],
  ['istio day 和 istiocon 有什么区别', 'istio day', ISTIO_DAY_ZH],
  ['contribfest 跟维护者专场有啥不同', 'contribfest', CONTRIBFEST_ZH],
  ["what's the difference between istio day and istiocon", 'istio day', ISTIO_DAY],
  // "quick one -", "quick q:" open a chat message and ask nothing.
  ["quick q: who's izzy", 'izzy', IZZY],
  ['quick one - what is the toc', 'toc', TOC],
  ['difference between contribfest and the maintainer track?', 'contribfest', /ContribFest, (?:a hands-on session|where newcomers)/],
  // A remark about oneself after a comma ("i saw…", "we want…") says why it is asked, not what is asked about.
  ['what is izzy, i saw it on a t-shirt', 'izzy', IZZY],
  ['what is contribfest, we want to join one', 'contribfest', CONTRIBFEST],
  // Where a thing does its job ("in the mesh", "in the service mesh") is no part of its name.
  ["what is izzy's job in the service mesh", 'izzy', IZZY],
  // "X 是怎么回事" (what's the story with X) asks what X is; 怎么回事 is no part of its name.
  ['contribfest 到底是怎么回事', 'contribfest', CONTRIBFEST_ZH],
  ['izzy 是怎么回事啊', 'izzy', IZZY_ZH],
];

describe('"what is" questions as people phrase them', () => {
  it.each(BATTERY)('%s', (question, subject, says) => {
    const read = understand(question);
    expect(read.ask).toBe('what-is');
    expect(read.subject).toBe(subject);
    const answer = engine.answer(question, { now });
    expect(answer.direct?.text ?? answer.results[0]?.text).toMatch(says);
  });
});

describe('a Chinese definition that gives the English name in brackets before 是', () => {
  it.each([
    ['phippy 和朋友们是干嘛的', 'phippy 和朋友们'],
    ['介绍一下 phippy and friends', 'phippy friends'],
  ])('is the line for either name: %s', (question, subject) => {
    expect(understand(question).subject).toBe(subject);
    expect(engine.answer(question, { now }).direct?.text).toMatch(/^“Phippy 和朋友们”（Phippy and Friends）是 CNCF .*吉祥物家族/);
  });
});

describe('a birthday asked by its age said another way (周年, 周岁, 岁)', () => {
  it.each([
    ['七周年生日介绍一下', /Istio 的七岁生日/],
    ['介绍一下 istio 七周岁', /Istio 的七岁生日/],
    ['istio 四岁生日是啥', /Istio 开源四周年/],
  ])('%s', (question, says) => {
    expect(engine.answer(question, { now }).direct?.text).toMatch(says);
  });
});

describe('an event asked about by the name of its own post, whose opening need not repeat the name', () => {
  it.each([
    ["what was istio's 7th birthday", /^Istio turned seven on 24 May 2024/],
    ['tell me about the 4th birthday celebration of istio', /^Istio turned four on 24 May 2021/],
  ])('%s', (question, says) => {
    expect(engine.answer(question, { now }).direct?.text).toMatch(says);
  });
});

describe('a book asked about by its title', () => {
  it.each([
    ['what is izzy saves the birthday', /^"Izzy Saves the Birthday" \(12 November 2024\)\. The story takes place/],
    ['什么是《Izzy 拯救生日》', /^《Izzy 拯救生日》（2024 年 11 月 12 日）。故事发生在/],
    ['Izzy 拯救生日 讲的是什么故事', /^《Izzy 拯救生日》（2024 年 11 月 12 日）。故事发生在/],
  ])('%s: the line quotes the item its title labels, which tells the story', (question, line) => {
    expect(engine.answer(question, { now }).direct?.text).toMatch(line);
  });
});

describe('what something is called', () => {
  it('searches the thing named, not "called", whose stem is the call for proposals', () => {
    const question = understand("so what's the istio mascot called?");
    expect(question.words.groups.map((group) => group.word)).not.toContain('called');
    expect(engine.answer("so what's the istio mascot called?").results[0]?.text).toMatch(/Izzy/);
  });
});

describe('what an abbreviation means', () => {
  it('asks what it stands for when the vocabulary spells it out, never of a name that is no abbreviation', () => {
    expect(spellingAsked(understand('toc meaning'))).toBe(true);
    expect(spellingAsked(understand('what does the TOC mean'))).toBe(true);
    expect(spellingAsked(understand('izzy meaning'))).toBe(false);
    expect(spellingAsked(understand('what is the toc'))).toBe(false);
  });
});

describe('saying one is new', () => {
  it('is taken only before a pause, so "new" naming a thing stays in the question', () => {
    expect(understand('new t-shirts at istio day?').rest).toMatch(/^new t-shirts/);
    expect(understand('新手指南在哪').rest).toMatch(/^新手指南/);
  });
});

describe('"X 啥活动": the kind of thing asked, 是 left out', () => {
  it('asks nothing of what an event holds, or when it is', () => {
    expect(understand('istio day 有什么活动').ask).not.toBe('what-is');
    expect(understand('istio day 什么时候').ask).toBe('when');
    expect(understand('北京办过什么活动').ask).not.toBe('what-is');
  });
});

describe('"X … what" at the end', () => {
  it('asks nothing of what a following noun names, nor of a bare "so what"', () => {
    expect(understand('istio day 2025 in what city').ask).toBe('where');
    expect(understand('so what').ask).not.toBe('what-is');
  });
});

describe('"cmte", as chat shortens "committee"', () => {
  it('reads the committee named, so the passages that say what it does are searched for', () => {
    expect(understand('what does the steering cmte do').subject).toBe('steering committee');
    expect(understand('toc cttee, what is it').subject).toBe('toc committee');
  });
});

describe('"is X an A or a B"', () => {
  it('asks no kind of "is there a…", "is it…" or a thing said free or paid', () => {
    expect(understand('is there a meetup or a conference').ask).not.toBe('what-is');
    expect(understand('is contribfest free or paid').ask).not.toBe('what-is');
  });
});

describe('a book asked about as the kids call it', () => {
  it('finds the children\'s book when asked for the "kids book", and tells its story first', () => {
    const answer = engine.answer('story of the izzy kids book', { now });
    expect(answer.results[0]?.text).toMatch(/Captain Kube's birthday party/);
  });
});

describe('a topic asked for with a question mark', () => {
  it('reads "something on X?" as a search for X, and finds the talks about it first', () => {
    const read = understand('something on kiali?');
    expect(read.ask).toBe('search');
    expect(engine.answer('something on kiali?', { now }).results[0]?.text).toMatch(/Kiali/);
    expect(understand('kiali ambient?').ask).toBe('what-is');
  });
});
