/**
 * The direct lines issue 13 adds beside the event knowledge's: the talks of an event, the sentence
 * that says what a "what is" subject is, and the results post whose title names what was asked.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { definitionLine } from '../../src/answer/definition-line.js';
import { definitionsIn } from '../../src/facts/definitions.js';
import { talksLine } from '../../src/answer/direct.js';
import { OutcomeLines } from '../../src/answer/outcome-line.js';
import { companySentence, sentencesOf } from '../../src/answer/sentences.js';
import { WhoLines } from '../../src/answer/who-line.js';
import { Outcomes } from '../../src/facts/index.js';
import type { Corpus, RankedPassages } from '../../src/find/index.js';
import { buildCorpus } from '../../src/indexer/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';
import { eventInfo, talk } from '../helpers/answers.js';

/** Passages in the order given, as the find stage hands them over. */
const rankedOf = (passages: readonly Passage[]): RankedPassages => passages.map((passage, index) => ({ passage, score: passages.length - index, terms: () => [] }));

const passage = (id: string, text: string, lang: 'en' | 'zh' = 'en'): Passage =>
  ({ id, postId: id, title: `Post ${id}`, url: `https://istio.io/latest/blog/2031/${id}/`, postUrl: `https://istio.io/latest/blog/2031/${id}/`, text, lang, headings: [], event: null, date: '2031-01-01', links: { videos: [], slides: [], schedule: [], other: [] }, facts: { defines: definitionsIn(text) } }) as unknown as Passage;

describe('the sentence that names a company', () => {
  const acme = (sentence: string): boolean => sentence.includes('Acme');
  it('is the first that names one, none when none does', () => {
    expect(companySentence('A fixture talk. Acme showed how it runs. Acme again.', '', acme)).toBe('Acme showed how it runs.');
    expect(companySentence('A fixture talk. Nobody is named.', '', acme)).toBeUndefined();
  });

  it('keeps a title the text opens with whole, though it holds a question mark', () => {
    expect(companySentence('演讲有哪些新变化？（What is new?），由 Acme 主讲。', '演讲有哪些新变化？', acme)).toBe('演讲有哪些新变化？（What is new?），由 Acme 主讲。');
  });
});

describe('the talks line', () => {
  const event = eventInfo({ name: 'Istio Day Europe 2031' });
  const talks = ['Ambient at scale', 'Waypoints in practice', 'Multicluster failover'].map((title, index) => talk({ id: `t${index}`, title, titles: { en: title }, event: event.name }));

  it('names the event, how many talks it had and their titles, cited from its post', () => {
    const line = talksLine([event], talks, [], 'en');
    expect(line?.text).toBe('Talks at Istio Day Europe 2031 (3): Ambient at scale (Jürgen Álvarez and Mina Sato); Waypoints in practice (Jürgen Álvarez and Mina Sato); Multicluster failover (Jürgen Álvarez and Mina Sato)');
    expect(line?.url).toBe(event.sources[0]?.url ?? event.posts[0]);
    expect(talksLine([event], talks, ['ambient'], 'zh')?.text).toMatch(/^Istio Day Europe 2031 关于 ambient 的演讲（3 场）：/);
  });

  it('names the conference of talks given in its tracks, else the first event and how many others', () => {
    const track = talk({ id: 'mt', title: 'Project update', titles: { en: 'Project update' }, event: 'KubeCon Europe 2031 Maintainer Track', speakers: [] });
    const conference = eventInfo({ name: 'KubeCon Europe 2031' });
    const atKubecon = talk({ id: 'kc', title: 'Mesh stories', titles: { en: 'Mesh stories' }, event: 'KubeCon Europe 2031', speakers: ['Ana Silva'] });
    expect(talksLine([conference], [atKubecon, track], [], 'en')?.text).toBe('Talks at KubeCon Europe 2031 (2): Mesh stories (Ana Silva); Project update');
    expect(talksLine([event, conference], [...talks, atKubecon], [], 'en')?.text).toMatch(/^Talks at Istio Day Europe 2031 and 1 other event \(4\): /);
    expect(talksLine([event, conference], [...talks, atKubecon], [], 'zh')?.text).toMatch(/^Istio Day Europe 2031等 2 场活动 的演讲（4 场）：/);
  });

  it('names a talk\'s speakers as a sentence does: the last after "and", "和" (a space only beside a Latin name)', () => {
    const trio = talk({ id: 'tr', title: 'Mesh at the edge', titles: { en: 'Mesh at the edge', zh: '边缘网格' }, event: event.name, speakers: ['Ana Silva', 'Bo Chen', 'Chidi Okafor'] });
    expect(talksLine([event], [trio], [], 'en')?.text).toBe('Talks at Istio Day Europe 2031 (1): Mesh at the edge (Ana Silva, Bo Chen and Chidi Okafor)');
    expect(talksLine([event], [trio], [], 'zh')?.text).toMatch(/边缘网格（Ana Silva、Bo Chen 和 Chidi Okafor）$/);
    const han = talk({ id: 'hn', title: 'Mesh in Beijing', titles: { en: 'Mesh in Beijing', zh: '北京的网格' }, event: event.name, speakers: ['张伟', '李娜'] });
    expect(talksLine([event], [han], [], 'zh')?.text).toMatch(/北京的网格（张伟和李娜）$/);
  });

  it('says how many more there are when the titles do not fit, and gives no line without talks or a source', () => {
    const many = Array.from({ length: 20 }, (_, index) => talk({ id: `m${index}`, title: `A rather long talk title number ${index}`, titles: { en: `A rather long talk title number ${index}` } }));
    expect(talksLine([event], many.map((one) => ({ ...one, event: event.name })), [], 'en')?.text).toMatch(/ and \d+ more$/);
    expect(talksLine([event], [], [], 'en')).toBeUndefined();
    expect(talksLine([eventInfo({ name: event.name, sources: [], posts: [] })], talks, [], 'en')).toBeUndefined();
  });
});

