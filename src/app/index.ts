export { Asker, type Question, type Reply } from './asker.js';
export { InFlight, within } from './in-flight.js';
export { RateLimiter, type Admission, type AdmissionControl } from './rate-limit.js';
export { FileQueryLog, MemoryQueryLog, type QueryLogEntry, type QueryLogSink } from './query-log.js';
export { pruneQueryLogFile, retentionCutoff } from './retention.js';
