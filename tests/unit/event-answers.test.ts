import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { formatDates } from '../../src/answer/event-dates.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const eventsOf = (question: string) => [...new Set(engine.answer(question).talks.map((talk) => talk.event))];

describe('talks and speaker from what users type (shipped index)', () => {
  it('lists the talks of every event named, grouped by event, newest first', () => {
    expect(eventsOf('talks istio day 2025')).toEqual(['Istio Day North America 2025', 'Istio Day Europe 2025']);
    // Chicago 2023 held the Istio Day and the KubeCon it was part of: both, never another city or year.
    expect(eventsOf('talks chicago 2023')).toContain('Istio Day North America 2023');
    expect(engine.answer('talks chicago 2023').events.every((event) => event.city === 'Chicago' && event.start?.startsWith('2023'))).toBe(true);
    // The conference named comes before its maintainer track.
    expect(eventsOf('talks kubecon eu 26')).toEqual(['KubeCon + CloudNativeCon Europe 2026', 'KubeCon + CloudNativeCon Europe 2026 Maintainer Track']);
    expect(eventsOf('talks kubecon eu 26').every((name) => name?.startsWith('KubeCon + CloudNativeCon Europe 2026'))).toBe(true);
  });

  it('answers a Chinese command with the talks of the events held in the city, their Chinese titles kept', () => {
    const answer = engine.answer('演讲 伦敦');
    expect(answer.intent).toBe('talks');
    expect(answer.events.length).toBeGreaterThan(0);
    expect(answer.events.every((event) => event.city === 'London')).toBe(true);
    const names = new Set(answer.events.map((event) => event.name));
    expect(answer.talks.every((talk) => talk.event !== null && names.has(talk.event))).toBe(true);
    expect(answer.talks.some((talk) => talk.event === 'Istio Day Europe 2025' && talk.titles.zh)).toBe(true);
  });

  it('finds a speaker by one word of the name, or despite a typo', () => {
    expect(engine.answer('speaker faseela').talks.every((talk) => talk.speakers.includes('Faseela K'))).toBe(true);
    expect(engine.answer('speaker faseela').talks.length).toBeGreaterThan(1);
    expect(engine.answer('speaker jhon howrd').talks.some((talk) => talk.speakers.includes('John Howard'))).toBe(true);
  });

  it('suggests the nearest events or people, as the same command, when nothing matches', () => {
    const talks = engine.answer('talks zzzz');
    expect(talks.talks).toEqual([]);
    expect(talks.suggestions.length).toBeGreaterThan(0);
    expect(talks.suggestions.every((suggestion) => suggestion.startsWith('talks '))).toBe(true);
    const speaker = engine.answer('speaker jose');
    expect(speaker.suggestions.length).toBeGreaterThan(0);
    expect(speaker.suggestions.every((suggestion) => suggestion.startsWith('speaker '))).toBe(true);
  });

  it('lists what a filter alone selects', () => {
    expect(engine.answer('year:2019').events.map((event) => event.name)).toEqual(['KubeCon North America 2019']);
    const istioDay = engine.answer('event:"istio day"');
    expect(istioDay.talks.length).toBeGreaterThan(0);
    expect(istioDay.talks.every((talk) => talk.event?.startsWith('Istio Day'))).toBe(true);
  });
});

