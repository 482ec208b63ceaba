import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { buildCorpus } from '../../src/indexer/index.js';
import type { Corpus } from '../../src/find/index.js';

/** A call for candidates (2031, 2032; 2031's in zh too) and the results of 2031, in en and zh. */
const GOVERNANCE = fileURLToPath(new URL('../fixtures/governance', import.meta.url));

let corpus: Corpus;
let engine: Answerer;
beforeAll(async () => {
  corpus = await buildCorpus({ contentDirs: [GOVERNANCE] });
  engine = Answerer.fromCorpus(corpus);
});

describe('who won or was elected', () => {
  it('ranks the results post that names the winners above the call for candidates', () => {
    const answer = engine.answer('who won the 2031 steering election');
    expect(answer.results[0]?.postUrl).toMatch(/steering-election-results/);
    expect(answer.results[0]?.text).toContain('Marta Olsen');
  });

  it('answers with a line quoting who the results post says was elected, with its link', () => {
    const answer = engine.answer('who was elected to the steering committee in 2031');
    expect(answer.direct?.text).toMatch(/^2031 Steering Committee Election Results: .*Marta Olsen.*Kenji Arai/);
    expect(answer.direct?.url).toMatch(/\/blog\/2031\/steering-election-results\/$/);
    expect(answer.direct?.lang).toBe('en');
  });

  it('answers when the winners start with the sentence that dates it, not with their names', () => {
    const answer = engine.answer('when do the 2031 steering winners start');
    expect(answer.direct?.text ?? '').not.toContain('Marta Olsen');
    expect(answer.results[0]?.text).toContain('starting on April 1, 2031');
  });

  it('answers a body\'s list or roster of a year with who was elected, not with the call that promises the list', () => {
    expect(engine.answer('2031 指导委员会 名单').direct?.text).toMatch(/^2031 年指导委员会选举结果：.*Marta Olsen/);
    expect(engine.answer('the 2031 steering roster').direct?.text).toMatch(/^2031 Steering Committee Election Results: .*Marta Olsen/);
  });

  it('answers a Chinese question from the Chinese post, in Chinese', () => {
    const answer = engine.answer('2031 年 指导委员会 谁当选');
    expect(answer.direct).toMatchObject({ lang: 'zh' });
    expect(answer.direct?.text).toMatch(/^2031 年指导委员会选举结果：.*当选.*Marta Olsen/);
    expect(answer.direct?.url).toContain('/zh/blog/2031/steering-election-results/');
  });

  it('answers "the latest election" with who it elected, only from the newest year\'s results', () => {
    const toc = engine.answer('most recent toc election');
    expect(toc.direct?.text).toMatch(/^2032 Technical Oversight Committee Election Results: .*Ana Lima/);
    expect(toc.results[0]?.text).toContain('Ana Lima');
    // The newest steering election (2032) has no English results: the 2031 ones are no answer.
    expect(engine.answer('newest steering election').direct).toBeUndefined();
  });

  it('answers "the next election" with the newest results, saying no later election is announced', () => {
    const toc = engine.answer('next toc election');
    expect(toc.direct?.text).toMatch(/^No upcoming election is announced; the latest: 2032 Technical Oversight Committee Election Results: .*Ana Lima/);
    expect(toc.results[0]?.text).toContain('Ana Lima');
    expect(engine.answer('下届 指导委员会 选举').direct?.text).toMatch(/^尚未公布新的选举；最近一次：2032 年指导委员会选举结果：.*Sofia Costa/);
    // "when is…" asks the same.
    expect(engine.answer('when is the next toc election').direct?.text).toMatch(/^No upcoming election is announced; the latest: 2032 Technical Oversight Committee Election Results: /);
    expect(engine.answer('下届指导委员会选举是什么时候').direct?.text).toMatch(/^尚未公布新的选举；最近一次：2032 年指导委员会选举结果：/);
    // The newest steering election (2032) has no English results yet: it may still be coming, so no line.
    expect(engine.answer('upcoming steering election').direct).toBeUndefined();
  });

  it('answers when a step of the next election comes (voting, nominations) with the newest call\'s dates first, beside the newest results', () => {
    const voting = engine.answer('when does voting start for the next toc election');
    expect(voting.direct?.text).toMatch(/^No upcoming election is announced; the latest: 2032 Technical Oversight Committee Election Results: /);
    expect(voting.results[0]?.text).toContain('voting will start on July 20');
    expect(engine.answer('upcoming toc election, nominations deadline?').results[0]?.text).toContain('Nominations are due by July 15');
    // Asked when the next vote is, the newest results come first, as for the next election.
    expect(engine.answer('when do we vote for the toc next').results[0]?.text).toContain('Ana Lima');
  });

  it('reads a vote as the election it holds ("next toc vote", "下次指导委员会投票")', () => {
    expect(engine.answer('next toc vote').direct?.text).toMatch(/^No upcoming election is announced; the latest: 2032 Technical Oversight Committee Election Results: .*Ana Lima/);
    expect(engine.answer('when do we vote for the toc next').direct?.text).toMatch(/^No upcoming election is announced; the latest: 2032 Technical Oversight Committee/);
    expect(engine.answer('下次指导委员会投票').direct?.text).toMatch(/^尚未公布新的选举；最近一次：2032 年指导委员会选举结果：.*Sofia Costa/);
  });

  it('answers the election after the year named with its results, not the named year\'s nor "none announced"', () => {
    const toc = engine.answer('who won the toc election after the 2031 one');
    expect(toc.direct?.text).toMatch(/^2032 Technical Oversight Committee Election Results: .*Ana Lima/);
    expect(toc.results[0]?.text).toContain('Ana Lima');
    expect(engine.answer('next toc election after 2031').direct?.text).toMatch(/^2032 Technical Oversight Committee Election Results: /);
    expect(engine.answer('2031 年指导委员会选举之后那次谁当选').direct?.text).toMatch(/^2032 年指导委员会选举结果：.*Sofia Costa/);
  });

  it('answers the first election with the results of the earliest year the posts hold, not of the newest', () => {
    expect(engine.answer('who won the first toc election').direct?.text).toMatch(/^2031 Technical Oversight Committee Election Results: .*Priya Nair/);
    expect(engine.answer('第一次指导委员会选举 谁当选').direct?.text).toMatch(/^2031 年指导委员会选举结果：.*Marta Olsen/);
    expect(engine.answer('首次 toc 选举结果').direct?.text).toMatch(/^2031 Technical Oversight Committee Election Results: .*Priya Nair/);
  });

  it('answers the election before the year named with the results of the nearest earlier year that has them', () => {
    expect(engine.answer('who won the toc vote before the 2032 one').direct?.text).toMatch(/^2031 Technical Oversight Committee Election Results: .*Priya Nair/);
    expect(engine.answer('2032 年之前那次指导委员会选举谁当选').direct?.text).toMatch(/^2031 年指导委员会选举结果：.*Marta Olsen/);
    // With no year, before the newest: "before last", 上上届.
    expect(engine.answer('the toc election before last').direct?.text).toMatch(/^2031 Technical Oversight Committee Election Results: .*Priya Nair/);
    expect(engine.answer('上上届 toc 选举 谁当选').direct?.text).toMatch(/^2031 Technical Oversight Committee Election Results: .*Priya Nair/);
  });

  it('answers "who got in" with the results post when it ranks first, though no word of the question says elected', () => {
    const answer = engine.answer('who got in to the toc in 2031');
    expect(answer.direct?.text).toMatch(/^2031 Technical Oversight Committee Election Results: .*Priya Nair.*Tomas Berg/);
  });

  it('answers "the latest election" with who was elected when its first passage says it', () => {
    expect(engine.answer('最新的 指导委员会 选举').direct?.text).toMatch(/^2032 年指导委员会选举结果：.*Sofia Costa/);
  });

  it('gives no line when no post of the year asked about names who was elected', () => {
    const answer = engine.answer('who won the 2033 steering election', { limit: 10 });
    expect(answer.results.some((result) => result.postUrl.includes('/2031/steering-election-results/'))).toBe(true);
    // The 2031 results are not the 2033 ones: no line rather than the wrong year's names.
    expect(answer.direct).toBeUndefined();
  });

  it('answers no question about an award with who an election chose', () => {
    expect(engine.answer('who won the 2031 community award').direct).toBeUndefined();
    expect(engine.answer('2031 年 社区奖 谁获得了').direct).toBeUndefined();
    // Named with the election, the award words ask who it elected.
    expect(engine.answer('who won the 2031 steering election').direct?.text).toContain('Marta Olsen');
  });

  it("never answers with the other body's results, though that post names the body asked about", () => {
    // The 2032 TOC results say the Steering Committee ran the vote.
    expect(engine.answer('who won the 2032 steering election').direct?.text).not.toContain('Ana Lima');
    expect(engine.answer('2032 toc election results').direct?.text).toMatch(/^2032 Technical Oversight Committee Election Results: .*Ana Lima/);
  });

  it('answers from the results posted only in the other language, marked as such, with the passage naming them first', () => {
    const steering = engine.answer('who won the 2032 steering election');
    expect(steering.direct).toMatchObject({ lang: 'zh', url: expect.stringContaining('/zh/blog/2032/steering-election-results/') });
    expect(steering.direct?.text).toContain('Sofia Costa');
    expect(steering.results[0]).toMatchObject({ lang: 'zh', otherLanguage: true });
    expect(steering.results[0]?.text).toContain('Sofia Costa');
    const toc = engine.answer('2032 年 技术监督委员会 谁当选');
    expect(toc.direct).toMatchObject({ lang: 'en' });
    expect(toc.results[0]).toMatchObject({ lang: 'en', otherLanguage: true });
    expect(toc.results[0]?.text).toContain('Ana Lima');
  });

  it('answers who took the seats of a year whose results were posted only in the other language, though its call ranks first', () => {
    const answer = engine.answer('who ended up with the 2032 community seats');
    expect(answer.direct).toMatchObject({ lang: 'zh', url: expect.stringContaining('/zh/blog/2032/steering-election-results/') });
    expect(answer.direct?.text).toContain('Sofia Costa');
    expect(answer.results[0]).toMatchObject({ lang: 'zh', otherLanguage: true });
    // A year whose results the question's language holds is answered from them alone, as before.
    expect(engine.answer('who ended up with the 2031 community seats').direct).not.toMatchObject({ lang: 'zh' });
  });

  it('puts the passage that names who was elected first, above one of its post that matches more words', () => {
    // The post's opening says "governance"; the passage naming the winners does not.
    const answer = engine.answer('2031 steering election results governance');
    expect(answer.results[0]?.text).toContain('Marta Olsen');
  });

  it('gives no line to a question that does not ask who won', () => {
    expect(engine.answer('steering election 2031 voters').direct).toBeUndefined();
  });
});