describe('the definition line', () => {
  const ranked = rankedOf([
    passage('a', 'Registration is open. The conference takes place in April.'),
    passage('b', 'IstioCon 是 Istio 的年度盛会。', 'zh'),
    passage('c', 'Welcome! IstioCon is the annual user-centered event for Istio. Registration is free.'),
  ]);

  it('quotes the sentence of a ranked passage in the question’s language that says what the subject is', () => {
    expect(definitionLine(understand('istiocon, what kind of event is that'), ranked)).toEqual({ text: 'IstioCon is the annual user-centered event for Istio.', url: 'https://istio.io/latest/blog/2031/c/', lang: 'en' });
    expect(definitionLine(understand('istiocon 是啥'), ranked)?.text).toBe('IstioCon 是 Istio 的年度盛会。');
  });

  it('quotes the plainest of the definitions near the top, not merely the first', () => {
    const both = rankedOf([passage('d', 'Istio Day is the perfect opportunity to meet us.'), passage('e', 'Istio Day is a co-located event.')]);
    expect(definitionLine(understand('what is istio day'), both)?.text).toBe('Istio Day is a co-located event.');
  });

  it('quotes the definition that says the kind of thing the question names ("what kind of conference")', () => {
    // Not of a series asked whole, where a sentence naming one edition's year says less than one naming none (series-what-is.test.ts).
    const both = rankedOf([passage('l', 'Ztunnel is a node component of ambient mode.'), passage('m', 'Ztunnel is the per-node proxy of ambient mode.')]);
    expect(definitionLine(understand('ztunnel, what kind of proxy is it'), both)?.text).toBe('Ztunnel is the per-node proxy of ambient mode.');
    expect(definitionLine(understand('what exactly is ztunnel'), both)?.text).toBe('Ztunnel is a node component of ambient mode.');
  });

  it('quotes the newest post of those that say the same', () => {
    const said = 'The Steering Committee oversees the administrative aspects of the project.';
    const older = { ...passage('j', said), date: '2031-02-01' } as Passage;
    const newer = { ...passage('k', said), date: '2032-02-01' } as Passage;
    expect(definitionLine(understand('what is the steering committee'), rankedOf([older, newer]))?.url).toBe(newer.url);
  });

  it('quotes the sentence that says what a whole is made of, asked about one of its parts', () => {
    const filler = ['g', 'h', 'i', 'n'].map((id) => passage(id, 'Nothing to see here.'));
    const made = passage('o', 'Every year we count. The Istio Steering Committee consists of 9 Contribution Seats, and 4 elected Community Seats.');
    const line = definitionLine(understand('community seats on the steering committee, what are those'), rankedOf([...filler, made]));
    expect(line?.text).toBe('The Istio Steering Committee consists of 9 Contribution Seats, and 4 elected Community Seats.');
  });

  it('quotes a sentence that only spells out an abbreviation from the first passages alone', () => {
    const spelled = passage('f', 'Enrolment for the Istio Certified Associate (ICA) exam opened in November.');
    const filler = ['g', 'h', 'i'].map((id) => passage(id, 'Nothing to see here.'));
    expect(definitionLine(understand('what is the ica'), rankedOf([spelled, ...filler]))?.text).toMatch(/^Enrolment for the Istio Certified Associate \(ICA\)/);
    expect(definitionLine(understand('what is the ica'), rankedOf([...filler, spelled]))).toBeUndefined();
  });

  it('asked what an abbreviation stands for, quotes the sentence that spells it out, wherever it ranks', () => {
    const does = passage('s', 'The ICA is a certification for service mesh operators.');
    const filler = ['g', 'h', 'i'].map((id) => passage(id, 'Nothing to see here.'));
    const spelled = passage('f', 'Enrolment for the Istio Certified Associate (ICA) exam opened in November.');
    const ranked = rankedOf([does, ...filler, spelled]);
    expect(definitionLine(understand('what does ICA stand for'), ranked)?.text).toMatch(/^Enrolment for the Istio Certified Associate \(ICA\)/);
    expect(definitionLine(understand('ICA 全称是什么'), rankedOf([{ ...does, lang: 'zh' }, ...filler, { ...spelled, lang: 'zh' }]))?.text).toMatch(/^Enrolment/);
    // Asked what it is, the plainest definition answers; with no spelling out ranked, so does it when asked what it stands for.
    expect(definitionLine(understand('what is the ica'), ranked)?.text).toBe('The ICA is a certification for service mesh operators.');
    expect(definitionLine(understand('what does ICA stand for'), rankedOf([does, ...filler]))?.text).toBe('The ICA is a certification for service mesh operators.');
  });

  it('with no definition ranked, quotes the opening sentence of a post about one event that names the subject', () => {
    const opening = { ...passage('o#0', 'The first local Istio meetup in China took place on 10 July 2031. Over 200 people came.'), event: 'Istio Meetup China 2031' } as Passage;
    const filler = passage('g', 'Nothing to see here.');
    expect(definitionLine(understand('istio meetup china, what kind of event was it'), rankedOf([filler, opening]))?.text).toBe('The first local Istio meetup in China took place on 10 July 2031.');
    // Not a passage further into the post, nor one about no event, nor an opening that names something else.
    expect(definitionLine(understand('istio meetup china, what kind of event was it'), rankedOf([{ ...opening, id: 'o#3' }]))).toBeUndefined();
    expect(definitionLine(understand('istio meetup china, what kind of event was it'), rankedOf([{ ...opening, event: null }]))).toBeUndefined();
    expect(definitionLine(understand('what is contribfest'), rankedOf([opening]))).toBeUndefined();
    // The post's title names the event its opening tells: "launch" need not be said again; the kind of thing, "stream", must.
    const stream = { ...passage('s#0', 'To mark the 1.0 release, the community streamed a whole day of Istio on Twitch. Watch it.'), title: 'Istio 1.0 launch stream on Twitch', event: 'Istio 1.0 launch stream' } as Passage;
    expect(definitionLine(understand('what was the 1.0 launch stream of istio'), rankedOf([filler, stream]))?.text).toBe('To mark the 1.0 release, the community streamed a whole day of Istio on Twitch.');
    expect(definitionLine(understand('what was the istio 1.0 launch party'), rankedOf([filler, { ...stream, title: 'Istio 1.0 launch party and stream' }]))).toBeUndefined();
    // A definition ranked below it is still what answers.
    const defined = passage('d', 'Istio Meetup China is a meetup of the Istio community in China.');
    expect(definitionLine(understand('what is istio meetup china'), rankedOf([opening, defined]))?.text).toBe('Istio Meetup China is a meetup of the Istio community in China.');
  });

  it('quotes the opening that names the subject with a long word misspelt, or a Chinese word typed as one run said in its two halves', () => {
    const filler = passage('g', 'Nothing to see here.');
    const party = { ...passage('p#0', 'For its ninth birthday on 3 May 2031, the community threw the project a party online. Cake followed.'), event: 'Project ninth birthday party' } as Passage;
    expect(definitionLine(understand('what was the ninth birhtday party'), rankedOf([filler, party]))?.text).toBe('For its ninth birthday on 3 May 2031, the community threw the project a party online.');
    const stream = { ...passage('z#0', '为了庆祝 Istio 9.0 发布，社区在线上进行了一整天的 Istio 直播。欢迎观看。', 'zh'), event: 'Istio 9.0 直播' } as Passage;
    expect(definitionLine(understand('Istio 9.0 发布直播是什么'), rankedOf([filler, stream]))?.text).toBe('为了庆祝 Istio 9.0 发布，社区在线上进行了一整天的 Istio 直播。');
    // A short word one letter off names another word, not a typo of this one; a Chinese run's halves must both be said.
    expect(definitionLine(understand('what was the ninth birthday parry'), rankedOf([filler, party]))).toBeUndefined();
    expect(definitionLine(understand('Istio 9.0 发布会是什么'), rankedOf([filler, stream]))).toBeUndefined();
  });

  it('quotes a short opening that only announces the subject with the next sentence when that one says what something is', () => {
    const filler = passage('g', 'Nothing to see here.');
    const text = 'In 2031 the project got a mascot and a book. On 2 May 2031 the committee introduced Finn, a river otter, as its mascot. More followed.';
    const mascot = { ...passage('m#0', text), event: 'Project mascot 2031' } as Passage;
    expect(definitionLine(understand("what's the project mascot"), rankedOf([filler, mascot]))?.text).toBe(
      'In 2031 the project got a mascot and a book. On 2 May 2031 the committee introduced Finn, a river otter, as its mascot.',
    );
    // A next sentence that says what nothing is stays out.
    const plain = { ...mascot, text: 'In 2031 the project got a mascot and a book. The committee chose it in May.', facts: { defines: [] } } as unknown as Passage;
    expect(definitionLine(understand("what's the project mascot"), rankedOf([filler, plain]))?.text).toBe('In 2031 the project got a mascot and a book.');
  });

  it('reads a kind of event named in English in a Chinese question as the Chinese posts name it', () => {
    const track = passage('t', '维护者专场。贡献者聚在一起讨论来年的方向和分工。', 'zh');
    expect(definitionLine(understand('请问 maintainer track 是干嘛的'), rankedOf([track]))?.text).toBe('维护者专场。贡献者聚在一起讨论来年的方向和分工。');
    expect(definitionLine(understand('maintainers track 是什么'), rankedOf([track]))?.text).toBe('维护者专场。贡献者聚在一起讨论来年的方向和分工。');
    // Another thing's name is no kind of event: its definition is still required to say it.
    expect(definitionLine(understand('请问 maintainer summit 是干嘛的'), rankedOf([track]))).toBeUndefined();
  });

  it('reads "the book" a post defines as the one its title names', () => {
    const text = 'Captain Kube hosts a birthday bash on a cruise.';
    // The first sentence under the post's heading "What is the book about?".
    const about = { ...passage('b', text), title: 'Izzy saves the birthday', facts: { defines: [{ terms: ['book'], start: 0, end: text.length, strength: 1 }] } } as Passage;
    expect(definitionLine(understand('what is that izzy book about'), rankedOf([about]))?.text).toBe(text);
  });

  it('reads two names with a slash between them as one thing said either way', () => {
    const caict = passage('c', 'CAICT 是工业和信息化部直属的科研单位。', 'zh');
    const xintong = passage('x', '信通院是工业和信息化部直属的科研单位。', 'zh');
    expect(definitionLine(understand('CAICT / 信通院 是什么机构'), rankedOf([caict]))?.text).toBe('CAICT 是工业和信息化部直属的科研单位。');
    expect(definitionLine(understand('CAICT / 信通院 是什么机构'), rankedOf([xintong]))?.text).toBe('信通院是工业和信息化部直属的科研单位。');
    // Without the slash both names are asked about together.
    expect(definitionLine(understand('什么是 CAICT 信通院'), rankedOf([xintong]))).toBeUndefined();
  });

  it('asked about a year, quotes the opening of that year\'s event post before a definition of what it was held on', () => {
    const platform = passage('t', 'Twitch is a popular live streaming platform.');
    const filler = ['g', 'h', 'i'].map((id) => passage(id, 'Nothing to see here.'));
    const held = { ...passage('e#0', 'To mark the 1.0 release, the community streamed a whole day of Istio on Twitch. Watch it.'), event: 'Istio 1.0 launch stream', date: '2018-08-17' } as Passage;
    expect(definitionLine(understand('that twitch thing in 2018, what was it about'), rankedOf([platform, ...filler, held]))?.text).toBe('To mark the 1.0 release, the community streamed a whole day of Istio on Twitch.');
    // Of another year, or with no year asked, the definition answers.
    expect(definitionLine(understand('what was that 2019 twitch event about'), rankedOf([platform, ...filler, held]))?.text).toBe('Twitch is a popular live streaming platform.');
    expect(definitionLine(understand('what is twitch'), rankedOf([platform, held]))?.text).toBe('Twitch is a popular live streaming platform.');
  });

  it('quotes no definition from a passage of another place than the question names', () => {
    const at = (id: string, text: string, city: string): Passage => ({ ...passage(id, text), facts: { defines: definitionsIn(text), city } });
    const paris = at('p', 'The Istio ContribFest, a hands-on session for new contributors.', 'Paris');
    const london = at('l', 'The Istio ContribFest, where newcomers fixed their first issues.', 'London');
    expect(definitionLine(understand('what is contribfest? the london one'), rankedOf([paris, london]))?.text).toBe('The Istio ContribFest, where newcomers fixed their first issues.');
    expect(definitionLine(understand('what is contribfest? the london one'), rankedOf([paris]))).toBeUndefined();
    // Named no place, the plainest is quoted, wherever it was.
    expect(definitionLine(understand('what is contribfest'), rankedOf([london, paris]))?.text).toBe('The Istio ContribFest, a hands-on session for new contributors.');
  });

  it('quotes no definition of the broader thing when the question names a place the line does not say', () => {
    const series = passage('s', 'IstioCon is the annual user-centered event for Istio.');
    const edition = passage('c', 'IstioCon China is the in-person edition held in Shanghai.');
    expect(definitionLine(understand('what is istiocon china'), rankedOf([series]))).toBeUndefined();
    expect(definitionLine(understand('istiocon 中国站是什么'), rankedOf([{ ...series, lang: 'zh' }]))).toBeUndefined();
    expect(definitionLine(understand('what is istiocon china'), rankedOf([series, edition]))?.text).toBe('IstioCon China is the in-person edition held in Shanghai.');
    // A passage of that place, or a city of that region, says it; a question that names no place gets the series' line.
    expect(definitionLine(understand('what is istiocon china'), rankedOf([{ ...series, facts: { ...series.facts, region: 'China' } }]))?.text).toBe('IstioCon is the annual user-centered event for Istio.');
    expect(definitionLine(understand('what is istiocon china'), rankedOf([passage('h', 'IstioCon is the annual event, held in Shanghai this year.')]))?.text).toBe('IstioCon is the annual event, held in Shanghai this year.');
    expect(definitionLine(understand('what exactly is istiocon'), rankedOf([series, edition]))?.text).toBe('IstioCon is the annual user-centered event for Istio.');
  });

  it("quotes no definition or opening that names only another year's edition than the one asked about", () => {
    const edition = passage('d', 'IstioCon 2031 was the second annual Istio conference, held online.');
    const opening = { ...passage('o#0', 'IstioCon 2031 was held online from 1 to 5 May 2031. Thousands came.'), event: 'IstioCon 2031', date: '2031-05-01' } as Passage;
    for (const ranked of [rankedOf([edition]), rankedOf([opening])]) {
      expect(definitionLine(understand('what was istiocon 2032'), ranked)).toBeUndefined();
      // Asked about that year, or about no year, it answers; a sentence that names no year defines the thing itself.
      expect(definitionLine(understand('what was istiocon 2031'), ranked)?.text).toMatch(/^IstioCon 2031 was/);
      expect(definitionLine(understand('istiocon, what is it'), ranked)?.text).toMatch(/^IstioCon 2031 was/);
    }
    expect(definitionLine(understand('what was istiocon 2032'), rankedOf([passage('s', 'IstioCon is the annual user-centered event for Istio.')]))?.text).toBe(
      'IstioCon is the annual user-centered event for Istio.',
    );
  });

  it('gives no line when no sentence says it, or to a question that is no "what is"', () => {
    expect(definitionLine(understand('what is a waypoint'), ranked)).toBeUndefined();
    expect(definitionLine(understand('when is istiocon'), ranked)).toBeUndefined();
  });

  it('is the line of a "what is" answer when the event knowledge and the results posts have none', async () => {
    const engine = Answerer.fromCorpus(await buildCorpus({ contentDirs: [fileURLToPath(new URL('../fixtures/governance', import.meta.url))] }));
    expect(engine.answer('what is the toc').direct).toMatchObject({ text: 'The TOC is the body that sets the technical direction of the project.', lang: 'en' });
  });
});

