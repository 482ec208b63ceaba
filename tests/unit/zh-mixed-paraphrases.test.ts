import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import type { Ask } from '../../src/understand/types.js';
import { shippedService } from '../helpers/engine.js';
import { BATTERY_NOW, expectNamed, type Named } from '../helpers/readings.js';

/**
 * Chinese questions as people in China type them in a chat, written from the Chinese posts before reading any
 * question set and unlike the rows of the other paraphrase batteries: 口语 and 简写 (咋/啥/哪儿/多会儿/几号), 吗/呢/啊/哈
 * endings, ？ or no mark, English event names mixed in ("kubecon 北美", "istio day 伦敦"), the odd typo. They ask where
 * to buy or get a thing, the next or latest event, who did something, when, where the schedule is, and plain topics.
 * A user notices the ask and the event read, and whether the answer line ('line') or, with the line, the first
 * passage shown ('first') holds the fact the posts give (shipped index, today 6 December 2026).
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

interface Row extends Named {
  q: string;
  ask: Ask | Ask[];
  time?: 'next' | 'latest';
  in: 'line' | 'first';
  fact: RegExp;
}

const STORE = /CNCF (?:online )?store|CNCF (?:在线)?商店/i;
const SHIRT = /T-shirt|T 恤/;
const ISTIO_DAY_NA_2025 = /Istio Day North America 2025|2025 年 Istio Day 北美站/;
const ISTIOCON_CHINA = /IstioCon China 2023|2023 年 IstioCon 中国/;
const KUBECON_EU_2026 = /KubeCon \+ CloudNativeCon Europe 2026|2026 年 KubeCon \+ CloudNativeCon 欧洲站/;
const KUBECON_NA_2025 = /KubeCon \+ CloudNativeCon North America 2025|2025 年 KubeCon \+ CloudNativeCon 北美站/;
const LONDON_DAY = /1 April 2025|2025 年 4 月 1 日/;
const PARIS_DAY = /19 March 2024|2024 年 3 月 19 日/;
const SLC_DAY = /12 November 2024|2024 年 11 月 12 日/;
const SHANGHAI_DAY = /26 September 2023|2023 年 9 月 26 日/;
const KUBECON_EU_2026_DAYS = /23 to 26 March 2026|2026 年 3 月 23 日至 26 日/;
const SAN_DIEGO_DAYS = /18 to 21 November 2019|2019 年 11 月 18 日至 21 日/;
const BOOK_AUTHORS = /Faseela K|Lin Sun/;
const ATLANTA_HOSTS = /John Howard|Keith Mattix/;
const SHANGHAI_PC = /Jimmy Song|Zhonghu Xu/;
/** The next or the latest event is read from the time word said, whatever else is asked of it (its day, its city). */
const TIMED: Ask[] = ['latest', 'search', 'when', 'where'];
const TOPIC: Ask[] = ['search', 'talks'];
const SCHEDULE: Ask[] = ['schedule'];

