import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understand/index.js';
import { spelledAsMeant } from '../../src/understand/spelled.js';

/** What the reading of a question decides: what is asked, of what, with which words. */
const readingOf = (text: string) => {
  const { ask, time, subject, aboutTalks, words, entities } = understand(text);
  return { ask, time, subject, aboutTalks, words: words.groups.map((group) => group.word), wants: words.wants, entities };
};

describe('a misspelt word the readers know', () => {
  // Two letters swapped, one dropped or doubled inside the word, one changed in a long word.
  it.each([
    ['when is the upcoimng istio day', 'when is the upcoming istio day'],
    ['isticoon 2022 locaiton', 'istiocon 2022 location'],
    ['kubceon eu progarmme', 'kubecon eu programme'],
    ['what happend after contrbifest in london', 'what happened after contribfest in london'],
    ['who was annnounced as the winner', 'who was announced as the winner'],
    ['registartion for istio day', 'registration for istio day'],
  ])('"%s" reads as "%s"', (typed, meant) => {
    expect(readingOf(typed)).toEqual(readingOf(meant));
  });

  it('leaves words of their own alone, though a letter from a known one', () => {
    for (const text of ['the maintainer summit', 'selected talks', 'sessions and speakers', 'who attended', 'steering elections']) expect(spelledAsMeant(text)).toBe(text);
  });

  it('spells every misspelt known word of a text, and no word it does not know', () => {
    expect(spelledAsMeant('sesion presentaton')).toBe('session presentation');
    expect(spelledAsMeant('Ambient on Windows at Skyscanner')).toBe('Ambient on Windows at Skyscanner');
  });
});
