/**
 * The fixed query mix of the benchmark: English and Chinese, one to six words, typos, filters and
 * questions that match nothing. Built from word lists of our own with a seeded generator, so every
 * run and every system answers the same questions in the same order.
 */

export interface WorkloadQuery {
  /** What a user types, filters included; our engine gets this. */
  text: string;
  /** The free words alone (no `lang:`/`year:`/`event:`); the baselines, which have no filters, get this. */
  words: string;
  lang: 'en' | 'zh';
  /** Number of free words, 1 to 6 (a Chinese word is one list entry, spaced or not). */
  wordCount: number;
  typo: boolean;
  filters: string[];
  /** Built to find nothing: made-up words, or a year no post has. */
  noMatch: boolean;
}

export interface WorkloadOptions {
  /** Number of queries. Default 600. */
  size?: number;
  /** Seed of the generator. Default 20260401. */
  seed?: number;
}

const EN_WORDS = [
  'istio', 'ambient', 'mesh', 'sidecar', 'waypoint', 'ztunnel', 'gateway', 'kubecon', 'istiocon', 'keynote', 'talk',
  'talks', 'video', 'slides', 'recording', 'workshop', 'community', 'contributors', 'maintainers', 'steering',
  'committee', 'election', 'security', 'audit', 'performance', 'multicluster', 'upgrade', 'release', 'certification',
  'graduation', 'cncf', 'europe', 'america', 'china', 'paris', 'chicago', 'amsterdam', 'shanghai', 'virtual', 'booth',
  'lightning', 'panel', 'schedule', 'announcement', 'award', 'mascot', 'birthday', 'book', 'roadmap', 'telemetry',
  'envoy', 'kubernetes', 'observability', 'trust', 'mtls', 'egress', 'ingress', 'wasm', 'extensions', 'when', 'where',
  'who', 'speakers', 'day', 'summit', 'project', 'news', 'survey', 'users', 'adoption',
];

const ZH_WORDS = [
  '服务网格', '大会', '演讲', '视频', '幻灯片', '社区', '安全', '多集群', '边车', '北美', '欧洲', '中国', '上海', '贡献者',
  '维护者', '指导委员会', '选举', '认证', '毕业', '活动', '峰会', '主题演讲', '闪电演讲', '研讨会', '路线图', '性能', '升级',
  '网关', '可观测性', '零信任', '什么时候', '在哪里',
];

/** Latin words that Chinese questions carry as they are. */
const ZH_LATIN = ['Istio', 'KubeCon', 'IstioCon', 'Ambient', 'Sidecar', 'Envoy', 'CNCF'];

const FILTERS = ['lang:zh', 'lang:en', 'year:2023', 'year:2024', 'year:2025', 'event:"istio day"', 'event:kubecon', 'event:istiocon'];

/** Consonants only: no word of either language is within a typo of a string made of them. */
const NONSENSE_LETTERS = 'bcdfghjklmnpqrstvwxz';
/** Rare Han characters no post uses. */
const NONSENSE_HAN = [...'龘靐齉麤爩籱灪齾龖厵'];

/** mulberry32: a small seeded generator, enough for choosing words. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** One typing slip in a word of five letters or more: two letters swapped, one dropped, doubled or replaced. */
export function misspell(word: string, random: Random): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at + 1) + word.slice(at);
    default: {
      const letter = word[at] === 'e' ? 'a' : 'e';
      return word.slice(0, at) + letter + word.slice(at + 1);
    }
  }
}

const HAN_WORD = /^\p{Script=Han}+$/u;

/** Characters that a slip of a Chinese input method puts in place of the intended one. */
const WRONG_HAN = [...'往格惠全社汇演见频片'];

/** One Han character of a word replaced by another, as a wrong pick in an input method does. */
function miswrite(word: string, random: Random): string {
  const at = Math.floor(random() * word.length);
  const wrong = WRONG_HAN.filter((char) => char !== word[at]);
  return word.slice(0, at) + pick(random, wrong) + word.slice(at + 1);
}

