/**
 * "who", plain topic searches and "slides" as community members type them in a chat, written from the
 * posts of `content/` before reading any question set: lower case, typos, half sentences, EU/NA/北美/欧洲,
 * other events, years and cities than the who battery's, with and without "istio", en and zh. Each row
 * checks what a user would notice: the question is read as the right ask, with the event, city or year
 * it names, and the answer line or the first passage (its text and its links, "either") holds the fact
 * the posts give: a name for who, the topic for a search, the deck or the page that keeps the decks for
 * slides (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';
import { expectNamed, type Named } from '../helpers/readings.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

interface Row extends Named {
  q: string;
  /** The asks that read it right. */
  asks: string[];
  /** What the answer line or the first passage (text or links) must hold. */
  shows: RegExp;
}

const WHO = ['who'];
const WON = ['who', 'results'];
const SEARCH = ['search'];
const TOPIC_TALKS = ['search', 'talks'];
const SLIDES = ['slides'];

const CHICAGO_DECKS = /kubecon-cloudnativecon-north-america\/co-located-events\/istio-day/;
const LONDON_DECKS = /kubecon-cloudnativecon-europe\/co-located-events\/istio-day/;
const SHANGHAI_DECKS = /istioconchina2023\.sched\.com/;
const ISTIOCON_2021_DECKS = /events\.istio\.io\/istiocon-2021\/sessions/;

