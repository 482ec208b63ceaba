/** The programme lists each talk at the event it was given at, however many posts tell it. */
import { describe, expect, it } from 'vitest';
import { Programme } from '../../src/answer/programme.js';
import { eventInfo, talk } from '../helpers/answers.js';

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
