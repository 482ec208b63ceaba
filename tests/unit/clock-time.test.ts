import { describe, expect, it } from 'vitest';
import { mentionsClockTime } from '../../src/facts/index.js';

/** Texts that give a time of day, as the posts write one (en and zh). */
const TIMES = [
  'Time and day: 13:30-17:30 (CST), July 10, 2021',
  'from 10:00 to 16:00 PDT',
  '10:00–11:00 UTC',
  'the 11:30–11:50 PDT slot',
  'It starts at 1:30 pm.',
  'on Thursday, May 27th at 10 am Pacific',
  'Join us at 9am PT.',
  'doors open at 8:30 a.m. local time',
  '10.30am sharp',
  'sessions starting at 14:30 CET',
  'the stream ran 12:30 - 1:00',
  '活动时间：2021年7月10日13:00-17:30。',
  '北京时间 13:30–17:30',
  '欧洲中部时间１４：３０起',
  '该会议将于 5 月 27 日星期四上午 10 点举行',
  '下午 1 点半开始签到',
  '晚上8点',
  '9 点 30 分开始',
  '十点整开场',
  '14 时 30 分',
];

/** Texts that hold numbers that only look like a time: years, versions, dates, scores, ports, durations, counts. */
const NOT_TIMES = [
  'IstioCon 2023 was held in 2023.',
  'Istio 1.20 and 1.0 were released; upgrade to v1.22.3.',
  'The event is on 7/10, that is 2021-07-10, or May 27th.',
  '2021.07.10 in Beijing',
  '5 月 27 日举行',
  'The vulnerability has a CVSS score of 9.8.',
  'the vote was 3:1, a 16:9 screen, rated 4/5',
  'curl localhost:8080 and 127.0.0.1:15000',
  'pull docker.io/istio/proxyv2:1.22.0',
  'sha256:12ab34cd',
  'a 10-minute lightning talk, two hours of workshops, 30 minutes each',
  '2 小时的研讨会',
  '以下 3 点建议',
  '有一点不同',
  '10 amazing sessions and 3 PMs',
  'I am here at 10',
];

describe('a time of day in a passage', () => {
  it.each(TIMES)('finds one in %j', (text) => {
    expect(mentionsClockTime(text)).toBe(true);
  });

  it.each(NOT_TIMES)('finds none in %j', (text) => {
    expect(mentionsClockTime(text)).toBe(false);
  });
});
