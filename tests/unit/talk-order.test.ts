/** The order an event's talks are listed in: a conference's in its programme's order, whichever post was read first. */
import { describe, expect, it } from 'vitest';
import { Programme } from '../../src/answer/programme.js';
import type { Talk } from '../../src/model/index.js';
import { eventInfo, talk } from '../helpers/answers.js';

const CONFERENCE = 'KubeCon + CloudNativeCon North America 2032';
const conference = eventInfo({ id: 'kubecon-na-2032', name: CONFERENCE, kind: 'kubecon', parent: null });
const day = eventInfo();

/** A talk of `event` told by the post `post`, with its own schedule page. */
const told = (id: string, title: string, post: string, event: string, sched: string): Talk =>
  talk({ id, title, titles: { en: title }, event, passageId: `en:${post}#1`, schedule: `https://sched.co/${sched}`, video: null, slides: null });

describe('the order of a conference talks', () => {
  // A recap read first names a keynote that mentioned Istio, then one Istio session (in words of its own);
  // the event's page lists its Istio sessions first, the keynote last.
  const recap = [told('keynote-recap', 'Keynote on platforms', 'blog/2032/recap', CONFERENCE, 'K1'), told('first-recap', 'Mesh at scale, the recap words', 'blog/2032/recap', CONFERENCE, 'S1')];
  const page = [
    told('first-page', 'Mesh at scale', 'events/2032/kubecon', CONFERENCE, 'S1'),
    told('second-page', 'Ambient in production', 'events/2032/kubecon', CONFERENCE, 'S2'),
    told('keynote-page', 'Keynote on platforms', 'events/2032/kubecon', CONFERENCE, 'K1'),
  ];

  it('is that of the post that lists the most of them, each talk in the words of the post read first', () => {
    const programme = new Programme([...recap, ...page], [conference]);
    const listed = programme.talksOf([CONFERENCE], 'en');
    expect(listed.map((one) => one.schedule)).toEqual(['https://sched.co/S1', 'https://sched.co/S2', 'https://sched.co/K1']);
    expect(listed[0]?.title).toBe('Mesh at scale, the recap words');
  });

  it("is the order read in for the project's own day, whose posts all list its programme", () => {
    const ofDay = (one: Talk): Talk => ({ ...one, event: day.name });
    const programme = new Programme([...recap, ...page].map(ofDay), [day]);
    expect(programme.talksOf([day.name], 'en').map((one) => one.schedule)).toEqual(['https://sched.co/K1', 'https://sched.co/S1', 'https://sched.co/S2']);
  });
});
