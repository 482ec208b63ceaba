import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPosts, writeReplicas } from './corpus.js';
import { median, summarize, SYSTEM_NAMES, type BenchResult, type HttpResult, type SizeResult, type SystemName, type SystemResult } from './results.js';
import { buildWorkload, WARM_UP_QUERIES } from './workload.js';
import { measureHttp } from './http.js';

/** Connections of the HTTP row: a few pages and tools asking at once, each waiting for its answer. */
const HTTP_CONNECTIONS = 10;

export interface BenchOptions {
  /** The real content tree that is replicated. */
  content: string;
  siteBaseUrl: string;
  /** Corpus sizes, as multiples of the real content. */
  factors: readonly number[];
  /** Fresh processes per system and size for cold start and load; the first also runs the workload. */
  coldRuns: number;
  /** Seconds of load for the HTTP row. */
  httpSeconds: number;
  /** Only the HTTP row, on the first size: our index is built, nothing else is measured. */
  httpOnly?: boolean;
  /** Progress lines (to stderr, so `--json` stays clean). */
  progress: (line: string) => void;
}

const CHILD = fileURLToPath(new URL('./child.js', import.meta.url));

type Message = Record<string, unknown> & { kind: string };

interface ChildRun {
  messages: Message[];
  /** Milliseconds from spawning the process to its `first` line, when it printed one. */
  firstAfterMs: number | undefined;
}

/** Runs child.ts with `args` and collects its JSON lines; rejects when it fails. */
function runChild(args: string[]): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const spawnedAt = performance.now();
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const messages: Message[] = [];
    let firstAfterMs: number | undefined;
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let newline;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const message = JSON.parse(pending.slice(0, newline)) as Message;
        pending = pending.slice(newline + 1);
        if (message.kind === 'first') firstAfterMs ??= performance.now() - spawnedAt;
        messages.push(message);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ messages, firstAfterMs }) : reject(new Error(`bench child ${args.join(' ')} exited with ${code}`))));
  });
}

function message(run: ChildRun, kind: string): Message {
  const found = run.messages.find((candidate) => candidate.kind === kind);
  if (!found) throw new Error(`bench child printed no '${kind}' line`);
  return found;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function measureSystem(name: SystemName, content: string, indexDir: string, options: BenchOptions): Promise<SystemResult> {
  options.progress(`  ${name}: reindex`);
  const built = message(await runChild(['build', name, content, indexDir, options.siteBaseUrl]), 'built') as Message & {
    seconds: number;
    units: number;
    bytes: number;
  };
  const colds: number[] = [];
  const loads: number[] = [];
  let workload: { latenciesMs: number[]; matched: number; rssAfterWorkloadMb: number } | undefined;
  let rssAfterLoadMb = 0;
  for (let run = 0; run < options.coldRuns; run += 1) {
    options.progress(`  ${name}: cold start ${run + 1}/${options.coldRuns}${run === 0 ? ' and workload' : ''}`);
    const served = await runChild(['serve', name, indexDir, ...(run === 0 ? ['workload'] : [])]);
    const first = message(served, 'first') as Message & { loadMs: number; rssAfterLoadMb: number };
    colds.push(served.firstAfterMs ?? 0);
    loads.push(first.loadMs);
    if (run === 0) {
      rssAfterLoadMb = first.rssAfterLoadMb;
      workload = message(served, 'done') as Message & NonNullable<typeof workload>;
    }
  }
  if (!workload) throw new Error('no workload run');
  return {
    reindexSeconds: built.seconds,
    mbPerSecond: built.bytes / 1e6 / built.seconds,
    unitsPerSecond: built.units / built.seconds,
    units: built.units,
    indexBytes: await folderBytes(indexDir),
    coldStartMs: median(colds),
    loadMs: median(loads),
    queryMs: summarize(workload.latenciesMs),
    matched: workload.matched,
    rssAfterLoadMb,
    rssAfterWorkloadMb: workload.rssAfterWorkloadMb,
  };
}

/** Replicates the content to each size, builds and serves every system in fresh processes, and collects the numbers. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const posts = await readPosts(options.content);
  const work = await mkdtemp(join(tmpdir(), 'istio-events-bench-'));
  const sizes: SizeResult[] = [];
  let http: HttpResult | undefined;
  try {
    for (const factor of options.factors) {
      options.progress(`${factor}×: writing ${posts.length * factor} posts`);
      const corpus = await writeReplicas(posts, factor, join(work, `content-${factor}`));
      if (options.httpOnly) {
        options.progress('  ours: reindex');
        await runChild(['build', 'ours', corpus.dir, join(work, `index-${factor}-ours`), options.siteBaseUrl]);
      } else {
        const systems = {} as Record<SystemName, SystemResult>;
        for (const name of SYSTEM_NAMES) systems[name] = await measureSystem(name, corpus.dir, join(work, `index-${factor}-${name}`), options);
        sizes.push({ factor, files: corpus.files, markdownBytes: corpus.bytes, systems });
      }
      if (!http) {
        options.progress(`  HTTP: /api/ask under load for ${options.httpSeconds} s`);
        http = await measureHttp(join(work, `index-${factor}-ours`), factor, { seconds: options.httpSeconds, connections: HTTP_CONNECTIONS });
      }
      await rm(join(work, `content-${factor}`), { recursive: true, force: true });
      if (options.httpOnly) break;
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const cpu = cpus();
  return {
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      node: process.versions.node,
      platform: `${process.platform}-${process.arch}`,
    },
    workload: { queries: buildWorkload().length, warmUp: WARM_UP_QUERIES, coldRuns: options.coldRuns },
    sizes,
    ...(http ? { http } : {}),
  };
}