const rows: Row[] = [
  // who, English
  { q: 'who organised that istio 1.0 twitch stream back in 2018', asks: WHO, year: 2018, shows: /Spencer Krum/ },
  { q: 'who co-hosted the istio meetup in beijing', asks: WHO, city: 'Beijing', shows: /CAICT|Alibaba Cloud|Tetrate/ },
  { q: 'who put the beijing meetup together', asks: WHO, city: 'Beijing', shows: /Iris Ding|CAICT/ },
  { q: 'who organized istiocon 2022', asks: WHO, kind: 'istiocon', year: 2022, shows: /Organizers Committee|Steering Committee/ },
  { q: 'who announced istiocon 2021', asks: WHO, kind: 'istiocon', year: 2021, shows: /Steering Committee/ },
  { q: 'who announced the istio 4th bday celebration', asks: WHO, shows: /Maria Cruz|Aizhamal/ },
  { q: 'who wrote the 7th birthday post', asks: WHO, shows: /Lin Sun/ },
  { q: 'who announced the istio lineup for kubecon eu 2026', asks: WHO, kind: 'kubecon', year: 2026, shows: /Francisco Herrera/ },
  { q: 'who announced the istio line-up for salt lake city', asks: WHO, city: 'Salt Lake City', shows: /Faseela K/ },
  { q: 'kubecon eu 24 maintainer track who spoke', asks: ['who', 'talks'], year: 2024, shows: /Eric Van Norman|Zhonghu Xu/ },
  { q: 'who did the maintainer session at kubecon amsterdam 2023', asks: WHO, city: 'Amsterdam', year: 2023, shows: /Neeraj Poddar/ },
  { q: 'who upgraded ambient live with argo in chicago', asks: WHO, city: 'Chicago', shows: /Mitch Connors|Christian Hernandez/ },
  { q: 'who ran the contribfest at kubecon london', asks: WHO, city: 'London', shows: /Mitch Connors|Daniel Hawton|Jackie Maertens/ },
  { q: 'who led the chicago contribfest in 2023', asks: WHO, city: 'Chicago', year: 2023, shows: /Lin Sun|Eric Van Norman|Steven Landow|Faseela K/ },
  { q: 'who won top committer at kubecon na 2025', asks: WON, year: 2025, shows: /John Howard/ },
  { q: 'which company won the cncf end user award in london', asks: WON, city: 'London', shows: /Ant Group/ },
  { q: 'who spoke about running databases in the mesh at istio day atlanta', asks: WHO, city: 'Atlanta', shows: /Tyler Schade|Michael Bolot/ },
  { q: 'who gave the credit karma migration talk', asks: WHO, shows: /Sumit Vij|Mark Gergely/ },
  { q: 'who gave the google keynote at istiocon shanghai', asks: WHO, city: 'Shanghai', shows: /Justin Pettit/ },
  { q: 'who spoke on aeraki at the beijing meetup', asks: WHO, city: 'Beijing', shows: /Huabing Zhao/ },
  { q: 'who did the ebpf talk at the beijing meetup', asks: WHO, city: 'Beijing', shows: /Zhong Luyao/ },
  { q: 'who presented the bloomberg talk at istio day eu 2023', asks: WHO, year: 2023, shows: /Alexa Griffith|Zhenni Fu/ },
  { q: 'who from istio co-chaired kubecon na 2025', asks: WHO, year: 2025, shows: /Faseela K/ },
  { q: 'who spoke at the istio 4th birthday meetup', asks: WHO, shows: /Pratima Nambiar/ },
  { q: 'who got named cncf ambassadors in fall 2023', asks: WON, year: 2023, shows: /Lin Sun|Mitch Connors|Faseela K/ },
  { q: 'presenters at the atlanta istio day', asks: WHO, city: 'Atlanta', shows: /Jackie Maertens|Punakshi Chaand|Tyler Schade/ },
  { q: 'who welcomed everyone at the beijing meetup', asks: WHO, city: 'Beijing', shows: /Craig Box|Iris Ding/ },
  { q: 'who put together the agenda for istio day london', asks: WHO, city: 'London', shows: /Keith Mattix|Denis Jannot/ },
  // search, English
  { q: 'talks on ambient mesh', asks: TOPIC_TALKS, shows: /ambient/i },
  { q: 'anything on wasm', asks: SEARCH, shows: /wasm|webassembly/i },
  { q: 'anything on ebpf', asks: SEARCH, shows: /eBPF/ },
  { q: 'sidecar-less mesh', asks: SEARCH, shows: /sidecar-?less/i },
  { q: 'migrating to the gateway api', asks: SEARCH, shows: /Gateway API/ },
  { q: 'stuff about kiali', asks: SEARCH, shows: /Kiali/ },
  { q: 'multi cluster istio', asks: SEARCH, shows: /multi-?cluster/i },
  { q: 'istio and ai workloads', asks: SEARCH, shows: /\bAI\b/ },
  { q: 'mtls with spire', asks: SEARCH, shows: /SPIRE/ },
  { q: 'cert-manager istio', asks: SEARCH, shows: /cert-manager/ },
  { q: 'wasm extensibility', asks: SEARCH, shows: /Extending and Customizing Istio with Wasm/ },
  { q: 'multicluster ambient', asks: SEARCH, shows: /Istio Ambient Goes Multicluster/ },
  // slides, English
  { q: 'slides from istio day chicago 2023', asks: SLIDES, city: 'Chicago', shows: CHICAGO_DECKS },
  { q: 'where are the istio day eu 2025 decks', asks: SLIDES, year: 2025, shows: LONDON_DECKS },
  { q: 'istiocon shanghai presentation slides', asks: SLIDES, city: 'Shanghai', shows: SHANGHAI_DECKS },
  { q: 'istiocon 2021 decks pls', asks: SLIDES, year: 2021, shows: ISTIOCON_2021_DECKS },
  { q: 'deck for the envoy pitfalls talk in beijing', asks: SLIDES, city: 'Beijing', shows: /EnvoyPrincipleIntroduction/ },
  { q: 'slides for the istio cni talk', asks: SLIDES, shows: /IstioCNI\.pdf/ },
  { q: 'data plane hot upgrade slides', asks: SLIDES, shows: /服务网格热升级技术分享\.pdf/ },
  { q: 'ppt of the ebpf acceleration talk', asks: SLIDES, shows: /AccelerateServiceMeshNetworkwithebpf/ },
  { q: 'istio day na 23 slides pls', asks: SLIDES, year: 2023, shows: CHICAGO_DECKS },
  { q: 'slides from the first istiocon', asks: SLIDES, kind: 'istiocon', shows: ISTIOCON_2021_DECKS },
  { q: 'can we download the presentations from istio day chicago', asks: SLIDES, city: 'Chicago', shows: CHICAGO_DECKS },
  { q: 'istio day london presentation files', asks: SLIDES, city: 'London', shows: LONDON_DECKS },
  { q: 'is any presentation from istio day london downloadable', asks: SLIDES, city: 'London', shows: LONDON_DECKS },
  { q: 'chicago istio day presentations as pdfs?', asks: SLIDES, city: 'Chicago', shows: CHICAGO_DECKS },
  { q: 'deck for the ambient at scale talk in chicago', asks: SLIDES, city: 'Chicago', shows: CHICAGO_DECKS },
  { q: 'slides of the kiali 2.0 talk at istio day london', asks: SLIDES, city: 'London', shows: LONDON_DECKS },
  // who, Chinese
  { q: '2018 年 twitch 直播是谁发起的', asks: WHO, year: 2018, shows: /Spencer Krum/ },
  { q: '北京 istio meetup 是谁联合主办的', asks: WHO, city: 'Beijing', shows: /信通院|阿里云|Tetrate/ },
  { q: '四周年庆祝活动谁宣布的', asks: WHO, shows: /Maria Cruz|Aizhamal/ },
  { q: '七岁生日那篇文章是谁写的', asks: WHO, shows: /Lin Sun/ },
  { q: '2026 阿姆斯特丹 kubecon 的 istio 议程谁公布的', asks: WHO, city: 'Amsterdam', year: 2026, shows: /Francisco Herrera/ },
  { q: '盐湖城 istio 活动安排 谁宣布的', asks: WHO, city: 'Salt Lake City', shows: /Faseela K/ },
  { q: '2023 欧洲 kubecon 维护者专场谁讲的', asks: WHO, year: 2023, shows: /Neeraj Poddar/ },
  { q: '伦敦 kubecon contribfest 谁带的', asks: WHO, city: 'London', shows: /Mitch Connors|Daniel Hawton|Jackie Maertens/ },
  { q: '2025 北美 kubecon 谁拿了 top committer', asks: WON, year: 2025, shows: /John Howard/ },
  { q: '亚特兰大 数据库 那个演讲是谁', asks: WHO, city: 'Atlanta', shows: /Tyler Schade|Michael Bolot/ },
  { q: '上海 istiocon google 主题演讲 谁讲的', asks: WHO, city: 'Shanghai', shows: /Justin Pettit/ },
  { q: '北京 meetup aeraki 谁分享的', asks: WHO, city: 'Beijing', shows: /Huabing Zhao/ },
  { q: '北京那次 meetup 里 ebpf 加速是谁分享的', asks: WHO, city: 'Beijing', shows: /Zhong Luyao/ },
  { q: '阿姆斯特丹 istio day bloomberg 的演讲者', asks: WHO, city: 'Amsterdam', shows: /Alexa Griffith|Zhenni Fu/ },
  { q: '谁是 2025 北美 kubecon 的联合主席', asks: WHO, year: 2025, shows: /Faseela K/ },
  { q: '2023 年谁成了 cncf 大使', asks: WON, year: 2023, shows: /Lin Sun|Mitch Connors|Faseela K/ },
  { q: '2025 cncf 社区奖 获胜者', asks: WON, year: 2025, shows: /John Howard|Daniel Hawton/ },
  { q: '巴黎 kubecon 项目更新谁讲的', asks: WHO, city: 'Paris', shows: /Eric Van Norman|Zhonghu Xu/ },
  { q: '伦敦 istio day 当天谁讲了', asks: WHO, city: 'London', shows: /Lior Lieberman|Josune Cordoba/ },
  { q: '北京 meetup 讲师名单', asks: WHO, city: 'Beijing', shows: /Shi Zehuan|Zhang Wei|Zhong Luyao|Zhang Zhihan/ },
  { q: '欧洲 2025 kubecon 谁得了最终用户奖', asks: WON, year: 2025, shows: /Ant Group|蚂蚁/ },
  // search, Chinese
  { q: 'ebpf 相关的分享有哪些', asks: TOPIC_TALKS, shows: /eBPF/ },
  { q: 'istio 性能开销', asks: SEARCH, shows: /性能开销/ },
  { q: '无 sidecar 的方案', asks: SEARCH, shows: /无 ?Sidecar/i },
  { q: 'wasm 扩展 相关', asks: SEARCH, shows: /Wasm/i },
  { q: 'ambient 多集群 的内容', asks: SEARCH, shows: /多集群/ },
  { q: '迁移到网关 api', asks: SEARCH, shows: /Gateway API|网关 API/ },
  { q: '用 kiali 排障', asks: SEARCH, shows: /Kiali/ },
  { q: 'istio 证书管理', asks: SEARCH, shows: /证书/ },
  { q: 'ai 推理 相关内容', asks: SEARCH, shows: /推理/ },
  { q: '基于 ebpf 的数据面', asks: SEARCH, shows: /华为基于 eBPF 的 Istio 数据平面/ },
  { q: '数据面 热升级', asks: SEARCH, shows: /数据平面热升级/ },
  { q: '华为 数据面', asks: SEARCH, shows: /Xie SongYang/ },
  { q: 'envoy 数据面 踩坑', asks: SEARCH, shows: /Envoy 原理/ },
  // slides, Chinese
  { q: '芝加哥 istio day 的幻灯片在哪', asks: SLIDES, city: 'Chicago', shows: CHICAGO_DECKS },
  { q: '伦敦 istio day 演讲 PPT', asks: SLIDES, city: 'London', shows: LONDON_DECKS },
  { q: '上海 istiocon 演讲资料', asks: SLIDES, city: 'Shanghai', shows: SHANGHAI_DECKS },
  { q: 'istiocon 2021 的演示文稿', asks: SLIDES, year: 2021, shows: ISTIOCON_2021_DECKS },
  { q: 'envoy 踩坑 那个分享的 ppt', asks: SLIDES, shows: /EnvoyPrincipleIntroduction/ },
  { q: 'istio cni 安全 幻灯片', asks: SLIDES, shows: /IstioCNI\.pdf/ },
  { q: '热升级 分享 的 slides', asks: SLIDES, shows: /服务网格热升级技术分享\.pdf/ },
  { q: '首届 istiocon 幻灯片', asks: SLIDES, kind: 'istiocon', shows: ISTIOCON_2021_DECKS },
  { q: '北美 2023 istio day 讲稿', asks: SLIDES, year: 2023, shows: CHICAGO_DECKS },
  { q: '芝加哥 kiali 调试 那个分享的 ppt', asks: SLIDES, city: 'Chicago', shows: CHICAGO_DECKS },
  { q: '上海 istiocon 的演讲能下载吗', asks: SLIDES, city: 'Shanghai', shows: SHANGHAI_DECKS },
  { q: '上海 merbridge 演讲 幻灯片', asks: SLIDES, city: 'Shanghai', shows: SHANGHAI_DECKS },
];

