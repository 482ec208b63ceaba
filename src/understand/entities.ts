import { KIND_NAMES, PLACES, REGION_ALIASES, REGIONS } from '../domain/index.js';
import { fold } from '../store/index.js';
import type { Entities } from './types.js';

const HAN = /\p{Script=Han}/u;

/** Whether `alias` occurs in `padded` (folded, one space at each end) as whole words, or anywhere for Chinese. */
function says(padded: string, alias: string): boolean {
  if (HAN.test(alias)) return padded.includes(alias);
  return padded.includes(` ${alias} `);
}

/** The event kinds, regions, cities and years `text` names. `speaker` is set by the command only. */
export function readEntities(text: string, years: number[]): Entities {
  const folded = ` ${fold(text).replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ').trim()} `;
  return {
    kinds: KIND_NAMES.filter(({ aliases }) => aliases.some((alias) => says(folded, alias))).map(({ kind }) => kind),
    // "in" is an alias of India and an English word: only the spelled-out names count here.
    regions: REGIONS.filter((region) => REGION_ALIASES[region].some((alias) => alias !== 'in' && says(folded, alias))),
    cities: PLACES.filter((place) => [place.city.toLowerCase(), ...place.zh].some((alias) => says(folded, alias))).map((place) => place.city),
    years,
    speaker: null,
  };
}
