/**
 * The index on disk and the MiniSearch schema both its writer (the indexer) and its reader (the
 * query side) use: one tokenizer, one term processor, one set of fields, one format version.
 */
export { INDEX_FORMAT_VERSION, MANIFEST_FILE, REBUILD_HINT, readIndex, readManifest, sha256, type IndexData, type Manifest } from './files.js';
export { buildSearchIndexes, loadSearchIndexes, type PassageIndex, type TalkIndex } from './indexes.js';
export { analyze, processTerm, PASSAGE_INDEX_OPTIONS, TALK_INDEX_OPTIONS, type PassageDocument, type TalkDocument } from './schema.js';
export { STOP_WORDS } from './stopwords.js';
export { fold, tokenize, tokenizeWithOffsets, type Token } from './tokenize.js';
