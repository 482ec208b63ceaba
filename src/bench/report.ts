import { SYSTEM_LABELS, SYSTEM_NAMES, type BenchResult, type HttpResult, type SizeResult, type SystemResult } from './results.js';

interface Row {
  label: string;
  value: (result: SystemResult) => number;
  digits: number;
}

const ROWS: Row[] = [
  { label: 'reindex (s)', value: (r) => r.reindexSeconds, digits: 2 },
  { label: 'reindex MB/s', value: (r) => r.mbPerSecond, digits: 2 },
  { label: 'passages/s (posts/s)', value: (r) => r.unitsPerSecond, digits: 0 },
  { label: 'index on disk (MB)', value: (r) => r.indexBytes / 1_048_576, digits: 1 },
  { label: 'cold start (ms)', value: (r) => r.coldStartMs, digits: 0 },
  { label: 'load alone (ms)', value: (r) => r.loadMs, digits: 0 },
  { label: 'query p50 (ms)', value: (r) => r.queryMs.p50, digits: 3 },
  { label: 'query p95 (ms)', value: (r) => r.queryMs.p95, digits: 3 },
  { label: 'query p99 (ms)', value: (r) => r.queryMs.p99, digits: 3 },
  { label: 'query max (ms)', value: (r) => r.queryMs.max, digits: 3 },
  { label: 'RSS after load (MB)', value: (r) => r.rssAfterLoadMb, digits: 0 },
  { label: 'RSS after queries (MB)', value: (r) => r.rssAfterWorkloadMb, digits: 0 },
];

/** A goal of the issue for our system: a ceiling or a floor at one corpus size (any size when `factor` is absent). */
export interface Target {
  row: string;
  factor?: number;
  atMost?: number;
  atLeast?: number;
}

const TARGETS: readonly Target[] = [
  { row: 'query p99 (ms)', factor: 10, atMost: 2 },
  { row: 'query p99 (ms)', factor: 100, atMost: 10 },
  { row: 'query max (ms)', factor: 100, atMost: 50 },
  { row: 'cold start (ms)', factor: 1, atMost: 300 },
  { row: 'cold start (ms)', factor: 100, atMost: 1500 },
  { row: 'reindex MB/s', atLeast: 5 },
  { row: 'RSS after load (MB)', factor: 10, atMost: 150 },
  { row: 'RSS after queries (MB)', factor: 10, atMost: 150 },
];

function targetOf(row: string, factor: number): Target | undefined {
  return TARGETS.find((target) => target.row === row && (target.factor === undefined || target.factor === factor));
}

function describe(target: Target): string {
  return target.atMost !== undefined ? `≤ ${target.atMost}` : `≥ ${target.atLeast ?? 0}`;
}

function meets(target: Target, value: number): boolean {
  return target.atMost !== undefined ? value <= target.atMost : value >= (target.atLeast ?? 0);
}

/** "≤ 2 ✓" / "≥ 5 ✗": the goal and whether our value meets it; empty when the row has none at this size. */
function verdict(row: string, factor: number, value: number): string {
  const target = targetOf(row, factor);
  return target ? `${describe(target)} ${meets(target, value) ? '✓' : '✗'}` : '';
}

/** Every target our system missed in a run, for the closing line. */
function misses(result: BenchResult): string[] {
  return result.sizes.flatMap((size) =>
    ROWS.flatMap((row) => {
      const target = targetOf(row.label, size.factor);
      const value = row.value(size.systems.ours);
      return target && !meets(target, value) ? [`${size.factor}× ${row.label} ${format(value, row.digits)} (target ${describe(target)})`] : [];
    }),
  );
}