describe('the results line', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await buildCorpus({ contentDirs: [fileURLToPath(new URL('../fixtures/governance', import.meta.url))] });
  });

  it('quotes the results post whose title names what the question names, over one ranked above it', () => {
    const lines = new OutcomeLines(corpus.passages, new Outcomes(corpus.passages));
    const post = (path: string) => corpus.passages.filter((one) => one.lang === 'en' && one.postId.includes(path));
    const tocFirst = rankedOf([...post('2031/toc-election-results'), ...post('2031/steering-election-results')]);
    expect(lines.answer(understand('who was elected to the steering committee in 2031'), tocFirst)?.direct.text).toMatch(/^2031 Steering Committee Election Results: .*Marta Olsen/);
    expect(lines.answer(understand('who was elected to the toc in 2031'), tocFirst)?.direct.text).toMatch(/^2031 Technical Oversight Committee Election Results: .*Priya Nair/);
  });

  it("quotes the question's language's results post of the year and body named, though it ranks below the page, before the other language's", () => {
    const lines = new OutcomeLines(corpus.passages, new Outcomes(corpus.passages));
    const post = (path: string) => corpus.passages.filter((one) => one.lang === 'en' && one.postId.includes(path));
    // Only the call for candidates ranked: the results are found by the year and the body the question names.
    const callOnly = rankedOf(post('2031/steering-election/'));
    const line = lines.answer(understand('steering committee results for 2031'), callOnly)?.direct;
    expect(line).toMatchObject({ lang: 'en' });
    expect(line?.text).toMatch(/^2031 Steering Committee Election Results: .*Marta Olsen/);
  });

  it("answers who sits on a body from its results post when the post's opening, naming no one, ranks first", () => {
    const opening = { ...passage('toc', 'Every year the project elects three of the six members of the TOC.'), postId: 'toc', title: '2031 TOC Election Results', facts: {} } as Passage;
    const list = { ...passage('toc#1', 'The following members have been elected to the TOC: Priya Nair, Tomas Berg.'), postId: 'toc', title: '2031 TOC Election Results', facts: { outcome: true, people: true } } as Passage;
    const lines = new OutcomeLines([opening, list], new Outcomes([opening, list]));
    expect(lines.answer(understand('who are the toc members in 2031'), rankedOf([opening, list]))?.direct.text).toMatch(/Priya Nair, Tomas Berg/);
    // Nor does one that thanks those whose terms ended keep the winners from answering who the members are.
    const thanks = { ...opening, text: 'We thank Ana Lima and Kenji Arai, whose terms have ended.', facts: { people: true } } as Passage;
    expect(lines.answer(understand('2031 年 toc 最后是哪几位'), rankedOf([thanks, list]))?.direct.text).toMatch(/Priya Nair, Tomas Berg/);
    // Who ran the vote is a part played, which the winners do not answer.
    const officers = { ...opening, text: 'Thanks to our election officers Ana Lima and Kenji Arai.', facts: { people: true } } as Passage;
    expect(lines.answer(understand('who were the election officers of the 2031 toc vote'), rankedOf([officers, list]))).toBeUndefined();
  });

  it("quotes no post about another place's event than the one asked about", () => {
    const at = (id: string, region: string, text: string): Passage => ({ ...passage(id, text), facts: { region } });
    const elsewhere = at('award-1', 'North America', 'Casey Moreau won the community award.');
    const here = at('award-2', 'Europe', 'Dana Whitfield won the community award.');
    const lines = new OutcomeLines([elsewhere, here], new Outcomes([elsewhere, here]));
    expect(lines.answer(understand('community award winner europe 2031'), rankedOf([elsewhere, here]))?.direct.text).toContain('Dana Whitfield');
  });
});

