export { LiveIndex, type IndexInfo, type LiveIndexOptions, type ReloadResult } from './live-index.js';
export { Health, serveHealth, type AdapterState, type HealthOptions, type HealthServer, type HealthServerOptions, type Liveness, type Readiness } from './health.js';
export { startBots, type BotsOptions, type NamedSurface, type RunningBots } from './bots.js';
export { QueryLogSummary, questionKey, type QueryReport, type QueryReportOptions, type UnansweredQuestion, type VotedQuestion } from './query-report.js';
