/**
 * Short searches typed as a bot command, read for what they most likely want (round 16, my own wordings): an election
 * and its year alone ("steering election 2023", "2026 技术监督委员会选举") want how it went, which the results post's line
 * says; a programme people join ("the cncf ambassador programme") is no event's schedule, so no schedule line is given.
 */
import { describe, expect, it } from 'vitest';
import { corpusEngine } from '../helpers/istio-corpus.js';
import { understand } from '../../src/understand/index.js';

const engine = await corpusEngine('istio-first');

describe('an election and its year alone', () => {
  it.each([
    ['steering election 2023', /^Istio Announces Winners of 2023 Steering Committee Election: .*Craig Box/],
    ['istio toc election 2025', /^Istio Project Announces 2025 Technical Oversight Committee Election Results: .*Rama Chavali/],
    ['2026 技术监督委员会选举', /^Istio 项目公布 2026 年技术监督委员会选举结果：.*Keith Mattix/],
    ['选举 2022', /^2022 年 Istio 指导委员会选举结果：.*Craig Box/],
  ])('%s', (question, line) => {
    expect(engine.answer(question).direct?.text).toMatch(line);
  });

  it('asks nothing more with another word beside it, nor without a year', () => {
    expect(understand('toc election').ask).toBe('search');
    expect(understand('toc election 2025 candidates').ask).toBe('search');
  });
});

describe('a programme people join', () => {
  it('gives no schedule line, and the passage naming the ambassadors first', () => {
    const answer = engine.answer('which istio maintainers are part of the cncf ambassador program');
    expect(answer.direct?.text ?? '').not.toMatch(/^Schedule of/);
    expect(answer.results[0]?.text).toMatch(/named CNCF Ambassadors/);
  });
});
