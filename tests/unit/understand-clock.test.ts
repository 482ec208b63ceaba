import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understand/index.js';

const wantsClock = (text: string): boolean => understand(text).words.wants.includes('clock');
const groupWords = (text: string): string[] => understand(text).words.groups.map((group) => group.word);

describe('a question that asks the time of day', () => {
  it('is read in English and Chinese, and stays a "when" question that wants the date too', () => {
    for (const text of ['what time does the istio meetup start', 'istio day start time', 'which time slots did the launch stream have', 'the keynote starts at?', 'IstioCon 几点开始', '社区会议几点钟结束', 'istio day 什么时间开始', '直播的时间段']) {
      expect(understand(text), text).toMatchObject({ ask: 'when', words: { wants: expect.arrayContaining(['date', 'clock']) } });
    }
  });

  it('asks when the talks are, not which', () => {
    expect(understand('kubecon 的 istio 议题几点开始')).toMatchObject({ ask: 'when', aboutTalks: true, words: { wants: expect.arrayContaining(['talk', 'date', 'clock']) } });
    expect(understand('what time are the istio talks at kubecon').ask).toBe('when');
  });

  it('keeps the intent something else asks for', () => {
    expect(understand('istio day schedule time slots')).toMatchObject({ ask: 'schedule', words: { wants: ['clock'] } });
    expect(understand('istio meetup 怎么参加 几点')).toMatchObject({ ask: 'register', words: { wants: ['clock'] } });
    expect(understand('what time is the next istio day').ask).toBe('latest');
  });

  it('is not read from a question about the day, how long, or the first time', () => {
    for (const text of ['when does istio day start', 'how long does istio day last', 'istio day for the first time', 'IstioCon 什么时候开始', 'istio day 多长时间']) {
      expect(wantsClock(text), text).toBe(false);
    }
  });

  it('searches for what it asks about: the words that ask the hour only rank', () => {
    expect(groupWords('what time does the beijing meetup start')).toEqual(['beijing', 'meetup']);
    expect(understand('what time does the beijing meetup start').words.soft.map((group) => group.word)).toEqual(expect.arrayContaining(['time', 'start']));
    expect(groupWords('北京 meetup 几点开始')).toEqual(['北京', 'meetup']);
    // Alone, they are what is searched for.
    expect(groupWords('start time')).toEqual(['start', 'time']);
  });
});

describe('the hours of something', () => {
  it('are when in the day it runs; "how many hours" and "6 hours" are durations', () => {
    expect(understand('istio day kiosk hours')).toMatchObject({ ask: 'when', words: { wants: expect.arrayContaining(['clock']) } });
    expect(wantsClock('how many hours did the stream run')).toBe(false);
    expect(wantsClock('a 6 hours workshop')).toBe(false);
  });
});