/** What a user reads first: the answer line with its link, then the first passage with its links. */
function firstShown(answer: Answer): string {
  const line = answer.direct ? [answer.direct.text, answer.direct.url] : [];
  const first = answer.results[0];
  const passage = first ? [first.text, ...first.links.slides, ...first.links.schedule, ...first.links.videos, ...first.links.other] : [];
  return [...line, ...passage].map((part) => decodeURI(part)).join('\n');
}

describe('who, search and slides questions as people phrase them', () => {
  it.each(rows)('$q', ({ q, asks, shows, ...named }) => {
    const question = understand(q);
    const read = question.command === 'talks' ? 'talks' : question.ask;
    expect(asks, `read as ${read}`).toContain(read);
    expectNamed(question, named);
    expect(firstShown(engine.answer(q))).toMatch(shows);
  });
});

describe('a topic said to be "related" (相关, 有关)', () => {
  it('finds the passages about the topic, not those that say "related"', () => {
    // The first passage's title names inference (推理), not only AI.
    expect(engine.answer('AI 推理相关').results[0]?.text).toMatch(/^[^。]*推理/);
    expect(understand('ambient related talks').words.groups.map((group) => group.word)).not.toContain('related');
  });
});

describe('asking whether there is anything on a topic', () => {
  it('finds the topic, not the passages that say "anything" (istio.io has "if you have heard anything about service meshes")', () => {
    expect(engine.answer('anything about wasm?').results[0]?.text).toMatch(/Wasm/);
    expect(understand('is there something on ebpf').words.groups.map((group) => group.word)).toEqual(['ebpf']);
  });
});
