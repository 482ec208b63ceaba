export { buildCorpus, type BuildOptions, type BuiltCorpus, type SkippedPost } from './build.js';
export { parsePost, type ParseOptions, type ParseOutcome } from './parse-post.js';
export { serializeIndex, writeIndex, type SerializedIndex } from './write.js';
export { normalizeYouTube } from './links.js';
export type { Anchor, FrontEvent, ParsedPost, PassageDraft, PostMeta } from './types.js';
export { auditKnowledge, namesEvent, type AuditReport } from './audit.js';
