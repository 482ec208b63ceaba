import { KIND_NAMES, PLACES, REGION_ALIASES, REGIONS } from '../domain/index.js';
import { fold } from '../store/index.js';
import type { Entities } from './types.js';

const HAN = /\p{Script=Han}/u;

/** How an alias is looked for in a padded question: as whole words, or anywhere for Chinese. */
const formOf = (alias: string): string => (HAN.test(alias) ? alias : ` ${alias} `);

// Worked out once: a question is read against every alias of every kind, region and city.
const KIND_FORMS = KIND_NAMES.map(({ kind, aliases }) => ({ kind, forms: aliases.map(formOf) }));
// "in" is an alias of India and an English word: only the spelled-out names count here.
const REGION_FORMS = REGIONS.map((region) => ({ region, forms: REGION_ALIASES[region].filter((alias) => alias !== 'in').map(formOf) }));
const CITY_FORMS = PLACES.map((place) => ({ city: place.city, forms: [place.city.toLowerCase(), ...place.zh, ...(place.short ?? []), ...(place.countryNames ?? [])].map(formOf) }));

/** Whether `padded` (folded, one space at each end) says one of `forms`. */
const says = (padded: string, forms: readonly string[]): boolean => forms.some((form) => padded.includes(form));

/** The event kinds, regions, cities and years `text` names. `speaker` is set by the command only. */
export function readEntities(text: string, years: number[]): Entities {
  const folded = ` ${fold(text).replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ').trim()} `;
  return {
    kinds: KIND_FORMS.filter(({ forms }) => says(folded, forms)).map(({ kind }) => kind),
    regions: REGION_FORMS.filter(({ forms }) => says(folded, forms)).map(({ region }) => region),
    cities: CITY_FORMS.filter(({ forms }) => says(folded, forms)).map(({ city }) => city),
    years,
    speaker: null,
  };
}
