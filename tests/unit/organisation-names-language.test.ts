/**
 * An organisation's talks asked in one language, where the posts of the other language name the
 * organisation or its speakers in their own script: the line says them in the question's (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { aboutEvents } from '../../src/answer/about-events.js';
import { Calendar } from '../../src/answer/calendar.js';
import type { Answerer } from '../../src/answer/index.js';
import { Programme } from '../../src/answer/programme.js';
import { understand } from '../../src/understand/index.js';
import { eventInfo, talk } from '../helpers/answers.js';
import { shippedService } from '../helpers/engine.js';

const HAN = /\p{Script=Han}/u;

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('an organisation named in the line of the question', () => {
  it('is written in English in an English line though a Chinese post names it too', () => {
    const line = engine.answer('which talks were given by tencent').direct?.text ?? '';
    expect(line).toMatch(/^Talks by Tencent/u);
    expect(line).not.toMatch(HAN);
  });

  it('is written in Chinese in a Chinese line', () => {
    expect(engine.answer('腾讯做过哪些分享').direct?.text).toMatch(/腾讯云 的演讲/u);
  });

  it('names no Chinese name in an English line of speakers where the English post names them', () => {
    const line = engine.answer('speakers from alibaba').direct?.text ?? '';
    expect(line).toMatch(/^Speakers from Alibaba/u);
    expect(line).not.toMatch(HAN);
  });
});

describe('two copies of a talk, one from each language, naming its speaker each in its own script', () => {
  const event = eventInfo();
  const video = 'https://www.youtube.com/watch?v=copies';
  const copy = { event: event.name, eventId: event.id, date: event.start, video, slides: null, schedule: null, titles: { en: 'Data plane hot upgrade', zh: '数据平面热升级' } };
  const english = talk({ ...copy, id: 'en', title: 'Data plane hot upgrade', lang: 'en', speakers: ['Wang Wei'], organisations: ['Huawei'], people: [{ name: 'Wang Wei', organisation: 'Huawei' }] });
  const chinese = talk({ ...copy, id: 'zh', title: '数据平面热升级', lang: 'zh', speakers: ['王伟'], organisations: ['华为'], people: [{ name: '王伟', organisation: '华为' }] });
  const programme = new Programme([chinese, english], [event]);
  const line = (text: string) => aboutEvents(understand(text), new Calendar([event]), programme, new Date('2034-01-01T00:00:00Z')).direct?.text;

  it('names the organisation and each speaker once, in the language of the question', () => {
    expect(line('who from huawei spoke')).toBe('Speakers from Huawei at Istio Day North America 2032: Data plane hot upgrade (Wang Wei)');
    expect(line('华为有哪些讲者')).toBe('Istio Day North America 2032 上来自 华为 的演讲者：数据平面热升级（王伟）');
  });
});
