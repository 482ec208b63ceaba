/** Question text → a typed `Question`. Pure: no index, no I/O. */
export { understand } from './understand.js';
export { detectLang } from './lang.js';
export { parseQuery, type ParsedQuery } from './parse.js';
export type { Ask, Command, Entities, Filters, Question, Time, Want, WordGroup, Words } from './types.js';
export { askOf, talksAsked } from './intents.js';
