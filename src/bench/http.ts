import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { ServerStats } from './http-server.js';
import type { HttpResult } from './results.js';
import { buildWorkload, WARM_UP_QUERIES } from './workload.js';

const CHILD = fileURLToPath(new URL('./child.js', import.meta.url));

export interface HttpOptions {
  /** Seconds of load. */
  seconds: number;
  /** Connections kept open at once (keep-alive, one request at a time each: no pipelining). */
  connections: number;
  /** Requests sent before the clock runs. Default: the engine rows' warm-up, per connection. */
  warmUp?: number;
}

/** What autocannon measured; the server's own counters are added by `measureHttp`. */
export type LoadResult = Omit<HttpResult, 'factor' | 'serverCpuMsPerRequest' | 'engineMsPerRequest'>;

/**
 * `/api/ask` under load over loopback: the web surface in a child process on `indexDir`, the load
 * generator (one autocannon instance, no worker threads) in this one, so the two do not share an
 * event loop. The server's CPU time and its time in the engine are read before and after the clock
 * runs, so the row says how much of a request the engine takes and how much the server adds.
 */
export async function measureHttp(indexDir: string, factor: number, options: HttpOptions): Promise<HttpResult> {
  const server = spawn(process.execPath, [CHILD, 'web', indexDir], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  try {
    const base = `http://127.0.0.1:${await listeningPort(server.stdout)}`;
    await warmUpApiAsk(base, options);
    const before = await statsOf(server);
    const load = await loadApiAsk(base, options);
    const after = await statsOf(server);
    const requests = Math.max(1, load.requests);
    return {
      factor,
      ...load,
      serverCpuMsPerRequest: (after.cpuMs - before.cpuMs) / requests,
      engineMsPerRequest: (after.engineMs - before.engineMs) / Math.max(1, after.answered - before.answered),
    };
  } finally {
    server.kill();
    if (server.exitCode === null) await once(server, 'exit');
  }
}

/**
 * The workload's questions as autocannon requests. The connections share one cursor, so together
 * they send the workload in order, round and round, and the questions in flight at once are
 * different ones, as from independent users (each connection walking the list from its start would
 * send every question ten times in a row: a slow one would stall all ten connections at once).
 */
function workloadRequests(): autocannon.Request[] {
  const paths = buildWorkload().map((query) => `/api/ask?q=${encodeURIComponent(query.text)}`);
  let next = 0;
  return [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }];
}

/** Before the clock runs, as for the engine rows: the JIT and the engine's caches settle. */
export async function warmUpApiAsk(base: string, options: HttpOptions): Promise<void> {
  await autocannon({ url: base, connections: options.connections, amount: options.warmUp ?? WARM_UP_QUERIES * options.connections, requests: workloadRequests() });
}

/** autocannon sending the benchmark's workload questions to `base`/api/ask for `options.seconds`. */
export async function loadApiAsk(base: string, options: HttpOptions): Promise<LoadResult> {
  const started = new Date();
  const cpu = process.cpuUsage();
  const result = await autocannon({ url: base, connections: options.connections, duration: options.seconds, requests: workloadRequests() });
  const used = process.cpuUsage(cpu);
  return {
    at: started.toISOString(),
    seconds: options.seconds,
    connections: options.connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    failures: result.errors + result.timeouts + result.non2xx,
    loadGeneratorCpuMsPerRequest: (used.user + used.system) / 1000 / Math.max(1, result.requests.total),
  };
}

/** The server's counters, asked over IPC. */
function statsOf(server: ChildProcess): Promise<ServerStats> {
  return new Promise((resolve, reject) => {
    const exited = (): void => reject(new Error('the bench web server exited during the load'));
    server.once('exit', exited);
    server.once('message', (stats: ServerStats) => {
      server.off('exit', exited);
      resolve(stats);
    });
    server.send({ kind: 'stats' });
  });
}

/** The port from the server's first line. */
async function listeningPort(stdout: NodeJS.ReadableStream | null): Promise<number> {
  if (!stdout) throw new Error('the bench web server has no standard output');
  let pending = '';
  for await (const chunk of stdout) {
    pending += String(chunk);
    const newline = pending.indexOf('\n');
    if (newline >= 0) return (JSON.parse(pending.slice(0, newline)) as { port: number }).port;
  }
  throw new Error('the bench web server exited before listening');
}