function format(value: number, digits: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function ratio(ours: number, baseline: number): string {
  if (!baseline) return '–';
  const value = ours / baseline;
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** One markdown table for one corpus size: our numbers, the targets, both baselines and the ratios ours ÷ baseline. */
function sizeTable(size: SizeResult): string {
  const { ours, minisearch, scan } = size.systems;
  const header = ['metric', 'target', SYSTEM_LABELS.ours, SYSTEM_LABELS.minisearch, SYSTEM_LABELS.scan, 'ours ÷ MiniSearch', 'ours ÷ scan'];
  const lines = [
    `### ${size.factor}× — ${size.files.toLocaleString('en-US')} files, ${format(size.markdownBytes / 1e6, 1)} MB of markdown, ` +
      `${ours.units.toLocaleString('en-US')} passages (${minisearch.units.toLocaleString('en-US')} posts)`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
  ];
  for (const row of ROWS) {
    const values = [ours, minisearch, scan].map((result) => row.value(result));
    const [own = 0, ms = 0, sc = 0] = values;
    const cells = [row.label, verdict(row.label, size.factor, own), ...values.map((value) => format(value, row.digits)), ratio(own, ms), ratio(own, sc)];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  const matched = SYSTEM_NAMES.map((name) => `${SYSTEM_LABELS[name]} ${size.systems[name].matched}`).join(', ');
  lines.push('', `Queries with at least one result: ${matched}.`);
  return lines.join('\n');
}

/** Goals of the web surface (issue 14), at the size the HTTP row ran on. */
const HTTP_TARGETS = { requestsPerSecond: 2_000, p99Ms: 20 } as const;

/** The HTTP row: `/api/ask` over loopback under load, with its goals. */
export function httpTable(http: HttpResult): string {
  const rate = http.requestsPerSecond >= HTTP_TARGETS.requestsPerSecond;
  const p99 = http.latencyMs.p99 <= HTTP_TARGETS.p99Ms;
  return [
    `### HTTP — GET /api/ask over loopback, ${http.factor}×, ${http.connections} connections for ${http.seconds} s (${http.at})`,
    '',
    '| metric | target | web |',
    '|---|---:|---:|',
    `| requests/s | ≥ ${HTTP_TARGETS.requestsPerSecond} ${rate ? '✓' : '✗'} | ${format(http.requestsPerSecond, 0)} |`,
    `| latency p50 (ms) |  | ${format(http.latencyMs.p50, 1)} |`,
    `| latency p99 (ms) | ≤ ${HTTP_TARGETS.p99Ms} ${p99 ? '✓' : '✗'} | ${format(http.latencyMs.p99, 1)} |`,
    `| latency max (ms) |  | ${format(http.latencyMs.max, 1)} |`,
    `| failed requests |  | ${http.failures} of ${http.requests} |`,
    `| server CPU per request (ms) |  | ${format(http.serverCpuMsPerRequest, 3)} |`,
    `| … in the engine (ms) |  | ${format(http.engineMsPerRequest, 3)} |`,
    `| … in the web surface: HTTP, routing, checks, JSON, log line (ms) |  | ${format(http.serverCpuMsPerRequest - http.engineMsPerRequest, 3)} |`,
    `| one server process's ceiling (requests/s) |  | ${format(1000 / http.serverCpuMsPerRequest, 0)} |`,
    `| load generator CPU per request (ms) |  | ${format(http.loadGeneratorCpuMsPerRequest, 3)} |`,
  ].join('\n');
}

function httpMisses(http: HttpResult | undefined): string[] {
  if (!http) return [];
  return [
    ...(http.requestsPerSecond < HTTP_TARGETS.requestsPerSecond ? [`HTTP requests/s ${format(http.requestsPerSecond, 0)} (target ≥ ${HTTP_TARGETS.requestsPerSecond})`] : []),
    ...(http.latencyMs.p99 > HTTP_TARGETS.p99Ms ? [`HTTP p99 ${format(http.latencyMs.p99, 1)} ms (target ≤ ${HTTP_TARGETS.p99Ms})`] : []),
  ];
}

/** The whole report as markdown: machine, workload, one table per size, the targets missed. */
export function renderReport(result: BenchResult): string {
  const { machine, workload } = result;
  const missed = [...misses(result), ...httpMisses(result.http)];
  return [
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node} on ${machine.platform}. ` +
      `Workload: ${workload.queries} queries after ${workload.warmUp} warm-up queries, in-process; cold start and load: median of ${workload.coldRuns} fresh processes.`,
    'Ratios are ours ÷ baseline: below 1 means less time or space than the baseline, except in the two throughput rows (MB/s, passages/s), where above 1 is faster.',
    '',
    ...result.sizes.flatMap((size) => [sizeTable(size), '']),
    ...(result.http ? [httpTable(result.http), ''] : []),
    missed.length ? `Targets missed: ${missed.join('; ')}.` : 'Every target is met.',
  ].join('\n');
}
