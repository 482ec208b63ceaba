export { SearchEngine, daysUntil, type Corpus, type RankingOptions } from './engine.js';
export { INDEX_FORMAT_VERSION, rebuildHint, readManifest, type Manifest } from './store.js';
export { detectLang } from './lang.js';
export { mergeMarks, segments, type Segment } from './marks.js';
export { parseQuery, type ParsedQuery } from './query.js';

