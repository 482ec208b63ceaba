export { MAX_QUESTION_LENGTH, PAGE_SIZE } from './limits.js';
export { findPlaces, PLACES, type Place, type PlaceMention } from './places.js';
export { colocatedNames, EVENT_KINDS, REGIONS, SYNONYMS } from './vocabulary.js';
