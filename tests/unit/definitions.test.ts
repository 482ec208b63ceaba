/**
 * The one rule for "X is a …": the sentences a passage's text gives that say what something is,
 * stored with the passage when indexing, which ranking weighs and the answer line quotes.
 */
import { describe, expect, it } from 'vitest';
import { bestDefinition, definesSubject, subjectOf } from '../../src/facts/index.js';
import { definitionsIn } from '../../src/facts/definitions.js';
import { analyze } from '../../src/store/index.js';

/** The sentences `text` defines something in, and the words each defines. */
const defined = (text: string) => definitionsIn(text).map(({ terms, start, end }) => ({ terms, sentence: text.slice(start, end) }));
/** A subject of plain words, each said one way. */
const subject = (...words: string[]) => subjectOf(words.map((word) => ({ alternatives: [analyze(word)] })));

describe('what a passage defines', () => {
  it('finds "X is a…", "X oversees…", "X, a…" and "X——一只…", "X 是…", "X 负责…", with the sentence that says it', () => {
    expect(defined('Welcome! IstioCon is the annual user-centered event for Istio. Registration is free.')).toEqual([{ terms: ['istiocon'], sentence: 'IstioCon is the annual user-centered event for Istio.' }]);
    expect(defined('The Istio Steering Committee oversees the administrative aspects of the project.')[0]?.terms).toEqual(analyze('Istio Steering Committee'));
    expect(defined('The Istio ContribFest, a hands-on session for new contributors.')[0]?.terms).toEqual(['istio', 'contribfest']);
    expect(defined('On 8 March 2024 the Steering Committee introduced Izzy, an Indo-Pacific bottlenose dolphin, as its mascot.')[0]?.terms).toEqual(analyze('Izzy'));
    expect(defined('2024 年 3 月 8 日，Istio 指导委员会发布了 Izzy——一只印度太平洋宽吻海豚。')[0]?.terms).toEqual(analyze('Izzy'));
    expect(defined('以用户为中心的 IstioCon 是业界最受欢迎的服务网格 Istio 的年度的盛会。')[0]).toEqual({ terms: ['istiocon'], sentence: '以用户为中心的 IstioCon 是业界最受欢迎的服务网格 Istio 的年度的盛会。' });
    expect(defined('Istio 指导委员会负责监督项目的行政方面。')[0]?.terms).toEqual(analyze('Istio 指导委员会'));
    // What is done there says what it is, less plainly than "a hands-on session".
    expect(defined('The Istio ContribFest, where newcomers worked through good first issues.')[0]?.terms).toEqual(['istio', 'contribfest']);
    expect(definitionsIn('The Istio ContribFest, where newcomers met.')[0]?.strength).toBeLessThan(definitionsIn('The Istio ContribFest, a hands-on session.')[0]?.strength ?? 0);
  });

  it('defines a Chinese name and its other name in brackets before 是 in one sentence, either of which may be asked', () => {
    const sentence = '“海豚乐园”（Dolphin Park）是一个给孩子讲云原生的故事系列。';
    expect(defined(`序言。${sentence}`)).toEqual([
      { terms: analyze('“海豚乐园”'), sentence },
      { terms: analyze('Dolphin Park'), sentence },
    ]);
    expect(bestDefinition(definitionsIn(sentence), subject('dolphin park'))).toBeDefined();
    expect(bestDefinition(definitionsIn(sentence), subject('海豚乐园'))).toBeDefined();
  });

  it('finds what a session gathers people for, and what a recap item labelled by a kind of session says was done there', () => {
    expect(defined('The Maintainer Track brought contributors together to collaborate on roadmap topics.')).toEqual([{ terms: analyze('Maintainer Track'), sentence: 'The Maintainer Track brought contributors together to collaborate on roadmap topics.' }]);
    expect(defined('维护者专区将贡献者聚集在一起，共同探讨路线图主题。')[0]?.terms).toEqual(analyze('维护者专区'));
    // The label and the sentence after it are quoted together; a label naming no kind of event or session defines nothing.
    expect(defined('Maintainer track. Contributors met to triage issues. Lunch followed.')).toEqual([{ terms: analyze('Maintainer track'), sentence: 'Maintainer track. Contributors met to triage issues.' }]);
    expect(defined('维护者专场。贡献者聚在一起讨论路线图。')[0]?.terms).toEqual(analyze('维护者专场'));
    expect(defined('Kiosk. The Istio kiosk was busy all week.')).toEqual([]);
  });

  it('finds what a recap item labelled by a title in quotes, with its date, says the story is', () => {
    expect(defined('"Paddle Home" (3 May 2024). The story follows an otter across the river. It ends well.')).toEqual([{ terms: analyze('Paddle Home'), sentence: '"Paddle Home" (3 May 2024). The story follows an otter across the river.' }]);
    expect(defined('《划桨回家》（2024 年 5 月 3 日）。故事讲一只水獭过河。')[0]?.terms).toEqual(analyze('划桨回家'));
    // A label that only opens with a name, then says what it did, is no title.
    expect(defined('Otto 加入“河岸家族”（2024 年 5 月 3 日）。它会游泳。')).toEqual([]);
  });

  it('finds a thing said first and then named ("…are called waypoints", "…称为 waypoint"), the name being what is defined', () => {
    expect(defined('The L4 node proxies are called ferries. Ferries carry traffic.')).toEqual([{ terms: analyze('ferries'), sentence: 'The L4 node proxies are called ferries.' }]);
    expect(defined('The shared node proxy is called the ferry (secure tunnel).')[0]?.terms).toEqual(analyze('ferry'));
    expect(defined('共享的节点代理称为 ferry（安全隧道）。')[0]?.terms).toEqual(analyze('ferry'));
    // What only may be called so, or a name inside a longer clause, defines nothing.
    expect(defined('That would not be called a mesh if it only ran in one place, would it')).toEqual([]);
    expect(defined('这种称为隔离的方法使开发人员能够在开发生命周期的早期识别缺陷并提高稳定性。')).toEqual([]);
  });

  it('finds what a thing is designed for or powered by, en and zh, weaker than "is a…"', () => {
    expect(defined('Ambient mesh is designed for simplified operations and reduced cost.')[0]?.terms).toEqual(analyze('Ambient mesh'));
    expect(defined('Istio’s ambient mode is powered by shared L4 node proxies.')[0]?.terms).toEqual(expect.arrayContaining(['ambient', 'mode']));
    expect(defined('Ambient 模式旨在简化操作并降低基础设施成本。')[0]?.terms).toEqual(analyze('Ambient 模式'));
    expect(defined('Istio 的 Ambient 模式由轻量级的 L4 节点代理提供支持。')[0]?.terms).toEqual(analyze('Ambient 模式'));
    expect(definitionsIn('Ambient mesh is designed for simplified operations.')[0]?.strength).toBeLessThan(definitionsIn('Ambient mesh is a data plane mode.')[0]?.strength ?? 0);
    // A clause that opens with "because" names nothing.
    expect(defined('Because ztunnel is designed to run on every node, it is small.')).toEqual([]);
  });

  it('finds what a thing lets one do, after a talk title\'s colon too, en and zh', () => {
    expect(defined('Full-stack mesh: Aeraki helps you manage any layer-7 traffic, by Jo Doe.')[0]?.terms).toEqual(['aeraki']);
    expect(defined('Kiali lets operators see the mesh.')[0]?.terms).toEqual(['kiali']);
    expect(defined('全栈服务网格：Aeraki 助你在 Istio 中管理任意七层流量。')[0]?.terms).toEqual(['aeraki']);
    // What helps is no name: "This helps you…" defines nothing.
    expect(defined('This helps you a lot.')).toEqual([]);
  });

  it('reads "is a great example…" as a judgement, less plain than what the thing is', () => {
    const [judged, plain] = definitionsIn('Ztunnel is a great example of this effect. Ztunnel is a per-node proxy.');
    expect(judged?.strength).toBeLessThan(plain?.strength ?? 0);
    const [zhJudged, zhPlain] = definitionsIn('Ztunnel 是一个很好的例子。Ztunnel 是一个节点代理。');
    expect(zhJudged?.strength).toBeLessThan(zhPlain?.strength ?? 0);
  });

  it('reads an abbreviation spelled out as naming what it stands for, without saying what kind of thing that is', () => {
    const [ica] = definitionsIn('The keynote opened enrolment for the Istio Certified Associate (ICA) exam.');
    expect(ica?.terms).toEqual(analyze('Istio Certified Associate ICA'));
    expect(ica?.strength).toBeUndefined();
    expect(definitionsIn('开场主题演讲宣布，Istio 认证助理（ICA）考试开放报名。')[0]?.terms).toEqual(expect.arrayContaining(['ica', '认证']));
    // "ica cert": a word cut short names the word it starts.
    expect(bestDefinition(ica ? [ica] : [], subject('ica', 'cert'))).toBeDefined();
    expect(definesSubject(ica ? [ica] : [], subject('ica'))).toBe(false);
  });

  it('reads what a whole is made of as saying what its parts are, quoted but never weighed', () => {
    const [seats] = definitionsIn('The Istio Steering Committee consists of 9 proportionally-allocated Contribution Seats, and 4 elected Community Seats.');
    const [zhSeats] = definitionsIn('Istio 指导委员会由 9 个贡献席位和 4 个选举的社区席位组成，这些席位按比例分配。');
    expect(bestDefinition(seats ? [seats] : [], subject('community seat', 'steering committee'))).toBeDefined();
    expect(bestDefinition(zhSeats ? [zhSeats] : [], subject('贡献席位'))).toBeDefined();
    // A long word misspelt ("comittee") names the word it misspells, as the search reads it; a short one names no other.
    expect(bestDefinition(seats ? [seats] : [], subject('community seat', 'steering comittee'))).toBeDefined();
    expect(bestDefinition(seats ? [seats] : [], subject('community set', 'steering committee'))).toBeUndefined();
    // Every results post repeats it: a passage that says it ranks no higher for it.
    expect(seats?.part).toBe(true);
    expect(definesSubject(seats ? [seats] : [], subject('community seat', 'steering committee'))).toBe(false);
  });

  it('lets the post\'s title name which thing a definition of "the book" is about, never the kind of thing it is', () => {
    const book = [{ terms: ['book'], start: 0, end: 10, strength: 1 }];
    const izzyBook = subject('izzy', 'book');
    expect(bestDefinition(book, izzyBook)).toBeUndefined();
    expect(bestDefinition(book, izzyBook, undefined, 'Unveil the new Phippy story: Izzy saves the birthday')).toBeDefined();
    // The title names Izzy's book; a definition of Izzy is no definition of a book.
    expect(bestDefinition([{ terms: ['izzy'], start: 0, end: 10, strength: 1 }], izzyBook, undefined, 'The Izzy book')).toBeUndefined();
  });

  it('ranks the section that says what the book is as defining it when its post\'s title says which book, as the line reads it', () => {
    // Asked what the Phippy book is: the section under "What is the book about?" in the post "Unveil the new Phippy story…"
    // is weighed as the definition the line then quotes, above the post's other sections ("Why the book?").
    const book = [{ terms: ['book'], start: 0, end: 10, strength: 1 }];
    const phippyBook = subject('phippy', 'book');
    expect(definesSubject(book, phippyBook, 'Unveil the new Phippy story: Izzy saves the birthday')).toBe(true);
    expect(definesSubject(book, phippyBook)).toBe(false);
    // The title never says the kind of thing it is: a definition of Phippy in a post titled "…book" defines no book.
    expect(definesSubject([{ terms: ['phippy'], start: 0, end: 10, strength: 1 }], phippyBook, 'The Phippy book')).toBe(false);
  });

  it('reads a name followed by a clause that says what it includes or is as defining it', () => {
    const [ticket] = definitionsIn('In-person attendees can buy an All-Access ticket which includes entry to all the Day 0 events.');
    expect(ticket?.terms).toEqual(expect.arrayContaining(['allaccess', 'ticket']));
    // It ends with "ticket", which the question names as the kind of thing asked about, not as its name.
    const allAccess = { alternatives: [analyze('all-access')] };
    expect(bestDefinition(ticket ? [ticket] : [], subjectOf([allAccess], [{ alternatives: [['ticket']] }]))).toBeDefined();
    expect(bestDefinition(ticket ? [ticket] : [], subjectOf([allAccess]))).toBeUndefined();
  });

  it('finds none in a date, a "whether", a clause that opens a sentence or a pronoun', () => {
    expect(defined('下一场 Istio Day 是 2024 年 3 月 19 日。')).toEqual([]);
    expect(defined('Istio Day 是否收费？')).toEqual([]);
    expect(defined('In Kubernetes, the runtime is responsible for the network.')).toEqual([]);
    expect(defined('This is a polynomial scaling problem. It is a lot.')).toEqual([]);
    expect(defined('Join us at Istio Day on Monday, November 10 2025 — a full-day event.')).toEqual([]);
    expect(defined('Istio 1.28, a new release, is out.')).toEqual([]);
  });

  it('reads a photo caption that opens with one year\'s event as where it was taken, not what the event is', () => {
    expect(defined('KubeCon 2031，我们的展台前排起的长队')).toEqual([]);
    // A name of no one edition, a person or a session, is said what it is by the words after its comma.
    expect(defined('Istio ContribFest，面向新贡献者的动手环节。')[0]?.terms).toEqual(analyze('Istio ContribFest'));
    expect(defined('Mina Sato，项目的首位维护者')[0]?.terms).toEqual(analyze('Mina Sato'));
  });

  it('matches a subject that every required word of names, the closest and plainest best', () => {
    const [plain, loose, longer] = definitionsIn('Istio Day is a co-located event. Istio Day is the perfect opportunity to meet us. Istio Day North America 2023 is a full-day event.');
    const istioDay = subject('istio', 'day');
    const score = (definition: typeof plain) => bestDefinition(definition ? [definition] : [], istioDay)?.score ?? 0;
    expect(score(plain)).toBeGreaterThan(score(loose));
    expect(score(loose)).toBeGreaterThan(score(longer));
    expect(score(longer)).toBeGreaterThan(0);
    // "istio" and "event" say no more than an Istio event: "istiocon event" is defined by "IstioCon is…".
    expect(bestDefinition(definitionsIn('IstioCon is the annual event.'), subject('istiocon', 'event'))).toBeDefined();
    expect(bestDefinition(definitionsIn('IstioCon is the annual event.'), subject('izzy'))).toBeUndefined();
    // "Istio" adds nothing to what is defined: "Istio 指导委员会负责…" defines 指导委员会 as well as "指导委员会是…" does.
    const steering = subject('指导委员会');
    const [withIstio, without] = [definitionsIn('Istio 指导委员会负责监督项目的行政方面。'), definitionsIn('指导委员会是公司和贡献者的代表。')].map((found) => bestDefinition(found, steering)?.score);
    expect(withIstio).toBe(without);
    // A Chinese word before the one defined only describes it: "istio 吉祥物 izzy" asks what Izzy is; "izzy book" asks about a book.
    const dolphin = definitionsIn('2024 年，Istio 指导委员会发布了 Izzy——一只印度太平洋宽吻海豚。');
    expect(bestDefinition(dolphin, subject('istio', '吉祥物', 'izzy'))).toBeDefined();
    expect(bestDefinition(definitionsIn('Izzy, the Istio Dolphin.'), subject('izzy', 'book'))).toBeUndefined();
    // What is defined ends with the subject's word: "Ambient Multicluster" is no ambient mode, "Istio Day 2023 北美站" is Istio Day.
    expect(bestDefinition(definitionsIn('Ambient Multicluster is an extension of ambient.'), subject('ambient'))).toBeUndefined();
    expect(bestDefinition(definitionsIn('Ambient 多集群是基于 Ambient 的扩展。'), subject('ambient'))).toBeUndefined();
    expect(bestDefinition(definitionsIn('迁移到 Ambient 网格完全是自愿的。'), subject('ambient 网格'))).toBeUndefined();
    expect(bestDefinition(definitionsIn('Istio Day 2023 北美站是 CNCF 主办的同场活动。'), subject('istio', 'day'))).toBeDefined();
    expect(bestDefinition(definitionsIn('IstioCon 2022 will be an industry-focused event.'), subject('istiocon'))).toBeDefined();
    // Any way of saying a word: the TOC is the Technical Oversight Committee.
    const toc = subjectOf([{ alternatives: [analyze('toc'), analyze('technical oversight committee')] }]);
    expect(bestDefinition(definitionsIn('The Technical Oversight Committee is the body that sets the technical direction.'), toc)).toBeDefined();
  });
});
