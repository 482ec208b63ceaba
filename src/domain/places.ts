import type { Lang } from '../model/index.js';

/**
 * The cities community events are held in, with their Chinese names, country and the region of the
 * conference held there, and the regions with every way the posts and users name them. One list for
 * the indexer (where was the event?) and the query side (`talks paris`, `演讲 伦敦`). A list rather
 * than a guess from "in <Word>": prose says "in April", "in production" and "in Istio" far more often
 * than it names a city.
 */

export type Region = 'Europe' | 'North America' | 'China' | 'Japan' | 'India' | 'Asia Pacific' | 'Latin America';

export interface Place {
  city: string;
  /** Chinese spellings, as the zh posts write them. */
  zh: string[];
  /** Abbreviations people type for the city ("SLC"), lower case: never in the posts, so searched as the city. */
  short?: string[];
  /**
   * The country's names, lower case and Chinese, when the city is the only one of its country that events were held in
   * ("in the uk", "荷兰"): asked of an event there, the city is meant. So is the country's adjective, as people call a
   * conference by where it was ("the dutch kubecon", "the french istio day"); not one that names a language too ("english").
   * Read in questions only, never searched for.
   */
  countryNames?: string[];
  /** The state, in en and zh, where the posts name it beside the city ("Salt Lake City, Utah", "犹他州盐湖城"). */
  state?: { en: string; zh: string };
  country: string;
  region: Region;
}

export const PLACES: readonly Place[] = [
  { city: 'Amsterdam', zh: ['阿姆斯特丹'], countryNames: ['netherlands', 'holland', 'dutch', '荷兰'], country: 'Netherlands', region: 'Europe' },
  { city: 'Paris', zh: ['巴黎'], countryNames: ['france', 'french', '法国'], country: 'France', region: 'Europe' },
  { city: 'London', zh: ['伦敦'], countryNames: ['uk', 'united kingdom', 'england', 'britain', 'british', '英国'], country: 'United Kingdom', region: 'Europe' },
  { city: 'Valencia', zh: ['瓦伦西亚', '巴伦西亚'], country: 'Spain', region: 'Europe' },
  { city: 'Barcelona', zh: ['巴塞罗那'], country: 'Spain', region: 'Europe' },
  { city: 'Copenhagen', zh: ['哥本哈根'], country: 'Denmark', region: 'Europe' },
  { city: 'Lisbon', zh: ['里斯本'], country: 'Portugal', region: 'Europe' },
  { city: 'Berlin', zh: ['柏林'], country: 'Germany', region: 'Europe' },
  { city: 'Munich', zh: ['慕尼黑'], country: 'Germany', region: 'Europe' },
  { city: 'Milan', zh: ['米兰'], country: 'Italy', region: 'Europe' },
  { city: 'Salt Lake City', zh: ['盐湖城'], short: ['slc', 'salt lake'], state: { en: 'Utah', zh: '犹他州' }, country: 'United States', region: 'North America' },
  { city: 'San Diego', zh: ['圣地亚哥'], country: 'United States', region: 'North America' },
  { city: 'Los Angeles', zh: ['洛杉矶'], country: 'United States', region: 'North America' },
  { city: 'San Francisco', zh: ['旧金山'], country: 'United States', region: 'North America' },
  { city: 'Chicago', zh: ['芝加哥'], country: 'United States', region: 'North America' },
  { city: 'Atlanta', zh: ['亚特兰大'], state: { en: 'Georgia', zh: '佐治亚州' }, country: 'United States', region: 'North America' },
  { city: 'Detroit', zh: ['底特律'], country: 'United States', region: 'North America' },
  { city: 'Seattle', zh: ['西雅图'], country: 'United States', region: 'North America' },
  { city: 'Boston', zh: ['波士顿'], country: 'United States', region: 'North America' },
  { city: 'New York', zh: ['纽约'], country: 'United States', region: 'North America' },
  { city: 'Austin', zh: ['奥斯汀'], country: 'United States', region: 'North America' },
  { city: 'Montreal', zh: ['蒙特利尔'], country: 'Canada', region: 'North America' },
  { city: 'Toronto', zh: ['多伦多'], country: 'Canada', region: 'North America' },
  { city: 'Shanghai', zh: ['上海'], country: 'China', region: 'China' },
  { city: 'Beijing', zh: ['北京'], country: 'China', region: 'China' },
  { city: 'Hong Kong', zh: ['香港'], country: 'China', region: 'China' },
  { city: 'Shenzhen', zh: ['深圳'], country: 'China', region: 'China' },
  { city: 'Hangzhou', zh: ['杭州'], country: 'China', region: 'China' },
  { city: 'Tokyo', zh: ['东京'], country: 'Japan', region: 'Japan' },
  { city: 'Mumbai', zh: ['孟买'], country: 'India', region: 'India' },
  { city: 'Hyderabad', zh: ['海得拉巴'], country: 'India', region: 'India' },
  { city: 'New Delhi', zh: ['新德里'], country: 'India', region: 'India' },
  { city: 'Bangalore', zh: ['班加罗尔'], country: 'India', region: 'India' },
  { city: 'Seoul', zh: ['首尔'], country: 'South Korea', region: 'Asia Pacific' },
  { city: 'Singapore', zh: ['新加坡'], country: 'Singapore', region: 'Asia Pacific' },
  { city: 'Sydney', zh: ['悉尼'], country: 'Australia', region: 'Asia Pacific' },
  { city: 'Melbourne', zh: ['墨尔本'], country: 'Australia', region: 'Asia Pacific' },
  { city: 'São Paulo', zh: ['圣保罗'], country: 'Brazil', region: 'Latin America' },
];

