export { LiveIndex, type IndexInfo, type LiveIndexOptions } from './live-index.js';
export { Health, serveHealth, type HealthServer } from './health.js';
export { startBots, type BotsOptions, type NamedSurface } from './bots.js';
export { QueryLogSummary, type QueryReport } from './query-report.js';