function nonsenseWord(random: Random, lang: 'en' | 'zh'): string {
  if (lang === 'zh') return Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(random, NONSENSE_HAN)).join('');
  return Array.from({ length: 6 + Math.floor(random() * 3) }, () => pick(random, [...NONSENSE_LETTERS])).join('');
}

/** `count` distinct words of the language's list; Chinese questions sometimes carry a Latin name. */
function chooseWords(random: Random, lang: 'en' | 'zh', count: number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    // A Latin name joins only questions that have room for a Chinese word too, or they would read as English.
    if (lang === 'zh' && count > 1 && words.size === 0 && random() < 0.3) words.add(pick(random, ZH_LATIN));
    else words.add(pick(random, lang === 'en' ? EN_WORDS : ZH_WORDS));
  }
  return [...words];
}

/** The words with one slip: a Latin word of five letters or more misspelt, else (Chinese) a Han word miswritten, else (short English words) one of them swapped for a misspelt longer word. */
function withTypo(words: string[], lang: 'en' | 'zh', random: Random): string[] {
  const latin = words.findIndex((word) => /^[a-z]{5,}$/i.test(word));
  if (latin >= 0) return words.map((word, i) => (i === latin ? misspell(word, random) : word));
  const han = words.findIndex((word) => HAN_WORD.test(word));
  if (lang === 'zh' && han >= 0) return words.map((word, i) => (i === han ? miswrite(word, random) : word));
  const at = Math.floor(random() * words.length);
  const long = EN_WORDS.filter((word) => word.length >= 5 && !words.includes(word));
  return words.map((word, i) => (i === at ? misspell(pick(random, long), random) : word));
}

type Kind = 'plain' | 'typo' | 'filter' | 'nomatch';
const KINDS: readonly Kind[] = ['plain', 'plain', 'typo', 'filter', 'nomatch'];

function makeQuery(random: Random, lang: 'en' | 'zh', wordCount: number, kind: Kind): WorkloadQuery {
  let words = chooseWords(random, lang, wordCount);
  let typo = false;
  let noMatch = false;
  const filters: string[] = [];
  if (kind === 'typo') {
    words = withTypo(words, lang, random);
    typo = true;
  } else if (kind === 'filter') {
    filters.push(pick(random, FILTERS));
    if (random() < 0.3) {
      const second = pick(random, FILTERS);
      if (second.split(':')[0] !== filters[0]?.split(':')[0]) filters.push(second);
    }
  } else if (kind === 'nomatch') {
    noMatch = true;
    if (random() < 0.25) filters.push('year:2009');
    else words = words.map(() => nonsenseWord(random, lang));
  }
  const joined = lang === 'zh' && random() < 0.5 ? words.join('') : words.join(' ');
  return { text: [joined, ...filters].join(' '), words: joined, lang, wordCount: words.length, typo, filters, noMatch };
}

/** Fisher–Yates with the seeded generator. */
function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/**
 * The workload: every combination of language (60 % English), word count (1–6) and kind (plain,
 * typo, filter, no match) in fixed proportions, shuffled with the seed.
 */
export function buildWorkload(options: WorkloadOptions = {}): WorkloadQuery[] {
  const size = options.size ?? 600;
  const random = seededRandom(options.seed ?? 20_260_401);
  const queries: WorkloadQuery[] = [];
  for (let i = 0; i < size; i += 1) {
    const lang = i % 5 < 3 ? 'en' : 'zh';
    const wordCount = 1 + (Math.floor(i / 5) % 6);
    const kind = KINDS[Math.floor(i / 30) % KINDS.length] ?? 'plain';
    queries.push(makeQuery(random, lang, wordCount, kind));
  }
  return shuffle(queries, random);
}

/** Queries answered once before the measured pass, so the JIT has seen every code path. */
export const WARM_UP_QUERIES = 100;

/** The question each cold start answers first. */
export const FIRST_QUESTION: WorkloadQuery = {
  text: 'ambient mesh talks at kubecon',
  words: 'ambient mesh talks at kubecon',
  lang: 'en',
  wordCount: 5,
  typo: false,
  filters: [],
  noMatch: false,
};
