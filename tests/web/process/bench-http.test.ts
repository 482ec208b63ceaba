import { describe, expect, it } from 'vitest';
import { loadApiAsk, warmUpApiAsk } from '../../../src/bench/http.js';
import { httpTable, renderReport } from '../../../src/bench/report.js';
import type { BenchResult, HttpResult } from '../../../src/bench/results.js';
import { buildWorkload } from '../../../src/bench/workload.js';
import { testApp } from '../app.js';

const HTTP: HttpResult = {
  factor: 1,
  at: '2032-11-04T12:00:00.000Z',
  seconds: 10,
  connections: 10,
  requests: 25_000,
  requestsPerSecond: 2_500,
  latencyMs: { p50: 3, p99: 12.5, max: 30 },
  failures: 0,
  serverCpuMsPerRequest: 0.4,
  engineMsPerRequest: 0.25,
  loadGeneratorCpuMsPerRequest: 0.05,
};

describe('bench HTTP row', () => {
  it('loads /api/ask with the workload questions over loopback and counts every answer', async () => {
    const { app } = await testApp();
    const asked: string[] = [];
    app.addHook('onRequest', async (request) => {
      asked.push(request.url);
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      await warmUpApiAsk(`http://127.0.0.1:${port}`, { seconds: 1, connections: 2, warmUp: 10 });
      expect(asked).toHaveLength(10);
      asked.length = 0;
      const result = await loadApiAsk(`http://127.0.0.1:${port}`, { seconds: 1, connections: 2 });
      expect(result.requests).toBeGreaterThan(10);
      expect(result.failures).toBe(0);
      expect(result.latencyMs.p99).toBeGreaterThanOrEqual(result.latencyMs.p50);
      expect(result.loadGeneratorCpuMsPerRequest).toBeGreaterThan(0);
      const workload = buildWorkload().map((query) => `/api/ask?q=${encodeURIComponent(query.text)}`);
      expect(asked.every((url) => workload.includes(url))).toBe(true);
      // The connections share one walk through the workload: the questions in flight differ, and
      // (but for each connection's first request) they come in the workload's order.
      const start = workload.indexOf(asked[2] ?? '');
      expect(asked.slice(2, 12)).toEqual(workload.slice(start, start + 10));
    } finally {
      await app.close();
    }
  });

  it('reports requests per second and p50/p99 against the targets, and names a miss', () => {
    expect(httpTable(HTTP)).toContain('| requests/s | ≥ 2000 ✓ | 2,500 |');
    expect(httpTable(HTTP)).toContain('| latency p99 (ms) | ≤ 20 ✓ | 12.5 |');
    expect(httpTable(HTTP)).toContain('| … in the web surface: HTTP, routing, checks, JSON, log line (ms) |  | 0.150 |');
    expect(httpTable(HTTP)).toContain("| one server process's ceiling (requests/s) |  | 2,500 |");
    const slow: BenchResult = { machine: { cpus: 2, cpuModel: 'x', memoryGb: 4, node: '20', platform: 'linux' }, workload: { queries: 600, warmUp: 100, coldRuns: 1 }, sizes: [], http: { ...HTTP, requestsPerSecond: 900, latencyMs: { p50: 9, p99: 45, max: 80 } } };
    expect(renderReport(slow)).toContain('Targets missed: HTTP requests/s 900 (target ≥ 2000); HTTP p99 45.0 ms (target ≤ 20).');
  });
});
