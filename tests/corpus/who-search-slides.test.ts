/**
 * Who questions whose answer only istio.io's posts give (elections, the istio.io recaps), asked as people type them:
 * the committee that chose the talks called "pc", the winners asked as 获胜者, a list of new members cut into two passages.
 * The answer line or the first passage names the people the posts name.
 */
import { describe, expect, it } from 'vitest';
import { corpusEngine } from '../helpers/istio-corpus.js';
import { understand } from '../../src/understand/index.js';

// In the order `npm run eval` indexes them: istio.io's posts, then the project's own.
const engine = await corpusEngine('istio-first');

const rows: { q: string; asks: string; names: RegExp }[] = [
  // "PC": the Program Committee, 计划委员会 / 程序委员会 in the Chinese posts.
  { q: 'istiocon china pc members', asks: 'search', names: /Jimmy Song|Zhonghu Xu/ },
  // A list cut into two passages, each repeating its lead-in: the line names both new TOC members.
  { q: 'the 2 new toc members of 2021, who were they', asks: 'who', names: /John Howard[\s\S]*Brian Avery/ },
  // 获胜者: the winners of an election.
  { q: '2023 年指导委员会选举获胜者名单', asks: 'results', names: /Craig Box|Iris Ding|Lin Sun|Faseela K/ },
];

describe('who questions the istio.io posts answer', () => {
  it.each(rows)('$q', ({ q, asks, names }) => {
    expect(understand(q).ask).toBe(asks);
    const answer = engine.answer(q);
    expect(`${answer.direct?.text ?? ''}\n${answer.results[0]?.text ?? ''}`).toMatch(names);
  });
});

describe('a talk two posts list, one naming its speakers and one not', () => {
  it('is answered with the speakers the recap names, not left without a line', () => {
    // The preview and the recap of KubeCon Europe 2025 both list the project lightning talk; only the recap says who gave it.
    expect(engine.answer('伦敦 kubecon 2025 的项目更新是谁讲的').direct?.text).toMatch(/^“项目闪电演讲.*”的演讲者：Mitch Connors/);
  });
});
