/**
 * "when", "where", "schedule", "how many" and "results" questions as community members type them in Slack or
 * Discord, written from the event posts without reading any question set: lower case, typos, half sentences, EU/NA,
 * 欧洲/北美/伦敦/巴黎, Chinese with and without spaces and with 吗/呢/啊 endings, other events, years and cities, with
 * and without "istio" (52 of 86 rows in Chinese). Each row checks what a user notices: the question is read with the right ask and event, and
 * the answer line (`line`) or the first passage shown (`first`) holds the fact the posts give (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import type { Ask } from '../../src/understand/types.js';
import { shippedService } from '../helpers/engine.js';
import { BATTERY_NOW, expectNamed, type Named } from '../helpers/readings.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

interface Row extends Named {
  q: string;
  /** The ask that reads it right, or the asks that do (who won an award is a results or a who question). */
  ask: Ask | Ask[];
  /** Where the fact must be: the answer line (its text and link), or the first passage when the posts give no line for it. */
  in: 'line' | 'first';
  fact: RegExp;
  /** A line the user would take for the answer that must not be shown (another fact than the one asked). */
  not?: RegExp;
}

const LONDON_DAY = /1 April 2025|2025 年 4 月 1 日/;
const ATLANTA_DAY = /10 November 2025|2025 年 11 月 10 日/;
const SHANGHAI_DAY = /26 September 2023|2023 年 9 月 26 日/;
const KUBECON_WEEK_CHICAGO = /6 to 9 November|11 月 6 日至 9 日/;
const KUBECON_WEEK_LONDON = /1 to 4 April|4 月 1 日至 4 日/;
const CO_LOCATED_SCHEDULE = /co-located-events\/istio-day/;
const ISTIOCON_2021_REACH = /4,000/;
const BEIJING_CAME = /140/;
const AWARDS: Ask[] = ['results', 'who'];

