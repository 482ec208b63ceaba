import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { relativeYears, timeOf, understand } from '../../src/understand/index.js';
import { TIME_WORDS } from '../../src/understand/times.js';
import { shippedIndexes, shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

/** The day the posts were last read for these answers: nothing after KubeCon Europe 2026 is announced. */
const now = new Date('2026-12-06T09:00:00Z');
const line = (question: string): string | undefined => engine.answer(question, { now }).direct?.text;

describe('next and latest when nothing later is announced', () => {
  it('names the latest event and how long ago it was, in en and zh', () => {
    expect(line('when is the next istio day')).toBe('No upcoming event is announced; the latest: Istio Day North America 2025: 10 November 2025, Atlanta (13 months ago)');
    expect(line('下一次 contribfest 什么时候')).toMatch(/^尚未公布新的活动；最近一场：KubeCon \+ CloudNativeCon North America 2025 ContribFest：2025 年 11 月 10 日.*亚特兰大（13 个月前）$/);
    expect(line('latest kubecon')).toBe('KubeCon + CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam (8 months ago)');
    // While it runs, it is on now.
    expect(engine.answer('latest kubecon', { now: new Date('2026-03-24T12:00:00Z') }).direct?.text).toMatch(/\(now on\)$/);
  });

  it('answers the events of the year under way with the next to come, else the latest of that year, said so', () => {
    expect(line('which istio events happen this year')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026/);
    expect(line('今年都有什么 istio 活动')).toMatch(/^尚未公布新的活动；最近一场：KubeCon \+ CloudNativeCon Europe 2026：/);
    // Told in March, the one under way is on now; a past year is left to the passages.
    expect(engine.answer('which istio events happen this year', { now: new Date('2026-03-24T12:00:00Z') }).direct?.text).toMatch(/KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam \(now on\)$/);
    expect(line('which istio events happened in 2025')).toBeUndefined();
  });

  it('names no latest virtual one of a kind asked for online, nor the latest held in a city', () => {
    // IstioCon China 2023 was held in Shanghai, beside the virtual IstioCon 2023, which the posts name but hold no event of:
    // IstioCon 2022 is not the last IstioCon held online, so the passages answer alone.
    expect(line('when will the next virtual istiocon be')).toBeUndefined();
    expect(line('线上 istiocon 下一届什么时候')).toBeUndefined();
    expect(line('when will the next istiocon be')).toMatch(/^No upcoming event is announced; the latest: IstioCon China 2023/);
  });

  it('says no event of the kind asked about is announced in a year after its latest one', () => {
    expect(line('is there an istio day in 2026')).toBe('No Istio Day in 2026 is announced; the latest: Istio Day North America 2025: 10 November 2025, Atlanta (13 months ago); in 2026: KubeCon + CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam (8 months ago)');
    expect(line('kubecon europe 2027')).toMatch(/^No KubeCon \+ CloudNativeCon Europe in 2027 is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026: /);
    // "this year", "明年" are years too, counted from today.
    expect(line('is istiocon happening this year')).toMatch(/^No IstioCon in 2026 is announced; the latest: IstioCon China 2023: 26 September 2023, Shanghai/);
    expect(line('明年有 istio day 吗')).toMatch(/^尚未公布 2027 年的 Istio Day；最近一场：Istio Day North America 2025/);
    // Events of any kind, said with a noun for them.
    expect(line('2027 istio events')).toMatch(/^No event in 2027 is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026: /);
    expect(line('2027 年的活动')).toMatch(/^尚未公布 2027 年的活动；最近一场：KubeCon \+ CloudNativeCon Europe 2026/);
    expect(line('istio day next yr')).toMatch(/^No Istio Day in 2027 is announced/);
    // A year that had one, or a year before the latest (no news of the future), gets no such line.
    expect(line('istio day 2024 date') ?? '').not.toMatch(/^No /);
    expect(line('istio day 2022')).toBeUndefined();
  });

  it('reads "last", "previous", "how long ago" and words that only say an event takes place', () => {
    // Chat spellings: "nxt", "whens"; "city" asks where, it names no Salt Lake City.
    expect(line('nxt istio day')).toMatch(/^No upcoming event is announced; the latest: Istio Day North America 2025/);
    // "one" stands in for the event, naming no topic of it.
    expect(line('next istio event, any one planned')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026/);
    expect(line('whens the next istio conference')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026/);
    // A place alone stands for every event held there: "istio" names no Istio Day of 2023 in Amsterdam.
    expect(line('upcoming istio events in amsterdam')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026: /);
    expect(line('last kubecon na city')).toMatch(/^KubeCon \+ CloudNativeCon North America 2025: .*Atlanta/);
    // "what was the last…", "whats coming up…" ask the latest or the next, not what a thing is.
    expect(line('what was the last istio day')).toMatch(/^Istio Day North America 2025: 10 November 2025, Atlanta/);
    expect(line('whats coming up at kubecon')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026/);
    expect(line('previous istio day')).toMatch(/^Istio Day North America 2025: 10 November 2025, Atlanta \(/);
    expect(line('last istio day')).toMatch(/^Istio Day North America 2025: /);
    expect(line('when did the last istio event happen')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026: /);
    // An event named plainly is what "the latest" is of, whatever else the question says; a topic alone names none.
    expect(line('most recent istio day sponsors')).toMatch(/^Istio Day North America 2025: /);
    expect(line('latest ambient release')).toBeUndefined();
    expect(line('how long ago was the most recent istio event')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026: .*\(8 months ago\)$/);
    expect(understand('how long ago was the most recent istio event').ask).toBe('when');
    // "how long since" asks how long ago, as "how long ago" does, not a count.
    expect(understand('how long has it been since the newest istio event').ask).toBe('when');
    expect(line('how long since the most recent istio day')).toMatch(/^Istio Day North America 2025: 10 November 2025, Atlanta \(13 months ago\)$/);
    // A time word misspelt by a dropped letter is still read; no five-letter word of the posts is read as one.
    expect(line('most recnt istio day')).toMatch(/^Istio Day North America 2025: 10 November 2025, Atlanta \(/);
    expect(timeOf('newst istiocon')).toBe('latest');
    expect(timeOf('istio day comic')).toBeNull();
    expect(timeOf('下届选举')).toBe('next');
    expect(timeOf('上届 istio day')).toBe('latest');
    expect(relativeYears('next year\'s kubecon')).toEqual([1]);
    expect(relativeYears('istio day this year')).toEqual([0]);
    // A count of years before now, in words or digits, and 前年 / 大前年; "2023 年前" is before a year, no count.
    expect(relativeYears('the kubecon eu of two years ago')).toEqual([-2]);
    expect(relativeYears('istio day 3 yrs ago')).toEqual([-3]);
    expect(relativeYears('两年前的 istiocon')).toEqual([-2]);
    expect(relativeYears('前年北美那场')).toEqual([-2]);
    expect(relativeYears('大前年欧洲那场')).toEqual([-3]);
    expect(relativeYears('2023 年前的活动')).toEqual([]);
  });

  it('reads a countdown ("how long till", "还有多久", "倒计时") or the weeks and months about now ("this month", "本月") as asking of the next one', () => {
    expect(line('how long till kubecon eu?')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026/);
    expect(line('how many days until istio day')).toMatch(/^No upcoming event is announced; the latest: Istio Day North America 2025: 10 November 2025/);
    expect(line('how long is it until the istio day?')).toMatch(/^No upcoming event is announced; the latest: Istio Day North America 2025: /);
    expect(line('kubecon eu is in how many days')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026: /);
    // A year said still picks the event: the line says it is past rather than counting its minutes.
    expect(line('how long until kubecon amsterdam 2026 begins')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026: .*\(8 months ago\)$/);
    expect(line('离北美 kubecon 还有多久')).toMatch(/^尚未公布新的活动；最近一场：KubeCon \+ CloudNativeCon North America 2025：2025 年 11 月 10 日/);
    expect(line('istio day 倒计时')).toMatch(/^尚未公布新的活动；最近一场：Istio Day North America 2025：/);
    // The weeks and months about now ask for what is still to come.
    expect(line('any istio events this month?')).toMatch(/^No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026: /);
    expect(line('本月有 istio 活动吗')).toMatch(/^尚未公布新的活动；最近一场：KubeCon \+ CloudNativeCon Europe 2026：/);
    // A talk's length is still a duration.
    expect(understand('how long is a lightning talk').ask).toBe('how-many');
  });

  it('reads "a new" edition of a series, or one asked to be scheduled, as the next one, not as asking for a schedule, in en and zh', () => {
    expect(line('has a new istio day been scheduled yet')).toBe('No upcoming event is announced; the latest: Istio Day North America 2025: 10 November 2025, Atlanta (13 months ago)');
    expect(line('any new istiocon on the schedule?')).toMatch(/^No upcoming event is announced; the latest: IstioCon China 2023/);
    expect(line('有新的 istio day 排期吗')).toMatch(/^尚未公布新的活动；最近一场：Istio Day North America 2025/);
    // Asked yes or no, "scheduled" asks whether one is set, as "planned" does; of a talk, it asks of that talk.
    expect(line('are any istiocons scheduled')).toMatch(/^No upcoming event is announced; the latest: IstioCon China 2023/);
    expect(line('is the opening keynote of istio day london scheduled')).not.toMatch(/No upcoming/);
    // "new" said of anything else names no edition.
    expect(timeOf("what's new at istio day 2025")).toBeNull();
    expect(timeOf('a new release announced at kubecon')).toBeNull();
  });

  it('reads no five-letter word of the posts as a misspelt time word', async () => {
    const { corpus } = await shippedIndexes();
    const words = new Set(corpus.passages.flatMap(({ title, text }) => `${title} ${text}`.toLowerCase().match(/\b[a-z]{5}\b/g) ?? []));
    expect(words.size).toBeGreaterThan(200);
    expect([...words].filter((word) => timeOf(word) !== null && !TIME_WORDS.includes(word))).toEqual([]);
  });

  it('asks its talks, speakers or links of the one event "last", "first" or "next" picks', () => {
    expect(line('who spoke at the last istio day')).toMatch(/^Speakers at Istio Day North America 2025: Welcome/);
    // Which event the time word picks is half the answer: the line dates it.
    expect(line('how many talks at the latest istio day')).toMatch(/^Talks at Istio Day North America 2025, 10 November 2025 \(9\): /);
    expect(line('first istiocon slides')).toBe('Slides of IstioCon 2021');
    // A time word beside the talks asks the talks of the event it picks; "istio days" are Istio Days.
    expect(line('最新的 istio day 讲了什么')).toMatch(/^Istio Day North America 2025（2025 年 11 月 10 日）的演讲（9 场）/);
    expect(line('talks at istio day north america 2025')).toMatch(/^Talks at Istio Day North America 2025 \(9\): /);
    expect(line('future istio days?')).toMatch(/^No upcoming event is announced; the latest: Istio Day North America 2025/);
    expect(line('schedule of the next istio day')).toMatch(/^No upcoming event is announced; the latest: Istio Day North America 2025/);
  });

  it('shows first a passage that dates the event the line names', () => {
    expect(understand('upcoming istio events').words.wants).toContain('date');
    expect(understand('next steering election').words.wants).not.toContain('date');
    const [first] = engine.answer('the newest istio day in north america', { now }).results;
    expect(first?.text).toMatch(/10 November 2025|November 10,? 2025/);
  });

  it('answers what came after a past event named without a year when "after" says so', () => {
    expect(line('after the london istio day what was next')).toBe('Istio Day North America 2025: 10 November 2025, Atlanta');
    // A place alone names no kind: what followed is the next stop of any, the project's own first on its day.
    expect(line('伦敦之后下一站去哪了')).toBe('Istio Day North America 2025：2025 年 11 月 10 日，亚特兰大');
    // Salt Lake City held a book launch beside its KubeCon: no second occasion, the place still names one week.
    expect(line('盐湖城之后的下一站')).toBe('Istio Day Europe 2025：2025 年 4 月 1 日，伦敦');
    // A city by the abbreviation people type names its event.
    expect(line('the istio day after slc')).toBe('Istio Day Europe 2025: 1 April 2025, London');
    expect(line('what came after kubecon chicago')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2024: .*Paris$/);
    // Atlanta held an Istio Day inside its KubeCon: what came after is the next conference, not "no Istio Day since".
    expect(line('where did istio go after atlanta')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026: .*Amsterdam$/);
    // An ordinal picks the event that "after" looks past.
    expect(line('was there an istiocon after the first one')).toBe('IstioCon 2022: 25 to 29 April 2022');
    expect(line('第一届 istiocon 之后的那届是什么时候')).toMatch(/^IstioCon 2022：2022 年 4 月 25 日/);
    // "what came next", "接下来去了哪", "的下一站" after a past event named ask what followed it, not the next to come.
    expect(line('istio day paris, what came next')).toBe('Istio Day North America 2024: 12 November 2024, Salt Lake City');
    expect(line('芝加哥 istio day 接下来去了哪')).toMatch(/^Istio Day Europe 2024：.*巴黎$/);
    expect(line('盐湖城的下一站')).toBe('Istio Day Europe 2025：2025 年 4 月 1 日，伦敦');
    // The event named on one side of "after", where the one that followed was held on the other.
    expect(line('istiocon 2021 以后北京办过什么活动')).toBe('Istio Meetup China 2021：2021 年 7 月 10 日，北京');
    expect(line('any event in china after istiocon 2021')).toMatch(/^Istio Meetup .*: 10 July 2021, Beijing$/);
    // "the last", or a year that held several, picks the one looked past; never "none is announced" when one followed.
    expect(line('what came after the last istiocon')).toBe('Istio Day North America 2023: 6 November 2023, Chicago');
    expect(line('the istio day after the 2024 one')).toBe('Istio Day Europe 2025: 1 April 2025, London');
    expect(line('2023 年 istio day 之后的下一届')).toMatch(/^Istio Day Europe 2024：.*巴黎$/);
    expect(line('the istio day before the 2024 ones')).toBe('Istio Day North America 2023: 6 November 2023, Chicago');
    // A noun for any event asks for the next of any kind, not of the kind looked past.
    expect(line('the next event after kubecon eu 2023')).toMatch(/^IstioCon China 2023: 26 September 2023, Shanghai$/);
    // "next" alone, with no year, is the next to come.
    expect(line('when is the next istio day in london')).toMatch(/^No upcoming event is announced; the latest: Istio Day Europe 2025/);
  });

  it('answers who did something at the one event a time word picks, not at another whose passage ranks above it', () => {
    expect(line('who was the host at the previous istio day')).toMatch(/^Istio Day North America 2025 in Atlanta: John Howard \(Solo\.io\) and Keith Mattix \(Microsoft\) hosted it/);
    // The latest one's posts name no sponsor: no line, rather than the sponsor of the London one ranked above it.
    expect(line('who sponsored the latest istio day')).toBeUndefined();
    expect(line('上一届 istio day 谁是赞助商')).toBeUndefined();
  });

  it('reads 最近一次, 最新一届 whole as the latest, leaving no 一次 or 一届 to search for', () => {
    const words = (text: string) => understand(text).words.groups.map((group) => group.word);
    expect(words('最近一届 istio day 在哪')).toEqual(['istio', 'day']);
    expect(words('最新一次 toc 选举结果')).not.toContain('一次');
    expect(understand('最近一场 kubecon').time).toBe('latest');
  });

  it('names the first of a series asked for alone, as the latest is, "ever" and all', () => {
    expect(line('first istiocon')).toBe('IstioCon 2021: starting 22 February 2021');
    expect(line('the first istio day in europe')).toBe('Istio Day Europe 2023: 18 April 2023, Amsterdam');
    expect(line('首届 istio day')).toMatch(/^Istio Day Europe 2023：2023 年 4 月 18 日/);
    expect(line('the first ever istio meetup?')).toMatch(/^Istio Meetup China 2021: 10 July 2021, Beijing$/);
  });

  it('reads the day of "what day", "which days" as asking when, not as naming an Istio Day', () => {
    expect(line('which day was the first istiocon')).toBe('IstioCon 2021: starting 22 February 2021');
    expect(line('what day was the latest istiocon')).toMatch(/^IstioCon China 2023: 26 September 2023, Shanghai/);
  });

  it('keeps to the region said of the one asked for, not of the one looked from', () => {
    // Said of the one asked for: held there, though another of the kind came between.
    expect(line('which istio day in north america came before the salt lake city one')).toBe('Istio Day North America 2023: 6 November 2023, Chicago');
    expect(line('the kubecon in europe prior to amsterdam 2026')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2025: .*London$/);
    expect(line('the istio day in europe after paris')).toBe('Istio Day Europe 2025: 1 April 2025, London');
    expect(line('盐湖城那届之前 北美的 istio day 是哪场')).toMatch(/^Istio Day North America 2023：.*芝加哥$/);
    // Said of the one looked from, it says nothing of what followed.
    expect(line('what came after kubecon eu 2025')).toMatch(/^KubeCon \+ CloudNativeCon North America 2025: .*Atlanta$/);
  });

  it('answers the event after or before one named, said with "after" or "before" alone', () => {
    expect(line('istio day after paris 2024')).toBe('Istio Day North America 2024: 12 November 2024, Salt Lake City');
    expect(line('芝加哥那届 istio day 以后去了哪里')).toMatch(/^Istio Day Europe 2024：.*巴黎$/);
    expect(line('the istio day before the one in atlanta')).toBe('Istio Day Europe 2025: 1 April 2025, London');
    expect(line('previous istiocon before istiocon 2022')).toMatch(/^IstioCon 2021: /);
    // Asked what came after, when none of its kind did: the next event of the project's own series or a KubeCon.
    expect(line('so what came after istiocon china 2023?')).toBe('Istio Day North America 2023: 6 November 2023, Chicago');
    expect(line('istiocon china 2023 之后的下一场活动')).toMatch(/^Istio Day North America 2023：.*芝加哥$/);
    // "结束后" is "after it ended".
    expect(line('芝加哥 istio day 结束后 下一届 istio day')).toMatch(/^Istio Day Europe 2024：.*巴黎$/);
    // After the latest of its kind none is announced: said so, and that latest named.
    expect(line('istio day after atlanta')).toBe('No upcoming event is announced; the latest: Istio Day North America 2025: 10 November 2025, Atlanta (13 months ago)');
    // "上一个" is "the last one".
    expect(line('上一个欧洲 kubecon 在哪里')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026：.*阿姆斯特丹/);
  });

  it('says the call for proposals of an event already held is closed, and open until its deadline before', () => {
    expect(line('istio day europe 2023 cfp deadline')).toBe('Call for proposals of Istio Day Europe 2023, closed on 12 February');
    const before = engine.answer('istio day europe 2023 cfp deadline', { now: new Date('2023-01-20T00:00:00Z') });
    expect(before.direct?.text).toBe('Call for proposals of Istio Day Europe 2023, open until 12 February');
  });
});

describe('what happened after a past event', () => {
  it('shows first the passage of its post that tells what followed, beside the line naming the next event', () => {
    const answer = engine.answer('so what happened after the 2022 istiocon', { now });
    expect(answer.direct?.text).toMatch(/^IstioCon China 2023/);
    expect(answer.results[0]?.heading).toBe('What came next');
    expect(answer.results[0]?.text).toContain('incubating project');
    const zh = engine.answer('istiocon 2022 之后发生了什么', { now });
    expect(zh.results[0]?.heading).toBe('后续');
  });
});

describe('the event held before or after a past one', () => {
  it('shows first a passage of the event its line names, dated as the line dates it', () => {
    // "before" is no time word: the line named the Salt Lake City Istio Day above London's own passages.
    const before = engine.answer('istio day that came before the london one, date?', { now });
    expect(before.direct?.text).toBe('Istio Day North America 2024: 12 November 2024, Salt Lake City');
    expect(before.results[0]?.event).toBe('Istio Day North America 2024');
    expect(before.results[0]?.text).toContain('12 November 2024');
    const zh = engine.answer('亚特兰大之前那一届 istio day 的日期', { now });
    expect(zh.results[0]?.event).toBe('Istio Day Europe 2025');
  });

  it('shows next the passage of the past event that says which one followed it', () => {
    const after = engine.answer('the istio day held after the paris one, where was it', { now });
    expect(after.direct?.text).toMatch(/^Istio Day North America 2024: 12 November 2024/);
    expect(after.results[0]?.event).toBe('Istio Day North America 2024');
    expect(after.results[1]?.event).toBe('Istio Day Europe 2024');
    expect(after.results[1]?.heading).toBe('What came next');
  });

  it('finds the event after one named by its own name, of no kind or place, rather than calling it the latest', () => {
    // The 4th birthday and the book launch are events of no series: what followed them is the next stop of any kind.
    expect(line('what followed the 4th birthday celebration')).toBe('Istio Meetup China 2021: 10 July 2021, Beijing');
    expect(line('next event after the book launch')).toBe('Istio Day Europe 2025: 1 April 2025, London');
    expect(line('四周年生日之后的下一个活动')).toBe('Istio Meetup China 2021：2021 年 7 月 10 日，北京');
    // "the year before" is a year beside the birthday, not the event held before it.
    expect(line('7th birthday contributors, the year before') ?? '').not.toMatch(/4th Birthday/);
  });

  it('reads a day or a week before or after an event as a time around it, not as the event before or after', () => {
    expect(line('what was on the day before istio day london') ?? '').not.toMatch(/Salt Lake City/);
    expect(line('anything on the week after kubecon eu 2025?') ?? '').not.toMatch(/Atlanta/);
    expect(line('the istio day held before london, when')).toMatch(/Salt Lake City/);
    // "my question from before" is the chat's past: the latest KubeCon is asked, not the one before it.
    expect(line('following up on my question from before: which kubecon was the most recent')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026: /);
  });

  it('reads "the year before" or "two years after" one event, beside the kind or region of another, as that one held those years away', () => {
    expect(line('istio day europe, the year before london: which date?')).toBe('Istio Day Europe 2024: 19 March 2024, Paris');
    // Of a yearly series held twice a year, the one of that year, not the one just before (Paris, in 2024 too).
    expect(line('the istio day held the year before salt lake city')).toMatch(/^Istio Day North America 2023: 6 November 2023, Chicago/);
    expect(line('istio day na two years before atlanta')).toMatch(/^Istio Day North America 2023: /);
    expect(line('istio day eu the year after paris')).toMatch(/^Istio Day Europe 2025: 1 April 2025, London/);
    expect(line('亚特兰大前一年的北美 istio day')).toMatch(/^Istio Day North America 2024：2024 年 11 月 12 日/);
  });
});
