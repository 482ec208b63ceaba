/**
 * When a call for proposals tells its speakers: asked ("speaker notifications", "when do speakers hear back", "通知演讲者"),
 * the call's line gives the day its timeline says they are told, never the deadline or the event's own day; and a
 * question that begins with the noun "speaker" is read whole, not as the `speaker <name>` command.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { notificationIn } from '../../src/answer/deadline.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('the day speakers are told, asked of a call for proposals', () => {
  it('gives the notification day of the chicago istio day call, in en and zh', () => {
    for (const question of ['speaker notifications for the istio day in chicago', 'when would speakers hear back, istio day NA 2023?', 'istio day chicago: speakers notified on what date']) {
      expect(engine.answer(question).direct?.text).toMatch(/^Call for proposals of Istio Day North America 2023, speakers notified on (?:7 September|September 7)$/);
    }
    expect(engine.answer('北美 istio day 2023 几号通知演讲者').direct?.text).toMatch(/9 月 7 日通知讲者$/);
  });

  it('reads the result of a talk sent in (录取通知, 投稿结果, 录取结果) as the notification day, not a vote\'s results', () => {
    for (const question of ['芝加哥 istio day 议题录取通知哪天发', '北美 istio day 2023 的投稿结果几号出来', '芝加哥 istio day 演讲录取结果什么时候公布']) {
      expect(engine.answer(question).direct?.text, question).toMatch(/9 月 7 日通知讲者$/);
    }
    expect(understand('2026 toc 选举结果').ask).toBe('results');
  });

  it('adds no day for a call whose posts give none', () => {
    const line = engine.answer('when were the speakers notified for istio day europe 2023').direct?.text ?? '';
    expect(line).toContain('Call for proposals of Istio Day Europe 2023');
    expect(line).not.toContain('notified on');
  });

  it('reads the day heading the step of a timeline, not the next step', () => {
    expect(notificationIn('Sunday, August 6: CFP Closes. Thursday, September 7: Speaker Notifications. Week of September 11: Schedule Launch')).toBe('September 7');
    expect(notificationIn('时间线：8 月 8 日至 21 日评审，9 月 7 日通知讲者，9 月 11 日那一周公布日程')).toBe('9 月 7 日');
    expect(notificationIn('The call closes on 6 August.')).toBeNull();
  });
});

describe('a question that begins with the noun "speaker"', () => {
  it('is read whole when the words after it ask something else', () => {
    for (const question of ['speaker notifications for istio day chicago', 'speaker notification date istio day na 2023']) {
      const read = understand(question);
      expect(read.command).toBeNull();
      expect(read.ask).toBe('cfp');
    }
  });

  it('stays the speaker command before a name', () => {
    expect(understand('speaker lin sun').command).toBe('speaker');
    expect(understand('speaker John Howard slides').command).toBe('speaker');
  });
});
