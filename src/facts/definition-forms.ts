/**
 * The ways a sentence says what something is, en and zh ("Istio Day is a…", "The Istio ContribFest, a hands-on
 * session…", "以用户为中心的 IstioCon 是…"), each with how plainly it says the kind of thing it is. Read by
 * `definitions.ts`, which finds them in a passage's sentences when indexing.
 */
import { kindIn } from '../domain/index.js';

/** A name or term of one to six words, no comma: "Istio Day", "The Istio Steering Committee", "pilot-load". */
const TERM = String.raw`[\p{L}\p{N}][\p{L}\p{N}+#.'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}+#.'’-]*){0,5}?`;
/** A name: capitalised words ("Istio ContribFest", "Izzy"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}+#.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}+#.'’-]*){0,3}`;
const LATIN_NAME = String.raw`[A-Za-z][\w.+#'’-]*(?:\s+[A-Za-z0-9][\w.+#'’-]*){0,3}`;

/** Words after "is a" that judge rather than say what a thing is: "Ztunnel is a great example of…", "Istio Day is the perfect opportunity…". */
const JUDGED = String.raw`(?:great|good|perfect|excellent|amazing|fantastic|wonderful|huge|big|prime|testament)(?![\p{L}])`;

/** How plainly "is a…" / "was the…" says what kind of thing the subject is: present tense and "a" most, a judgement least. */
function plainness({ groups }: RegExpExecArray): number {
  const kind = groups?.article === 'the' ? 0.5 : 1;
  const tense = /^(?:was|were)$/.test(groups?.verb ?? '') ? kind / 3 : kind;
  return groups?.judged ? tense / 3 : tense;
}
/** How plainly "是…" says what kind of thing the subject is: "是一…" most, "是…的一个很好的例子" (a judgement) least. */
function saysKind({ groups }: RegExpExecArray): number {
  const kind = groups?.article ? 1 : 0.5;
  return groups?.judged === undefined ? kind : kind / 3;
}
const says = (strength: number) => (): number => strength;

/**
 * Each way a sentence defines its subject (group `term`), and how plainly it says what kind of
 * thing it is (`strength`, 0 to 1: "is a…", "是一…" most, the better answer to "what is").
 */
