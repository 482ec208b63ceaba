/** Question → ranked passages and talks, with MiniSearch and one plain combiner. */
export { Finder, type Corpus, type Indexes } from './finder.js';
export type { Ranked, RankedPassages } from './ranked-list.js';
export { findMarks, mergeMarks, type Mark } from './marks.js';
export { copyKeys, preferLang } from './talks.js';
export { normalized } from './facts.js';
export type { RankingOptions } from './ranking.js';
export { countedWordsOf } from './weights.js';
