/**
 * Answer lines name the thing asked, or nothing: the event of the kind, city, year and region named,
 * the talk on the topic asked (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const line = (question: string): string => engine.answer(question, { now: new Date('2026-12-06T00:00:00Z') }).direct?.text ?? '';

describe('a line about an event', () => {
  it('is about the event of the city the question names, by the abbreviation people type for it too', () => {
    // The shipped posts give its schedule page, where the conference took its registrations.
    expect(line('sign-up page for istio day in slc')).toMatch(/ of Istio Day North America 2024( \(held .*, now over\))?$/);
    expect(line('how do i sign up for the istio day in slc')).toMatch(/ of Istio Day North America 2024( \(held .*, now over\))?$/);
  });

  it('is about none when no event of the kind named was held in the city named', () => {
    // No Istio Day was held in Munich: the latest Istio Day's call for proposals is no answer.
    expect(line('istio day munich call for proposals')).toBe('');
    expect(line('istio day chicago call for proposals')).toMatch(/^Call for proposals of Istio Day North America 2023/);
  });

  it('is about none of several events of different kinds a question names', () => {
    // The 4th birthday's community meetup and Beijing's meetup are two things: the newer one's registration is no answer.
    expect(line('四周年社区 meetup 怎么报名')).toBe('');
    expect(line('北京 meetup 怎么报名')).toMatch(/^Istio Meetup China 2021 的/);
  });

  it('is about none when a one-off occasion is named only by a name it shares with what is asked', () => {
    // The dolphin's name is in her book launch's: the launch's dates are not when she became the mascot.
    expect(line('on which day was izzy made the istio mascot')).toBe('');
    expect(line('what date did izzy get added to the phippy family')).toBe('');
    // Named by more of its name, the launch is what is asked.
    expect(line('izzy book launch date')).toMatch(/^Izzy Saves the Birthday book launch: 12 to 15 November 2024/);
  });

  it('is about none when a one-off occasion is named only by a word shared with a "where" question', () => {
    // The signed copies of another book were at another event: the Izzy book launch's city is not where to get one.
    expect(line('where is an autographed ambient explained book to be had')).toBe('');
    expect(line('where did the izzy book launch take place')).toMatch(/^Izzy Saves the Birthday book launch: 12 to 15 November 2024, Salt Lake City/);
  });

  it('reads a Chinese question about a one-off occasion as the English one, by the words the Chinese posts use', () => {
    // The dolphin's book launch is not when she was made the mascot, in Chinese either.
    expect(line('izzy 是在什么时候 当上 吉祥物的')).toBe('');
    // The book and its launch said in Chinese (绘本, 发布) name the launch.
    expect(line('izzy 那本绘本 是哪天发布的')).toMatch(/^Izzy Saves the Birthday book launch：2024 年 11 月 12 日/);
  });

  it('is about none when a stage shares the first words of a co-located day', () => {
    // "Cloud native" of a stage's name is half of Cloud Native AI Day's: that day's dates are not the stage's hours, which
    // the sentence about the stage gives (`clock-row.ts`).
    expect(line('what hour do the istio slots on the cloud native theater begin')).not.toMatch(/Cloud Native AI Day/);
    expect(line('what hour do the istio slots on the cloud native theater begin')).toMatch(/Cloud Native Theater stage on Tuesday 24 March from 14:30 CET/);
    expect(line('when was cloud native ai day')).toMatch(/^Cloud Native AI Day Europe 2024: during KubeCon \+ CloudNativeCon Europe 2024, 19 /);
    // Said two words in a row and gone on with another ("theater" where the day's name goes on with "ai"), they name the stage.
    expect(line('when do the cloud native theater sessions start')).not.toMatch(/Cloud Native AI Day/);
    expect(line('ai talks at cloud native ai day')).toMatch(/Cloud Native AI Day/);
  });

  it('about a thing handed out at the first of a series is of that first edition, not a later one', () => {
    // IstioCon 2022 offered its first registrants a T-shirt; the first IstioCon was 2021.
    expect(line('were virtual goodies handed out at the very first istiocon')).not.toMatch(/2022/);
    expect(line('were t-shirts handed out at istiocon 2022')).toMatch(/2022/);
  });

  it('about a thing handed out at the first of a series held twice in its first year is of the first place, not the later one', () => {
    // Istio Day began in Amsterdam in April 2023; Chicago's, that November, handed out T-shirts.
    expect(line('any shirts given out at the very first istio day')).not.toMatch(/Chicago/);
    expect(line('any shirts given out at the chicago istio day')).toMatch(/Chicago: New Istio T-shirts/);
    // A passage of another place's event that names the place asked still says what was handed out there.
    expect(line('did the dolphin book get handed out free in london')).toMatch(/in London .*gave away free copies/);
  });

  it('after a place that held other things beside its conference is about what followed that conference', () => {
    // Salt Lake City also held a book launch: the week's conference stands for the place, not "none is announced".
    expect(line('what came after salt lake city')).toMatch(/^Istio Day Europe 2025: .*London/);
  });

  it('after the first of a series is about the one that followed it', () => {
    expect(line('which istiocon was held after the first one')).toMatch(/^IstioCon 2022: /);
  });

  it('is not the page of the event named when the question asks about what was held before or after it', () => {
    expect(line('istio day london schedule')).toBe('Schedule of Istio Day Europe 2025');
    expect(line('the schedule of the day before istio day london')).toBe('');
  });

  it('is about no event held in a city when the question names a virtual one', () => {
    // IstioCon China 2023 was held in Shanghai, beside the virtual IstioCon 2023 whose call was another.
    expect(line('istiocon virtual 2023 call for proposals')).not.toMatch(/IstioCon China/);
    expect(line('istiocon china 2023 call for proposals')).toMatch(/^Call for proposals of IstioCon China 2023/);
  });

  it('keeps an event of a kind no word names when the question names a kind it held', () => {
    expect(line('the 4th birthday community meetup, which day')).toMatch(/^Istio 4th Birthday Celebration: /);
  });

  it('reads "soon" beside a past year as that year’s event, not as the next to come', () => {
    const said = line('istio day chicago 2023 cfp closing soon');
    expect(said).not.toMatch(/No upcoming event/);
    expect(said).toMatch(/^Call for proposals of Istio Day North America 2023/);
  });
});

describe('a who line', () => {
  it('reads the pictures of a book as its illustrations', () => {
    expect(line('who did the drawings in the izzy book')).toMatch(/Suri Patel and Alex Davy/);
    expect(line('《Izzy 拯救生日》里的插画出自谁之手')).toMatch(/Suri Patel 和 Alex Davy/);
  });

  it('reads what a sentence says, not the title of a book it names in passing', () => {
    // "their kids already knew The Illustrated Children's Guide to Kubernetes" names the authors, not who illustrated.
    expect(line("who illustrated the izzy children's book")).toMatch(/Suri Patel and Alex Davy/);
  });
});

describe('the talks on a topic at an event', () => {
  it('are those a Chinese phrase that asks for talks holds the topic of', () => {
    const answer = engine.answer('亚特兰大 istio day 有人讲自动扩缩吗');
    expect(answer.intent).toBe('talks');
    expect(answer.talks.length).toBeGreaterThan(0);
    expect(answer.talks.every((talk) => (talk.titles.zh ?? talk.title).includes('自动扩缩'))).toBe(true);
    expect(answer.direct?.text).toMatch(/关于 自动扩缩 的演讲/);
    // A phrase whose rest names something (a stage, 剧场) chooses no talks by a piece of it.
    expect(engine.answer('阿姆斯特丹 2026 那次在云原生剧场讲了哪些 istio 议题').direct?.text ?? '').not.toMatch(/关于 云原生 的/);
  });

  it('are asked for by "有人讲" as by "演讲"', () => {
    const answer = engine.answer('北京 meetup 有人讲 ebpf 吗');
    expect(answer.intent).toBe('talks');
    expect(answer.talks[0]?.title).toMatch(/ebpf/i);
  });

  it('are those holding the most of a list of words no title holds together', () => {
    const answer = engine.answer('istiocon 2021 talks: airbnb ebay end-user');
    expect(answer.intent).toBe('talks');
    expect(answer.talks.map((talk) => talk.title.split(' ')[0])).toEqual(['Airbnb', 'eBay']);
  });
});