/** The countries of `PLACES` in Chinese: an event's place is shown to a Chinese reader in Chinese. */
const COUNTRIES_ZH: Readonly<Record<string, string>> = {
  Netherlands: '荷兰',
  France: '法国',
  'United Kingdom': '英国',
  Spain: '西班牙',
  Denmark: '丹麦',
  Portugal: '葡萄牙',
  Germany: '德国',
  Italy: '意大利',
  'United States': '美国',
  Canada: '加拿大',
  China: '中国',
  Japan: '日本',
  India: '印度',
  'South Korea': '韩国',
  Singapore: '新加坡',
  Australia: '澳大利亚',
  Brazil: '巴西',
};

/** A city as `lang` writes it: in Chinese its first Chinese spelling, when the list knows the city; else as given. */
export function cityIn(city: string, lang: Lang): string {
  return lang === 'zh' ? (placeOf(city)?.zh[0] ?? city) : city;
}

/**
 * Where an event was, as `lang` writes it: "Amsterdam, Netherlands"; in Chinese the country first
 * and no separator ("荷兰阿姆斯特丹", "新加坡" once). A name the lists do not know stays as given.
 */
export function placeIn(city: string | null, country: string | null, lang: Lang): string {
  if (lang === 'en') return [city, country].filter((part): part is string => Boolean(part)).join(', ');
  const parts = [country ? (COUNTRIES_ZH[country] ?? country) : null, city ? cityIn(city, lang) : null].filter((part): part is string => Boolean(part));
  const han = parts.every((part) => /^\p{Script=Han}+$/u.test(part));
  return han ? [...new Set(parts)].join('') : parts.join('，');
}

/** A city with its state as the posts write them ("Salt Lake City, Utah", "犹他州盐湖城"); null when no post names its state. */
export function cityInState(city: string, lang: Lang): string | null {
  const state = placeOf(city)?.state;
  if (!state) return null;
  return lang === 'en' ? `${city}, ${state.en}` : `${state.zh}${cityIn(city, lang)}`;
}

/** Words of a place's name that name no place alone: "city" of Salt Lake City asks where ("last kubecon na city"). */
export const PLACE_NOUNS: readonly string[] = ['city'];

/** Every way a region is written, lower case: its name, abbreviations, Chinese. The first is the name. */
export const REGION_ALIASES: Readonly<Record<Region, readonly string[]>> = {
  Europe: ['europe', 'eu', 'emea', 'european', '欧洲'],
  'North America': ['north america', 'na', 'americas', '北美', '北美洲'],
  China: ['china', 'cn', '中国'],
  Japan: ['japan', 'jp', '日本'],
  India: ['india', 'in', '印度'],
  'Asia Pacific': ['asia pacific', 'apac', '亚太'],
  'Latin America': ['latin america', 'latam', '拉丁美洲'],
};

export const REGIONS = Object.keys(REGION_ALIASES) as Region[];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Region words in prose: "in" and "cn" are too common as words to count there, only where a user types them. */
const PROSE_REGION: Array<[RegExp, Region]> = REGIONS.map((region) => {
  const aliases = REGION_ALIASES[region].filter((alias) => !['in', 'cn', 'jp', 'americas'].includes(alias));
  const latin = aliases.filter((alias) => /^[a-z ]+$/.test(alias)).map(escape);
  const han = aliases.filter((alias) => !/^[a-z ]+$/.test(alias)).map(escape);
  return [new RegExp([`\\b(?:${latin.join('|')})\\b`, ...han].join('|'), 'i'), region];
});

/** The first region a text names ("KubeCon EU", "Istio Day North America", "北美"), or null. */
export function regionIn(text: string): Region | null {
  let best: { region: Region; at: number } | null = null;
  for (const [pattern, region] of PROSE_REGION) {
    const at = pattern.exec(text)?.index;
    if (at !== undefined && (!best || at < best.at)) best = { region, at };
  }
  return best?.region ?? null;
}

/** The region a single word or phrase a user typed stands for ("eu", "北美", "na"), or null. */
export function regionOf(word: string): Region | null {
  const lower = word.trim().toLowerCase();
  return REGIONS.find((region) => REGION_ALIASES[region].includes(lower)) ?? null;
}

const PATTERNS = PLACES.map((place) => ({
  place,
  pattern: new RegExp(`\\b${escape(place.city)}\\b|${place.zh.map(escape).join('|')}`, 'g'),
}));

/** A city named in a text, and where. */
export interface PlaceMention {
  place: Place;
  start: number;
  end: number;
}

/** Every known city the text names, in order of appearance. */
export function findPlaces(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const { place, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      found.push({ place, start, end: start + match[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The place a city name stands for, in English (any case) or Chinese, or null. */
export function placeOf(name: string): Place | null {
  const lower = name.trim().toLowerCase();
  return PLACES.find((place) => place.city.toLowerCase() === lower || place.zh.includes(name.trim())) ?? null;
}

/** Each city and each region with its other spellings, lower case: synonym groups for search. */
export const PLACE_SYNONYMS: readonly (readonly string[])[] = [
  ...REGIONS.map((region) => REGION_ALIASES[region].filter((alias) => alias !== 'in')),
  ...PLACES.map((place) => [place.city.toLowerCase(), ...place.zh, ...(place.short ?? [])]),
];