describe('what the results posts announce', () => {
  const outcomes = new Outcomes([passage('p', 'the seat and the vote and the help')]);

  it('reads 获得 as an outcome only for a seat or an award got, not for help or a pass', () => {
    expect(outcomes.sentences('第三个席位由 Rama Chavali 获得，他将任职两年。')).toHaveLength(1);
    expect(outcomes.sentences('Marta Olsen 获得了社区奖。')).toHaveLength(1);
    expect(outcomes.sentences('闪电演讲：如何获得帮助，由 Rob Salmond 主讲。')).toEqual([]);
    expect(outcomes.sentences('入选讲者 Lin Sun 可获得一张全通票。')).toEqual([]);
  });

  it('reads "pleased to announce the choice of" and "new members" as announcing who was elected', () => {
    expect(outcomes.sentences('The election has concluded, and we are pleased to announce the choice of our maintainers: Marta Olsen (Fictional Bank).')).toHaveLength(1);
    expect(outcomes.sentences('We welcome two new members, Kenji Arai and Priya Nair.')).toHaveLength(1);
    expect(outcomes.sentences('We are pleased to announce that Marta Olsen will give the keynote.')).toEqual([]);
  });

  it('quotes a sentence two passages of the post open with once', () => {
    const said = 'Two maintainers won awards: Marta Olsen and Kenji Arai.';
    const first = { ...passage('awards', said), postId: 'awards', facts: {} } as Passage;
    const second = { ...passage('awards#1', said), postId: 'awards', facts: {} } as Passage;
    const lines = new OutcomeLines([first, second], new Outcomes([first, second]));
    expect(lines.answer(understand('award winners 2031'), rankedOf([first, second]))?.direct.text).toBe(`Post awards: ${said}`);
  });
});

