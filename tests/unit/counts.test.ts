import { describe, expect, it } from 'vitest';
import { countedIn, countsAsked, namesNumber } from '../../src/facts/counts.js';
import { Features } from '../../src/find/features.js';
import { rankingWith } from '../../src/find/ranking.js';
import { weighingOf } from '../../src/find/weights.js';
import { understand } from '../../src/understand/index.js';

describe('the counts a passage gives, as the posts write them', () => {
  it('reads counts in words and in Chinese numerals, not "one of" nor a lone 一', () => {
    expect(namesNumber('Five candidates stood for the three available seats')).toBe(true);
    expect(namesNumber('We have four companies represented')).toBe(true);
    expect(namesNumber('四位优秀的候选人竞选我们的四个空缺席位')).toBe(true);
    expect(namesNumber('联动了六位合作伙伴共同主办')).toBe(true);
    expect(namesNumber('one of the most active contributors')).toBe(false);
    expect(namesNumber('这是一个席位')).toBe(false);
    expect(namesNumber('十月举行')).toBe(false);
    // 四周年 is a fourth anniversary, not four weeks.
    expect(namesNumber('Istio 开源四周年')).toBe(false);
  });

  it('reads a number of four digits and more, but not a year, a date or a version', () => {
    expect(namesNumber('直播有2000多人观看')).toBe(true);
    expect(namesNumber('we have 1500 users')).toBe(true);
    expect(namesNumber('2021 年 7 月')).toBe(false);
    expect(namesNumber('In 2021 we met on 17 August')).toBe(false);
    expect(namesNumber('Istio 1.22 is out')).toBe(false);
    expect(namesNumber('published 2024-03-19, pages 1-4')).toBe(false);
  });

  it('reads a place in an order as no count: "第四次", "前三名" with no noun after it', () => {
    expect(countedIn('Acme、Globex 和 Initech 占据前三名。')).toEqual([]);
    expect(countedIn('她将第四次担任委员会成员')).toEqual([]);
    expect(countedIn('前 400 名注册者可获得 T 恤')).toEqual(expect.arrayContaining(['注册']));
    expect(countedIn('他是项目的前 20 名贡献者之一')).toEqual([]);
  });

  it('says a measure word alone counts the Latin noun after it: "35,000 个 GitHub Star"', () => {
    expect(countedIn('我们拥有超过 35,000 个 GitHub Star')).toEqual(expect.arrayContaining(['github', 'star']));
    expect(countedIn('共有 292 人报名')).not.toContain('star');
  });

  it('says a count of minutes or hours counts them, not the talk that lasts them', () => {
    expect(countedIn('a 10-minute presentation')).toEqual(['minut']);
    expect(countedIn('25 分钟演讲')).toEqual(['分', '分钟']);
    expect(countedIn('a workshop of 3 hours with 2 to 4 speakers')).toEqual(expect.arrayContaining(['hour', 'speaker']));
    expect(countedIn('a workshop of 3 hours with 2 to 4 speakers')).not.toContain('workshop');
    expect(countedIn('过去 12 个月的贡献')).toEqual(['个', '个月']);
  });

  it('says what a count counts: the noun right after it, in Chinese its first character too', () => {
    expect(countedIn('Five candidates stood')).toEqual(expect.arrayContaining(['candid']));
    expect(countedIn('直播有2000多人观看')).toEqual(expect.arrayContaining(['人', '观看']));
    expect(countedIn('有292人报名了本次活动')).toEqual(expect.arrayContaining(['人', '报名']));
    expect(countedIn('超过 16 家公司的维护者')).toEqual(expect.arrayContaining(['家', '公司']));
    // A Latin run stops before Han text, and Han text is not read as one long Latin word.
    expect(countedIn('40 场演讲')).toEqual(['场', '场演', '演讲']);
  });
});