describe('natural phrasing reaches the structured answers', () => {
  it('"when is the next istio day" gives the next Istio Day and the days until it', () => {
    const answer = engine.answer('when is the next istio day', { now: new Date('2025-10-29T12:00:00Z') });
    expect(answer.intent).toBe('next');
    expect(answer.events.map((event) => event.name)).toEqual(['Istio Day North America 2025']);
    expect(answer.direct?.text).toBe('Next: Istio Day North America 2025: 10 November 2025, Atlanta (in 12 days)');
  });

  it('says no upcoming event is announced, and which was the latest, rather than inventing one', () => {
    const answer = engine.answer('when is the next istio day', { now: new Date('2030-01-01T00:00:00Z') });
    expect(answer.direct?.text).toMatch(/^No upcoming event is announced; the latest: Istio Day North America 2025/);
  });

  it('shows the passages of the event the line names first, in en and zh', () => {
    const now = new Date('2025-10-29T12:00:00Z');
    expect(engine.answer('next istio day', { now }).results[0]?.event).toBe('Istio Day North America 2025');
    expect(engine.answer('下一次 istio day 什么时候', { now }).results[0]?.event).toBe('Istio Day North America 2025');
  });

  it('answers "upcoming events" and "the most recent event" across every kind, a typo and all', () => {
    const upcoming = engine.answer('upcomming istio events', { now: new Date('2025-10-01T00:00:00Z') });
    expect(upcoming.intent).toBe('next');
    expect(upcoming.direct?.text).toBe('Next: Istio Day North America 2025: 10 November 2025, Atlanta (in 40 days)');
    const recent = engine.answer('what was the most recent istio event', { now: new Date('2026-12-01T00:00:00Z') });
    expect(recent.direct?.text).toBe('KubeCon + CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam (8 months ago)');
    expect(recent.results[0]?.event).toBe('KubeCon + CloudNativeCon Europe 2026');
    expect(engine.answer('最近的 istio 活动', { now: new Date('2026-12-01T00:00:00Z') }).direct?.text).toBe('KubeCon + CloudNativeCon Europe 2026：2026 年 3 月 23 日至 26 日，阿姆斯特丹（8 个月前）');
  });

  it('"what talks were at istio day london" lists that Istio Day\'s talks', () => {
    const answer = engine.answer('what talks were at istio day london');
    expect(answer.intent).toBe('talks');
    expect(new Set(answer.talks.map((talk) => talk.event))).toEqual(new Set(['Istio Day Europe 2025']));
  });

  it('"who talked about ambient at kubecon 2025" lists the 2025 talks on ambient', () => {
    const answer = engine.answer('who talked about ambient at kubecon 2025');
    expect(answer.intent).toBe('talks');
    expect(answer.talks.length).toBeGreaterThan(0);
    expect(answer.talks.every((talk) => /ambient/i.test(talk.title) && talk.date?.startsWith('2025'))).toBe(true);
  });

  it('answers when and where an event was with a line from its dates and city, in the question\'s language', () => {
    const answer = engine.answer('when was istio day in paris');
    expect(answer.direct).toMatchObject({ text: 'Istio Day Europe 2024: 19 March 2024, Paris', lang: 'en' });
    expect(answer.direct?.url).toMatch(/^https:\/\//);
    expect(engine.answer('伦敦 istio day 日期').direct?.text).toBe('Istio Day Europe 2025：2025 年 4 月 1 日，伦敦');
  });

  it('names who gave a talk when exactly one talk\'s title holds the question\'s topic', () => {
    const answer = engine.answer('who presented architecting ambient for scale');
    expect(answer.direct?.text).toBe('“Architecting ambient for scale” was given by John Howard at Istio Day North America 2023');
    // Several talks are titled so: the line names the one the first passage tells, shown first.
    const opening = engine.answer('who gave the opening keynote');
    expect(opening.direct?.text).toMatch(/^“[^”]*keynote[^”]*” was given by /i);
    expect(opening.results[0]?.text).toContain((opening.direct?.text ?? '').replace(/^.* was given by ([^(,]+).*$/u, '$1').trim());
  });

  it('lists beside a line about one event only the talks given at it; words alone still find a talk of any event', () => {
    const latest = engine.answer('newest istio day eu');
    const [event] = latest.events;
    expect(event?.name).toBe('Istio Day Europe 2025');
    expect(latest.talks.length).toBeGreaterThan(0);
    expect(latest.talks.every((talk) => talk.event === event?.name)).toBe(true);
    // No event is named here: the event the knowledge finds nearest to "ai" keeps no talk away.
    expect(engine.answer('video of the ai ready talk by john howard').talks[0]?.title).toBe('Is Your Service Mesh AI Ready?');
  });

  it('gives no answer line when the question names no event', () => {
    expect(engine.answer('when was ambient mesh announced').direct).toBeUndefined();
    // A year or a version number names no event, though an event of that year or version exists.
    expect(engine.answer('2026 指导委员会 投票 时间').direct).toBeUndefined();
    expect(engine.answer('kiali 2.0 video').direct).toBeUndefined();
  });

  it('answers about a conference named plainly, though its tracks carry its name too', () => {
    expect(engine.answer('when is kubecon europe 2026').direct?.text).toBe('KubeCon + CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam');
    expect(engine.answer('2026 kubecon 欧洲 日程').direct).toMatchObject({ text: 'KubeCon + CloudNativeCon Europe 2026 的日程', url: expect.stringContaining('schedule') as unknown });
  });

  it('"when was the first istiocon" answers with the earliest of a series the posts know from its start, never the first KubeCon', () => {
    expect(engine.answer('when was the first istiocon').direct?.text).toBe('IstioCon 2021: starting 22 February 2021');
    // Asked where, the line names the venue the posts give.
    expect(engine.answer('首届 istio day 在哪').direct?.text).toBe('Istio Day Europe 2023：2023 年 4 月 18 日，阿姆斯特丹 RAI');
    expect(engine.answer('when was the first kubecon').direct).toBeUndefined();
  });

  it('reads "1st" as "first": the earliest edition of a series, for its date or its talks', () => {
    expect(engine.answer('when was the 1st istio day').direct?.text).toBe('Istio Day Europe 2023: 18 April 2023, Amsterdam');
    const talks = engine.answer('talks at the 1st istiocon').talks;
    expect(talks.length).toBeGreaterThan(0);
    expect(new Set(talks.map((talk) => talk.event))).toEqual(new Set(['IstioCon 2021']));
  });

  it('gives the page a post calls the full schedule as the schedule', () => {
    expect(engine.answer('istiocon 2021 agenda').direct).toMatchObject({ text: 'Schedule of IstioCon 2021', url: 'https://events.istio.io/istiocon-2021/schedule/' });
  });
});

describe('dates as the posts write them', () => {
  it('formats one day, a range in a month and a range across months, en and zh', () => {
    expect(formatDates('2025-04-01', '2025-04-01', 'en')).toBe('1 April 2025');
    expect(formatDates('2026-03-23', '2026-03-26', 'en')).toBe('23 to 26 March 2026');
    expect(formatDates('2020-03-30', '2020-04-02', 'en')).toBe('30 March to 2 April 2020');
    expect(formatDates('2022-04-25', '2022-04-29', 'zh')).toBe('2022 年 4 月 25 日至 29 日');
    expect(formatDates('2020-03-30', '2020-04-02', 'zh')).toBe('2020 年 3 月 30 日至 4 月 2 日');
  });

  it('"what talks were at istio day atlanta" lists its talks under a line that names them, and a listing word chooses none', () => {
    const answer = engine.answer('what talks were at istio day atlanta');
    expect(answer.intent).toBe('talks');
    expect(answer.direct?.text).toMatch(/^Talks at Istio Day North America 2025 \(\d+\): .*Is Your Service Mesh AI Ready\?/);
    expect(answer.talks.every((one) => one.event === 'Istio Day North America 2025')).toBe(true);
    const listed = engine.answer('list of all the talks at istio day atlanta');
    expect(listed.intent).toBe('talks');
    expect(listed.talks.length).toBe(answer.talks.length);
  });

  it('answers "who" about talks with the talks when it names no more than the event, else with the passages that name people', () => {
    expect(engine.answer('who spoke at istio day atlanta').intent).toBe('talks');
    // "开幕" (the opening) is said by no talk's title: the passages answer first, the event's talks beside them.
    const opening = engine.answer('istiocon 中国站 开幕演讲 谁讲的');
    expect(opening.intent).toBe('search');
    expect(opening.talks.length).toBeGreaterThan(0);
    expect(opening.talks.every((one) => one.event === 'IstioCon China 2023')).toBe(true);
  });

  it('"how many talks were at istio day atlanta" is answered by the talks line, which counts them', () => {
    const answer = engine.answer('how many talks were at istio day atlanta');
    const listed = engine.answer('what talks were at istio day atlanta');
    expect(answer.direct?.text).toBe(listed.direct?.text);
    expect(answer.direct?.text).toMatch(new RegExp(`\\(${listed.talks.length}\\)`));
  });

  it('counts talks qualified by words no title holds (a stage, an angle) with the post\'s own sentence, not every talk listed', () => {
    const stage = engine.answer('number of istio talks on the theater stage, kubecon eu 2026?');
    expect(stage.direct?.text).toMatch(/four Istio sessions on the Cloud Native Theater stage/);
    const angle = engine.answer('kubecon na 2024 in slc: how many sessions with an istio angle');
    expect(angle.direct?.text).toMatch(/eleven KubeCon sessions with an Istio angle/);
    // Unqualified, the talks line still counts every talk listed.
    expect(engine.answer('how many talks at kubecon eu 2026').direct?.text).toMatch(/^Talks at KubeCon \+ CloudNativeCon Europe 2026 \(\d+\)/);
  });

  it('answers the hour of one slot of a programme with its timetable row, not the day of the event', () => {
    expect(engine.answer('twitch stream 2018: what time was the cisco slot').direct?.text).toMatch(/15:40–16:00 PDT slot, by Rohit Agarwalla \(Cisco\)/);
  });

  it('"who gave the keynote at kubecon europe 2025" lists a keynote first', () => {
    const answer = engine.answer('who gave the keynote at kubecon europe 2025');
    expect(answer.intent).toBe('talks');
    expect(answer.talks[0]?.title).toMatch(/keynote/i);
  });
});
