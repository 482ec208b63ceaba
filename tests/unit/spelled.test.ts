import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { spelledAsMeant } from '../../src/understand/spelled.js';
import { shippedService } from '../helpers/engine.js';
import { readingOf } from '../helpers/readings.js';

describe('a misspelt word the readers know', () => {
  // Two letters swapped, one dropped or doubled inside the word, one changed in a long word.
  it.each([
    ['when is the upcoimng istio day', 'when is the upcoming istio day'],
    ['isticoon 2022 locaiton', 'istiocon 2022 location'],
    ['kubceon eu progarmme', 'kubecon eu programme'],
    ['what happend after contrbifest in london', 'what happened after contribfest in london'],
    ['who was annnounced as the winner', 'who was announced as the winner'],
    ['registartion for istio day', 'registration for istio day'],
    ['istio takls at kubecon eu 2024', 'istio talks at kubecon eu 2024'],
    ['which istio day came afetr paris', 'which istio day came after paris'],
  ])('"%s" reads as "%s"', (typed, meant) => {
    expect(readingOf(typed)).toEqual(readingOf(meant));
  });

  // Five letters: one dropped inside a six-letter word that asks to take part, for a result, the talks or the schedule.
  it.each([
    ['the agnda of istio day paris', 'the agenda of istio day paris'],
    ['istio day london tickt', 'istio day london ticket'],
    ['kubecon na 2025 lneup', 'kubecon na 2025 lineup'],
    // …or for slides or videos, but "sides" (a word of its own) stays.
    ['sldes from istiocon china 2023', 'slides from istiocon china 2023'],
    ['istio day paris slids', 'istio day paris slides'],
    ['istio day chicago vidos', 'istio day chicago videos'],
  ])('"%s" reads as "%s"', (typed, meant) => {
    expect(readingOf(typed)).toEqual(readingOf(meant));
  });

  it('leaves five-letter words of their own alone, though a letter dropped from a known one', () => {
    for (const text of ['the sides of the stage', 'a tough call', 'a rally in london', 'reply to the thread']) expect(spelledAsMeant(text)).toBe(text);
  });

  it('leaves words of their own alone, though a letter from a known one', () => {
    for (const text of ['the maintainer summit', 'selected talks', 'sessions and speakers', 'who attended', 'steering elections', 'is there a store']) expect(spelledAsMeant(text)).toBe(text);
  });

  it('spells a four-letter known word with a letter inside it typed twice, and leaves words with a doubled letter of their own alone', () => {
    expect(spelledAsMeant('t-shirts at the salt lake citty kiosk')).toBe('t-shirts at the salt lake city kiosk');
    expect(spelledAsMeant('wheen is the next one')).toBe('when is the next one');
    for (const text of ['sleep well', 'the tools they used', 'what it needs', 'a sweet tweet']) expect(spelledAsMeant(text)).toBe(text);
  });

  it('spells every misspelt known word of a text, and no word it does not know', () => {
    expect(spelledAsMeant('sesion presentaton')).toBe('session presentation');
    expect(spelledAsMeant('Ambient on Windows at Skyscanner')).toBe('Ambient on Windows at Skyscanner');
  });
});

describe('names and years written short or run together', () => {
  it.each([
    ["who won the '25 steering election", 'who won the 2025 steering election'],
    ["contribution seats for the '24-'25 term", 'contribution seats for the 2024-2025 term'],
    ['istioday eu 2023 cfp closing date', 'istio day eu 2023 cfp closing date'],
    ['when was the contrib fest in paris', 'when was the contribfest in paris'],
    // A kind named in the plural is each of them, as the posts name one.
    ['istio days in 2024', 'istio day in 2024'],
    ['which kubecons had istio talks', 'which kubecon had istio talks'],
  ])('"%s" reads as "%s"', (typed, meant) => {
    expect(readingOf(typed)).toEqual(readingOf(meant));
  });

  it('reads letters and digits typed full width as the letters and digits they are', () => {
    const wide = (text: string): string => text.replace(/[a-z0-9]/gi, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
    for (const question of ['when was istio day paris 2024', '2023 年 kubecon 北美 的幻灯片']) expect(readingOf(wide(question))).toEqual(readingOf(question));
  });

  it("leaves an apostrophe that is no year's alone", () => {
    expect(understand("what's on at istio day '").rest).toContain("what's");
    expect(understand('who won in 2025').entities).toEqual(understand("who won in '25").entities);
  });
});

describe('answers to a question with a misspelt word', () => {
  let engine: Answerer;
  beforeAll(async () => {
    engine = await shippedService();
  });

  it('answers swag asked at a city with a letter of it typed twice as at the city, not as a thing named "citty"', () => {
    expect(engine.answer('swag at istio day salt lake citty').direct?.text).toMatch(/T-shirts/);
  });

  it('are the answers to it spelled right, whichever reader the word counts for', () => {
    for (const [typed, meant] of [
      ['what came afetr istiocon 2022', 'what came after istiocon 2022'],
      ['and the event afetr atlanta?', 'and the event after atlanta?'],
    ] as const) {
      const line = engine.answer(meant).direct?.text;
      expect(line).toBeDefined();
      expect(engine.answer(typed).direct?.text).toBe(line);
    }
  });
});
