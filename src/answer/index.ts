/** Question → `Answer`: the query side's one entry point, and what surfaces may import from it. */
export type * from './types.js';
export { Answerer } from './answerer.js';
export { heldDuring } from './event-dates.js';
export { mergeMarks, type RankingOptions } from '../find/index.js';
