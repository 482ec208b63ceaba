/** Asked when a step of an election falls, the line quotes the call's sentence that dates it, of the newest call or the year named. */
import { describe, expect, it } from 'vitest';
import type { RankedPassages } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { stepLine } from '../../src/answer/step-line.js';
import { understand } from '../../src/understand/index.js';

const passage = (id: string, title: string, text: string, date: string, lang: 'en' | 'zh' = 'en'): Passage =>
  ({ id, postId: id, title, url: `https://example.org/${id}`, postUrl: `https://example.org/${id}`, text, lang, headings: [], event: null, date, links: { videos: [], slides: [], schedule: [], other: [] }, facts: {} }) as unknown as Passage;
const rankedOf = (passages: readonly Passage[]): RankedPassages => passages.map((one, index) => ({ passage: one, score: passages.length - index, terms: () => [] }));

const older = passage('a', 'Announcing the 2030 Steering Committee Elections', 'Nominations are due by May 2. Voting will start on May 5 and last until May 16.', '2030-04-20');
const newer = passage('b', 'Announcing the 2031 Steering Committee Elections', 'Nominations are due by June 3. Voting will start on June 8 and last until June 19.', '2031-05-20');

describe('the election step line', () => {
  it('quotes the sentence of the newest call that dates the vote, shown first', () => {
    const lead = stepLine(understand('steering vote, when does it start?'), rankedOf([older, newer]), []);
    expect(lead?.direct?.text).toBe('Announcing the 2031 Steering Committee Elections: Voting will start on June 8 and last until June 19.');
    expect(lead?.first?.passage.id).toBe('b');
  });

  it('quotes the call of the year named, and in Chinese the Chinese call', () => {
    expect(stepLine(understand('when does the 2030 steering voting begin'), rankedOf([newer, older]), [])?.direct?.text).toMatch(/May 5/);
    const zh = passage('c', '宣布 2031 年指导委员会选举', '提名截止日期为 6 月 3 日。投票将于 6 月 8 日开始，持续至 6 月 19 日。', '2031-05-20', 'zh');
    expect(stepLine(understand('指导委员会选举啥时候开始投票'), rankedOf([zh]), [])?.direct?.text).toBe('宣布 2031 年指导委员会选举：投票将于 6 月 8 日开始，持续至 6 月 19 日。');
  });

  it('takes an election asked of with no step named as its vote, in either language, not its results', () => {
    expect(stepLine(understand('so when is the steering committee election?'), rankedOf([older, newer]), [])?.direct?.text).toMatch(/Voting will start on June 8/);
    const zh = passage('c', '宣布 2031 年指导委员会选举', '提名截止日期为 6 月 3 日。投票将于 6 月 8 日开始，持续至 6 月 19 日。', '2031-05-20', 'zh');
    expect(stepLine(understand('指导委员会的选举一般在什么时候'), rankedOf([zh]), [])?.direct?.text).toMatch(/投票将于 6 月 8 日开始/);
    expect(stepLine(understand('when were the steering election results out'), rankedOf([older, newer]), [])).toBeUndefined();
    // The year named is where to look from: the election after it is not the one of that year.
    expect(stepLine(understand('the steering election after the 2030 one, when was it'), rankedOf([older, newer]), [])).toBeUndefined();
  });

  it("dates the step from another paragraph of the newest call when the one found does not", () => {
    const opening = passage('e', 'Announcing the 2032 Steering Committee Elections', 'We invite members to stand for the community seats.', '2032-05-20');
    const vote = { ...passage('e', 'Announcing the 2032 Steering Committee Elections', 'Nominations close on June 1. Voting will start on June 9 and last until June 20.', '2032-05-20'), id: 'e2' };
    const lead = stepLine(understand('when is the steering vote'), rankedOf([older, opening]), [opening, vote]);
    expect(lead?.direct?.text).toMatch(/June 9/);
    expect(lead?.first?.passage.id).toBe('e2');
  });

  it('says nothing of another body\'s vote, nor of a call that dates no step', () => {
    expect(stepLine(understand('when does toc voting start'), rankedOf([newer]), [])).toBeUndefined();
    const undated = passage('d', 'Announcing the 2031 Steering Committee Elections', 'Voting will start once the nominations are in.', '2031-05-20');
    expect(stepLine(understand('when does steering voting start'), rankedOf([undated]), [])).toBeUndefined();
  });

  it('dates when those elected start from the results that say it, never from a step of the call', () => {
    const results = passage('r', 'Winners of the 2031 Steering Committee Election', 'Congratulations to the four new members of the community seats.', '2031-07-01');
    const serving = { ...passage('r', 'Winners of the 2031 Steering Committee Election', 'The new members will serve for one year, starting on August 2, 2031.', '2031-07-01'), id: 'r2' };
    const lead = stepLine(understand('2031 community seat winners, when does their term begin?'), rankedOf([newer, results]), [results, serving]);
    expect(lead?.direct?.text).toBe('Winners of the 2031 Steering Committee Election: The new members will serve for one year, starting on August 2, 2031.');
    expect(lead?.first?.passage.id).toBe('r2');
    // No results date the term: the call's "Voting will start on June 8" answers nothing asked.
    expect(stepLine(understand('when do the elected steering members start'), rankedOf([newer]), [])).toBeUndefined();
  });

  it('quotes, asked the election after a year named, what that year\'s results said of the next one, in en and zh', () => {
    const said = passage('n', '2030 Steering Committee Election Results', 'Thanks to all who voted. The next election will be in June 2031.', '2030-06-01');
    expect(stepLine(understand('the steering election that came after the 2030 one?'), rankedOf([said]), [])?.direct?.text).toBe('2030 Steering Committee Election Results: The next election will be in June 2031.');
    const zh = passage('m', '2030 年指导委员会选举结果', '感谢所有投票的人。下一次选举将在 2031 年 6 月举行。', '2030-06-01', 'zh');
    expect(stepLine(understand('2030 年那次之后，下一次选举在什么时候'), rankedOf([zh]), [])?.direct?.text).toBe('2030 年指导委员会选举结果：下一次选举将在 2031 年 6 月举行。');
    // Another year's post is no answer.
    expect(stepLine(understand('the steering election that came after the 2029 one?'), rankedOf([said]), [])).toBeUndefined();
  });
});
