/**
 * The cities community events are held in, with their Chinese names, country and the KubeCon region
 * they belong to. A list rather than a guess from "in <Word>": prose says "in April", "in production"
 * and "in Istio" far more often than it names a city.
 */

export interface Place {
  city: string;
  /** Chinese spellings, as the zh posts write them. */
  zh: string[];
  country: string;
  region: 'Europe' | 'North America' | 'China' | 'Japan' | 'India';
}

export const PLACES: readonly Place[] = [
  { city: 'Amsterdam', zh: ['阿姆斯特丹'], country: 'Netherlands', region: 'Europe' },
  { city: 'Paris', zh: ['巴黎'], country: 'France', region: 'Europe' },
  { city: 'London', zh: ['伦敦'], country: 'United Kingdom', region: 'Europe' },
  { city: 'Valencia', zh: ['瓦伦西亚', '巴伦西亚'], country: 'Spain', region: 'Europe' },
  { city: 'Barcelona', zh: ['巴塞罗那'], country: 'Spain', region: 'Europe' },
  { city: 'Copenhagen', zh: ['哥本哈根'], country: 'Denmark', region: 'Europe' },
  { city: 'Lisbon', zh: ['里斯本'], country: 'Portugal', region: 'Europe' },
  { city: 'Salt Lake City', zh: ['盐湖城'], country: 'United States', region: 'North America' },
  { city: 'San Diego', zh: ['圣地亚哥'], country: 'United States', region: 'North America' },
  { city: 'Los Angeles', zh: ['洛杉矶'], country: 'United States', region: 'North America' },
  { city: 'Chicago', zh: ['芝加哥'], country: 'United States', region: 'North America' },
  { city: 'Atlanta', zh: ['亚特兰大'], country: 'United States', region: 'North America' },
  { city: 'Detroit', zh: ['底特律'], country: 'United States', region: 'North America' },
  { city: 'Seattle', zh: ['西雅图'], country: 'United States', region: 'North America' },
  { city: 'Boston', zh: ['波士顿'], country: 'United States', region: 'North America' },
  { city: 'Montreal', zh: ['蒙特利尔'], country: 'Canada', region: 'North America' },
  { city: 'Shanghai', zh: ['上海'], country: 'China', region: 'China' },
  { city: 'Beijing', zh: ['北京'], country: 'China', region: 'China' },
  { city: 'Hong Kong', zh: ['香港'], country: 'China', region: 'China' },
  { city: 'Shenzhen', zh: ['深圳'], country: 'China', region: 'China' },
  { city: 'Hangzhou', zh: ['杭州'], country: 'China', region: 'China' },
  { city: 'Tokyo', zh: ['东京'], country: 'Japan', region: 'Japan' },
  { city: 'Mumbai', zh: ['孟买'], country: 'India', region: 'India' },
  { city: 'Hyderabad', zh: ['海得拉巴'], country: 'India', region: 'India' },
  { city: 'New Delhi', zh: ['新德里'], country: 'India', region: 'India' },
];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
      const start = match.index ?? 0;
      found.push({ place, start, end: start + match[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
