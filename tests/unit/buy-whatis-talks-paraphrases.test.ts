import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import type { Ask } from '../../src/understand/types.js';
import { shippedService } from '../helpers/engine.js';
import { BATTERY_NOW, expectNamed, shownIn, type Looked, type Named } from '../helpers/readings.js';

/**
 * Three kinds of question as people type them in a chat, written from the posts before reading any question set, and
 * unlike the rows of getting-, what-is- and talks-paraphrases: where to buy or get a thing (the Izzy book, the kiosk's
 * T-shirts, IstioCon 2022's shirt, the birthday swag), what a thing is (Istio Day, ContribFest, the maintainer track,
 * IstioCon China, the Beijing meetup, the book), and which talks an event had (its list, a topic's, a company's). Lower
 * case, typos, half sentences, EU/NA/北美/欧洲, with and without "istio", en and zh. A user notices the ask and the event
 * read, and whether the part of the answer the row names holds the fact the posts give: the answer line ('line'), the
 * first passage ('first'), the line or, without one, the first passage ('either': no post says in one sentence what the
 * maintainer track is, its sessions' passages do), or the line's head and the first talk it lists ('talk').
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

interface Row extends Named {
  q: string;
  ask: Ask;
  shows: Looked;
  holds: RegExp;
}

const STORE = /CNCF (?:online )?store|CNCF (?:在线)?商店/i;
const LONDON_COPIES = /gave (?:them )?away|free copies|免费赠/;
const NEW_SHIRT = /T-shirts? with a new design|new Istio T-shirt|新设计的 Istio T 恤/;
const CHICAGO_SHIRTS = /T-shirts, sponsored by .* were handed out|免费发放由 .* 赞助的新款 Istio T 恤/;
const FIRST_400 = /first 400|前 400 位/;
const HASHTAG = /#IstioTurns4/;
const ISTIO_DAY = /co-located with KubeCon|co-located event|与 .*KubeCon \+ CloudNativeCon .*同(?:期|场)举/;
const CONTRIBFEST = /ContribFest, (?:a hands-on session|where newcomers)|ContribFest，面向.*动手环节/;
const MAINTAINER_TRACK = /maintainer track session|Maintainer track\. Contributors met to work on roadmap topics|维护者专场/;

const rows: Row[] = [
  // Buying or getting a thing, en
  { q: 'izzy childrens book - anywhere to order it?', ask: 'buy', shows: 'line', holds: STORE },
  { q: 'can i order the izzy dolphin book online', ask: 'buy', shows: 'line', holds: STORE },
  { q: 'ordering a copy of the izzy book - which store sells it', ask: 'buy', shows: 'line', holds: STORE },
  // How or when a thing is got ("online", "still") is no thing asked about: the T-shirt's line, not the online store's book.
  { q: 'where do i buy istio t-shirts online', ask: 'buy', shows: 'line', holds: /T-shirt/ },
  { q: 'can i still buy the izzy book', ask: 'buy', shows: 'line', holds: STORE },
  // A thing's price asks where it is sold (the posts give no price; the store sells it), not what registering costs.
  { q: 'izzy book price', ask: 'buy', shows: 'line', holds: STORE },
  { q: 'where to buy the phippy book with the dolphin', ask: 'buy', shows: 'line', holds: STORE },
  { q: 'got kids, where do i get that istio picture book', ask: 'buy', shows: 'line', holds: STORE },
  { q: 'anyone know where the izzy book is sold', ask: 'buy', shows: 'line', holds: STORE },
  { q: 'where did they give away free izzy books', ask: 'buy', shows: 'line', holds: LONDON_COPIES },
  { q: 'were there free copies of the izzy book in london', ask: 'buy', city: 'London', shows: 'line', holds: LONDON_COPIES },
  // A book said free asks whether it was given away, not what registering costs.
  { q: 'izzy books free in london?', ask: 'buy', city: 'London', shows: 'line', holds: LONDON_COPIES },
  { q: 'the izzy book, free or not', ask: 'buy', shows: 'line', holds: LONDON_COPIES },
  { q: 'istio shirts at kubecon salt lake city?', ask: 'buy', kind: 'kubecon', city: 'Salt Lake City', shows: 'line', holds: NEW_SHIRT },
  // "Salt Lake", as people shorten Salt Lake City.
  { q: 'istio t shirts at salt lake', ask: 'buy', city: 'Salt Lake City', shows: 'line', holds: NEW_SHIRT },
  { q: 'where do i pick up an istio t shirt at kubecon atlanta', ask: 'buy', city: 'Atlanta', shows: 'line', holds: NEW_SHIRT },
  { q: 'was there istio merchandise at kubecon chicago 2023', ask: 'buy', city: 'Chicago', shows: 'line', holds: CHICAGO_SHIRTS },
  { q: 'free istio t-shirts at istio day na 2023?', ask: 'buy', kind: 'istio-day', year: 2023, shows: 'line', holds: CHICAGO_SHIRTS },
  { q: 'istio tshirt istiocon 2022', ask: 'buy', kind: 'istiocon', year: 2022, shows: 'line', holds: FIRST_400 },
  { q: 'istiocon 2022 shirt - how did ppl get one', ask: 'buy', kind: 'istiocon', year: 2022, shows: 'line', holds: FIRST_400 },
  { q: 'how do i win istio swag', ask: 'buy', shows: 'line', holds: HASHTAG },
  // Buying or getting a thing, zh
  { q: '想给娃买本 izzy 的书 去哪买', ask: 'buy', shows: 'line', holds: STORE },
  { q: 'Izzy拯救生日 这本书 在线购买', ask: 'buy', shows: 'line', holds: STORE },
  { q: '海豚 izzy 那本童书 怎么买', ask: 'buy', shows: 'line', holds: STORE },
  { q: 'izzy 绘本 哪能买到', ask: 'buy', shows: 'line', holds: STORE },
  { q: '伦敦 kubecon 有送 izzy 书吗', ask: 'buy', city: 'London', shows: 'line', holds: LONDON_COPIES },
  { q: '哪里能拿到 izzy 的签名书', ask: 'buy', shows: 'line', holds: LONDON_COPIES },
  { q: '盐湖城那次 kubecon 的 istio t恤', ask: 'buy', city: 'Salt Lake City', shows: 'line', holds: NEW_SHIRT },
  { q: '北美 kubecon 2025 展台 t 恤', ask: 'buy', kind: 'kubecon', year: 2025, shows: 'line', holds: NEW_SHIRT },
  { q: '芝加哥 istio day 发 t恤了吗', ask: 'buy', city: 'Chicago', shows: 'line', holds: CHICAGO_SHIRTS },
  { q: '2023 芝加哥 kubecon 展台 有 t 恤 领吗', ask: 'buy', city: 'Chicago', shows: 'line', holds: CHICAGO_SHIRTS },
  { q: 'istiocon 2022 的 t恤 要怎么拿', ask: 'buy', kind: 'istiocon', year: 2022, shows: 'line', holds: FIRST_400 },
  { q: '怎么赢 istio 周边', ask: 'buy', shows: 'line', holds: HASHTAG },
  { q: 'istio 4 周年 怎么赢礼品', ask: 'buy', shows: 'line', holds: HASHTAG },
  // What a thing is, en
  { q: 'what even is istio day, is it part of kubecon', ask: 'what-is', kind: 'istio-day', shows: 'line', holds: ISTIO_DAY },
  { q: 'so whats istio day na exactly', ask: 'what-is', kind: 'istio-day', shows: 'line', holds: ISTIO_DAY },
  { q: 'what is istio day london', ask: 'what-is', city: 'London', shows: 'line', holds: ISTIO_DAY },
  { q: 'whats the istio maintainer track at kubecon', ask: 'what-is', shows: 'either', holds: MAINTAINER_TRACK },
  { q: 'whats a contribfest at kubecon', ask: 'what-is', shows: 'line', holds: CONTRIBFEST },
  { q: 'what is istiocon china', ask: 'what-is', kind: 'istiocon', shows: 'line', holds: /IstioCon China 2023 was held in person in Shanghai/ },
  { q: 'what was the istio meetup in beijing', ask: 'what-is', city: 'Beijing', shows: 'line', holds: /first local Istio meetup in China/ },
  { q: 'what was istiocon 2021', ask: 'what-is', kind: 'istiocon', year: 2021, shows: 'line', holds: /first conference of its own/ },
  { q: 'what was the istio 1.0 twitch stream', ask: 'what-is', shows: 'line', holds: /streamed a whole day of Istio on Twitch/ },
  { q: 'what is izzy saves the birthday', ask: 'what-is', shows: 'first', holds: /children's book|illustrated book|story takes place/ },
  // What a thing is, zh
  { q: '什么是 istio day', ask: 'what-is', kind: 'istio-day', shows: 'line', holds: ISTIO_DAY },
  { q: '什么是 istio day 欧洲站', ask: 'what-is', kind: 'istio-day', shows: 'line', holds: ISTIO_DAY },
  { q: '什么是contribfest', ask: 'what-is', shows: 'line', holds: CONTRIBFEST },
  { q: 'kubecon 上的 contribfest 是啥', ask: 'what-is', shows: 'line', holds: CONTRIBFEST },
  { q: '维护者专场是什么', ask: 'what-is', shows: 'either', holds: MAINTAINER_TRACK },
  { q: 'maintainer track 指的是啥', ask: 'what-is', shows: 'either', holds: MAINTAINER_TRACK },
  { q: 'istiocon是啥大会', ask: 'what-is', kind: 'istiocon', shows: 'line', holds: /Istio 年度大会/ },
  { q: 'istiocon 2021 是个什么活动', ask: 'what-is', kind: 'istiocon', year: 2021, shows: 'line', holds: /第一届专属大会/ },
  { q: '什么是 IstioCon China', ask: 'what-is', kind: 'istiocon', shows: 'line', holds: /上海/ },
  { q: 'istio 北京 meetup 是什么', ask: 'what-is', city: 'Beijing', shows: 'line', holds: /中国首次本地 Istio meetup/ },
  { q: 'istio 四周年 活动 是什么', ask: 'what-is', shows: 'line', holds: /开源四周年/ },
  { q: 'Izzy 拯救生日 是什么书', ask: 'what-is', shows: 'first', holds: /绘本|童书|插图书|故事发生/ },
  // Which talks, en
  { q: 'talks at istio day amsterdam', ask: 'talks', city: 'Amsterdam', shows: 'talk', holds: /Istio Day Europe 2023.*Opening keynote/ },
  { q: 'what sessions were there at istiocon china', ask: 'talks', kind: 'istiocon', shows: 'talk', holds: /IstioCon China 2023.*Opening keynote/ },
  { q: 'who talked about ebpf at istiocon china', ask: 'who', kind: 'istiocon', shows: 'talk', holds: /IstioCon China 2023.*eBPF/ },
  { q: 'who talked about wasm in shanghai', ask: 'who', city: 'Shanghai', shows: 'talk', holds: /IstioCon China 2023.*Wasm/ },
  { q: 'who spoke about cert-manager in shanghai', ask: 'who', city: 'Shanghai', shows: 'talk', holds: /cert-manager/ },
  { q: 'what talks did huawei give at istiocon china', ask: 'talks', kind: 'istiocon', shows: 'talk', holds: /Huawei's eBPF-based Istio data plane/ },
  { q: 'sessions at kubecon eu 2026', ask: 'talks', kind: 'kubecon', year: 2026, shows: 'talk', holds: /Europe 2026.*Mesh stories/ },
  { q: 'talks at istio day chicago on multicluster', ask: 'talks', city: 'Chicago', shows: 'talk', holds: /North America 2023.*Bridging trust between multi-cluster meshes/ },
  { q: 'what did bloomberg present at istio day amsterdam', ask: 'talks', city: 'Amsterdam', shows: 'talk', holds: /How Bloomberg secures/ },
  { q: 'what was presented at istiocon 2021', ask: 'talks', kind: 'istiocon', year: 2021, shows: 'talk', holds: /IstioCon 2021.*Istio project roadmap/ },
  { q: 'who gave the benchmark talk at istio day london', ask: 'who', city: 'London', shows: 'talk', holds: /Europe 2025.*benchmark/ },
  { q: 'maintainer track talk kubecon atlanta', ask: 'talks', city: 'Atlanta', shows: 'talk', holds: /North America 2025.*Istio Project Updates/ },
  // Which talks, zh
  { q: 'istio day 阿姆斯特丹 有哪些演讲', ask: 'talks', city: 'Amsterdam', shows: 'talk', holds: /Istio Day Europe 2023.*开场主题演讲/ },
  { q: 'istio day 欧洲 2023 的演讲', ask: 'talks', year: 2023, shows: 'talk', holds: /Istio Day Europe 2023.*开场主题演讲/ },
  { q: 'istiocon china 2023 议题', ask: 'talks', kind: 'istiocon', year: 2023, shows: 'talk', holds: /IstioCon China 2023.*开场主题演讲/ },
  { q: '上海 istiocon 谁讲了 ebpf', ask: 'who', city: 'Shanghai', shows: 'talk', holds: /IstioCon China 2023.*eBPF/ },
  { q: '华为在上海 istiocon 讲了什么', ask: 'talks', city: 'Shanghai', shows: 'talk', holds: /华为基于 eBPF/ },
  { q: 'kubecon 欧洲 2026 istio 议题', ask: 'talks', kind: 'kubecon', year: 2026, shows: 'talk', holds: /Europe 2026.*网格故事/ },
  { q: '2025 北美 istio day 演讲列表', ask: 'talks', kind: 'istio-day', year: 2025, shows: 'talk', holds: /North America 2025.*欢迎致辞/ },
  // A Chinese topic written together with the words that ask ("谁讲的基准测试") names the title run that holds it.
  { q: '伦敦 istio day 谁讲的基准测试', ask: 'who', city: 'London', shows: 'talk', holds: /Europe 2025.*基准测试/ },
  { q: 'istiocon 2021 有哪些分享', ask: 'talks', kind: 'istiocon', year: 2021, shows: 'talk', holds: /IstioCon 2021.*Istio 项目路线图/ },
  { q: 'kubecon 巴黎 的 istio 议题', ask: 'talks', city: 'Paris', shows: 'talk', holds: /Europe 2024.*平台构建模块/ },
];

describe('buying, "what is" and talks questions as people type them in a chat', () => {
  it.each(rows)('$q', ({ q, ask, shows, holds, ...named }) => {
    const question = understand(q);
    const read = question.command === 'talks' ? 'talks' : question.ask;
    expect(read).toBe(ask);
    expectNamed(question, named);
    expect(shownIn(engine.answer(q, { now: BATTERY_NOW }), shows)).toMatch(holds);
  });
});

describe('the words that ask how a thing is got', () => {
  it.each([
    'izzy 签名版 哪里有',
    'anyone selling the izzy book',
    'where can the izzy book be bought',
    'izzy book - order one online?',
    'izzy 绘本 可以网上订购吗',
    'izzy 的书 在哪下单',
    'kubecon 展台 送不送 礼品',
    'istio day 免费送书吗',
    'izzy 那本书 多少钱',
    'istio t-shirt price',
  ])('%s', (question) => {
    expect(understand(question).ask).toBe('buy');
  });

  it.each([
    ['in what order were the talks at istio day london', 'talks'],
    ['the order of the sessions at istio day chicago', 'talks'],
    ['芝加哥 kubecon 送的 t 恤 谁赞助', 'who'],
    ['how much does an istiocon ticket cost', 'register'],
    ['do i need a ticket to get the book', 'register'],
  ])('not the order of a programme, which one was given, nor a ticket: %s', (question, ask) => {
    expect(understand(question).ask).toBe(ask);
  });
});
