/** The programme lists each talk at the event it was given at, however many posts tell it. */
import { describe, expect, it } from 'vitest';
import { Programme } from '../../src/answer/programme.js';
import { eventInfo, talk } from '../helpers/answers.js';

describe('the programme of a conference and its co-located Istio Day', () => {
  const kubecon = eventInfo({ id: 'kubecon-na-2032', name: 'KubeCon + CloudNativeCon North America 2032', kind: 'kubecon', start: '2032-11-09', end: '2032-11-12' });
  const day = eventInfo();
  // The week's recap tells the Istio Day talk among the conference's, by its link text.
  const recapCopy = talk({ id: 'recap', title: 'multicluster failover in practice', titles: { en: 'multicluster failover in practice' }, event: kubecon.name, video: null, slides: null, schedule: null });
  const dayCopy = talk({ id: 'day', event: day.name });
  const keynote = talk({ id: 'keynote', title: 'Keynote: meshes at scale', titles: { en: 'Keynote: meshes at scale' }, event: kubecon.name, video: 'https://www.youtube.com/watch?v=KeYnOtE0001', slides: null, schedule: 'https://sched.co/2Key1' });
  const programme = new Programme([recapCopy, keynote, dayCopy], [kubecon, day]);

  it('lists a talk that another post places at the Istio Day there alone, not among the conference talks', () => {
    expect(programme.talksOf([kubecon.name], 'en').map((one) => one.id)).toEqual(['keynote']);
    expect(programme.talksOf([day.name], 'en').map((one) => one.id)).toEqual(['day']);
  });

  it('keeps a conference talk no other post places elsewhere', () => {
    const alone = new Programme([recapCopy, keynote], [kubecon, day]);
    expect(alone.talksOf([kubecon.name], 'en').map((one) => one.id)).toEqual(['recap', 'keynote']);
  });
});

describe('the talks of a "who" question', () => {
  const mention = talk({ id: 'mention', title: 'the much awaited talk about ambient on Windows', titles: { en: 'the much awaited talk about ambient on Windows' }, speakers: [], people: [], organisations: [] });
  const session = talk({ id: 'session', title: 'Ambient on Windows', titles: { en: 'Ambient on Windows' } });
  const keynote = talk({ id: 'keynote', title: 'Opening keynote', titles: { en: 'Opening keynote' } });
  const programme = new Programme([mention, session, keynote], [eventInfo()]);

  it('come with the talk whose title holds a word of the question first, then those that name their speakers', () => {
    expect(programme.forWho([mention, session, keynote], ['gave', 'keynote']).map((one) => one.id)).toEqual(['keynote', 'session', 'mention']);
    expect(programme.forWho([mention, session, keynote], []).map((one) => one.id)).toEqual(['session', 'keynote', 'mention']);
  });
});
