export { Asker, type AskerOptions, type Question, type Reply, type Vote } from './asker.js';
export { RateLimiter, type Admission } from './rate-limit.js';
export { FileQueryLog, MemoryQueryLog, type QueryLogEntry, type QueryLogSink, type Surface } from './query-log.js';
export { pruneQueryLogFile, retentionCutoff } from './retention.js';
