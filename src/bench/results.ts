import { percentile } from '../eval/metrics.js';

export const SYSTEM_NAMES = ['ours', 'minisearch', 'scan'] as const;
export type SystemName = (typeof SYSTEM_NAMES)[number];

/** What the table calls each system. */
export const SYSTEM_LABELS: Record<SystemName, string> = {
  ours: 'ours',
  minisearch: 'MiniSearch posts',
  scan: 'substring scan',
};

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Everything measured for one system at one corpus size. */
export interface SystemResult {
  reindexSeconds: number;
  /** Markdown megabytes (10^6 bytes) indexed per second. */
  mbPerSecond: number;
  /** Passages indexed per second (posts per second for the whole-post baseline). */
  unitsPerSecond: number;
  units: number;
  indexBytes: number;
  /** Median over the cold runs: from spawning `node` to the first answer. */
  coldStartMs: number;
  /** Median over the cold runs: reading the index into a usable engine, inside the process. */
  loadMs: number;
  queryMs: LatencySummary;
  /** Workload queries that found at least one result. */
  matched: number;
  rssAfterLoadMb: number;
  rssAfterWorkloadMb: number;
}

export interface SizeResult {
  factor: number;
  files: number;
  markdownBytes: number;
  systems: Record<SystemName, SystemResult>;
}

/** `/api/ask` over loopback under load (the HTTP row), on the smallest corpus measured. */
export interface HttpResult {
  factor: number;
  /** When the load ran (ISO 8601): the machine is shared, so the time matters. */
  at: string;
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** Errors, timeouts and non-2xx answers: 0 unless something is wrong. */
  failures: number;
  /** CPU time (user + system) of the server process per request: its ceiling is 1000 / this requests/s on one core. */
  serverCpuMsPerRequest: number;
  /** The server's CPU time inside the engine's `answer`, per request; the rest is the web's own. */
  engineMsPerRequest: number;
  /** CPU time of the load generator (autocannon, in the bench's process) per request. */
  loadGeneratorCpuMsPerRequest: number;
}

export interface BenchResult {
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  workload: { queries: number; warmUp: number; coldRuns: number };
  sizes: SizeResult[];
  /** Absent when no size was measured. */
  http?: HttpResult;
}

export function summarize(latencies: readonly number[]): LatencySummary {
  const total = latencies.reduce((sum, value) => sum + value, 0);
  return {
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: percentile(latencies, 1),
    mean: latencies.length ? total / latencies.length : 0,
  };
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}
