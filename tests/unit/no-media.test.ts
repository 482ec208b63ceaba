/** The line that says the posts link no slides or recordings of the event a question names: only when none is linked anywhere. */
import { describe, expect, it } from 'vitest';
import { Calendar } from '../../src/answer/calendar.js';
import { EventMedia, unlinkedLine } from '../../src/answer/no-media.js';
import type { EventInfo, Passage, Talk } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';

const NO_LINKS = { slides: [], schedule: [], recordings: [], register: [], cfp: [], other: [] };
const day = { id: 'en:day', name: 'Istio Day Europe 2031', kind: 'istio-day', city: 'Paris', parent: 'en:conf', slides: null, links: NO_LINKS, posts: ['https://example.org/day'], lang: 'en' } as unknown as EventInfo;
const conference = { ...day, id: 'en:conf', name: 'KubeCon + CloudNativeCon Europe 2031', kind: 'kubecon', parent: null, posts: ['https://example.org/conf'] } as unknown as EventInfo;
const track = { ...day, id: 'en:track', name: 'KubeCon + CloudNativeCon Europe 2031 Maintainer Track', kind: 'maintainer-track', parent: 'en:conf' } as unknown as EventInfo;
const day2 = { ...day, id: 'en:day2', name: 'Istio Day North America 2031', city: 'Chicago', parent: null, posts: ['https://example.org/day2'] } as unknown as EventInfo;
const calendar = new Calendar([day, conference, track, day2].map((event) => ({ ...event, start: '2031-03-19' })));
const talk = (event: string, video: string | null): Talk => ({ id: `${event}/t`, title: 'A talk', event, video, slides: null }) as unknown as Talk;
const passage = (event: string, videos: string[]): Passage => ({ id: `${event}#0`, event, text: 'A recap.', links: { videos, slides: [], schedule: [], other: [] } }) as unknown as Passage;

const mediaOf = (talks: Talk[], passages: Passage[] = []): EventMedia => new EventMedia([day, conference, track, day2], passages, (name) => talks.filter((one) => one.event === name));

describe('the line saying the posts link no recordings or slides', () => {
  it('is given for the one event named when nothing links them, citing its post', () => {
    expect(unlinkedLine(understand('istio day europe 2031 videos'), [day], mediaOf([talk(day.name, null)]), calendar)).toEqual({ text: 'The posts link no recordings of Istio Day Europe 2031', url: 'https://example.org/day', lang: 'en' });
  });

  it('is not given when a talk given at the event, or at one of its tracks, has its own recording', () => {
    expect(unlinkedLine(understand('istio day europe 2031 videos'), [day], mediaOf([talk(day.name, 'https://youtu.be/x')]), calendar)).toBeUndefined();
    expect(unlinkedLine(understand('kubecon europe 2031 videos'), [conference], mediaOf([talk(track.name, 'https://youtu.be/x')]), calendar)).toBeUndefined();
  });

  it('is not given when a passage about the event links a recording', () => {
    expect(unlinkedLine(understand('istio day europe 2031 videos'), [day], mediaOf([], [passage(day.name, ['https://youtu.be/y'])]), calendar)).toBeUndefined();
  });

  it('is not given for an event the question does not name by its kind, place or year', () => {
    expect(unlinkedLine(understand('video of the mesh talk'), [day], mediaOf([]), calendar)).toBeUndefined();
  });

  it('names both of a year\'s Istio Days when the question names the kind and year but no place, and neither links them', () => {
    expect(unlinkedLine(understand('istio day 2031 videos'), [], mediaOf([]), calendar)?.text).toBe('The posts link no recordings of Istio Day Europe 2031 or Istio Day North America 2031');
    expect(unlinkedLine(understand('2031 istio day 视频'), [], mediaOf([]), calendar)?.text).toBe('文章中没有 Istio Day Europe 2031 和 Istio Day North America 2031 的录像链接');
  });

  it('says nothing of a year\'s Istio Days when one of them links a recording', () => {
    expect(unlinkedLine(understand('istio day 2031 videos'), [], mediaOf([talk(day2.name, 'https://youtu.be/z')]), calendar)).toBeUndefined();
  });
});
