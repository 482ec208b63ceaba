/** Question text → a typed `Question`. Pure: no index, no I/O. */
export { understand } from './understand.js';
export { detectLang } from './lang.js';
export { parseQuery } from './parse.js';
export type { Question, WordGroup } from './types.js';
export { askOf, asksHowLong, asksWhoIs, countedPhrases, followsAsked, LISTING_WORDS, TALK_FORMATS, talksAsked, timeOf } from './intents.js';
export { bodyTitleOf } from './bodies.js';
export { subjectGroups } from './what-is.js';
