/**
 * The index on disk and the MiniSearch schema both its writer (the indexer) and its reader (the
 * query side) use: one tokenizer, one term processor, one set of fields, one format version.
 */
export { INDEX_FORMAT_VERSION, MANIFEST_FILE, readIndex, readManifest, rebuildHint, serializeData, sha256, type Manifest } from './files.js';
export { buildSearchIndexes, takeSearchIndexes, type PassageIndex, type SearchIndexes, type TalkIndex } from './indexes.js';
export { analyze, AS_INDEX_TERMS, processTerm } from './schema.js';
export { inLookupOrder } from './term-order.js';
export { STOP_WORDS } from './stopwords.js';
export { fold, tokenize, tokenizeWithOffsets } from './tokenize.js';