describe('the who line', () => {
  const lines = new WhoLines({ mostlyLower: () => false, talksOf: () => [], namesCompany: () => false, passagesOf: () => [] }, []);
  const ofYear = (id: string, text: string, year: number): Passage => ({ ...passage(id, text), facts: { years: [year] } });

  it('quotes a sentence whole when a name in it is written with an initial ("Marta O. 和 Ana Lima")', () => {
    expect(sentencesOf('这本书由 Marta O. 和 Ana Lima 合著。 插图来自 Kenji Arai.')).toEqual(['这本书由 Marta O. 和 Ana Lima 合著。', '插图来自 Kenji Arai.']);
    expect(sentencesOf('It was written by Marta Olsen. Ana Lima drew it.')).toEqual(['It was written by Marta Olsen.', 'Ana Lima drew it.']);
  });

  it("quotes no passage of another city's event than the one the question names, though it ranks first", () => {
    const inCity = (id: string, text: string, event: string, city: string): Passage => ({ ...passage(id, text, 'zh'), event, facts: { city } });
    const chicago = inCity('c', 'Marta Olsen 和 Kenji Arai 拿了社区奖。', 'Istio Day North America 2031', 'Chicago');
    const paris = inCity('p', 'Ana Lima 做了开场演讲。', 'Istio Day Europe 2031', 'Paris');
    expect(lines.line(understand('巴黎 谁拿了奖'), rankedOf([chicago, paris]))).toBeUndefined();
    expect(lines.line(understand('芝加哥 谁拿了奖'), rankedOf([chicago, paris]))?.direct.text).toContain('Marta Olsen');
  });

  it('quotes no passage of another year than the one the question names', () => {
    const earlier = ofYear('a', 'Last week the members voted for Marta Olsen and Kenji Arai.', 2031);
    const asked = ofYear('b', 'This time the members voted for Ana Lima.', 2032);
    expect(lines.line(understand('who did the members vote for in 2032'), rankedOf([earlier, asked]))?.direct.text).toContain('Ana Lima');
    expect(lines.line(understand('who did the members vote for in 2032'), rankedOf([earlier]))).toBeUndefined();
    // Asked of no year, or of that one, it answers.
    expect(lines.line(understand('who did the members vote for in 2031'), rankedOf([earlier]))?.direct.text).toContain('Marta Olsen');
  });

  it("names an Istio Day's programme committee chairs, asked who hosted it, when no sentence names its hosts", () => {
    const chairs = passage('chairs', 'The programme committee chairs Marta Olsen and Kenji Arai opened the day with a quiz.');
    expect(lines.line(understand('who hosted istio day 2031'), rankedOf([chairs]))?.direct.text).toContain('Marta Olsen');
    const zh = passage('zh', '项目委员会主席为 Marta Olsen 和 Kenji Arai，金牌赞助商是 Acme。', 'zh');
    expect(lines.line(understand('2031 istio day 主持人是谁'), rankedOf([zh]))?.direct.text).toContain('Marta Olsen');
    // A sentence that names the day's hosts still answers first.
    const hosts = passage('hosts', 'Ana Lima and Mina Sato hosted the day, and the chairs thanked the speakers.');
    expect(lines.line(understand('who hosted istio day 2031'), rankedOf([hosts, chairs]))?.direct.text).toContain('Ana Lima');
  });

  it('quotes no sentence about the ContribFest or maintainer track of the week, asked who hosted its Istio Day', () => {
    const contribfest = passage('cf', '由 Ana Lima 和 Mina Sato 主持的 Contribfest 会议介绍了代码仓库的结构。', 'zh');
    const track = passage('mt', '指导委员会成员 Ana Lima 和 Mina Sato 主持的维护者跟踪会议广受关注。', 'zh');
    const day = passage('day', '活动由计划委员会主席 Marta Olsen 和 Kenji Arai 开场。', 'zh');
    expect(lines.line(understand('2031 istio day 谁主持的'), rankedOf([contribfest, track, day]))?.direct.text).toContain('Marta Olsen');
    // Asked about the ContribFest itself, its hosts answer.
    expect(lines.line(understand('2031 contribfest 谁主持的'), rankedOf([contribfest, day]))?.direct.text).toContain('Ana Lima');
  });
});

