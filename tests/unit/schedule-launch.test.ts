/**
 * When a schedule came out: asked ("when will the agenda be announced", "日程几号公布"), the schedule's line gives the day
 * its event's passages say it was published, beside its link, and that passage first; asked for the schedule alone, or of an
 * event whose passages give no such day, the line is the schedule's as before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { launchIn } from '../../src/answer/schedule-launch.js';
import { scheduleLaunchAsked } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('the day a schedule was published', () => {
  it('is given beside the chicago istio day schedule, in en and zh', () => {
    for (const question of ['chicago istio day: when would the agenda go live?', 'istio day north america 2023 schedule, release date']) {
      const answer = engine.answer(question);
      expect(answer.direct?.text).toMatch(/^Schedule of Istio Day North America 2023, published in the week of (?:11 September|September 11)$/);
      expect(answer.direct?.url).toContain('co-located-events/istio-day');
      expect(answer.results[0]?.text).toMatch(/11 September|September 11/);
    }
    expect(engine.answer('2023 北美 istio day 议程哪天公布的').direct?.text).toMatch(/9 月 11 日那一周公布$/);
  });

  it('adds nothing when the schedule alone is asked', () => {
    expect(engine.answer('schedule of istio day chicago 2023').direct?.text).toBe('Schedule of Istio Day North America 2023');
  });

  it('adds no day for an event whose passages date no schedule', () => {
    const line = engine.answer('when did the istio day london schedule come out').direct?.text ?? '';
    expect(line).not.toContain('published');
  });

  it('reads the day of the step that names the schedule, not the step before it', () => {
    expect(launchIn('Thursday, September 7: Speaker Notifications. Week of September 11: Schedule Launch & Announcement.')).toBe('in the week of September 11');
    expect(launchIn('speaker notifications on 7 September, schedule in the week of 11 September, sponsorships closing on 20 September')).toBe('in the week of 11 September');
    expect(launchIn('9 月 7 日通知讲者，9 月 11 日那一周公布日程，9 月 20 日截止赞助')).toBe('9 月 11 日那一周');
    expect(launchIn('The slides of every session are on the schedule, and the recordings are on YouTube.')).toBeNull();
  });

  it('is asked only with a word of when and one of coming out', () => {
    expect(scheduleLaunchAsked('when will the schedule be out')).toBe(true);
    expect(scheduleLaunchAsked('日程什么时候出')).toBe(true);
    expect(scheduleLaunchAsked('where is the schedule')).toBe(false);
    expect(scheduleLaunchAsked('when is istio day, schedule please')).toBe(false);
  });
});