describe('what a "how many" question counts', () => {
  const features = new Features([]);
  const context = { newestYear: 2026, firstYears: new Map(), firstBodyYear: () => Infinity, definitionOf: () => /$^/ };
  const countedWords = (text: string) => weighingOf(understand(text), rankingWith(), context, features)?.countedWords;

  it('is the noun after "how many" or 多少 / 几, not every word of the question', () => {
    expect(countedWords('how many community seats does steering have')).toEqual(['commun', 'seat']);
    expect(countedWords('istio 有多少家公司的维护者')).toEqual(expect.arrayContaining(['家', '公司']));
    expect(countedWords('istio 有多少家公司的维护者')).not.toContain('维护');
    expect(countedWords('北京 meetup 直播多少人看')).toContain('人');
  });

  it('is the noun phrase up to its first stop word, without the words that only say "istio" or name the event asked about', () => {
    const words = countedWords('number of istio-related kubecon sessions at salt lake city');
    expect(words).toEqual(expect.arrayContaining(['session']));
    expect(words).not.toContain('istio');
    expect(words).not.toContain('salt');
    // The kind of event and the city named say of what: "how many sponsors istio day chicago" counts no days.
    expect(words).not.toContain('kubecon');
    expect(countedWords('how many sponsors istio day chicago')).toEqual(['sponsor']);
  });

  it('is the noun before a bare 多少 that ends the question, as before a measure word that does', () => {
    expect(countedWords('istio 八岁 维护者 多少')).toEqual(expect.arrayContaining(['护者']));
    expect(countedWords('istio 八岁 维护者 多少')).not.toContain('istio');
  });

  it('is the noun after the measure word 个, which every noun takes', () => {
    expect(countedWords('有几个人竞选')).toEqual(expect.arrayContaining(['人']));
    expect(countedWords('有几个人竞选')).not.toContain('个');
  });

  it('is answered by a count of people of any kind when it counts people', () => {
    const asked = (text: string) => weighingOf(understand(text), rankingWith(), context, features)?.countedWords ?? [];
    expect(countsAsked(asked('how many people ran in the toc election'), countedIn('Five candidates stood for the three available seats'))).toBe(true);
    expect(countsAsked(asked('有几个人竞选'), countedIn('共有五名候选人角逐四个空缺席位'))).toBe(true);
    expect(countsAsked(asked('多少人参加'), countedIn('超过 1,700 名贡献者'))).toBe(true);
    // People are not what the seats or companies count.
    expect(countsAsked(asked('how many people ran in the toc election'), countedIn('three of the six seats'))).toBe(false);
    expect(countsAsked(asked('how many people came'), countedIn('27 end-user companies'))).toBe(false);
    expect(countsAsked(asked('来了多少人'), countedIn('联动了六位合作伙伴共同主办'))).toBe(false);
    // Who did something is people: "how many signed up" is answered by "4,000 registrants".
    expect(countsAsked(asked('how many signed up for istiocon'), countedIn('more than 4,000 registrants from 80 countries'))).toBe(true);
    expect(countsAsked(asked('# of voters in the election'), countedIn('Over 120 eligible voters'))).toBe(true);
    expect(countsAsked(asked('有几个人竞选'), countedIn('九个贡献席位'))).toBe(false);
  });

  it('is minutes, hours or days when it asks how long something lasts: "a 5-minute presentation" answers it', () => {
    const asked = (text: string) => weighingOf(understand(text), rankingWith(), context, features)?.countedWords ?? [];
    expect(countsAsked(asked('how long is a quick talk at foocon'), countedIn('Quick talk: a brief 5-minute presentation'))).toBe(true);
    expect(countsAsked(asked('foocon 快讲多长时间'), countedIn('快讲：5 分钟演讲'))).toBe(true);
  });

  it('is a Chinese person noun by the pair that says a person: 演讲者 counts no talks, 贡献者 no contribution seats', () => {
    const asked = (text: string) => weighingOf(understand(text), rankingWith(), context, features)?.countedWords ?? [];
    expect(countsAsked(asked('foocon 有多少场演讲'), countedIn('演讲：40 分钟，最多 2 位演讲者。'))).toBe(false);
    expect(countsAsked(asked('foocon 快讲最多能有几个演讲者'), countedIn('快讲：最多 1 位演讲者。'))).toBe(true);
    expect(countsAsked(asked('委员会有多少贡献者'), countedIn('委员会由九个贡献席位组成'))).toBe(false);
    expect(countsAsked(asked('委员会有多少贡献者'), countedIn('去年有超过 900 名贡献者'))).toBe(true);
  });

  it('is the noun before 数量, 数目, 总数 or a 数 that ends the question, as before 人数', () => {
    expect(countedWords('foocon 议题数量')).toEqual(expect.arrayContaining(['议题']));
    expect(countedWords('委员会候选人的数目是多少')).toEqual(expect.arrayContaining(['选人']));
    expect(countedWords('foocon github star 数')).toEqual(['star']);
    expect(understand('foocon github star 数').ask).toBe('how-many');
    expect(understand('foocon 议题数量').ask).toBe('how-many');
    // 数 inside a word counts nothing: data, most.
    expect(understand('foocon 数据平面').ask).not.toBe('how-many');
    expect(understand('多数人喜欢 foocon').ask).not.toBe('how-many');
  });

  it('is every word of the question when it names no noun after them', () => {
    expect(countedWords('istio day panel speakers, how many?')).toEqual(expect.arrayContaining(['panel', 'speaker']));
  });
});