const rows: Row[] = [
  // when: an event's day, typed loosely
  { q: 'when was istio day eu 2025', ask: 'when', kind: 'istio-day', region: 'Europe', year: 2025, in: 'line', fact: LONDON_DAY },
  { q: 'istio day londn what date', ask: 'when', kind: 'istio-day', city: 'London', in: 'line', fact: LONDON_DAY },
  { q: 'istio day na 2025 date pls', ask: 'when', kind: 'istio-day', region: 'North America', year: 2025, in: 'line', fact: ATLANTA_DAY },
  { q: 'which day was the paris istio day', ask: 'when', city: 'Paris', in: 'line', fact: /19 March 2024/ },
  { q: 'when did istiocon shanghai happen', ask: 'when', kind: 'istiocon', city: 'Shanghai', in: 'line', fact: SHANGHAI_DAY },
  { q: 'when was the second istiocon', ask: 'when', kind: 'istiocon', in: 'first', fact: /25 (?:to|–) 29 April 2022/ },
  { q: 'when was the beijing meetup, and what time', ask: 'when', city: 'Beijing', in: 'first', fact: /13:30/ },
  { q: 'when did istio turn four', ask: 'when', in: 'first', fact: /24 May 2021/ },
  // A KubeCon's own week, which the Istio Day post gives ("KubeCon ran from 6 to 9 November"), asked with "what days".
  { q: 'kubecon chicago 2023 what days', ask: 'when', kind: 'kubecon', city: 'Chicago', in: 'first', fact: KUBECON_WEEK_CHICAGO },
  { q: 'kubecon london 2025 which days was it', ask: 'when', kind: 'kubecon', city: 'London', in: 'first', fact: KUBECON_WEEK_LONDON },
  // The day speakers were told is a step of the call: its line gives it (`deadline.ts`).
  { q: 'when were the speakers notified for the chicago istio day', ask: 'cfp', city: 'Chicago', in: 'line', fact: /speakers notified on 7 September/, not: /6 November 2023/ },
  { q: 'istio day chicago cfp closed when', ask: 'cfp', city: 'Chicago', in: 'line', fact: /6 August/ },
  { q: 'when did registration for istiocon 2022 open', ask: 'register', kind: 'istiocon', year: 2022, in: 'line', fact: /21 March 2022/ },
  // when, in Chinese
  { q: '伦敦istio day是几号', ask: 'when', kind: 'istio-day', city: 'London', in: 'line', fact: LONDON_DAY },
  { q: '欧洲 istio day 2025 是哪天啊', ask: 'when', kind: 'istio-day', region: 'Europe', year: 2025, in: 'line', fact: LONDON_DAY },
  { q: '北美istio day 2025什么时候', ask: 'when', kind: 'istio-day', region: 'North America', year: 2025, in: 'line', fact: ATLANTA_DAY },
  { q: '亚特兰大那场 istio day 哪天办的呢', ask: 'when', kind: 'istio-day', city: 'Atlanta', in: 'line', fact: ATLANTA_DAY },
  { q: '巴黎的istio day 几月几号', ask: 'when', kind: 'istio-day', city: 'Paris', in: 'line', fact: /2024 年 3 月 19 日/ },
  { q: '盐湖城 istio day 啥时候', ask: 'when', kind: 'istio-day', city: 'Salt Lake City', in: 'line', fact: /2024 年 11 月 12 日/ },
  { q: 'istiocon 中国 2023 是哪一天', ask: 'when', kind: 'istiocon', year: 2023, in: 'line', fact: SHANGHAI_DAY },
  { q: '第二届istiocon几号开的', ask: 'when', kind: 'istiocon', in: 'first', fact: /4 月 25 日至 29 日/ },
  { q: 'istiocon 2022 开了几天', ask: 'when', kind: 'istiocon', year: 2022, in: 'first', fact: /4 月 25 日至 29 日/ },
  { q: '北京 istio meetup 是哪天 几点开始', ask: 'when', kind: 'meetup', city: 'Beijing', in: 'first', fact: /13:30/ },
  { q: 'istio 四岁生日是什么时候', ask: 'when', in: 'first', fact: /2021 年 5 月 24 日/ },
  { q: 'kubecon 芝加哥 2023 是哪几天', ask: 'when', kind: 'kubecon', city: 'Chicago', in: 'first', fact: KUBECON_WEEK_CHICAGO },
  { q: 'kubecon 伦敦 2025 开几天呢', ask: 'when', kind: 'kubecon', city: 'London', in: 'first', fact: KUBECON_WEEK_LONDON },
  { q: 'kubecon 欧洲 2026 几号到几号', ask: 'when', kind: 'kubecon', region: 'Europe', year: 2026, in: 'line', fact: /2026 年 3 月 23 日至 26 日/ },
  { q: '芝加哥 istio day 什么时候通知讲者', ask: 'cfp', city: 'Chicago', in: 'line', fact: /9 月 7 日通知讲者/, not: /2023 年 11 月 6 日/ },
  { q: '芝加哥istio day征稿几号截止', ask: 'cfp', city: 'Chicago', in: 'line', fact: /8 月 6 日/ },
  { q: 'istiocon 2022 哪天开始报名的', ask: 'register', kind: 'istiocon', year: 2022, in: 'line', fact: /2022 年 3 月 21 日/ },
  { q: '阿姆斯特丹istio day是啥时候啊', ask: 'when', kind: 'istio-day', city: 'Amsterdam', in: 'line', fact: /2023 年 4 月 18 日/ },
  { q: 'izzy 绘本 首发是几号', ask: 'when', in: 'first', fact: /2024 年 11 月 12 日/ },
  { q: 'istio day欧洲站2024是几号', ask: 'when', kind: 'istio-day', region: 'Europe', year: 2024, in: 'line', fact: /2024 年 3 月 19 日/ },
  { q: '2024北美istio day啥时候举办的', ask: 'when', kind: 'istio-day', region: 'North America', year: 2024, in: 'line', fact: /2024 年 11 月 12 日/ },
  { q: '第一届 istio day 是什么时候', ask: 'when', kind: 'istio-day', in: 'line', fact: /2023 年 4 月 18 日/ },
  { q: 'istio 1.0 twitch 直播 哪天', ask: 'when', in: 'first', fact: /2018 年 8 月 17 日/ },
  // where
  { q: 'istio day london venue?', ask: 'where', city: 'London', in: 'line', fact: /ExCeL/ },
  { q: 'where in chicago was istio day', ask: 'where', city: 'Chicago', in: 'line', fact: /McCormick Place/ },
  { q: 'istio day amsterdam 2023 location', ask: 'where', city: 'Amsterdam', in: 'line', fact: /RAI/ },
  { q: 'where was istio day na 2024', ask: 'where', kind: 'istio-day', region: 'North America', year: 2024, in: 'line', fact: /Salt Lake City/ },
  { q: 'where was istiocon 2022 held', ask: 'where', kind: 'istiocon', year: 2022, in: 'line', fact: /online/i },
  { q: '伦敦 istio day 在哪个场馆', ask: 'where', city: 'London', in: 'line', fact: /ExCeL/ },
  { q: '北美 istio day 2025 在哪个城市', ask: 'where', region: 'North America', year: 2025, in: 'line', fact: /亚特兰大/ },
  { q: '北京 meetup 在哪办的', ask: 'where', city: 'Beijing', in: 'line', fact: /中国信息通信研究院/ },
  { q: 'istiocon 2022 在哪举办的呢', ask: 'where', kind: 'istiocon', year: 2022, in: 'line', fact: /线上/ },
  { q: 'istio day 北美 2024 在哪', ask: 'where', kind: 'istio-day', region: 'North America', year: 2024, in: 'line', fact: /盐湖城/ },
  { q: 'kubecon eu 2026 在哪开', ask: 'where', kind: 'kubecon', region: 'Europe', year: 2026, in: 'line', fact: /阿姆斯特丹/ },
  { q: 'istio day 第一次办是在哪', ask: 'where', kind: 'istio-day', in: 'line', fact: /阿姆斯特丹 RAI/ },
  { q: 'kubecon na 2024 在哪个城市', ask: 'where', kind: 'kubecon', region: 'North America', year: 2024, in: 'line', fact: /盐湖城/ },
  { q: '芝加哥istio day 会场在哪', ask: 'where', city: 'Chicago', in: 'line', fact: /麦考密克/ },
  // schedule
  { q: 'istio day eu 2025 agenda', ask: 'schedule', kind: 'istio-day', region: 'Europe', in: 'line', fact: CO_LOCATED_SCHEDULE },
  { q: 'sched for istiocon china?', ask: 'schedule', kind: 'istiocon', in: 'line', fact: /istioconchina2023\.sched\.com/ },
  { q: 'whats the programme for istiocon china 2023', ask: 'schedule', kind: 'istiocon', in: 'line', fact: /istioconchina2023\.sched\.com/ },
  { q: 'istiocon 2021 program', ask: 'schedule', kind: 'istiocon', year: 2021, in: 'line', fact: /events\.istio\.io\/istiocon-2021/ },
  { q: 'schedule for kubecon europe 2026 pls', ask: 'schedule', kind: 'kubecon', region: 'Europe', year: 2026, in: 'line', fact: /program\/schedule/ },
  { q: '伦敦istio day议程在哪看', ask: 'schedule', city: 'London', in: 'line', fact: CO_LOCATED_SCHEDULE },
  { q: '亚特兰大 istio day 日程表呢', ask: 'schedule', city: 'Atlanta', in: 'line', fact: CO_LOCATED_SCHEDULE },
  { q: '上海istiocon的议程', ask: 'schedule', kind: 'istiocon', city: 'Shanghai', in: 'line', fact: /istioconchina2023\.sched\.com/ },
  // Its talks asked with the schedule: listed, the line linking the schedule page where they are (they have none of their own).
  { q: 'istiocon 2021 schedule w/ all the sessions', ask: 'schedule', kind: 'istiocon', year: 2021, in: 'line', fact: /Talks at IstioCon 2021.*istiocon-2021\/schedule/ },
  { q: 'istiocon 2021 日程 链接', ask: 'schedule', kind: 'istiocon', year: 2021, in: 'line', fact: /events\.istio\.io\/istiocon-2021/ },
  { q: '2026 kubecon 欧洲 日程', ask: 'schedule', kind: 'kubecon', region: 'Europe', year: 2026, in: 'line', fact: /program\/schedule/ },
  { q: '伦敦istio day 时间表', ask: 'schedule', city: 'London', in: 'line', fact: CO_LOCATED_SCHEDULE },
  // An event's timeline is its call's, the only one the posts give ("时间线：8 月 8 日至 21 日评审，9 月 7 日通知讲者…").
  { q: '芝加哥 istio day 的时间线', ask: 'cfp', city: 'Chicago', in: 'first', fact: /9 月 7 日/, not: /2023 年 11 月 6 日/ },
  { q: 'chicago istio day timeline?', ask: 'cfp', city: 'Chicago', in: 'first', fact: /7 September/ },
  { q: '芝加哥 istio day 议程表', ask: 'schedule', city: 'Chicago', in: 'line', fact: CO_LOCATED_SCHEDULE },
  // how many
  { q: 'how many ppl signed up for istiocon 2021', ask: 'how-many', kind: 'istiocon', year: 2021, in: 'line', fact: ISTIOCON_2021_REACH },
  { q: 'how many end user companies at istiocon 2021', ask: 'how-many', kind: 'istiocon', year: 2021, in: 'line', fact: /25 end-user companies|27 end-user companies/ },
  { q: 'beijing meetup attendance', ask: 'how-many', city: 'Beijing', in: 'line', fact: BEIJING_CAME },
  { q: 'how many talks did istio day london have', ask: 'how-many', city: 'London', in: 'line', fact: /\(8\)/ },
  { q: 'number of contributors when istio turned 7', ask: 'how-many', in: 'line', fact: /1,700/ },
  { q: 'istiocon 2021有多少人注册', ask: 'how-many', kind: 'istiocon', year: 2021, in: 'line', fact: ISTIOCON_2021_REACH },
  { q: 'istiocon 2021 有几家最终用户公司分享', ask: 'how-many', kind: 'istiocon', year: 2021, in: 'line', fact: /25 家|27 家/ },
  { q: '北京meetup到场多少人啊', ask: 'how-many', city: 'Beijing', in: 'line', fact: BEIJING_CAME },
  { q: '北京 meetup 的直播 多少人看了', ask: 'how-many', city: 'Beijing', in: 'line', fact: /2,000/ },
  { q: '2021 北京 meetup 报名人数', ask: 'how-many', city: 'Beijing', in: 'line', fact: /292/ },
  { q: '伦敦 istio day 一共几场演讲', ask: 'how-many', city: 'London', in: 'line', fact: /8 场/ },
  { q: 'istio 七岁生日时有多少贡献者', ask: 'how-many', in: 'line', fact: /1,700/ },
  { q: 'istiocon 2021 来了多少个国家的人', ask: 'how-many', kind: 'istiocon', year: 2021, in: 'line', fact: /80 个国家/ },
  // How many speakers one talk may have is a call's format, not how many talks there were.
  { q: 'istio day amsterdam panels - how many speakers max', ask: 'how-many', city: 'Amsterdam', in: 'line', fact: /3 to 5 speakers/, not: /^Talks/ },
  { q: 'amsterdam istio day max speakers per panel?', ask: 'how-many', city: 'Amsterdam', in: 'line', fact: /3 to 5 speakers/ },
  { q: '阿姆斯特丹 istio day 小组讨论 最多几位讲者', ask: 'how-many', city: 'Amsterdam', in: 'line', fact: /3 至 5 位讲者/ },
  // results (awards: the shipped posts; elections are istio.io's, in tests/corpus)
  { q: 'cncf community awards 2025 who got what', ask: AWARDS, year: 2025, in: 'line', fact: /Daniel Hawton/ },
  { q: 'chop wood carry water winners 2023', ask: 'results', year: 2023, in: 'line', fact: /Lin Sun/ },
  { q: '2025 cncf 社区奖 istio 谁获奖了', ask: 'results', year: 2025, in: 'line', fact: /Daniel Hawton|John Howard/ },
  { q: '亚特兰大 cncf 社区奖 谁拿了', ask: AWARDS, city: 'Atlanta', in: 'line', fact: /John Howard|Daniel Hawton/ },
  { q: '2023年劈柴挑水奖得主', ask: 'results', year: 2023, in: 'line', fact: /Lin Sun|Faseela K/ },
];

describe('when, where, schedule, how-many and results questions as people phrase them', () => {
  it.each(rows)('$q', (row) => {
    const question = understand(row.q);
    expect([row.ask].flat(), `read as ${question.ask}`).toContain(question.ask);
    expectNamed(question, row);
    const answer = engine.answer(row.q, { now: BATTERY_NOW });
    const line = answer.direct ? `${answer.direct.text} ${answer.direct.url}` : '';
    const shown = row.in === 'line' ? line : `${line}\n${answer.results[0]?.text ?? ''}`;
    expect(shown).toMatch(row.fact);
    if (row.not) expect(line).not.toMatch(row.not);
  });
});
