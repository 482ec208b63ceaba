/** How a chat asks: 投 alone of a talk sent in asks about the call, a vote (投票) does not; a day's 流程 is its schedule; 在哪家公司 asks which company. Pure. */
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

describe('the flow of a day, said as a chat says it', () => {
  it('asks for the schedule ("活动流程", "当天流程"), while a call\'s or a sign-up\'s flow keeps its own ask', () => {
    expect(understand('2025 北美 istio day 活动流程').ask).toBe('schedule');
    expect(understand('上海 istiocon 那天的具体流程是啥').ask).toBe('schedule');
    expect(understand('istiocon 2022 报名流程').ask).toBe('register');
  });
});

describe('which company someone is at', () => {
  it('asks who (which company), not where, while a hotel or a hall is still where', () => {
    expect(understand('lin sun 现在在哪家公司').ask).toBe('who');
    expect(understand('keith mattix 在哪个公司工作').ask).toBe('who');
    expect(understand('伦敦 istio day 在哪家酒店').ask).toBe('where');
  });
});
