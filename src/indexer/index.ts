export { buildCorpus, hashContent, type BuildOptions, type BuiltCorpus, type SkippedPost } from './build.js';
export { describeNotPages, type NotAPage, type NotAPageReason } from './pages.js';
export { publishedPassages } from './published.js';
export { parsePost, type ParseOptions, type ParseOutcome } from './parse-post.js';
export { serializeIndex, writeIndex, type SerializedIndex } from './write.js';
export { normalizeYouTube } from '../domain/index.js';
export type { Anchor, FrontEvent, ParsedPost, PassageDraft, PostMeta } from './types.js';
export { auditKnowledge, namesEvent, type AuditReport } from './audit.js';
