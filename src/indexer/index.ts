export { buildCorpus, hashContent, type BuildOptions, type BuiltCorpus } from './build.js';
export { describeNotPages } from './pages.js';
export { publishedPassages } from './published.js';
export { parsePost } from './parse-post.js';
export { serializeIndex, writeIndex } from './write.js';
export { normalizeYouTube } from '../domain/index.js';
export type { ParsedPost } from './types.js';
export { auditKnowledge, namesEvent, type AuditReport } from './audit.js';
