/**
 * The web surface in the bench's child process (`child.ts web <index>`) for the HTTP row: the same
 * app `npm run web` serves, on the index given, doing the same work per question: the rate limiter
 * keeps its buckets (with limits the load generator never reaches: it is one client) and the
 * question's log line is written at info level, as `npm run web` does, to /dev/null.
 * Prints {"kind":"listening","port":N}, then serves until killed and answers every IPC message with
 * its counters (`ServerStats`), so the parent can tell the engine's share from the server's.
 */
import pino from 'pino';
import type { QueryService } from '../answer/index.js';
import { Answerer } from '../answer/index.js';
import { Asker, RateLimiter } from '../app/index.js';
import { createLogger } from '../log/index.js';
import { Health } from '../ops/index.js';
import { createWebApp } from '../web/index.js';

/** What the server process has spent since it started. */
export interface ServerStats {
  kind: 'stats';
  /** CPU time of the whole process (user + system), in milliseconds. */
  cpuMs: number;
  /** CPU time of the process while inside the engine's `answer`, in milliseconds. */
  engineMs: number;
  /** Questions the engine answered. */
  answered: number;
}

/** Buckets this large never run dry under the bench's load, so every request is answered. */
const UNREACHED = 1e9;

export async function serveWeb(dir: string): Promise<void> {
  const engine = await Answerer.load(dir);
  const stats: ServerStats = { kind: 'stats', cpuMs: 0, engineMs: 0, answered: 0 };
  // The engine's share, as CPU time rather than wall time: on a shared machine a process can wait
  // for a core in the middle of an answer, and that wait is nobody's cost.
  const service: QueryService = {
    answer(question, options) {
      const started = process.cpuUsage();
      try {
        return engine.answer(question, options);
      } finally {
        const used = process.cpuUsage(started);
        stats.engineMs += (used.user + used.system) / 1000;
        stats.answered += 1;
      }
    },
    eventNames: () => engine.eventNames(),
  };
  const logger = createLogger({ level: 'info', destination: pino.destination({ dest: '/dev/null', sync: true }) });
  const limiter = new RateLimiter({ userBurst: UNREACHED, userPerSecond: UNREACHED, channelBurst: UNREACHED, channelPerSecond: UNREACHED });
  const health = new Health({ index: () => null });
  const app = await createWebApp({ service, asker: new Asker({ service, logger, limiter }), health, logger, retryAfterSeconds: 1, corsOrigins: [], frameAncestors: [] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.on('message', () => {
    const cpu = process.cpuUsage();
    process.send?.({ ...stats, cpuMs: (cpu.user + cpu.system) / 1000 });
  });
  const address = app.server.address();
  process.stdout.write(`${JSON.stringify({ kind: 'listening', port: typeof address === 'object' && address ? address.port : 0 })}\n`);
}