export const FORMS: readonly { pattern: RegExp; strength: (match: RegExpExecArray) => number; names?: (term: string) => boolean }[] = [
  // "Istio Day is a…", "IstioCon is the annual…", "IstioCon 2022 will be an…"
  { pattern: new RegExp(String.raw`^(?:[Tt]he\s+)?(?<term>${TERM})\s+(?<verb>is|are|was|were|will\s+be)\s+(?<article>an?|the|one)\s(?<judged>${JUDGED})?`, 'u'), strength: plainness },
  // "The L7 proxies are called waypoints", "…is called the ztunnel (zero-trust tunnel)", "L7 代理称为 waypoint": what a thing is,
  // then its name, the term defined (what comes before names no other term: "The L7 proxies" is the kind of thing it is).
  { pattern: new RegExp(String.raw`^[^,;:]{2,80}?\s(?:is|are)\s+(?:called|known\s+as)\s+(?:the\s+)?(?<term>${TERM})(?=\s*(?:[,.;(]|\s[-–—]\s|$))`, 'u'), strength: says(1) },
  { pattern: /^[^，。！？；：]{2,40}?(?<!被)称为\s*(?<term>[^，。！？；、（(“”"\s][^，。！？；、（(“”"]{0,23}?)\s*(?=[（(，。！？；]|$)/u, strength: says(1) },
  // "The Istio Steering Committee oversees…", "…is responsible for…"
  { pattern: new RegExp(String.raw`^(?:[Tt]he\s+)?(?<term>${TERM})\s+(?:oversees|governs|(?:is|are)\s+responsible\s+for)\s`, 'u'), strength: says(0.5) },
  // What it is made of says what its parts are: "The Steering Committee consists of 9 … Contribution Seats, and 4
  // elected Community Seats" says what a community seat is (group `parts`, defined with the whole they belong to).
  { pattern: new RegExp(String.raw`^(?:[Tt]he\s+)?(?<term>${TERM})\s+(?:now\s+)?(?:consists\s+of|is\s+made\s+up\s+of|is\s+composed\s+of|comprises)\s(?<parts>[^.;]+)`, 'u'), strength: says(0.5) },
  // "Istio 指导委员会由 9 个按比例分配的贡献席位和 4 个选举的社区席位组成"
  { pattern: /^(?<term>[^，。！？；、的\s][^，。！？；、的]{0,23}?)\s*由(?<parts>[^，。！？；]{1,80}?)(?:组成|构成)/u, strength: says(0.5) },
  // What it is for or made of: "Ambient mesh is designed for simplified operations…", "ztunnel is designed to be…", "Istio’s ambient mode is powered by…"
  { pattern: new RegExp(String.raw`^(?:[Tt]he\s+)?(?<term>${TERM})\s+(?:is|are)\s+(?:designed\s+(?:to|for)|powered\s+by|built\s+(?:on|for))\s`, 'u'), strength: says(0.5) },
  // What it gathers people for: "The Maintainer Track brought contributors together to collaborate on roadmap topics…".
  { pattern: new RegExp(String.raw`^(?:[Tt]he\s+)?(?<term>${TERM})\s+(?:brought|brings|gathered|gathers)\s+(?:together\s+[^,.;]{1,60}?|[^,.;]{1,60}?\s+together)\s+(?:to|for)\s`, 'u'), strength: says(0.5) },
  // "维护者专区将贡献者聚集在一起，共同探讨路线图主题…"
  { pattern: /^(?<term>[^，。！？；、的\s][^，。！？；、的]{0,23}?)\s*(?:将|把)[^，。！？；]{1,30}?(?:聚集|汇聚|召集|聚)在一起/u, strength: says(0.5) },
  // What it lets one do: "Aeraki helps you manage any layer-7 traffic", after a title's colon too ("Full-stack mesh: Aeraki helps you…").
  { pattern: new RegExp(String.raw`(?:^|:\s+)(?:[Tt]he\s+)?(?<term>${NAME})\s+(?:helps|lets|allows|enables)\s+(?:you|users|teams|operators|people)\s`, 'u'), strength: says(0.5) },
  // "全栈服务网格：Aeraki 助你在 Istio 中管理任意七层流量"
  { pattern: new RegExp(String.raw`(?:^|[：:]\s*)(?<term>${LATIN_NAME})\s*(?:助你|帮你|帮助你|让你|帮助用户)`, 'u'), strength: says(0.5) },
  // "The Istio ContribFest, a hands-on session…", "Izzy, the Istio Dolphin."
  { pattern: new RegExp(String.raw`^(?:[Tt]he\s+)?(?<term>${NAME})\s*(?:,|:|——|—|–)\s*(?<article>an?|the)\s`, 'u'), strength: plainness },
  // "The Istio ContribFest, where newcomers worked through good first issues…": what is done there says what it is.
  { pattern: new RegExp(String.raw`^(?:[Tt]he\s+)?(?<term>${NAME})\s*,\s*where\s`, 'u'), strength: says(0.5) },
  // "…buy an All-Access ticket which includes entry to all the Day 0 events": a name, then a clause that says what it is or gives.
  { pattern: /(?:^|\s)(?:an?|the)\s+(?<term>\p{Lu}[\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}'’-]+){0,2}?)\s*,?\s+(?:which|that)\s+(?:is|are|includes?|gives?|covers?|lets?|grants?)\s/u, strength: says(0.5) },
  // "…the Steering Committee introduced Izzy, an Indo-Pacific bottlenose dolphin, as…": a name anywhere, then "a …".
  { pattern: new RegExp(String.raw`(?:^|\s)(?<term>${NAME})\s*,\s*an?\s`, 'u'), strength: says(0.5) },
  // "以用户为中心的 IstioCon 是…", "IstioCon 2022 将是…" (not 是否, "whether", nor a date: "下一场是 2024 年…").
  // Its other name in brackets before 是 ("“Phippy 和朋友们”（Phippy and Friends）是…", group `alias`) names it too.
  { pattern: /^(?:[^。，！？；]{0,24}的\s*)?(?<term>[^，。！？；、的\s][^，。！？；、的]{0,23}?)\s*(?:[（(](?<alias>[^（）()。，]{1,40})[）)]\s*)?(?:将会|将|就)?是(?!否|不|\s*\d)(?<article>一)?(?:(?<judged>(?=[^。！？]*(?:例子|典范|榜样)))|)/u, strength: saysKind },
  // "Istio 指导委员会负责监督…"
  { pattern: /^(?<term>[^，。！？；、的\s][^，。！？；、的]{0,23}?)\s*负责/u, strength: says(0.5) },
  // "Ambient 模式旨在简化操作…", "Istio 的 Ambient 模式由轻量级…代理提供支持"
  { pattern: /^(?:[^。，！？；]{0,24}的\s*)?(?<term>[^，。！？；、的\s][^，。！？；、的]{0,23}?)\s*(?:旨在|由[^，。！？；]{1,60}提供支持)/u, strength: says(0.5) },
  // "…发布了 Izzy——一只印度太平洋宽吻海豚", anywhere in the sentence ("2025 年 11 月 10 日 — a full-day…" is no such dash).
  { pattern: new RegExp(String.raw`(?:^|[\s，：])(?<term>${LATIN_NAME})\s*——\s*一`, 'u'), strength: says(1) },
  // "Istio ContribFest，面向想开始为 Istio 做贡献的人的动手环节。": a name, then what it is, in one clause.
  // A photo's caption opens with the edition it was taken at ("IstioCon 2023，我们的钻石赞助商": the sponsor's logo), so one year's event is no such name.
  { pattern: new RegExp(String.raw`^(?<term>${LATIN_NAME})\s*，(?=[^，；]*的[^，；]*[。！]?$)`, 'u'), strength: says(0.5), names: (term) => !(kindIn(term) && /\b20\d\d\b/.test(term)) },
  // "the Istio Certified Associate (ICA) exam", "Istio 认证助理（ICA）考试": an abbreviation spelled out names what it stands for.
  { pattern: /(?<term>(?:\p{Lu}[\p{L}'’-]*\s+){1,5}\(\p{Lu}{2,6})\)|(?<![\p{L}\p{N}])(?<han>[\p{Script=Han}A-Za-z ]{2,12}（[A-Z]{2,6})）/u, strength: says(0) },
];
