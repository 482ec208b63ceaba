/** A talk sent in, said with 投 alone as a chat says it ("议题在哪投"), asks about the call; a vote (投票) does not. Pure. */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understand/index.js';

describe('投 of a talk sent in', () => {
  it('asks about the call for proposals', () => {
    for (const question of ['istiocon 2022 的议题在哪投', '芝加哥 istio day 演讲怎么投', 'istio day 的 talk 去哪投啊']) {
      expect(understand(question).ask, question).toBe('cfp');
    }
  });

  it('is no call when it is a vote', () => {
    for (const question of ['steering 选举在哪投票', 'toc 怎么投票', '社区席位如何投票']) {
      expect(understand(question).ask, question).not.toBe('cfp');
    }
  });
});
