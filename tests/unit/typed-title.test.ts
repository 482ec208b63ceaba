/**
 * A talk's title typed whole in a "who" question names that talk, though its words are those of any question ("get",
 * "help", "new", "update") and title several talks one by one; and a title's words that otherwise ask something else
 * (where a thing is got, a list of talks) do not hide that the question asks who gave it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { oneTalk, typedTitles } from '../../src/answer/typed-title.js';
import type { Talk } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

function talk(title: string, speakers: string[], titles: Talk['titles'] = {}): Talk {
  return {
    id: title,
    title,
    titles: { en: title, ...titles },
    speakers,
    organisations: [],
    people: speakers.map((name) => ({ name, organisation: null })),
    event: 'Some Day 2030',
    eventId: 'en:some-day-2030',
    date: '2030-01-01',
    video: null,
    slides: null,
    schedule: null,
    url: 'https://example.org/',
    passageId: title,
    lang: 'en',
  };
}

const help = talk('Lightning talk: Asking for help the right way', ['Ann Example']);
const helpless = talk('Help! My proxy eats memory', ['Bob Example']);
const update = talk('Project update', ['Cy Example'], { zh: '项目进展（Project update）' });
const updates = talk('Project updates: what shipped this year', ['Di Example']);
const opening = talk('Opening keynote', ['Ed Example']);

describe('typedTitles', () => {
  it('picks the talk whose title, without its format note, the question types whole', () => {
    expect(typedTitles('who did asking for help the right way?', [helpless, help])).toEqual([help]);
    // A Chinese title's English one in brackets is a title as typed, and so is its Chinese part.
    expect(typedTitles('project update 这场是谁讲的', [updates, update])).toEqual([update]);
    expect(typedTitles('项目进展是哪位讲的', [updates, update])).toEqual([update]);
  });

  it('reads a title whole only at the edges of words, and the longest title typed wins', () => {
    expect(typedTitles('who did the project updated talk', [update])).toEqual([]);
    expect(typedTitles('who gave project updates: what shipped this year', [update, updates])).toEqual([updates]);
  });

  it('reads no title of only a format or a word or two of a title as typing it', () => {
    expect(typedTitles('who gave the lightning talk', [help])).toEqual([]);
    expect(typedTitles('who gave the opening keynote', [opening])).toEqual([]);
    expect(typedTitles('who asked for help', [help, helpless])).toEqual([]);
  });

  it('names one talk only when every talk typed was given by the same speakers', () => {
    expect(oneTalk([update, { ...update, event: 'Other Day 2031' }])).toBe(update);
    expect(oneTalk([update, updates])).toBeUndefined();
  });
});

describe('a who question that types a talk title whole', () => {
  const line = (q: string): string => engine.answer(q).direct?.text ?? '';

  it('is answered by that talk speakers, though the title words title other talks one by one', () => {
    // "help" titles two talks, and "how to get" asks where a thing is got.
    expect(line('who delivered how to get help')).toMatch(/Rob Salmond/);
    expect(line('讲 How to get help 的人是谁')).toMatch(/Rob Salmond/);
    expect(line('at the london istio day, who gave how to get help?')).toMatch(/Rob Salmond/);
    expect(line('who delivered istio project update')).toMatch(/Eric Van Norman/);
    expect(line('Istio Project Update 这个是哪位讲的')).toMatch(/Eric Van Norman/);
  });
});

describe('who gave a talk, asked around a title whose words ask something else', () => {
  const ask = (q: string): string => understand(q).ask;

  it('is read as who', () => {
    expect(ask('at istio day london who gave how to get help')).toBe('who');
    expect(ask("who's the speaker for how to get help")).toBe('who');
    expect(ask('how to get help, 是哪位讲的')).toBe('who');
    expect(ask('how to get help 的演讲人')).toBe('who');
    expect(ask('how to get help speaker')).toBe('who');
    expect(ask('whose talk was how to get help')).toBe('who');
    expect(ask('cloud native for good was presented by?')).toBe('who');
  });

  it('is not read into a question about when speakers hear back or a call for them', () => {
    expect(ask('芝加哥 kubecon 讲者什么时候收到通知')).not.toBe('who');
    expect(ask('2023 北美 istio day 何时通知讲者')).not.toBe('who');
    expect(ask('istio day cfp speaker')).not.toBe('who');
  });
});