/** The 2031 post of the companies' Contribution Seats, beside the governance posts. */
const SEATS = fileURLToPath(new URL('../fixtures/seats', import.meta.url));

describe('the results of one kind of Steering Committee seat', () => {
  let seats: Answerer;
  beforeAll(async () => {
    seats = Answerer.fromCorpus(await buildCorpus({ contentDirs: [GOVERNANCE, SEATS] }));
  });

  it('come from the post of the kind of seat named; the other kind’s winners are no answer', () => {
    // The contribution seats' post lists its members without a sentence the results facts read: no line, rather
    // than the community seats' winners, whose post names the contribution seats too.
    expect(seats.answer('contribution seat results 2031').direct?.text ?? '').not.toMatch(/Marta Olsen/);
    expect(seats.answer('2031 community seat results').direct?.text).toMatch(/Marta Olsen/);
  });

  it('are quoted whole by a who line whose sentence leads in their list, not cut to its first item', () => {
    const line = seats.answer('who joined for the contributing companies in 2031').direct?.text ?? '';
    expect(line).toMatch(/for the contributing companies: Priya Raman \(Example Cloud\)\. Tomas Berg \(Fictional Bank\)/);
  });
});

describe('who holds a part of a body', () => {
  it('is not answered by who was elected to the body: the results name no chair', () => {
    for (const q of ['who chairs the toc these days', 'who is chair of the toc', 'toc 主席是谁']) {
      expect(engine.answer(q).direct?.text ?? '', q).not.toMatch(/Ana Lima|Priya Nair|elected/);
    }
    expect(engine.answer('who got elected to the toc').direct?.text).toMatch(/elected to the TOC/);
  });
});