describe('the who line of a question about talks', () => {
  it('picks the talk by what it was about, not by the word that says a talk was given ("spoke", "hub-and-spoke")', () => {
    const hub = { ...passage('hub', 'Hub-and-spoke meshes, by Mina Sato (Sample Inc). A hub-and-spoke layout of many clusters.'), event: 'Istio Day Europe 2031' };
    const acme = { ...passage('acme', 'Acme at scale, by Ana Lima (Acme). How Acme runs the mesh.'), event: 'Istio Day Europe 2031' };
    const told = new Map([
      [hub.id, talk({ id: 'hub', title: 'Hub-and-spoke meshes', titles: { en: 'Hub-and-spoke meshes' }, event: 'Istio Day Europe 2031', speakers: ['Mina Sato'], people: [{ name: 'Mina Sato', organisation: 'Sample Inc' }] })],
      [acme.id, talk({ id: 'acme', title: 'Acme at scale', titles: { en: 'Acme at scale' }, event: 'Istio Day Europe 2031', speakers: ['Ana Lima'], people: [{ name: 'Ana Lima', organisation: 'Acme' }] })],
    ]);
    const lines = new WhoLines({ mostlyLower: () => false, talksOf: (one) => [told.get(one.id)].filter((one) => one !== undefined), namesCompany: () => false, passagesOf: () => [] }, []);
    expect(lines.line(understand('who from acme spoke at istio day'), rankedOf([hub, acme]))?.direct.text).toMatch(/Ana Lima/);
  });
});

