/**
 * The words an event's city is typed by ("salt lake", "slc", 盐湖城): they name its events, and, typed, they say where the
 * event asked about was held, which rules out one held elsewhere. Pure.
 */
import { PLACE_NOUNS, type Place } from '../domain/index.js';
import { nameWords } from './name-words.js';

export function cityWordsOf(place: Place | null): string[] {
  // "city" of Salt Lake City names no event: it asks where one was. "slc": the abbreviation people type names it as the city does.
  return place ? [...nameWords(place.city).filter((word) => !PLACE_NOUNS.includes(word)), ...place.zh, ...(place.short ?? [])] : [];
}
