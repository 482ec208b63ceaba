/**
 * One measurement in a fresh process, so that start-up, memory and JIT state belong to one system
 * alone. The parent (`index.ts`) reads the JSON lines this prints:
 *   build <system> <content> <out> <siteBaseUrl>  → {"kind":"built", seconds, units, bytes}
 *   serve <system> <index> [workload]             → {"kind":"first", …} as soon as the first answer
 *                                                   exists, then {"kind":"done", …} after the workload
 *   web <index>                                   → {"kind":"listening", port}, then serves /api/ask until killed,
 *                                                   answering each IPC message with its CPU and engine counters
 */
import type { BenchSystem } from './systems/types.js';
import { FIRST_QUESTION, WARM_UP_QUERIES } from './workload.js';

/** Systems load their modules lazily, so a serving process imports only its own. */
const SYSTEMS: Record<string, () => Promise<BenchSystem>> = {
  ours: async () => (await import('./systems/ours.js')).ours,
  minisearch: async () => (await import('./systems/minisearch.js')).minisearch,
  scan: async () => (await import('./systems/scan.js')).scan,
};


const megabytes = (bytes: number): number => Math.round((bytes / 1_048_576) * 10) / 10;

function emit(message: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

async function build(system: BenchSystem, content: string, out: string, siteBaseUrl: string): Promise<void> {
  const started = performance.now();
  const report = await system.build(content, out, siteBaseUrl);
  emit({ kind: 'built', seconds: (performance.now() - started) / 1000, ...report });
}

async function serve(system: BenchSystem, dir: string, runWorkload: boolean): Promise<void> {
  const loading = performance.now();
  const answer = await system.load(dir);
  const loadMs = performance.now() - loading;
  const rssAfterLoadMb = megabytes(process.memoryUsage().rss);
  answer(FIRST_QUESTION);
  // performance.now() counts from the start of this process.
  emit({ kind: 'first', loadMs, sinceStartMs: performance.now(), rssAfterLoadMb });
  if (!runWorkload) return;
  const { buildWorkload } = await import('./workload.js');
  const workload = buildWorkload();
  for (const query of workload.slice(0, WARM_UP_QUERIES)) answer(query);
  const latenciesMs: number[] = [];
  let matched = 0;
  for (const query of workload) {
    const started = performance.now();
    const found = answer(query);
    latenciesMs.push(performance.now() - started);
    if (found) matched += 1;
  }
  emit({ kind: 'done', latenciesMs, matched, rssAfterWorkloadMb: megabytes(process.memoryUsage().rss) });
}

async function main(argv: string[]): Promise<void> {
  const [mode, name = '', ...rest] = argv;
  if (mode === 'web') return (await import('./http-server.js')).serveWeb(name);
  const load = SYSTEMS[name];
  if (!load) throw new Error(`unknown system '${name}'`);
  const system = await load();
  if (mode === 'build') await build(system, rest[0] ?? '', rest[1] ?? '', rest[2] ?? '');
  else if (mode === 'serve') await serve(system, rest[0] ?? '', rest[1] === 'workload');
  else throw new Error(`unknown mode '${String(mode)}'`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
