/** The direct lines issue 13 adds beside the event knowledge's: the talks of an event. */
import { describe, expect, it } from 'vitest';
import { talksLine } from '../../src/answer/direct.js';
import { eventInfo, talk } from '../helpers/answers.js';

describe('the talks line', () => {
  const event = eventInfo({ name: 'Istio Day Europe 2031' });
  const talks = ['Ambient at scale', 'Waypoints in practice', 'Multicluster failover'].map((title, index) => talk({ id: `t${index}`, title, titles: { en: title }, event: event.name }));

  it('names the event, how many talks it had and their titles, cited from its post', () => {
    const line = talksLine(event, talks, [], 'en');
    expect(line?.text).toBe('Talks at Istio Day Europe 2031 (3): Ambient at scale; Waypoints in practice; Multicluster failover');
    expect(line?.url).toBe(event.sources[0]?.url ?? event.posts[0]);
    expect(talksLine(event, talks, ['ambient'], 'zh')?.text).toMatch(/^Istio Day Europe 2031 关于 ambient 的演讲（3 场）：/);
  });

  it('says how many more there are when the titles do not fit, and gives no line without talks or a source', () => {
    const many = Array.from({ length: 20 }, (_, index) => talk({ id: `m${index}`, title: `A rather long talk title number ${index}`, titles: { en: `A rather long talk title number ${index}` } }));
    expect(talksLine(event, many, [], 'en')?.text).toMatch(/ and \d+ more$/);
    expect(talksLine(event, [], [], 'en')).toBeUndefined();
    expect(talksLine(eventInfo({ sources: [], posts: [] }), talks, [], 'en')).toBeUndefined();
  });
});
