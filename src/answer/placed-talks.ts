import { KIND_NAMES, PLACES } from '../domain/index.js';
import type { Talk } from '../model/index.js';
import { fold } from '../store/index.js';
import type { Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';

/** Every way a question names a city (its name, Chinese names, abbreviations, its country), lower case, and the city. */
const CITY_WORDS = new Map(PLACES.flatMap((place) => [place.city.toLowerCase(), ...place.zh, ...(place.short ?? []), ...(place.countryNames ?? [])].map((word) => [word, place.city] as const)));
/** How a question names the KubeCon an Istio Day or a track was part of. */
const KUBECON_WORDS = new Set(KIND_NAMES.find((entry) => entry.kind === 'kubecon')?.aliases ?? []);

/**
 * The talks a word search names when some of its words say where or at which conference ("kiali troubleshooting
 * london", "上海 dubbo 治理", "databases mesh kubecon"): a talk is indexed by its title, speakers and event name
 * ("Istio Day Europe 2025"), which hold neither the city nor the KubeCon the Istio Day was co-located with, so those
 * words found no talk. Searched again without them, the talks kept are those given at an event held there (in a city
 * named) or at a KubeCon or one of its co-located events and tracks (kubecon named). `find` runs the talk search.
 */
export function talksAtPlace(question: Question, find: (question: Question) => Talk[], calendar: Calendar): Talk[] {
  const found = find(question);
  const { cities, kinds } = question.entities;
  // Only a search that found fewer talks than are shown, of a question naming a city or a KubeCon, is searched again:
  // "ambient kubecon 2025" lists the KubeCon's own talks first, then those of the Istio Day held within it.
  if (found.length >= TALKS_SHOWN || (!cities.length && !kinds.includes('kubecon'))) return found;
  const { groups } = question.words;
  const place = groups.filter((group) => cities.includes(CITY_WORDS.get(fold(group.word)) ?? '') || KUBECON_WORDS.has(fold(group.word)));
  if (!place.length || place.length === groups.length) return found;
  const held = heldAt(calendar, cities, kinds.includes('kubecon'));
  const rest = find({ ...question, words: { ...question.words, groups: groups.filter((group) => !place.includes(group)) } });
  const shown = new Set(found.map(keyOf));
  const more = rest.filter((talk) => talk.event !== null && held.has(talk.event) && !shown.has(keyOf(talk)));
  return [...found, ...more].slice(0, TALKS_SHOWN);
}

/** Most talks shown beside the passages of a search, as the talk search gives them. */
const TALKS_SHOWN = 3;

/** One talk whichever search found it. */
const keyOf = (talk: Talk): string => `${talk.event ?? ''}|${talk.titles.en ?? talk.title}`;

/** The names of the events held in one of `cities` (every city when none), and when `kubecon`, of a KubeCon or an event it holds. */
function heldAt(calendar: Calendar, cities: readonly string[], kubecon: boolean): Set<string> {
  const kubecons = new Set(calendar.all.filter((event) => event.kind === 'kubecon').map((event) => event.id));
  const there = calendar.all.filter(
    (event) => (!cities.length || (event.city !== null && cities.includes(event.city))) && (!kubecon || kubecons.has(event.id) || (event.parent !== null && kubecons.has(event.parent))),
  );
  return new Set(there.map((event) => event.name));
}