describe('the who line of what is to come', () => {
  const lines = new WhoLines({ mostlyLower: () => false, talksOf: () => [], namesCompany: () => false, passagesOf: () => [] }, []);
  const now = passage('n', 'Marta Olsen, a long-time maintainer, is one of the FooCon co-chairs this year.');
  const next = passage('x', 'At the close it was announced that Ana Lima will serve as an upcoming FooCon co-chair.');

  it('quotes the sentence that says it is to come, asked what will be, though one of who holds the part ranks above it', () => {
    expect(lines.line(understand('who will be a foocon co-chair'), rankedOf([now, next]))?.direct.text).toMatch(/Ana Lima will serve/);
    // Asked who holds it, the first passage's sentence stands.
    expect(lines.line(understand('who is a foocon co-chair'), rankedOf([now, next]))?.direct.text).toMatch(/Marta Olsen/);
  });
});

describe('the who line of a talk the posts name no speaker for', () => {
  const recap = { ...passage('recap', 'The day closed with a workshop from Ana Lima of Acme. We also had a lively panel with the committee.'), event: 'Istio Day Europe 2031' };
  const panel = talk({ id: 'panel', title: 'Panel with the committee members', titles: { en: 'Panel with the committee members' }, event: 'Istio Day Europe 2031', speakers: [], people: [] });
  const workshop = talk({ id: 'workshop', title: 'A workshop', titles: { en: 'A workshop' }, event: 'Istio Day Europe 2031', speakers: ['Ana Lima'], people: [{ name: 'Ana Lima', organisation: 'Acme' }] });
  const lines = new WhoLines({ mostlyLower: () => false, talksOf: () => [workshop, panel], namesCompany: (text) => text.includes('Acme'), passagesOf: () => [] }, []);

  it('quotes no company named in another sentence of a recap that tells the talk in none of its own', () => {
    expect(lines.line(understand('who moderated the committee panel'), rankedOf([recap]))?.direct.text ?? '').not.toMatch(/Acme/);
  });
});