/** A results post that thanks those whose terms ended and whose election officer speaks in the first person (2033, en and zh). */
const TERMS_ENDED = fileURLToPath(new URL('../fixtures/terms-ended', import.meta.url));

describe('who left a body, who wrote a post, and who said "I"', () => {
  let thanked: Answerer;
  beforeAll(async () => {
    thanked = Answerer.fromCorpus(await buildCorpus({ contentDirs: [TERMS_ENDED] }));
  });

  it('answers who left with the sentence that thanks those whose terms ended, not with the winners', () => {
    for (const asked of ['who left the steering committee in 2033', 'who stepped down from steering in 2033']) {
      const answer = thanked.answer(asked);
      expect(answer.direct?.text).toMatch(/Priya Raman and Tomas Novak, whose terms have now ended/);
      expect(answer.direct?.text ?? '').not.toContain('Nora Quinn');
      expect(answer.results[0]?.text).toContain('Priya Raman');
    }
    expect(thanked.answer('2033 年谁卸任了指导委员会').direct?.text).toMatch(/Priya Raman 和 Tomas Novak，他们的任期现已结束/);
    // Asked who joined, the winners still answer.
    expect(thanked.answer('who joined the steering committee in 2033').direct?.text ?? '').toContain('Nora Quinn');
  });

  it('answers who wrote a post with its byline, the attribution its front matter gives', () => {
    const answer = thanked.answer('who wrote the 2033 steering election results post');
    expect(answer.direct?.text).toBe('2033 Steering Committee Election Results: Fixture Writer, for the test suite');
    expect(answer.direct?.url).toMatch(/\/blog\/2033\/steering-election-results\/$/);
    expect(thanked.answer('2033 年指导委员会选举结果那篇文章是谁写的').direct?.text).toBe('2033 年指导委员会选举结果：Fixture Writer, for the test suite');
  });

  it('names the writer of a post after a sentence it says in the first person', () => {
    expect(thanked.answer('who was the election officer of the 2033 steering vote').direct?.text).toMatch(/As the election officer, I was glad to see so many people vote\. \(Fixture Writer, for the test suite\)$/);
    expect(thanked.answer('2033 年指导委员会选举的选举官员是谁').direct?.text).toMatch(/作为选举官员，我很高兴看到这么多人参与投票。 \(Fixture Writer, for the test suite\)$/);
  });

  it('reads "<year> <body> members" as who sits on it, answered by who was elected', () => {
    expect(thanked.answer('2033 steering new members').direct?.text).toMatch(/Nora Quinn/);
    expect(thanked.answer('2033 指导委员会 成员').direct?.text).toMatch(/Nora Quinn/);
  });

  it('reads a body\'s members said before only its year, or first, as who sits on it', () => {
    for (const q of ['new steering members 2033', 'steering committee members for 2033?', 'members of the 2033 steering committee', '指导委员会 成员 2033']) {
      expect(thanked.answer(q).direct?.text, q).toMatch(/Nora Quinn/);
    }
  });

});
