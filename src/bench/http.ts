import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { HttpResult } from './results.js';
import { buildWorkload, WARM_UP_QUERIES } from './workload.js';

const CHILD = fileURLToPath(new URL('./child.js', import.meta.url));

export interface HttpOptions {
  /** Seconds of load. */
  seconds: number;
  /** Connections kept open at once (keep-alive, one request at a time each). */
  connections: number;
  /** Requests sent before the clock runs. Default: the engine rows' warm-up, per connection. */
  warmUp?: number;
}

/**
 * `/api/ask` under load over loopback: the web surface in a child process on `indexDir`, the load
 * generator in this one, so the two do not share an event loop.
 */
export async function measureHttp(indexDir: string, factor: number, options: HttpOptions): Promise<HttpResult> {
  const server = spawn(process.execPath, [CHILD, 'web', indexDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await listeningPort(server.stdout);
    return { factor, ...(await loadApiAsk(`http://127.0.0.1:${port}`, options)) };
  } finally {
    server.kill();
    if (server.exitCode === null) await once(server, 'exit');
  }
}

/** autocannon sending the benchmark's workload questions to `base`/api/ask in order, round and round. */
export async function loadApiAsk(base: string, options: HttpOptions): Promise<Omit<HttpResult, 'factor'>> {
  const requests = buildWorkload().map((query) => ({ method: 'GET' as const, path: `/api/ask?q=${encodeURIComponent(query.text)}` }));
  // Warm-up, as for the engine rows: the JIT and the engine's caches settle before the clock runs.
  await autocannon({ url: base, connections: options.connections, amount: options.warmUp ?? WARM_UP_QUERIES * options.connections, requests });
  const started = new Date();
  const result = await autocannon({ url: base, connections: options.connections, duration: options.seconds, requests });
  return {
    at: started.toISOString(),
    seconds: options.seconds,
    connections: options.connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/** The port from the server's first line. */
async function listeningPort(stdout: NodeJS.ReadableStream): Promise<number> {
  let pending = '';
  for await (const chunk of stdout) {
    pending += String(chunk);
    const newline = pending.indexOf('\n');
    if (newline >= 0) return (JSON.parse(pending.slice(0, newline)) as { port: number }).port;
  }
  throw new Error('the bench web server exited before listening');
}