describe('the who line of a part the question names in two words', () => {
  const lines = new WhoLines({ mostlyLower: () => false, talksOf: () => [], namesCompany: () => false, passagesOf: () => [] }, []);
  const ofYear = (id: string, text: string, year: number): Passage => ({ ...passage(id, text), facts: { years: [year] } });

  it('quotes the sentence that names the part, not a sentence above it that only holds its words', () => {
    const winners = ofYear('a', 'In the 2031 election the members elected Marta Olsen and Kenji Arai.', 2031);
    const officer = ofYear('b', 'Ada Example served as election officer for the 2031 election.', 2031);
    expect(lines.line(understand('who was the election officer in 2031'), rankedOf([winners, officer]))?.direct.text ?? 'none').toContain('Ada Example');
  });

  it('names the writer of a first-person sentence only when the question asks of the part it says', () => {
    const said: Passage = { ...ofYear('c', 'As the election officer, I was glad to announce the list of the 2031 winners.', 2031), byline: 'Ada Example, for the committee' };
    const written = new WhoLines({ mostlyLower: () => false, talksOf: () => [], namesCompany: () => false, passagesOf: () => [said] }, []);
    expect(written.line(understand('who was the election officer in 2031'), rankedOf([said]))?.direct.text).toMatch(/\(Ada Example, for the committee\)$/);
    expect(written.line(understand('who announced the 2031 list'), rankedOf([said]))).toBeUndefined();
  });
});