const rows: Row[] = [
  // where to buy or get a thing
  { q: 'izzy 的绘本哪儿有卖', ask: 'buy', in: 'line', fact: STORE },
  { q: '那本海豚童书在哪下单啊', ask: 'buy', in: 'line', fact: STORE },
  { q: 'Izzy拯救生日 多少钱 哪买', ask: 'buy', in: 'line', fact: STORE },
  { q: 'istio 吉祥物的书 网上能买吗', ask: 'buy', in: 'line', fact: STORE },
  { q: 'cncf 商店有 izzy 的书卖吗？', ask: 'buy', in: 'line', fact: STORE },
  { q: '想入一本izzy绘本 咋买', ask: 'buy', in: 'line', fact: STORE },
  { q: 'istio 的 t恤 哪里能搞到', ask: 'buy', in: 'line', fact: SHIRT },
  { q: 'istio 文化衫 咋领', ask: 'buy', in: 'line', fact: SHIRT },
  { q: 'kubecon 北美 展台送 t 恤吗', ask: 'buy', region: 'North America', in: 'line', fact: SHIRT },
  { q: 'istio 周边 在哪买', ask: 'buy', in: 'line', fact: /T-shirt|T 恤|CNCF|商店|store/i },
  { q: 'kubecon 上 istio 展台 发啥', ask: 'buy', kind: 'kubecon', in: 'line', fact: SHIRT },
  { q: 'istiocon 2022 前400名送的衣服 咋拿', ask: 'buy', kind: 'istiocon', year: 2022, in: 'line', fact: /400/ },
  // next / latest
  { q: 'istio day 还办吗', ask: TIMED, time: 'next', kind: 'istio-day', in: 'line', fact: ISTIO_DAY_NA_2025 },
  { q: '下届istio day多会儿', ask: TIMED, time: 'next', kind: 'istio-day', in: 'line', fact: ISTIO_DAY_NA_2025 },
  { q: 'istio day 下一场在哪儿办呢', ask: TIMED, time: 'next', kind: 'istio-day', in: 'line', fact: ISTIO_DAY_NA_2025 },
  { q: 'istiocon 今后还有吗', ask: TIMED, time: 'next', kind: 'istiocon', in: 'line', fact: ISTIOCON_CHINA },
  { q: 'istiocon 中国 下一届啥时候', ask: TIMED, time: 'next', kind: 'istiocon', in: 'line', fact: ISTIOCON_CHINA },
  { q: 'kubecon 北美 下一届几号', ask: TIMED, time: 'next', kind: 'kubecon', region: 'North America', in: 'line', fact: KUBECON_NA_2025 },
  { q: '下个 kubecon 北美 在哪', ask: TIMED, time: 'next', kind: 'kubecon', region: 'North America', in: 'line', fact: KUBECON_NA_2025 },
  { q: '下期 istio day 啥时候', ask: TIMED, time: 'next', kind: 'istio-day', in: 'line', fact: ISTIO_DAY_NA_2025 },
  { q: 'kubecon 欧洲 下次在哪个城市', ask: TIMED, time: 'next', kind: 'kubecon', region: 'Europe', in: 'line', fact: KUBECON_EU_2026 },
  { q: '最近一次 kubecon 是哪场', ask: TIMED, time: 'latest', kind: 'kubecon', in: 'line', fact: KUBECON_EU_2026 },
  { q: '上一次的 istiocon 是哪年办的', ask: TIMED, time: 'latest', kind: 'istiocon', in: 'line', fact: ISTIOCON_CHINA },
  { q: '最近一场 istio 活动 是啥', ask: TIMED, time: 'latest', in: 'line', fact: KUBECON_EU_2026 },
  { q: 'istio day 最新一届在哪个城市哈', ask: TIMED, time: 'latest', kind: 'istio-day', in: 'line', fact: ISTIO_DAY_NA_2025 },
  // 国内 ("at home") is China to a reader of the Chinese posts.
  { q: '国内上一场 istio 线下活动是啥时候', ask: TIMED, time: 'latest', region: 'China', in: 'line', fact: ISTIOCON_CHINA },
  // who
  { q: 'izzy 绘本 谁写的啊', ask: 'who', in: 'line', fact: BOOK_AUTHORS },
  { q: 'istio day 亚特兰大 谁主持', ask: 'who', kind: 'istio-day', city: 'Atlanta', in: 'line', fact: ATLANTA_HOSTS },
  { q: 'istio day 北美 2025 主持人', ask: 'who', kind: 'istio-day', region: 'North America', year: 2025, in: 'line', fact: ATLANTA_HOSTS },
  { q: 'istiocon 中国 谁是项目委员会的', ask: 'who', kind: 'istiocon', in: 'line', fact: SHANGHAI_PC },
  { q: 'istio 七岁生日 文章谁发的', ask: 'who', in: 'first', fact: /Lin Sun/ },
  { q: '盐湖城的 istio 安排 是谁公布的', ask: 'who', city: 'Salt Lake City', in: 'first', fact: /Faseela K/ },
  { q: '巴黎 kubecon 维护者专场 谁讲的', ask: ['who', 'talks'], city: 'Paris', in: 'first', fact: /Eric Van Norman|Zhonghu Xu/ },
  { q: '阿姆斯特丹 2026 kubecon istio 安排 谁发的', ask: 'who', city: 'Amsterdam', year: 2026, in: 'first', fact: /Francisco Herrera/ },
  { q: 'izzy 是谁家的吉祥物', ask: ['who', 'what-is'], in: 'first', fact: /Istio|Izzy/ },
  // when
  { q: 'istio day 伦敦 几号开', ask: 'when', kind: 'istio-day', city: 'London', in: 'line', fact: LONDON_DAY },
  { q: 'istio day 巴黎 多会儿办的', ask: 'when', kind: 'istio-day', city: 'Paris', in: 'line', fact: PARIS_DAY },
  { q: 'istio day 盐湖城 是几号啊', ask: 'when', kind: 'istio-day', city: 'Salt Lake City', in: 'line', fact: SLC_DAY },
  { q: 'istiocon 上海 啥时候开始的', ask: 'when', kind: 'istiocon', city: 'Shanghai', in: 'line', fact: SHANGHAI_DAY },
  { q: 'kubecon 阿姆斯特丹 2026 哪几天？', ask: 'when', kind: 'kubecon', city: 'Amsterdam', year: 2026, in: 'line', fact: KUBECON_EU_2026_DAYS },
  { q: 'kubecon 圣地亚哥 2019 几号', ask: 'when', kind: 'kubecon', city: 'San Diego', year: 2019, in: 'line', fact: SAN_DIEGO_DAYS },
  { q: 'izzy 加入 phippy 家族是哪天', ask: 'when', in: 'first', fact: /2024 年 3 月 8 日|8 March 2024/ },
  // 是啥时候 is 是什么时候: a when, not "是啥" (what it is).
  { q: 'izzy 绘本是啥时候出的', ask: 'when', in: 'line', fact: /2024 年 11 月 12 日/ },
  // 哪年 asks the year, a when ("哪一年办的"): the line that dates it.
  { q: '北京 meetup 是哪一年办的', ask: 'when', kind: 'meetup', city: 'Beijing', in: 'line', fact: /2021 年 7 月 10 日/ },
  { q: 'izzy 绘本 哪年出的', ask: 'when', in: 'line', fact: /2024 年 11 月 12 日/ },
  { q: 'istio 七周年 是哪天呢', ask: 'when', in: 'line', fact: /2024 年 5 月 24 日|24 May 2024/ },
  { q: '云原生剧场那几场 istio 议题 几号', ask: 'when', in: 'first', fact: /3 月 24 日/ },
  // where, and how to take part, said the spoken way (哪儿, 咋)
  { q: '北京 meetup 哪儿办的', ask: 'where', kind: 'meetup', city: 'Beijing', in: 'line', fact: /花园北路|信通院/ },
  { q: '伦敦 istio day 咋参加', ask: 'register', kind: 'istio-day', city: 'London', in: 'line', fact: /co-located-events\/istio-day/ },
  // schedule
  { q: 'istio day 伦敦 议程在哪看', ask: SCHEDULE, kind: 'istio-day', city: 'London', in: 'line', fact: /co-located-events\/istio-day|sched/ },
  { q: 'kubecon 欧洲 2026 日程 在哪儿', ask: SCHEDULE, kind: 'kubecon', region: 'Europe', year: 2026, in: 'line', fact: /program\/schedule/ },
  { q: 'istiocon 中国 议程表 有吗', ask: SCHEDULE, kind: 'istiocon', in: 'line', fact: /istioconchina2023\.sched\.com|sched/ },
  { q: '盐湖城 istio day 日程咋看', ask: SCHEDULE, city: 'Salt Lake City', in: 'line', fact: /co-located-events\/istio-day|sched/ },
  { q: 'kubecon 阿姆斯特丹 2026 节目单发一下', ask: SCHEDULE, kind: 'kubecon', city: 'Amsterdam', year: 2026, in: 'line', fact: /program\/schedule/ },
  { q: '北京 meetup 流程 安排', ask: SCHEDULE, city: 'Beijing', in: 'first', fact: /13:30|14:00|Aeraki|eBPF/ },
  // plain topic searches
  { q: 'ambient 相关的分享', ask: TOPIC, in: 'first', fact: /Ambient|ambient/ },
  { q: '多集群 演讲', ask: TOPIC, in: 'first', fact: /多集群|multi-?cluster/i },
  { q: '有没有讲 ingress-nginx 迁移的', ask: TOPIC, in: 'first', fact: /ingress-nginx/ },
  { q: 'sidecar 升级 踩坑 分享', ask: TOPIC, in: 'first', fact: /升级|upgrad/i },
  { q: 'cilium 跟 istio 对比 的演讲', ask: TOPIC, in: 'first', fact: /Cilium/ },
  { q: '机器学习 基础设施 相关议题', ask: TOPIC, in: 'first', fact: /机器学习|ML|machine learning/i },
  { q: '数据包的一生 那个专场', ask: TOPIC, in: 'first', fact: /数据包的一生|Life of a Packet/ },
  { q: 'gateway api 相关的talk有啥', ask: TOPIC, in: 'first', fact: /Gateway API|网关 API/i },
  // "有没有讲 X 的": whether a talk was given on it, answered by the talks on it.
  { q: '有没有讲 kiali 的', ask: 'talks', in: 'line', fact: /Kiali 2\.0.*Kiali/ },
  // "有没有" only asks whether there is any: not a word the passages must hold.
  { q: '有没有 ambient 多集群的资料', ask: TOPIC, in: 'first', fact: /Ambient 走向多集群|Ambient Goes Multicluster/ },
];

describe('Chinese chat questions: buy, next, who, when, schedule and topics', () => {
  it.each(rows)('$q', (row) => {
    const question = understand(row.q);
    expect([row.ask].flat(), `read as ${question.ask}`).toContain(question.ask);
    expectNamed(question, row);
    if (row.time) expect(question.time).toBe(row.time);
    const answer = engine.answer(row.q, { now: BATTERY_NOW });
    const line = answer.direct ? `${answer.direct.text} ${answer.direct.url}` : '';
    const shown = row.in === 'line' ? line : `${line}\n${answer.results[0]?.text ?? ''}`;
    expect(shown).toMatch(row.fact);
  });
});

describe('the tracks of an Istio Day call, named in English in a Chinese question', () => {
  it('finds the Chinese call that names the track as it translates it (秘诀, 案例研究)', () => {
    expect(engine.answer('istio recipes 是什么', { now: BATTERY_NOW }).results[0]?.text).toMatch(/秘诀/);
    expect(engine.answer('case studies 方向是啥', { now: BATTERY_NOW }).results[0]?.text).toMatch(/案例研究/);
  });
});
